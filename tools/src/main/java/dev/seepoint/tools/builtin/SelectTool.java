package dev.seepoint.tools.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.tools.AbstractTool;
import dev.seepoint.tools.Observation;
import dev.seepoint.tools.ToolContext;
import dev.seepoint.tools.internal.Args;
import dev.seepoint.tools.internal.Schema;
import dev.seepoint.tools.internal.Targets;

/** Chooses an option in a described dropdown, or clicks a described option. */
public final class SelectTool extends AbstractTool {

    public SelectTool() {
        super("select", "Chooses 'option' in the dropdown described by 'in' (\"the Country dropdown\"): locates the "
                + "dropdown and picks the option with the keyboard. Without 'in' it clicks the option itself (a radio "
                + "button, a tab, an item of an open list).",
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
            if (!r.isOk()) {
                return r.error();
            }
            ctx.device().click(r.point());
            return Observation.ok("selected '" + option + "' by clicking it at " + r.point())
                    .withGrounding(r.grounding()).withScreenshot(frame).with("point", r.point().toString());
        }
        String in = args.string("in");
        Targets.Resolved r = Targets.resolve(ctx, frame, in, "select '" + option + "' in");
        if (!r.isOk()) {
            return r.error();
        }
        ctx.device().select(r.point(), option);
        return Observation.ok("selected '" + option + "' in '" + in + "' at " + r.point())
                .withGrounding(r.grounding()).withScreenshot(frame).with("point", r.point().toString())
                .with("option", option);
    }
}
