package dev.seepoint.tools.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.seepoint.perception.Box;
import dev.seepoint.perception.Grounding;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.tools.AbstractTool;
import dev.seepoint.tools.Observation;
import dev.seepoint.tools.ToolContext;
import dev.seepoint.tools.internal.Args;
import dev.seepoint.tools.internal.Dropdowns;
import dev.seepoint.tools.internal.Schema;
import dev.seepoint.tools.internal.Targets;
import java.util.Locale;
import java.util.Set;

/**
 * Sets a described setting to a value, acting the way the setting turns out to be drawn: a dropdown
 * chooses the option, a text field is cleared and typed into, a checkbox or switch is turned on or off,
 * a caption over a group of options (radio buttons, segments, chips) has the option named by the
 * value clicked, a count drawn as − N + has + or − pressed until it shows the value, and a slider has its
 * track clicked where the value lies. "Change the
 * priority to High" needs no knowledge of how the page draws the priority.
 */
public final class SetTool extends AbstractTool {

    private static final Set<String> CHECKABLE = Set.of("checkbox", "toggle", "radio button");
    /** How far (px) an option may lie from its caption at least, however small the caption's text. */
    private static final int NEAR_PX = 160;
    /** How far along a row an option may lie from its caption. */
    private static final int ROW_PX = 640;
    /** A count a stepper is set to: "3", "12". */
    private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile("\\d{1,3}");
    /** A count named by what it counts: "the quantity of the socks", "the number of guests". */
    private static final java.util.regex.Pattern COUNT_OF = java.util.regex.Pattern.compile(
            "(?i)(?:the\\s+)?(?:quantity|qty|count|number|amount)\\s+(?:of|for)\\s+(.+)");
    /** Below this score a field found for a setting's name is a loose match. */
    private static final double LOOSE = 0.9;
    /** At least this score for a value's own words to be taken as a control on the screen. */
    private static final double SURE = 0.95;
    /** Most presses of a stepper's + or − for one setting. */
    private static final int MAX_STEPS = 30;

    public SetTool() {
        super("set", "Sets the setting described by 'target' (\"the priority\", \"the Country\") to 'value', by what "
                + "the target turns out to be: a dropdown gets the option chosen, a text field is cleared and typed "
                + "into, a checkbox or switch is turned on or off (value on/off), and a caption over a group of "
                + "options (radio buttons, segments, chips) gets the option named by the value clicked; a count drawn "
                + "as − N + gets + or − pressed until it shows the value; a slider gets its track clicked at the share "
                + "of its length the value names (\"50%\", \"half\", \"max\").",
                Schema.object().string("target", "description of the setting", true)
                        .string("value", "the value: an option's text, text to type, or on/off", true).build());
    }

