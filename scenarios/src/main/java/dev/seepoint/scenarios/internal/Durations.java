package dev.seepoint.scenarios.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations as people write them: {@code 500ms}, {@code 2s}, {@code 1.5s}, {@code 2m}, {@code 3} (seconds). */
public final class Durations {

    private static final Pattern FORM = Pattern.compile("^(\\d+(?:\\.\\d+)?)\\s*(ms|s|sec|secs|seconds?|m|min|minutes?)?$");

    private Durations() {
    }

    /** @throws IllegalArgumentException naming the accepted forms */
    public static Duration parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration; write e.g. 500ms, 2s, 1.5s or 1m");
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double millis = unit.equals("ms") ? n : unit.startsWith("m") ? n * 60_000 : n * 1000;
        if (millis > 3_600_000) {
            throw new IllegalArgumentException("'" + text + "' is longer than an hour");
        }
        return Duration.ofMillis(Math.round(millis));
    }

    /** {@code 1.2 s}, {@code 850 ms}. */
    public static String human(long millis) {
        return millis >= 1000 ? String.format(Locale.ROOT, "%.1f s", millis / 1000.0) : millis + " ms";
    }
}
