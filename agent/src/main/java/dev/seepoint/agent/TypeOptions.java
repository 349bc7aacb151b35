package dev.seepoint.agent;

import java.time.Duration;
import java.util.Optional;

/** Immutable options of {@link Agent#type}: {@code TypeOptions.clearFirst()}, {@code TypeOptions.timeout(ofSeconds(5))}. */
public final class TypeOptions {

    private static final TypeOptions DEFAULTS = new TypeOptions(null, false);

    private final Duration timeout;
    private final boolean clear;

    private TypeOptions(Duration timeout, boolean clear) {
        this.timeout = timeout;
        this.clear = clear;
    }

    public static TypeOptions defaults() {
        return DEFAULTS;
    }

    /** Select and delete the field's content before typing. */
    public static TypeOptions clearFirst() {
        return new TypeOptions(null, true);
    }

    public static TypeOptions timeout(Duration timeout) {
        return DEFAULTS.withTimeout(timeout);
    }

    public TypeOptions withTimeout(Duration value) {
        if (value.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative: " + value);
        }
        return new TypeOptions(value, clear);
    }

    public TypeOptions withClear(boolean value) {
        return new TypeOptions(timeout, value);
    }

    public Optional<Duration> timeoutValue() {
        return Optional.ofNullable(timeout);
    }

    public boolean clear() {
        return clear;
    }
}
