package dev.seepoint.tools.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.tools.AbstractTool;
import dev.seepoint.tools.Observation;
import dev.seepoint.tools.ToolContext;
import dev.seepoint.tools.internal.Args;
import dev.seepoint.tools.internal.Schema;
import dev.seepoint.tools.internal.Targets;

/** Moves the pointer over a described element. */
public final class HoverTool extends AbstractTool {

    public HoverTool() {
        super("hover", "Moves the mouse pointer over the element a description names, e.g. to open a menu or show a "
                + "tooltip. Refuses when the description is ambiguous or not found.",
                Schema.object().string("target", "description of the element to hover over", true).build());
    }

    @Override
    public Observation execute(JsonNode json, ToolContext ctx) {
        String target = Args.of(name(), json).string("target");
        Screenshot frame = ctx.frame();
        Targets.Resolved r = Targets.resolve(ctx, frame, target, "hover over");
        if (!r.isOk()) {
            return r.error();
        }
        ctx.device().hover(r.point());
        return Observation.ok("hovered over '" + target + "' at " + r.point()).withGrounding(r.grounding())
                .withScreenshot(frame).with("point", r.point().toString());
    }
}
