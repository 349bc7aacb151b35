package dev.seepoint.scenarios;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The values of {@code ${secret:NAME}} seen in a run, and the one place that hides them: every
 * line, trace, report, XML file and error message the run writes passes through {@link #mask}.
 * Thread-safe.
 */
public final class Secrets {

    /** What a secret is replaced with. */
    public static final String MASK = "***";

    private final Set<String> values = ConcurrentHashMap.newKeySet();

    /** Remembers {@code value} as secret (blank values are ignored: they cannot be told apart from text). */
    public void add(String value) {
        if (value != null && !value.isBlank()) {
            values.add(value);
            String json = jsonEscaped(value);
            if (!json.equals(value)) {
                values.add(json);
            }
        }
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** {@code text} with every secret value replaced by {@value #MASK}; null stays null. */
    public String mask(String text) {
        if (text == null || values.isEmpty()) {
            return text;
        }
        List<String> longestFirst = new ArrayList<>(values);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        String out = text;
        for (String v : longestFirst) {
            if (out.contains(v)) {
                out = out.replace(v, MASK);
            }
        }
        return out;
    }

    private static String jsonEscaped(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
