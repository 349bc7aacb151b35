package dev.seepoint.tools.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seepoint.perception.Point;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.tools.AbstractTool;
import dev.seepoint.tools.Observation;
import dev.seepoint.tools.ToolContext;
import dev.seepoint.tools.internal.Args;
import dev.seepoint.tools.internal.Schema;
import dev.seepoint.tools.internal.SegmentedText;
import dev.seepoint.tools.internal.Targets;
import java.util.Optional;

/** Types text, into a described field or into whatever has focus. */
public final class TypeTool extends AbstractTool {

    public TypeTool() {
        super("type", "Types 'text'. With 'into' (a described field, e.g. \"the Email field\") it first clicks that field; "
                + "with 'at' it clicks that point instead; with neither it types into whatever has focus. With 'clear' it "
                + "selects the field's content (Ctrl+A) and deletes it before typing. A date or time typed into a field "
                + "starts from the field's first segment, as native date and time controls need.",
                Schema.object().string("text", "the text to type (may be empty with clear)", true)
                        .string("into", "description of the field to type into", false)
                        .point("at", "click this point to focus the field instead of locating it")
                        .bool("clear", "clear the field first").build());
    }

    @Override
    public Observation execute(JsonNode json, ToolContext ctx) {
        Args args = Args.of(name(), json);
        String text = args.rawString("text", null);
        if (text == null) {
            throw new IllegalArgumentException("argument 'text' is required, e.g. {\"text\": \"ada@example.com\"}");
        }
        boolean clear = args.bool("clear", false);
        Screenshot frame = ctx.frame();
        Optional<Point> at = args.point("at");
        if (at.isPresent()) {
            ctx.device().click(at.get());
            Observation base = Observation.ok("").withScreenshot(frame).with("point", at.get().toString());
            return typed(ctx, base, "'" + args.optString("into").orElse("the field") + "' at " + at.get(), text, clear, true);
        }
        if (args.has("into")) {
            String into = args.string("into");
            Targets.Resolved r = Targets.resolve(ctx, frame, into, "type into");
            if (!r.isOk() && !NAMES_KIND.matcher(into).find()) {
                // "type 120 into Amount": of a field labelled Amount and a column headed AMOUNT, text goes in the field;
                // "replace the title with …": no text reads "title", but a field is captioned so
                Targets.Resolved field = Targets.judge(ctx.model().locate(frame, Targets.ofKind(into, "field")), frame, "type into");
                if (field.isOk() && FIELDS.contains(field.grounding().evidence().getOrDefault("kind", ""))) {
                    r = field;
                }
            }
            return r.isOk() ? into(ctx, frame, r, into, text, clear) : r.error();
        }
        Observation done = typed(ctx, Observation.ok("").withScreenshot(frame), "the focused element", text, clear, false);
        if (text.isEmpty()) {
            return done;
        }
        Screenshot after = ctx.device().settle(ctx.options().settleTimeout()).frame();
        if (!after.samePixels(frame)) {
            return done;
        }
        // nothing on the screen took the keys (a chat opened without focusing its composer): the one field there is meant
        Targets.Resolved only = onlyField(ctx, after);
        if (only == null) {
            return Observation.error(done.text() + ", but the screen did not change: nothing may have had the focus; "
                    + "name the field to type into (\"type … into the Message box\")").withScreenshot(after);
        }
        return into(ctx, after, only, "the only field on the screen", text, clear);
    }

    /** The one text field or text area on {@code frame}, or null when there is none or more than one. */
    private static Targets.Resolved onlyField(ToolContext ctx, Screenshot frame) {
        dev.seepoint.perception.Grounding field = ctx.model().locate(frame, "the text field");
        dev.seepoint.perception.Grounding area = ctx.model().locate(frame, "the text area");
        if (field.isUnique() && !area.isFound()) {
            return Targets.judge(field, frame, "type into");
        }
        if (area.isUnique() && !field.isFound()) {
            return Targets.judge(area, frame, "type into");
        }
        return null;
    }

    private static final java.util.regex.Pattern NAMES_KIND = java.util.regex.Pattern.compile(
            "(?i)\\b(?:field|box|input|area|textarea|editor|composer|bar)s?$");
    /** The kinds of element text is typed into. */
    static final java.util.Set<String> FIELDS = java.util.Set.of("text field", "text area");

    /** Clicks the field {@code r} found for {@code into} on {@code frame} and types {@code text} there. */
    static Observation into(ToolContext ctx, Screenshot frame, Targets.Resolved r, String into, String text, boolean clear) {
        ctx.device().click(r.point());
        Observation base = Observation.ok("").withScreenshot(frame).withGrounding(r.grounding()).with("point", r.point().toString());
        return typed(ctx, base, "'" + into + "' at " + r.point(), text, clear, true);
    }

    /** Types into the focused element, clearing it first when asked; {@code aimed} when a field was clicked for it. */
    private static Observation typed(ToolContext ctx, Observation base, String where, String text, boolean clear, boolean aimed) {
        if (clear) {
            ctx.device().press("Ctrl+A");
            ctx.device().press("Delete");
        }
        // a native date or time control shows its mask ("mm/dd/yyyy", "--:-- --") or a date; a plain field keeps the text as given
        String shown = base.grounding().map(g -> g.evidence().getOrDefault("text", "")).orElse("");
        boolean segmented = aimed && SegmentedText.isDateOrTime(text)
                && (base.grounding().isEmpty() || SegmentedText.looksLikeControl(shown));
        if (segmented) {
            for (int i = 0; i < SegmentedText.SEGMENTS_BACK; i++) {
                ctx.device().press("ArrowLeft");
            }
            ctx.device().type(SegmentedText.keys(text, shown));
        } else if (!text.isEmpty()) {
            ctx.device().type(text);
        }
        String did = text.isEmpty() ? (clear ? "cleared " + where : "typed nothing into " + where)
                : (clear ? "cleared and typed" : "typed") + " \"" + text + "\" into " + where;
        return base.withText(did).with("text", text).with("clear", clear);
    }
}
