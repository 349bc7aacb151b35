package dev.seepoint.tools.internal;

import dev.seepoint.perception.Grounding;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.tools.ToolContext;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Choosing an option of a dropdown, and seeing whether the choice took. A native dropdown is chosen by keyboard (its
 * popup takes no clicks in headless Chromium); a dropdown the page draws itself (a button opening a panel of options)
 * ignores those keys, so when they leave it showing what it showed, it is opened with a click and the option clicked
 * in the panel that appeared.
 */
public final class Dropdowns {

    /** Words before an option's name that a list leaves out: "the Visa card", "my Work van". */
    private static final Pattern ARTICLE = Pattern.compile("(?i)^(?:the|a|an|my|your|our)\\s+");
    /** What follows an option's name in a tester's words but not in the list: "Visa card ending in 4242". */
    private static final Pattern ENDING = Pattern.compile("(?i)\\s+(?:ending|ends)\\s+(?:in|with)\\s+\\S+$");
    /** A noun after an option's name saying what it is: "the Mercury Operating account", "the Pro plan". */
    private static final Pattern NOUN = Pattern.compile("(?i)\\s+(?:account|card|option|plan|method|one)$");
    /** At least this score for a drawn option to be clicked. */
    private static final double SURE = 0.8;

    private Dropdowns() {
    }

    /**
     * Chooses {@code option} in the dropdown {@code r} found on {@code frame}. Type-ahead that matches no option leaves
     * the dropdown as it was and the keys pass silently: when it shows just what it showed before, and that is not the
     * option, the option's plain name is tried ("Visa" for "the Visa card"), then the dropdown is opened with a click
     * and the option clicked where the page draws it. When none of that took, the message says what it shows. Empty
     * when it took, or when no OCR engine can tell.
     */
    public static Optional<String> choose(ToolContext ctx, Screenshot frame, Targets.Resolved r, String option) {
        Optional<String> before = Reading.read(ctx, frame, r.box());
        ctx.device().select(r.point(), option);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        String wanted = TextMatch.unquote(option.strip());
        String shown = shownNow(ctx, r);
        if (took(shown, before.get(), wanted)) {
            return Optional.empty(); // it shows the option, or something new (an abbreviation the type-ahead completed)
        }
        String plain = plain(wanted);
        if (!plain.isEmpty() && !plain.equalsIgnoreCase(wanted)) {
            ctx.device().select(r.point(), plain);
            if (took(shownNow(ctx, r), before.get(), plain)) {
                return Optional.empty();
            }
        }
        String name = plain.isEmpty() ? wanted : plain;
        Optional<String> drawn = fromDrawnList(ctx, r, before.get(), name);
        if (drawn.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("the dropdown at " + r.point() + " still shows '" + TextMatch.abbreviate(drawn.get(), 60)
                + "' after typing '" + TextMatch.abbreviate(wanted, 60) + "' to choose" + (name.equals(wanted) ? "" : " (and '"
                + TextMatch.abbreviate(name, 60) + "')") + ", and clicking it showed no option reading so: none of its "
                + "options starts with those words; name the option as the dropdown lists it");
    }

    /**
     * A dropdown the page draws: opened with a click, its option clicked in the panel that appeared. Empty when the
     * dropdown then shows the option; else what it shows (the panel closed again with Escape).
     */
    private static Optional<String> fromDrawnList(ToolContext ctx, Targets.Resolved r, String before, String name) {
        ctx.device().press("Escape"); // a panel the keys left open, or a native popup, closes
        Screenshot closed = ctx.device().settle(ctx.options().settleTimeout()).frame();
        ctx.device().click(r.point());
        Screenshot open = ctx.device().settle(ctx.options().settleTimeout()).frame();
        Grounding g = ctx.model().locate(open, "\"" + name.replace("\"", "") + "\"");
        if (g.isAmbiguous()) {
            g = Appeared.settle(g, closed, open).orElse(g);
        }
        boolean inPanel = g.isUnique() && g.score() >= SURE && !g.requireBox().intersects(r.box())
                && Appeared.isNew(closed, open, g.requireBox());
        if (!inPanel) {
            ctx.device().press("Escape");
            return Optional.of(shownNow(ctx, r));
        }
        ctx.device().click(g.requireBox().center());
        String shown = shownNow(ctx, r);
        return took(shown, before, name) ? Optional.empty() : Optional.of(shown);
    }

    /** What the dropdown {@code r} shows once the screen has settled (empty when nothing can be read). */
    private static String shownNow(ToolContext ctx, Targets.Resolved r) {
        Screenshot now = ctx.device().settle(ctx.options().settleTimeout()).frame();
        return Reading.read(ctx, now, r.box()).orElse("");
    }

    /**
     * Whether a dropdown showing {@code shown}, which showed {@code before}, took {@code wanted}: it shows the option,
     * or something else than before (allowing OCR a slip in about one character of five).
     */
    static boolean took(String shown, String before, String wanted) {
        if (TextMatch.contains(shown, wanted)) {
            return true;
        }
        String s = TextMatch.normalize(shown);
        String b = TextMatch.normalize(before);
        int slips = Math.max(1, b.length() / 5);
        boolean same = Math.abs(s.length() - b.length()) <= slips && TextMatch.bestSubstringDistance(s, b) <= slips;
        return !same;
    }

    /** An option's name without the words a list leaves out: "Visa" for "the Visa card ending in 4242". */
    static String plain(String option) {
        String p = ENDING.matcher(ARTICLE.matcher(option.strip()).replaceFirst("")).replaceFirst("").strip();
        String shorter = NOUN.matcher(p).replaceFirst("").strip();
        return shorter.isEmpty() ? p : shorter;
    }
}
