package dev.seepoint.tools.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.tools.AbstractTool;
import dev.seepoint.tools.Observation;
import dev.seepoint.tools.ToolContext;
import dev.seepoint.tools.internal.Schema;

/** Takes a screenshot of the current viewport. */
public final class ScreenshotTool extends AbstractTool {

    public ScreenshotTool() {
        super("screenshot", "Takes a screenshot of the current viewport and returns it as the observation's image. "
                + "Use it to look at the screen before deciding what to do.", Schema.object().build());
    }

    @Override
    public Observation execute(JsonNode args, ToolContext ctx) {
        Screenshot shot = ctx.device().screenshot();
        return Observation.ok("took a " + shot.size() + " screenshot").withScreenshot(shot);
    }
}