    @Override
    public Observation execute(JsonNode json, ToolContext ctx) {
        Args args = Args.of(name(), json);
        String target = args.string("target");
        String value = args.rawString("value", null);
        if (value == null) {
            throw new IllegalArgumentException("argument 'value' is required, e.g. {\"target\": \"the Country\", \"value\": \"Ireland\"}");
        }
        Screenshot frame = ctx.frame();
        Targets.Resolved r = Targets.resolve(ctx, frame, target, "set");
        String state = onOff(value);
        if (r.isOk()) {
            String kind = r.grounding().evidence().getOrDefault("kind", "");
            if (kind.equals("dropdown") && !value.isBlank()) {
                return choose(ctx, frame, r, target, value);
            }
            if (CHECKABLE.contains(kind) && !state.isEmpty()) {
                return toggle(ctx, frame, target, state);
            }
            if (TypeTool.FIELDS.contains(kind)) {
                Observation shown = optionShownInstead(ctx, frame, r, target, value);
                return shown != null ? shown : TypeTool.into(ctx, frame, r, target, value, true);
            }
            if (kind.equals("slider")) {
                return slide(ctx, frame, r, target, value);
            }
        }
        if (COUNT.matcher(value.strip()).matches()) {
            // "set the quantity to 3" on a − 1 + stepper with no field to type in
            Observation stepped = stepper(ctx, frame, target, Integer.parseInt(value.strip()));
            if (stepped != null) {
                return stepped;
            }
        }
        // seen once or several times ("the label" reads in many places), the target may be a caption; not seen as
        // such ("the label" as a kind of text), it may still name a dropdown
        boolean seen = r.isOk() || r.grounding().isAmbiguous();
        if (!value.isBlank()) {
            // a caption: a dropdown it names ("Role" over a select showing "Viewer") takes the value as an option
            Targets.Resolved d = Targets.judge(ctx.model().locate(frame, Targets.ofKind(target, "dropdown")), frame, "set");
            if (d.isOk() && "dropdown".equals(d.grounding().evidence().get("kind"))) {
                return choose(ctx, frame, d, target, value);
            }
            if (r.isOk()) {
                // a settings row: its title and a line of description at the left, the dropdown at the row's end
                // (the description, nearer, is taken for the dropdown's caption)
                Targets.Resolved inRow = Targets.judge(ctx.model().locate(frame, "the dropdown in the " + quoted(target) + " row"),
                        frame, "set");
                // (at the row's end: a dropdown on the caption's left is another panel's, level with it by chance)
                if (inRow.isOk() && "dropdown".equals(inRow.grounding().evidence().get("kind"))
                        && inRow.box().left() >= r.grounding().requireBox().right()) {
                    return choose(ctx, frame, inRow, target, value);
                }
            }
        }
        // a caption over a group of options: the value names one of them, close to the caption; else the one option
        // that reads so anywhere on the screen
        String option = quoted(value);
        Targets.Resolved o = null;
        if (!value.isBlank() && seen) {
            o = Targets.judge(ctx.model().locate(frame, option + " near " + target), frame, "set '" + target + "' to");
            Box caption = r.grounding().requireBox();
            if (o.isOk() && !belongs(o.box(), caption)) {
                o = null; // the nearest option reading so is too far away to belong to this caption
            }
        }
        if ((o == null || !o.isOk()) && value.codePoints().anyMatch(Character::isLetter)) {
            // a named option ("Express") may stand without its caption; a bare number ("3") could be any "3" on the screen
            Targets.Resolved anywhere = Targets.judge(ctx.model().locate(frame, option), frame, "set '" + target + "' to");
            o = o == null || anywhere.isOk() ? anywhere : o;
        }
        if (o != null && o.isOk()) {
            return clickOption(ctx, frame, o, target, value,
                    r.isOk() ? " for '" + target + "'" : seen ? "" : " ('" + target + "' itself is not on the screen)");
        }
        if (r.isOk() && !value.isBlank()) {
            // no option reads so: a caption over a field ("Number of words" over a box showing 3) has the field it
            // labels take the value
            Targets.Resolved f = Targets.judge(ctx.model().locate(frame, Targets.ofKind(target, "field")), frame, "set");
            if (f.isOk() && TypeTool.FIELDS.contains(f.grounding().evidence().getOrDefault("kind", ""))
                    && labels(r.grounding().requireBox(), f.box())) {
                return TypeTool.into(ctx, frame, f, target, value, true);
            }
        }
        if (!state.isEmpty()) {
            return toggle(ctx, frame, target, state); // "set Dark mode to on": a switch beside its caption
        }
        if (!r.isOk()) {
            return r.error().withText(r.error().text() + "; nor is there one option reading '" + value + "' to choose");
        }
        String found = r.grounding().evidence().getOrDefault("kind", "an element");
        return o != null ? o.error() : Observation.error(value.isBlank()
                        ? "cannot set '" + target + "' to nothing: it is " + found + ", not a field to clear"
                        : "cannot set '" + target + "' to '" + value + "': it is " + found + ", and no field it captions, "
                                + "dropdown or option near it reading '" + value + "' was found")
                .withGrounding(r.grounding()).withScreenshot(frame);
    }

