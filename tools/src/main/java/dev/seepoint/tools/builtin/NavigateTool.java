package dev.seepoint.tools.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seepoint.tools.AbstractTool;
import dev.seepoint.tools.Observation;
import dev.seepoint.tools.ToolContext;
import dev.seepoint.tools.internal.Args;
import dev.seepoint.tools.internal.Schema;

/** Opens a URL. */
public final class NavigateTool extends AbstractTool {

    public NavigateTool() {
        super("navigate", "Opens a URL in the browser and waits for the screen to settle.",
                Schema.object().string("url", "the address to open", true).build());
    }

    @Override
    public Observation execute(JsonNode json, ToolContext ctx) {
        String url = Args.of(name(), json).string("url");
        ctx.device().navigate(url);
        ctx.device().settle(ctx.options().settleTimeout());
        return Observation.ok("opened " + url).with("url", ctx.device().currentUrl());
    }
}
