package dev.seepoint.tools.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seepoint.perception.Grounding;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.tools.AbstractTool;
import dev.seepoint.tools.Observation;
import dev.seepoint.tools.ToolContext;
import dev.seepoint.tools.internal.Args;
import dev.seepoint.tools.internal.Schema;
import dev.seepoint.tools.internal.Targets;

/** Points at a described element with the grounded model. */
public final class LocateTool extends AbstractTool {

    public LocateTool() {
        super("locate", "Finds the element a plain-language description names (\"the Sign in button\", "
                + "\"the second Delete icon\", \"the Email field\") on the current screen with the grounded model, "
                + "and returns its box and click point. Fails when the element is not found or when the description "
                + "is ambiguous, listing the candidates seen.",
                Schema.object().string("target", "description of the element", true).build());
    }

    @Override
    public Observation execute(JsonNode json, ToolContext ctx) {
        String target = Args.of(name(), json).string("target");
        Screenshot frame = ctx.frame();
        Targets.Resolved r = Targets.resolve(ctx, frame, target, "locate");
        if (!r.isOk()) {
            return r.error();
        }
        Grounding g = r.grounding();
        return Observation.ok("found " + g.describe()).withGrounding(g).withScreenshot(frame)
                .with("point", r.point().toString()).with("score", g.score());
    }
}
