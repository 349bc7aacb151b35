package dev.seepoint.tools.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seepoint.perception.Grounding;
import dev.seepoint.perception.Point;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.Size;
import dev.seepoint.tools.AbstractTool;
import dev.seepoint.tools.Observation;
import dev.seepoint.tools.ToolContext;
import dev.seepoint.tools.internal.Args;
import dev.seepoint.tools.internal.Schema;
import dev.seepoint.tools.internal.Targets;
import java.util.Locale;

/** Scrolls by a step, to the end, or until a described element is in view; always bounded. */
public final class ScrollTool extends AbstractTool {

    public ScrollTool() {
        super("scroll", "Scrolls the page with the mouse wheel. 'direction' is down (default), up, left or right; "
                + "'amount' in pixels defaults to most of a screen. With 'to' (a described element) it scrolls until the "
                + "element is visible, trying the other direction when the page end is reached, at most maxScrolls "
                + "turns each way; with 'unique' it goes on while the element is ambiguous or not of the kind named. With 'to_end' it scrolls until "
                + "the page stops moving.",
                Schema.object().choice("direction", "down, up, left or right", "down", "up", "left", "right")
                        .number("amount", "pixels per wheel turn")
                        .string("to", "described element to scroll into view", false)
                        .bool("unique", "with 'to': scroll until exactly one element matches, of the kind named if any")
                        .bool("to_end", "scroll until the page stops moving").build());
    }

    @Override
    public Observation execute(JsonNode json, ToolContext ctx) {
        Args args = Args.of(name(), json);
        String direction = args.optString("direction").orElse("down").toLowerCase(Locale.ROOT);
        Size view = ctx.device().viewport();
        boolean vertical = direction.equals("down") || direction.equals("up");
        if (!vertical && !direction.equals("left") && !direction.equals("right")) {
            throw new IllegalArgumentException("direction must be down, up, left or right, got '" + direction + "'");
        }
        int step = args.integer("amount",
                (int) Math.round((vertical ? view.height() : view.width()) * ctx.options().scrollFraction()));
        if (step <= 0) {
            throw new IllegalArgumentException("amount must be positive, got " + step);
        }
        if (args.has("to")) {
            return scrollTo(ctx, args.string("to"), direction, step, args.bool("unique", false));
        }
        int max = ctx.options().maxScrolls();
        int turns = args.bool("to_end", false) ? Math.max(1, max * 3) : 1;
        Screenshot before = ctx.frame();
        Screenshot last = before;
        int moved = 0;
        for (int i = 0; i < turns; i++) {
            Screenshot now = turn(ctx, direction, step);
            if (now.samePixels(last)) {
                break;
            }
            moved++;
            last = now;
        }
        if (moved == 0) {
            return Observation.ok("scrolled " + direction + " but the page did not move (already at the end)")
                    .withScreenshot(before).with("moved", false);
        }
        return Observation.ok("scrolled " + direction + " " + moved + (moved == 1 ? " time" : " times"))
                .withScreenshot(before).with("moved", true).with("turns", moved);
    }

    private Observation scrollTo(ToolContext ctx, String target, String direction, int step, boolean unique) {
        int max = ctx.options().maxScrolls();
        Screenshot frame = ctx.frame();
        // with 'unique': one element, and of the kind the description names when it names one
        java.util.function.Predicate<Grounding> seen = unique
                ? g -> g.isUnique() && !"false".equals(g.evidence().get("kind_seen")) : Grounding::isFound;
        Grounding g = ctx.model().locate(frame, target);
        String[] directions = {direction, opposite(direction)};
        int turns = 0;
        for (String dir : directions) {
            for (int i = 0; i < max && !seen.test(g); i++) {
                Screenshot now = turn(ctx, dir, step);
                turns++;
                boolean stuck = now.samePixels(frame);
                frame = now;
                g = ctx.model().locate(frame, target);
                if (stuck && !seen.test(g)) {
                    break;
                }
            }
            if (seen.test(g)) {
                break;
            }
        }
        if (!seen.test(g)) {
            return Targets.notFound(g, "scroll to").withScreenshot(frame)
                    .withText("'" + target + "' did not come into view after scrolling " + direction + " and "
                            + opposite(direction) + " (at most " + max + " turns each way, maxScrolls=" + max + ")")
                    .with("turns", turns);
        }
        return Observation.ok(turns == 0 ? "'" + target + "' is already in view"
                : "scrolled " + turns + (turns == 1 ? " time" : " times") + " until '" + target + "' came into view")
                .withGrounding(g).withScreenshot(frame).with("turns", turns);
    }

    private static Screenshot turn(ToolContext ctx, String direction, int step) {
        Size view = ctx.device().viewport();
        Point middle = Point.of(view.width() / 2, view.height() / 2);
        switch (direction) {
            case "up" -> ctx.device().scroll(middle, 0, -step);
            case "left" -> ctx.device().scroll(middle, -step, 0);
            case "right" -> ctx.device().scroll(middle, step, 0);
            default -> ctx.device().scroll(middle, 0, step);
        }
        return ctx.device().settle(ctx.options().settleTimeout()).frame();
    }

    private static String opposite(String direction) {
        return switch (direction) {
            case "up" -> "down";
            case "left" -> "right";
            case "right" -> "left";
            default -> "up";
        };
    }
}
