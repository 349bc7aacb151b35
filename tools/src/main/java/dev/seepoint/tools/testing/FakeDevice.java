package dev.seepoint.tools.testing;

import dev.seepoint.actions.Device;
import dev.seepoint.actions.DeviceGoneException;
import dev.seepoint.perception.Point;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.Size;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A device that records every action and serves scripted screenshots: it shows one frame, and
 * reactions ("when a click lands in this box, show that frame") change the frame. It can also be
 * made to die, after which every call throws {@link DeviceGoneException}. Thread-safe.
 */
public final class FakeDevice implements Device {

    /** One recorded action: kind ({@code click}, {@code type}...), point (may be null), text (may be empty). */
    public record Action(String kind, Point at, String text) {

        @Override
        public String toString() {
            return kind + (at == null ? "" : " " + at) + (text.isEmpty() ? "" : " " + text);
        }
    }

    private record Reaction(Predicate<Action> when, Screenshot next, boolean once) {
    }

    private final List<Action> actions = new ArrayList<>();
    private final List<Reaction> reactions = new ArrayList<>();
    private Screenshot current;
    private String url = "about:blank";
    private int screenshots;
    private int dieAfterActions = -1;
    private boolean gone;
    private boolean closed;

    public FakeDevice(Screenshot first) {
        this.current = Objects.requireNonNull(first, "first");
    }

    /** Shows {@code frame} from now on. */
    public synchronized FakeDevice show(Screenshot frame) {
        current = frame;
        return this;
    }

    /** When an action matching {@code when} happens, the screen becomes {@code next} (every time). */
    public synchronized FakeDevice when(Predicate<Action> when, Screenshot next) {
        reactions.add(new Reaction(when, next, false));
        return this;
    }

    /** When a click lands inside {@code box}, the screen becomes {@code next}. */
    public FakeDevice whenClickedIn(dev.seepoint.perception.Box box, Screenshot next) {
        return when(a -> a.kind().equals("click") && box.contains(a.at()), next);
    }

    /** When text is typed, the screen becomes {@code next}. */
    public FakeDevice whenTyped(Screenshot next) {
        return when(a -> a.kind().equals("type"), next);
    }

    /** After {@code count} more actions the browser is gone. */
    public synchronized FakeDevice dieAfter(int count) {
        dieAfterActions = actions.size() + count;
        return this;
    }

    /** The browser is gone from now on. */
    public synchronized FakeDevice die() {
        gone = true;
        return this;
    }

    public synchronized List<Action> actions() {
        return List.copyOf(actions);
    }

    /** The actions as strings, e.g. {@code click (10,20)}, {@code type ada}. */
    public synchronized List<String> log() {
        return actions.stream().map(Action::toString).toList();
    }

    public synchronized int screenshotsTaken() {
        return screenshots;
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    private synchronized void alive() {
        if (gone) {
            throw new DeviceGoneException("the fake browser is gone", null);
        }
    }

    private synchronized void record(String kind, Point at, String text) {
        alive();
        if (dieAfterActions >= 0 && actions.size() >= dieAfterActions) {
            gone = true;
            alive();
        }
        Action a = new Action(kind, at, text == null ? "" : text);
        actions.add(a);
        for (Reaction r : reactions) {
            if (r.when().test(a)) {
                current = r.next();
            }
        }
    }

    @Override
    public synchronized Screenshot screenshot() {
        alive();
        screenshots++;
        return current;
    }

    @Override
    public synchronized Size viewport() {
        alive();
        return current.size();
    }

    @Override
    public synchronized double devicePixelRatio() {
        return current.devicePixelRatio();
    }

    @Override
    public void click(Point at) {
        record("click", at, "");
    }

    @Override
    public void doubleClick(Point at) {
        record("doubleClick", at, "");
    }

    @Override
    public void rightClick(Point at) {
        record("rightClick", at, "");
    }

    @Override
    public void hover(Point at) {
        record("hover", at, "");
    }

    @Override
    public void type(String text) {
        record("type", null, text);
    }

    @Override
    public void press(String chord) {
        record("press", null, chord);
    }

    @Override
    public void scroll(Point at, int dx, int dy) {
        record("scroll", at, dx + "," + dy);
    }

    @Override
    public void select(Point at, String option) {
        record("select", at, option);
    }

    @Override
    public void navigate(String address) {
        record("navigate", null, address);
        synchronized (this) {
            url = address;
        }
    }

    @Override
    public synchronized String currentUrl() {
        alive();
        return url;
    }

    @Override
    public synchronized Settled settle(Duration timeout) {
        alive();
        screenshots++;
        return new Settled(current, true, Duration.ZERO, 1);
    }

    @Override
    public synchronized void close() {
        closed = true;
    }
}