    /**
     * "Switch the seat selection to Best available": a field that answers the setting's name only loosely (a sentence
     * over the field shares a word with it) while the value reads, alone and surely, as a control elsewhere (a segment,
     * a tab, a button): the control is the option meant, clicked instead of typing the value. Null otherwise.
     */
    private static Observation optionShownInstead(ToolContext ctx, Screenshot frame, Targets.Resolved field, String target,
            String value) {
        if (value.codePoints().noneMatch(Character::isLetter)) {
            return null;
        }
        Grounding shown = ctx.model().locate(frame, quoted(value));
        if (!shown.isUnique() || shown.score() < SURE || shown.requireBox().intersects(field.box())) {
            return null;
        }
        String kind = shown.evidence().getOrDefault("kind", "");
        String why;
        if (kind.equals("radio button") && belongs(shown.requireBox(), field.box())) {
            // "set the payment method to PayPal": the first option tile under the caption, taken for a field, and the
            // radio reading the value beside it
            why = " (a radio button reading it lies beside what was taken for the field '" + target + "')";
        } else if (sibling(shown.requireBox(), field.box()) && value.codePoints().noneMatch(Character::isDigit)) {
            // options drawn as bordered tiles, each taken for a field: the one reading the value, lined up with the rest
            // (a time, a date or an amount is typed: "10:00 AM" shown in the End field beside the Start field is no tile)
            why = " (it is shown on a tile like and lined up with what was taken for the field '" + target + "')";
        } else if (field.grounding().score() < LOOSE && !TypeTool.FIELDS.contains(kind)) {
            why = " (the field found for '" + target + "' matched it only loosely, and '" + value + "' is shown as a control)";
        } else {
            return null;
        }
        Targets.Resolved o = Targets.judge(shown, frame, "set '" + target + "' to");
        return o.isOk() ? clickOption(ctx, frame, o, target, value, why) : null;
    }

    /** Whether two boxes are alike in size and lined up in a column or a row, as tiles of one group of options are. */
    static boolean sibling(Box a, Box b) {
        boolean alike = Math.abs(a.width() - b.width()) <= 0.15 * Math.max(a.width(), b.width())
                && Math.abs(a.height() - b.height()) <= 0.25 * Math.max(a.height(), b.height());
        int slack = Math.max(6, Math.max(a.height(), b.height()) / 4);
        boolean column = Math.abs(a.left() - b.left()) <= slack
                && Math.max(a.top(), b.top()) - Math.min(a.bottom(), b.bottom()) <= 2 * Math.max(a.height(), b.height());
        boolean row = Math.abs(a.top() - b.top()) <= slack
                && Math.max(a.left(), b.left()) - Math.min(a.right(), b.right()) <= Math.max(a.width(), b.width());
        return alike && (column || row);
    }

    /** Clicks the option {@code o} that sets {@code target} to {@code value}; {@code how} ends the observation. */
    private static Observation clickOption(ToolContext ctx, Screenshot frame, Targets.Resolved o, String target, String value,
            String how) {
        ctx.device().click(o.point());
        return Observation.ok("set '" + target + "' to '" + value + "': clicked the option '" + value + "' at " + o.point() + how)
                .withGrounding(o.grounding()).withScreenshot(frame).with("point", o.point().toString()).with("option", value);
    }

    /** The value as a quoted expression: its own words, closely. */
    private static String quoted(String value) {
        return "\"" + value.replace("\"", "") + "\"";
    }

