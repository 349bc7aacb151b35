package dev.seepoint.scenarios;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a scenario as written: what to do ({@link Kind}), its main value (the instruction,
 * target, text or URL, possibly holding {@code ${...}} variables) and its companion values
 * ({@code into}, {@code in}, {@code as}, {@code timeout}, {@code clear}). Immutable.
 *
 * @param kind    what the step does
 * @param value   the main value
 * @param options companion values by key
 * @param at      where it was written
 */
public record SuiteStep(Kind kind, String value, Map<String, String> options, Location at) {

    /** What a step does; {@link #key()} is how it is written in YAML. */
    public enum Kind {
        ACT("act"), TAP("tap"), TYPE("type"), SELECT("select"), CHECK("check"), WAIT_FOR("waitFor"),
        SCROLL("scroll"), PRESS("press"), LOCATE("locate"), READ("read"), SLEEP("sleep"), OPEN("open");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Optional<Kind> ofKey(String key) {
            for (Kind k : values()) {
                if (k.key.equals(key)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    public SuiteStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        options = Map.copyOf(options);
        Objects.requireNonNull(at, "at");
    }

    public static SuiteStep act(String instruction, Location at) {
        return new SuiteStep(Kind.ACT, instruction, Map.of(), at);
    }

    public Optional<String> option(String key) {
        return Optional.ofNullable(options.get(key));
    }

    /** The step's own timeout, when it has one. */
    public Optional<Duration> timeout() {
        return option("timeout").map(dev.seepoint.scenarios.internal.Durations::parse);
    }

    /** As a person would read it: {@code type 'ada' into the Email field}. */
    public String describe() {
        return switch (kind) {
            case ACT -> value;
            case TYPE -> "type '" + value + "' into " + options.getOrDefault("into", "?");
            case SELECT -> "select '" + value + "' in " + options.getOrDefault("in", "?");
            case READ -> "read " + value + (options.containsKey("as") ? " as ${" + options.get("as") + "}" : "");
            case WAIT_FOR -> "wait for " + value;
            default -> kind.key() + " " + value;
        };
    }
}
