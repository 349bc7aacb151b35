package dev.seepoint.actions;

import dev.seepoint.perception.Point;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.Size;
import java.time.Duration;

/**
 * A screen the agent can see and act on. Every coordinate is in <em>screenshot pixels</em> (the
 * pixels of {@link #screenshot()}); the conversion to CSS pixels happens inside the implementation.
 *
 * <p>Methods throw {@link DeviceGoneException} when the browser is closed or crashed: that is the
 * one terminal error; everything else is reported as {@link ActionException}.
 */
public interface Device extends AutoCloseable {

    /** The current viewport as pixels, with the device-pixel ratio. */
    Screenshot screenshot();

    /** Viewport size in screenshot pixels. */
    Size viewport();

    double devicePixelRatio();

    void click(Point at);

    void doubleClick(Point at);

    void rightClick(Point at);

    void hover(Point at);

    /** Types text into whatever has focus. */
    void type(String text);

    /** Presses a key or chord: {@code Enter}, {@code Tab}, {@code Escape}, {@code Ctrl+A}, {@code Shift+Tab}... */
    void press(String chord);

    /** Wheel-scrolls by {@code dx, dy} screenshot pixels with the pointer at {@code at}. */
    void scroll(Point at, int dx, int dy);

    /**
     * Chooses {@code option} in the native select at {@code at}: focuses it and uses the keyboard,
     * since coordinate clicks do not pick options of native popups in headless Chromium.
     */
    void select(Point at, String option);

    void navigate(String url);

    String currentUrl();

    /**
     * Waits until two consecutive frames are the same, at most {@code timeout}; returns the last
     * frame and whether it settled.
     */
    Settled settle(Duration timeout);

    /** The outcome of {@link #settle(Duration)}. */
    record Settled(Screenshot frame, boolean settled, Duration waited, int frames) {
    }

    /** Releases what this device owns; a device over a caller's WebDriver leaves the driver open. */
    @Override
    void close();
}
