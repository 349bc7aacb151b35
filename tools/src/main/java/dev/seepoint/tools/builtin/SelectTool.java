package dev.seepoint.tools.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seepoint.perception.Candidate;
import dev.seepoint.perception.Grounding;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.tools.AbstractTool;
import dev.seepoint.tools.Observation;
import dev.seepoint.tools.ToolContext;
import dev.seepoint.tools.internal.Args;
import dev.seepoint.tools.internal.Dropdowns;
import dev.seepoint.tools.internal.Schema;
import dev.seepoint.tools.internal.Targets;
import dev.seepoint.tools.internal.TextMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Chooses an option in a described dropdown, or clicks a described option. */
public final class SelectTool extends AbstractTool {

    /** A caption of one or two words and a short value: "size L", "seat 12A", "tip 15%". */
    private static final Pattern CAPTION_VALUE = Pattern.compile("(?i)(?:the\\s+)?(\\p{L}+(?:\\s+\\p{L}+)?)\\s+([\\p{L}\\p{N}%$£€.]{1,4})");
    /** A short value, then its caption: "the 20% tip", "the 2-day delivery". */
    private static final Pattern VALUE_CAPTION = Pattern.compile("(?i)(?:the\\s+)?([\\p{N}$£€][\\p{L}\\p{N}%$£€.,:-]{0,7})\\s+(\\p{L}+(?:\\s+\\p{L}+)?)");
    /** A setting's name in lower case, then a value that is a name or a code: "vehicle PKP-305", "country Canada", "version v2.1". */
    private static final Pattern NAMED_VALUE = Pattern.compile(
            "^(?:the\\s+)?(?!(?:the|a|an|this|that|my|your)\\s)(\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*)?)\\s+((?:\\p{Lu}|\\p{N}|"
                    // or a code in lower case with a digit early on: "version v2.15.0-rc.2"
                    + "\\p{Ll}\\p{L}{0,3}\\p{N})\\S*(?:\\s+\\S+){0,3})$");
    /** Words naming a control's kind, not what it reads. */
    private static final Pattern KIND_WORDS = Pattern.compile("(?i)\\b(?:button|link|icon|tab|option|choice|field|box|checkbox|radio|"
            + "toggle|switch|item|chip|pill|card|entry)s?\\b");

    public SelectTool() {
        super("select", "Chooses 'option' in the dropdown described by 'in' (\"the Country dropdown\"): locates the "
                + "dropdown and picks the option with the keyboard; a list, menu or picker the page draws has the option shown "
                + "in it clicked. Without 'in' it clicks the option itself (a radio button, a tab, an item of an open list).",
                Schema.object().string("option", "the option's text", true)
                        .string("in", "description of the dropdown", false).build());
    }

    @Override
    public Observation execute(JsonNode json, ToolContext ctx) {
        Args args = Args.of(name(), json);
        String option = args.string("option");
        Screenshot frame = ctx.frame();
        if (!args.has("in")) {
            Targets.Resolved r = Targets.resolve(ctx, frame, option, "select");
            if (r.isOk() && !readsAs(r, option) && FIELDS.contains(r.grounding().evidence().getOrDefault("kind", ""))) {
                // the option's words only label a field beside it (a menu item on the row of a search box): the words
                Targets.Resolved words = Targets.resolve(ctx, frame, "the text \"" + option.replace("\"", "") + "\"", "select");
                r = words.isOk() && readsAs(words, option) ? words : r;
            }
            if (!(r.isOk() && readsAs(r, option))) {
                Targets.Resolved v = captionAndValue(ctx, frame, option);
                r = v != null ? v : r;
            }
            Matcher named = NAMED_VALUE.matcher(option.strip());
            if (!(r.isOk() && readsAs(r, option)) && named.matches()) {
                // "select vehicle PKP-305": no one thing reads so; the Vehicle dropdown, set to PKP-305
                String dropdown = "the " + named.group(1) + " dropdown";
                Grounding d = ctx.model().locate(frame, dropdown);
                if (d.isUnique() && "dropdown".equals(d.evidence().get("kind"))) {
                    return inDropdown(ctx, frame, named.group(2), dropdown);
                }
            }
            if (!r.isOk() && r.grounding().isAmbiguous()) {
                Targets.Resolved chosen = theOneChoice(r.grounding(), frame);
                r = chosen != null ? chosen : r;
            }
            if (!r.isOk()) {
                return r.error();
            }
            Targets.Resolved own = ownChoice(ctx, frame, option, r);
            r = own != null ? own : r;
            ctx.device().click(r.point());
            return Observation.ok("selected '" + option + "' by clicking " + describe(r) + " at " + r.point())
                    .withGrounding(r.grounding()).withScreenshot(frame).with("point", r.point().toString());
        }
        String in = args.string("in");
        return inDropdown(ctx, frame, option, in);
    }

