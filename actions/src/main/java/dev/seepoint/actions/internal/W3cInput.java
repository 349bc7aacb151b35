package dev.seepoint.actions.internal;

import dev.seepoint.perception.Point;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.interactions.KeyInput;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.interactions.WheelInput;

/**
 * Raw W3C action sequences in CSS pixels. Pointer moves take {@link Duration#ZERO}: Selenium's
 * {@code Actions.moveToLocation} moves over 250 ms, ten times the cost of the click itself.
 */
public final class W3cInput {

    private W3cInput() {
    }

    /** Moves the mouse to {@code css} and presses {@code button} {@code count} times. */
    public static Sequence click(Point css, PointerInput.MouseButton button, int count) {
        PointerInput mouse = new PointerInput(PointerInput.Kind.MOUSE, "mouse");
        Sequence sequence = new Sequence(mouse, 0).addAction(move(mouse, css));
        for (int i = 0; i < count; i++) {
            sequence.addAction(mouse.createPointerDown(button.asArg()));
            sequence.addAction(mouse.createPointerUp(button.asArg()));
        }
        return sequence;
    }

    /** Moves the mouse to {@code css} without pressing. */
    public static Sequence hover(Point css) {
        PointerInput mouse = new PointerInput(PointerInput.Kind.MOUSE, "mouse");
        return new Sequence(mouse, 0).addAction(move(mouse, css));
    }

    /** A wheel turn of {@code dx, dy} CSS pixels with the pointer at {@code css}. */
    public static Sequence wheel(Point css, int dx, int dy) {
        WheelInput wheel = new WheelInput("wheel");
        return new Sequence(wheel, 0)
                .addAction(wheel.createScroll(css.x(), css.y(), dx, dy, Duration.ZERO, WheelInput.ScrollOrigin.fromViewport()));
    }

    /** Holds the modifiers, presses the key, releases everything in reverse. */
    public static Sequence chord(KeyChord chord) {
        KeyInput keyboard = new KeyInput("keyboard");
        Sequence sequence = new Sequence(keyboard, 0);
        List<org.openqa.selenium.Keys> modifiers = chord.modifiers();
        for (org.openqa.selenium.Keys modifier : modifiers) {
            sequence.addAction(keyboard.createKeyDown(modifier.charAt(0)));
        }
        sequence.addAction(keyboard.createKeyDown(chord.key()));
        sequence.addAction(keyboard.createKeyUp(chord.key()));
        for (int i = modifiers.size() - 1; i >= 0; i--) {
            sequence.addAction(keyboard.createKeyUp(modifiers.get(i).charAt(0)));
        }
        return sequence;
    }

    private static org.openqa.selenium.interactions.Interaction move(PointerInput mouse, Point css) {
        return mouse.createPointerMove(Duration.ZERO, PointerInput.Origin.viewport(), css.x(), css.y());
    }
}