    /**
     * A slider set by clicking its track where the value lies (a range input moves its thumb to the click): "100%",
     * "max" or "right" at the far end, "half" in the middle, "25%" a quarter along. A number goes into the number box
     * just right of the track when there is one (the slider follows it); else a bare number up to 100 is taken as a
     * percentage of the track, and said so.
     */
    private static Observation slide(ToolContext ctx, Screenshot frame, Targets.Resolved r, String target, String value) {
        if (value.strip().matches("-?\\d+(?:[.,]\\d+)?")) {
            // a slider paired with a number box in its row (a length "14" beside the track) takes the number there
            Targets.Resolved box = Targets.judge(ctx.model().locate(frame, "the text field right of " + target), frame, "set");
            Box track = r.box();
            if (box.isOk() && TypeTool.FIELDS.contains(box.grounding().evidence().getOrDefault("kind", ""))
                    && box.box().verticalOverlap(track.expand(0, Math.max(8, 20 - track.height() / 2))) > 0
                    && box.box().left() >= track.right() && box.box().left() - track.right() <= 120) {
                return TypeTool.into(ctx, frame, box, target, value, true);
            }
        }
        java.util.OptionalDouble share = share(value);
        if (share.isEmpty()) {
            return Observation.error("cannot set the slider '" + target + "' to '" + value + "': give a share of its length "
                    + "(\"50%\", \"half\", \"max\", \"min\")").withGrounding(r.grounding()).withScreenshot(frame);
        }
        Box track = r.box();
        boolean upright = track.height() > 2 * track.width();
        double f = share.getAsDouble();
        int x = upright ? (int) Math.round(track.centerX())
                : Math.max(track.left() + 1, Math.min(track.right() - 2, track.left() + (int) Math.round(f * (track.width() - 1))));
        int y = !upright ? (int) Math.round(track.centerY())
                : Math.max(track.top() + 1, Math.min(track.bottom() - 2, track.bottom() - 1 - (int) Math.round(f * (track.height() - 1))));
        dev.seepoint.perception.Point at = new dev.seepoint.perception.Point(x, y);
        ctx.device().click(at);
        boolean number = value.strip().matches("\\d{1,3}");
        return Observation.ok("set the slider '" + target + "' to " + Math.round(100 * f) + "% of its length"
                        + (number ? " (the bare number taken as a percentage)" : "") + ": clicked its track at " + at)
                .withGrounding(r.grounding()).withScreenshot(frame).with("point", at.toString()).with("share", String.valueOf(f));
    }

