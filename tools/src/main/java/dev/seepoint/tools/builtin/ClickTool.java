package dev.seepoint.tools.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seepoint.perception.Point;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.tools.AbstractTool;
import dev.seepoint.tools.Observation;
import dev.seepoint.tools.ToolContext;
import dev.seepoint.tools.internal.Args;
import dev.seepoint.tools.internal.Schema;
import dev.seepoint.tools.internal.Targets;
import java.util.Locale;
import java.util.Optional;

/** Clicks (or double- or right-clicks) a described element. */
public final class ClickTool extends AbstractTool {

    public ClickTool() {
        super("click", "Clicks the element a description names (\"the Sign in button\", \"the Terms link\"): locates it "
                + "with the grounded model and clicks its click point. 'button' may be left (default), double or right. "
                + "With 'at' it clicks that point instead of locating (for a point found by a zoomed crop). Refuses to "
                + "click when the description is ambiguous or not found, listing the candidates.",
                Schema.object().string("target", "description of the element to click", true)
                        .choice("button", "left, double or right", "left", "double", "right")
                        .point("at", "click this point instead of locating the target").build());
    }

    @Override
    public Observation execute(JsonNode json, ToolContext ctx) {
        Args args = Args.of(name(), json);
        String target = args.string("target");
        String button = args.optString("button").orElse("left").toLowerCase(Locale.ROOT);
        if (!button.equals("left") && !button.equals("double") && !button.equals("right")) {
            throw new IllegalArgumentException("button must be left, double or right, got '" + button + "'");
        }
        Screenshot frame = ctx.frame();
        Optional<Point> at = args.point("at");
        Observation found;
        Point point;
        if (at.isPresent()) {
            point = at.get();
            found = Observation.ok("");
        } else {
            Targets.Resolved r = Targets.resolve(ctx, frame, target, "click");
            if (!r.isOk()) {
                return r.error();
            }
            point = r.point();
            found = Observation.ok("").withGrounding(r.grounding());
        }
        switch (button) {
            case "double" -> ctx.device().doubleClick(point);
            case "right" -> ctx.device().rightClick(point);
            default -> ctx.device().click(point);
        }
        String verb = button.equals("left") ? "clicked" : button + "-clicked";
        return found.withText(verb + " '" + target + "' at " + point
                + found.grounding().map(g -> " (" + g.describe() + ")").orElse(""))
                .withScreenshot(frame).with("point", point.toString()).with("button", button);
    }
}
