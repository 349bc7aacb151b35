package dev.seepoint.scenarios.bench;

import java.util.List;

/**
 * One labelled case: a referring expression on a page and what the grounder must answer.
 *
 * @param id         stable name, e.g. {@code sign-in/email}
 * @param page       page path relative to the test-pages root, possibly with a query or fragment
 * @param viewport   viewport in CSS pixels, e.g. {@code 1280x800}
 * @param dpr        device-scale factor
 * @param scrollY    vertical scroll in CSS pixels before the screenshot
 * @param expression the referring expression
 * @param category   what the case exercises (label-field, ordinal, icon...)
 * @param expect     {@code found}, {@code ambiguous} or {@code not-found}
 * @param targets    CSS selectors whose rectangles are the truth (one for found, several for ambiguous)
 * @param rect       for things drawn on canvas: {@code [x, y, w, h]} in CSS pixels; empty otherwise
 */
public record GroundingCase(String id, String page, String viewport, double dpr, int scrollY, String expression,
        String category, Expect expect, List<String> targets, List<Double> rect) {

    /** What the answer must be. */
    public enum Expect { FOUND, AMBIGUOUS, NOT_FOUND }

    public GroundingCase {
        targets = targets == null ? List.of() : List.copyOf(targets);
        rect = rect == null ? List.of() : List.copyOf(rect);
    }

    /** Cases sharing a screen key are shot once. */
    public String screenKey() {
        return page + "|" + viewport + "|" + dpr + "|" + scrollY;
    }
}
