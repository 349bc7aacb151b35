package dev.seepoint.perception;

/**
 * One element the grounder considered: where it is, how well it matched, what kind of element it
 * looked like and the text read on or beside it.
 *
 * @param box   where it is, in frame pixels
 * @param score how well it matched the expression, 0..1
 * @param kind  element kind such as {@code button}, {@code text field}, {@code text}
 * @param text  the text read on it or its label; empty when none
 */
public record Candidate(Box box, double score, String kind, String text) {

    public Candidate {
        kind = kind == null ? "" : kind;
        text = text == null ? "" : text;
    }

    /** A short human description, e.g. {@code button "Sign in" [10,20,90,44] 0.93}. */
    public String describe() {
        StringBuilder sb = new StringBuilder(kind.isEmpty() ? "element" : kind);
        if (!text.isEmpty()) {
            sb.append(" \"").append(text).append('"');
        }
        sb.append(' ').append(box).append(String.format(java.util.Locale.ROOT, " %.2f", score));
        return sb.toString();
    }
}