    /** Words that say the container is a dropdown the page can show closed, not a list or picker drawn open. */
    private static final java.util.regex.Pattern NAMED_DROPDOWN = java.util.regex.Pattern.compile(
            "(?i)\\b(?:dropdown|drop-down|drop down|select|select box|combo ?box|picker)\\b");

    private static Observation inDropdown(ToolContext ctx, Screenshot frame, String option, String in) {
        Targets.Resolved r = Targets.resolve(ctx, frame, in, "select '" + option + "' in");
        String kind = r.isOk() ? r.grounding().evidence().getOrDefault("kind", "") : "";
        if (!r.isOk() || !"dropdown".equals(kind)) {
            // a list, menu or picker the page draws ("the emoji picker", "the saved addresses"): the option showing in
            // it; when the container itself is not seen, or is seen as no dropdown ("the performance options" read as
            // the caption "Choose a performance"), the one option on the screen reading so
            Targets.Resolved o = Targets.judge(ctx.model().locate(frame, option + " in " + in), frame, "select");
            boolean noDropdown = r.isOk() && !kind.isEmpty();
            if (!r.isOk() && !o.isOk() && NAMED_DROPDOWN.matcher(in).find()) {
                // "the category dropdown" not in view: its option's words elsewhere (a table's "Electrical") are no
                // choice in it; the caller scrolls for the dropdown instead
                return r.error();
            }
            if (!o.isOk() && (!r.isOk() || noDropdown)) {
                Targets.Resolved alone = Targets.resolve(ctx, frame, option, "select");
                o = alone.isOk() || !r.isOk() ? alone : o;
            }
            if (o.isOk()) {
                ctx.device().click(o.point());
                return Observation.ok("selected '" + option + "' in '" + in + "' by clicking " + describe(o) + " at " + o.point())
                        .withGrounding(o.grounding()).withScreenshot(frame).with("point", o.point().toString());
            }
            if (!r.isOk()) {
                return r.error();
            }
            if (noDropdown) {
                // choosing by keyboard in what is no dropdown would type the option's words into whatever that is
                return o.error().withText(o.error().text() + " ('" + in + "' was found as " + kind + ", not a dropdown)");
            }
        }
        java.util.Optional<String> refused = Dropdowns.choose(ctx, frame, r, option);
        if (refused.isPresent()) {
            return Observation.error("cannot select '" + option + "' in '" + in + "': " + refused.get())
                    .withGrounding(r.grounding()).withScreenshot(frame).withBox(r.box());
        }
        return Observation.ok("selected '" + option + "' in '" + in + "' at " + r.point())
                .withGrounding(r.grounding()).withScreenshot(frame).with("point", r.point().toString())
                .with("option", option);
    }

    /** Kinds of control that are chosen (not typed into or read). */
    private static final Set<String> CHOICES = Set.of("radio button", "checkbox", "tab");
    /** Kinds an option is never: what only a field's label reads is no option of it. */
    private static final Set<String> FIELDS = Set.of("text field", "text area");

