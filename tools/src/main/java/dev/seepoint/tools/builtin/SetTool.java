package dev.seepoint.tools.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.tools.AbstractTool;
import dev.seepoint.tools.Observation;
import dev.seepoint.tools.ToolContext;
import dev.seepoint.tools.internal.Args;
import dev.seepoint.tools.internal.Schema;
import dev.seepoint.tools.internal.Targets;
import java.util.Locale;
import java.util.Set;

/**
 * Sets a described setting to a value, acting the way the setting turns out to be drawn: a dropdown
 * chooses the option, a text field is cleared and typed into, a checkbox or switch is turned on or off,
 * and a caption over a group of options (radio buttons, segments, chips) has the option named by the
 * value clicked. "Change the priority to High" needs no knowledge of how the page draws the priority.
 */
public final class SetTool extends AbstractTool {

    private static final Set<String> FIELDS = Set.of("text field", "text area");
    private static final Set<String> CHECKABLE = Set.of("checkbox", "toggle", "radio button");
    /** How far (px) an option may lie from its caption at least, however small the caption's text. */
    private static final int NEAR_PX = 160;
    /** How far along a row an option may lie from its caption. */
    private static final int ROW_PX = 640;

    public SetTool() {
        super("set", "Sets the setting described by 'target' (\"the priority\", \"the Country\") to 'value', by what "
                + "the target turns out to be: a dropdown gets the option chosen, a text field is cleared and typed "
                + "into, a checkbox or switch is turned on or off (value on/off), and a caption over a group of "
                + "options (radio buttons, segments, chips) gets the option named by the value clicked.",
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
            if (FIELDS.contains(kind)) {
                return TypeTool.into(ctx, frame, r, target, value, true);
            }
        }
        // seen once or several times ("the label" reads in many places), the target may be a caption; not seen as
        // such ("the label" as a kind of text), it may still name a dropdown
        boolean seen = r.isOk() || r.grounding().isAmbiguous();
        if (!value.isBlank()) {
            // a caption: a dropdown it names ("Role" over a select showing "Viewer") takes the value as an option
            Targets.Resolved d = Targets.judge(ctx.model().locate(frame, target + " dropdown"), frame, "set");
            if (d.isOk() && "dropdown".equals(d.grounding().evidence().get("kind"))) {
                return choose(ctx, frame, d, target, value);
            }
        }
        // a caption over a group of options: the value names one of them, close to the caption; else the one option
        // that reads so anywhere on the screen
        String option = "\"" + value.replace("\"", "") + "\"";
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
            ctx.device().click(o.point());
            return Observation.ok("set '" + target + "' to '" + value + "': clicked the option '" + value + "' at " + o.point()
                            + (r.isOk() ? " for '" + target + "'" : seen ? "" : " ('" + target + "' itself is not on the screen)"))
                    .withGrounding(o.grounding()).withScreenshot(frame).with("point", o.point().toString()).with("option", value);
        }
        if (!state.isEmpty()) {
            return toggle(ctx, frame, target, state); // "set Dark mode to on": a switch beside its caption
        }
        if (!r.isOk()) {
            return r.error().withText(r.error().text() + "; nor is there one option reading '" + value + "' to choose");
        }
        return o != null ? o.error() : Observation.error("cannot set '" + target + "' to nothing: it is "
                + r.grounding().evidence().getOrDefault("kind", "an element") + ", not a field to clear")
                .withGrounding(r.grounding()).withScreenshot(frame);
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
        ctx.device().select(r.point(), value);
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