    /** A value read as a share of a slider's length, 0..1; empty when it is none. */
    static java.util.OptionalDouble share(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT).replaceFirst("^(?:about|around|roughly|approximately) ", "");
        java.util.regex.Matcher pct = java.util.regex.Pattern.compile("(\\d{1,3}(?:\\.\\d+)?)\\s*%?").matcher(v);
        if (pct.matches()) {
            double n = Double.parseDouble(pct.group(1));
            return n <= 100 ? java.util.OptionalDouble.of(n / 100) : java.util.OptionalDouble.empty();
        }
        return switch (v) {
            case "max", "maximum", "full", "right", "end", "top", "highest", "all the way" -> java.util.OptionalDouble.of(1);
            case "min", "minimum", "left", "start", "bottom", "lowest", "zero", "none" -> java.util.OptionalDouble.of(0);
            case "half", "halfway", "half way", "middle", "centre", "center", "midpoint", "mid-point" -> java.util.OptionalDouble.of(0.5);
            case "a quarter", "quarter", "one quarter" -> java.util.OptionalDouble.of(0.25);
            case "three quarters" -> java.util.OptionalDouble.of(0.75);
            default -> java.util.OptionalDouble.empty();
        };
    }

    /**
     * A count drawn as − N + (a cart line's quantity, a guest count): the + and − beside the target, the number read
     * between them, and + or − clicked as many times as the value is away. Null when there is no such pair of
     * buttons beside the target, so the other ways of setting it are tried.
     */
    private static Observation stepper(ToolContext ctx, Screenshot frame, String target, int wanted) {
        // "the quantity of the socks": a cart line's stepper has no caption, only the line it belongs to
        java.util.regex.Matcher of = COUNT_OF.matcher(target.strip());
        String place = of.matches() ? "for " + of.group(1) : "next to " + target;
        Targets.Resolved plus = Targets.judge(ctx.model().locate(frame, "the + button " + place), frame, "set");
        Targets.Resolved minus = Targets.judge(ctx.model().locate(frame, "the - button " + place), frame, "set");
        if (!plus.isOk()) {
            return null;
        }
        Box p = plus.box();
        Box gap;
        if (minus.isOk() && paired(minus.box(), p)) {
            Box m = minus.box();
            gap = new Box(m.right(), Math.min(m.top(), p.top()), p.left(), Math.max(m.bottom(), p.bottom()));
        } else {
            // a − greyed out at the lowest count is not seen as a button (a dash elsewhere may be taken for it instead):
            // the number stands just before the +, centred in a box a few of its widths wide
            minus = null;
            gap = new Box(Math.max(0, p.left() - 4 * Math.max(p.width(), p.height())), p.top(), p.left(), p.bottom());
        }
        // a digit stands taller than a + or − drawn as a thin cross: read the line the pair stands on, not a slice of it
        int half = (int) Math.ceil(Math.max(gap.height(), 10) * 0.9);
        int middle = (int) Math.round(gap.centerY());
        Box between = new Box(gap.left(), Math.max(0, middle - half), gap.right(), Math.min(frame.height(), middle + half));
        String read = ctx.ocr().map(o -> o.read(frame.crop(between))).orElse("").replaceAll("[^0-9]", "");
        if (read.isEmpty() || read.length() > 3) {
            // the stepper's own dividers, drawn the number's full height either side of it, hide a lone "1" from OCR
            Box inside = withoutRules(frame, between);
            if (!inside.equals(between)) {
                read = ctx.ocr().map(o -> o.read(frame.crop(inside))).orElse("").replaceAll("[^0-9]", "");
            }
        }
        if (read.isEmpty() || read.length() > 3) {
            return Observation.error("cannot set '" + target + "' to " + wanted + ": found its + button at " + p
                    + " but could not read the number before it, in " + between + (ctx.ocr().isEmpty() ? " (no OCR engine is configured)" : ""))
                    .withScreenshot(frame).withBox(between);
        }
        int current = Integer.parseInt(read);
        int steps = Math.abs(wanted - current);
        if (steps > MAX_STEPS) {
            return Observation.error("cannot set '" + target + "' to " + wanted + ": it shows " + current + ", " + steps
                    + " presses away (at most " + MAX_STEPS + "); type the value into its field instead").withScreenshot(frame);
        }
        if (wanted < current && minus == null) {
            return Observation.error("cannot set '" + target + "' to " + wanted + ": it shows " + current + " and its − button "
                    + "was not found beside the + at " + p).withScreenshot(frame).withBox(between);
        }
        Targets.Resolved button = wanted > current ? plus : minus;
        for (int i = 0; i < steps; i++) {
            ctx.device().click(button.point());
        }
        String sign = wanted > current ? "+" : "−";
        return Observation.ok("set '" + target + "' to " + wanted + ": it showed " + current + (steps == 0 ? ", nothing to press"
                        : "; pressed " + sign + " at " + button.point() + " " + steps + (steps == 1 ? " time" : " times")))
                .withGrounding(button.grounding()).withScreenshot(frame).with("point", button.point().toString());
    }

    /**
     * {@code box} without the lines drawn round the number in it (a stepper's dividers and its frame's top and bottom):
     * from its middle out to the nearest column, then row, inked over most of its length; the box itself when its middle
     * lies on such a line.
     */
    static Box withoutRules(Screenshot frame, Box box) {
        Box b = box.clip(frame.size());
        if (b.width() < 3 || b.height() < 3) {
            return box;
        }
        int[] greys = new int[32];
        for (int y = b.top(); y < b.bottom(); y++) {
            for (int x = b.left(); x < b.right(); x++) {
                greys[Screenshot.grey(frame.rgb(x, y)) / 8]++;
            }
        }
        int paper = 0;
        for (int g = 1; g < greys.length; g++) {
            paper = greys[g] > greys[paper] ? g : paper;
        }
        int background = paper * 8 + 4;
        java.util.function.IntBinaryOperator inked = (x, y) -> Math.abs(Screenshot.grey(frame.rgb(x, y)) - background) > 24 ? 1 : 0;
        int[] cols = span(b.left(), b.right(), x -> {
            int ink = 0;
            for (int y = b.top(); y < b.bottom(); y++) {
                ink += inked.applyAsInt(x, y);
            }
            return ink >= RULE_SHARE * b.height();
        });
        if (cols == null) {
            return box;
        }
        int[] rows = span(b.top(), b.bottom(), y -> {
            int ink = 0;
            for (int x = cols[0]; x < cols[1]; x++) {
                ink += inked.applyAsInt(x, y);
            }
            return ink >= RULE_SHARE * (cols[1] - cols[0]);
        });
        return rows == null ? box : new Box(cols[0], rows[0], cols[1], rows[1]);
    }

    /** How much of a column's or row's length a drawn line inks. */
    private static final double RULE_SHARE = 0.55;

    /** The run of positions in [from, to) round the middle that are no line, or null when the middle is one. */
    private static int[] span(int from, int to, java.util.function.IntPredicate line) {
        int middle = (from + to) / 2;
        if (line.test(middle)) {
            return null;
        }
        int low = middle;
        while (low > from && !line.test(low - 1)) {
            low--;
        }
        int high = middle + 1;
        while (high < to && !line.test(high)) {
            high++;
        }
        return new int[] {low, high};
    }

    /** Whether a − and a + are one stepper's: the − just before the + on its line. */
    static boolean paired(Box minus, Box plus) {
        return minus.right() <= plus.left() && plus.left() - minus.right() <= 8 * Math.max(plus.height(), minus.height())
                && Math.abs(plus.centerY() - minus.centerY()) <= 0.5 * Math.max(plus.height(), minus.height());
    }

    /** Whether {@code caption} sits where a field's label does: just over it, or on its row at its left. */
    static boolean labels(Box caption, Box field) {
        int h = Math.max(1, caption.height());
        boolean over = field.top() >= caption.top() && field.top() - caption.bottom() <= 3 * h
                && field.left() - caption.left() <= 3 * h && caption.left() < field.right();
        boolean left = field.verticalOverlap(caption) > 0.5 && caption.right() <= field.left() + h
                && field.left() - caption.right() <= ROW_PX;
        return over || left;
    }

    /**
     * An option that lies close enough to a caption to be one of its group: a few lines below or beside it, and
     * along a row of options as far as a wide panel goes.
     */
    static boolean belongs(Box option, Box caption) {
        int dy = Math.max(0, Math.max(option.top() - caption.bottom(), caption.top() - option.bottom()));
        int dx = Math.max(0, Math.max(option.left() - caption.right(), caption.left() - option.right()));
        return dy <= Math.max(NEAR_PX, 8 * caption.height()) && dx <= ROW_PX;
    }

    /** Chooses {@code value} in the dropdown {@code r} found. */
    private static Observation choose(ToolContext ctx, Screenshot frame, Targets.Resolved r, String target, String value) {
        java.util.Optional<String> refused = Dropdowns.choose(ctx, frame, r, value);
        if (refused.isPresent()) {
            return Observation.error("cannot set '" + target + "' to '" + value + "': " + refused.get())
                    .withGrounding(r.grounding()).withScreenshot(frame).withBox(r.box());
        }
        return Observation.ok("set '" + target + "' to '" + value + "': chose it in the dropdown at " + r.point())
                .withGrounding(r.grounding()).withScreenshot(frame).with("point", r.point().toString()).with("option", value);
    }

    private static Observation toggle(ToolContext ctx, Screenshot frame, String target, String state) {
        ctx.offerFrame(frame); // nothing acted since it was taken
        return new ToggleTool().execute(JsonNodeFactory.instance.objectNode().put("target", target).put("state", state), ctx);
    }

    /** "on" or "off" for values that name a state (on, yes, enabled, checked…), else empty. */
    static String onOff(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "on", "yes", "true", "enabled", "checked", "ticked", "active" -> "on";
            case "off", "no", "false", "disabled", "unchecked", "unticked", "inactive" -> "off";
            default -> "";
        };
    }
}
