package dev.seepoint.agent;

import java.time.Duration;
import java.util.Optional;

/**
 * Immutable options of {@link Agent#tap}: {@code TapOptions.timeout(ofSeconds(5))},
 * {@code TapOptions.doubleClick()}, {@code TapOptions.rightClick().withTimeout(...)}.
 */
public final class TapOptions {

    private static final TapOptions DEFAULTS = new TapOptions(null, "left");

    private final Duration timeout;
    private final String button;

    private TapOptions(Duration timeout, String button) {
        this.timeout = timeout;
        this.button = button;
    }

    public static TapOptions defaults() {
        return DEFAULTS;
    }

    /** Wait up to {@code timeout} for the target to appear. */
    public static TapOptions timeout(Duration timeout) {
        return DEFAULTS.withTimeout(timeout);
    }

    public static TapOptions doubleClick() {
        return new TapOptions(null, "double");
    }

    public static TapOptions rightClick() {
        return new TapOptions(null, "right");
    }

    public TapOptions withTimeout(Duration value) {
        if (value.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative: " + value);
        }
        return new TapOptions(value, button);
    }

    public Optional<Duration> timeoutValue() {
        return Optional.ofNullable(timeout);
    }

    /** {@code left}, {@code double} or {@code right}. */
    public String button() {
        return button;
    }

    @Override
    public String toString() {
        return "TapOptions[button=" + button + (timeout == null ? "" : ", timeout=" + timeout) + "]";
    }
}
