package dev.seepoint.agent.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quoted literals ('...', "...", “...”, ‘...’) swapped for placeholders, so that splitting and
 * pattern matching never look inside them, and swapped back afterwards. An apostrophe inside a
 * word (don't, Ada's) does not open a quote.
 */
public final class Literals {

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final Pattern PLACEHOLDER = Pattern.compile(OPEN + "(\\d+)" + CLOSE);

    private final String text;
    private final List<String> quoted = new ArrayList<>();
    private final List<String> contents = new ArrayList<>();

    /** Text after a colon that ends the instruction: "… and type: Try a 5 mm brim." types all of it, "and" and period too. */
    private static final Pattern AFTER_COLON = Pattern.compile("(?i)\\b(type|enter|write|input|add|say|reply|comment|post)"
            + "(?: (?:in|the|a|this|message|note|comment|reply|text))*: ([^\"“”‘’]+)$");

    private Literals(String original) {
        Matcher colon = AFTER_COLON.matcher(original);
        if (colon.find() && !colon.group(2).isBlank()) {
            original = original.substring(0, original.lastIndexOf(':', colon.start(2))) + " \"" + colon.group(2).strip() + "\"";
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < original.length()) {
            char c = original.charAt(i);
            int end = closing(original, i);
            if (end > i) {
                out.append(OPEN).append(quoted.size()).append(CLOSE);
                quoted.add(original.substring(i, end + 1));
                contents.add(original.substring(i + 1, end));
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        this.text = out.toString();
    }

    public static Literals protect(String original) {
        return new Literals(original);
    }

    /** The text with every literal replaced by a placeholder. */
    public String text() {
        return text;
    }

    /** Index of the quote closing the one opening at {@code i}, or -1 when {@code i} opens none. */
    private static int closing(String s, int i) {
        char c = s.charAt(i);
        char close;
        switch (c) {
            case '"' -> close = '"';
            case '“' -> close = '”';
            case '‘' -> close = '’';
            case '«' -> close = '»';
            case '\'' -> close = '\'';
            default -> {
                return -1;
            }
        }
        if (c == '\'' && i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
            return -1;
        }
        for (int j = i + 1; j < s.length(); j++) {
            if (s.charAt(j) == close || (c == '"' && s.charAt(j) == '”')) {
                if (c == '\'' && j + 1 < s.length() && Character.isLetterOrDigit(s.charAt(j + 1))) {
                    continue;
                }
                return j > i + 1 ? j : -1;
            }
        }
        return -1;
    }

    /** Puts the literals back, quotes included. */
    public String restore(String piece) {
        return replace(piece, true);
    }

    /** Puts the literals back without their quotes. */
    public String restoreContent(String piece) {
        return replace(piece, false);
    }

    /**
     * The value of a piece: a piece that is exactly one literal becomes its content; otherwise
     * literals are restored with their quotes.
     */
    public String value(String piece) {
        String t = piece.trim();
        Matcher m = PLACEHOLDER.matcher(t);
        if (m.matches()) {
            return contents.get(Integer.parseInt(m.group(1)));
        }
        return restore(t);
    }

    /**
     * Text to type: as {@link #value}, and a few words saying what a literal is before it ('an underscore "_"', 'the
     * code "SUMMER10"') leave the literal alone. (A target keeps such words: 'the lesson "Subplots"' names a lesson.)
     */
    public String typed(String piece) {
        Matcher named = NAMED.matcher(piece.trim());
        return named.matches() ? contents.get(Integer.parseInt(named.group(1))) : value(piece);
    }

    /** A few words saying what a literal is, then the literal: the literal is the value. */
    private static final Pattern NAMED = Pattern.compile("(?i:a|an|the)\\s+\\p{L}[\\p{L} -]{0,30}?\\s+" + OPEN + "(\\d+)" + CLOSE);

    /** Adds {@code content} as a literal of its own, in double quotes, and returns its placeholder. */
    public String quote(String content) {
        quoted.add("\"" + content + "\"");
        contents.add(content);
        return "" + OPEN + (quoted.size() - 1) + CLOSE;
    }

    /** True when {@code piece} (trimmed) is exactly one literal. */
    public boolean isLiteral(String piece) {
        return PLACEHOLDER.matcher(piece.trim()).matches();
    }

    /** True when {@code piece} starts with a literal. */
    public static boolean startsWithLiteral(String piece) {
        return !piece.isEmpty() && piece.charAt(0) == OPEN;
    }

    private String replace(String piece, boolean withQuotes) {
        Matcher m = PLACEHOLDER.matcher(piece);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(withQuotes ? quoted.get(n) : contents.get(n)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