    /**
     * "select Other amount" between the radio captioned so and the amount field it labels: of the things that tie,
     * the one that is chosen, when only one of them is; null otherwise.
     */
    private static Targets.Resolved theOneChoice(Grounding g, Screenshot frame) {
        List<Candidate> tied = new ArrayList<>();
        tied.add(new Candidate(g.requireBox(), g.score(), g.evidence().getOrDefault("kind", ""),
                g.evidence().getOrDefault("text", "")));
        g.alternatives().stream().filter(c -> c.score() >= 0.9 * g.score()).forEach(tied::add);
        List<Candidate> choices = tied.stream().filter(c -> CHOICES.contains(c.kind())).toList();
        if (choices.size() != 1) {
            return null;
        }
        Candidate c = choices.get(0);
        Grounding one = Grounding.found(g.expression(), g.frame(), c.box(), null, c.score(), List.of(),
                Map.of("kind", c.kind(), "text", c.text(), "reading", "the one control to choose among those that tie"));
        return Targets.judge(one, frame, "select");
    }

    /** Buttons that choose the item of a card or row they stand in, in the order tried. */
    private static final List<String> CHOOSERS = List.of("Select", "Choose", "Pick");

    /**
     * "Choose the Volkswagen Golf" where the name is a card's title (plain text, or a link to its details), not a
     * control: the card's own Select (Choose, Pick) button, which is what a tester would press. Null when the option
     * was found as a control, or its card has no such button.
     */
    private static Targets.Resolved ownChoice(ToolContext ctx, Screenshot frame, String option, Targets.Resolved r) {
        String kind = r.grounding().evidence().getOrDefault("kind", "");
        if (!"text".equals(kind) && !"link".equals(kind)) {
            return null;
        }
        String name = option.strip().replaceFirst("(?i)^the\\s+", "");
        for (String verb : CHOOSERS) {
            Targets.Resolved b = Targets.judge(ctx.model().locate(frame, "the " + verb + " button for " + name), frame, "select");
            String text = TextMatch.normalize(b.grounding().evidence().getOrDefault("text", ""));
            String word = verb.toLowerCase(Locale.ROOT);
            // "Select", "Choose plan": the verb, perhaps with a word after it
            boolean chooses = text.equals(word) || text.startsWith(word + " ") && text.split(" ").length <= 3;
            if (b.isOk() && "button".equals(b.grounding().evidence().getOrDefault("kind", "")) && chooses) {
                return b;
            }
        }
        return null;
    }

    /**
     * "size L", "seat 12A", "page 2", "tip 15%": a caption then a short value, when no one element reads the
     * whole of it. The value is the option reading so that belongs to the caption (see {@link SetTool#belongs});
     * null when the option does not split so or nothing near the caption reads the value.
     */
    static Targets.Resolved captionAndValue(ToolContext ctx, Screenshot frame, String option) {
        Matcher m = CAPTION_VALUE.matcher(option.strip());
        Matcher reversed = VALUE_CAPTION.matcher(option.strip());
        String caption;
        String value;
        if (m.matches()) {
            caption = m.group(1);
            value = m.group(2);
        } else if (reversed.matches() && !KIND_WORDS.matcher(reversed.group(2)).matches()) {
            caption = reversed.group(2);
            value = reversed.group(1);
        } else {
            return null;
        }
        Grounding c = ctx.model().locate(frame, caption);
        if (!c.isFound()) {
            return null;
        }
        Targets.Resolved v = Targets.judge(ctx.model().locate(frame, "\"" + value + "\" near " + caption), frame, "select");
        return v.isOk() && SetTool.belongs(v.box(), c.requireBox()) && !c.requireBox().contains(v.box().center()) ? v : null;
    }

    /** Whether what {@code r} found reads the option's words, all of them (not "Size" for "size L"). */
    private static boolean readsAs(Targets.Resolved r, String option) {
        String text = TextMatch.normalize(r.grounding().evidence().getOrDefault("text", ""));
        return text.contains(TextMatch.normalize(KIND_WORDS.matcher(option).replaceAll(" ")).replaceFirst("^the ", ""));
    }

    private static String describe(Targets.Resolved r) {
        String text = r.grounding().evidence().getOrDefault("text", "");
        return text.isBlank() ? "it" : "'" + text + "'";
    }
}
