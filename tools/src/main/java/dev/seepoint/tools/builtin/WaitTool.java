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
import java.time.Duration;
import java.time.Instant;

/** Waits until a described element is visible (or gone), or for a fixed time; always bounded. */
public final class WaitTool extends AbstractTool {

    /** Longest fixed pause accepted. */
    static final Duration MAX_PAUSE = Duration.ofMinutes(2);

    public WaitTool() {
        super("wait", "Waits until the element 'target' describes is visible (or, with 'gone', no longer visible), "
                + "polling the screen until 'timeout_ms' (default from options) passes. With only 'seconds' it pauses "
                + "for that long.",
                Schema.object().string("target", "description of the element to wait for", false)
                        .bool("gone", "wait until it is no longer visible")
                        .number("timeout_ms", "how long to wait at most, in milliseconds")
                        .number("seconds", "pause this many seconds (without a target)").build());
    }

    @Override
    public Observation execute(JsonNode json, ToolContext ctx) {
        Args args = Args.of(name(), json);
        if (!args.has("target")) {
            if (!args.has("seconds")) {
                throw new IllegalArgumentException("give a 'target' to wait for, or 'seconds' to pause");
            }
            Duration pause = Duration.ofMillis(Math.round(args.number("seconds", 0) * 1000));
            if (pause.isNegative() || pause.compareTo(MAX_PAUSE) > 0) {
                throw new IllegalArgumentException("seconds must be in [0, " + MAX_PAUSE.toSeconds() + "]");
            }
            ctx.clock().sleep(pause);
            return Observation.ok("waited " + pause.toMillis() + " ms");
        }
        String target = args.string("target");
        boolean gone = args.bool("gone", false);
        Duration timeout = args.millis("timeout_ms", ctx.options().timeout());
        Duration poll = ctx.options().pollInterval();
        long maxPolls = timeout.toMillis() / Math.max(1, poll.toMillis()) + 2;
        Instant start = ctx.clock().now();
        Screenshot frame = null;
        Grounding g = null;
        for (long i = 0; i < maxPolls; i++) {
            frame = ctx.frame();
            g = ctx.model().locate(frame, target);
            if (gone != g.isFound()) {
                String did = gone ? "'" + target + "' is gone" : "'" + target + "' is visible: " + g.describe();
                Observation o = Observation.ok(did + " after " + ctx.clock().since(start).toMillis() + " ms")
                        .withScreenshot(frame);
                return gone ? o : o.withGrounding(g);
            }
            if (ctx.clock().since(start).compareTo(timeout) >= 0) {
                break;
            }
            ctx.clock().sleep(poll);
        }
        String waited = ctx.clock().since(start).toMillis() + " ms (timeout=" + timeout.toMillis() + " ms)";
        if (gone) {
            return Observation.error("'" + target + "' is still visible after " + waited + ": " + g.describe())
                    .withGrounding(g).withScreenshot(frame).with("reason", "timeout");
        }
        Observation nf = Targets.notFound(g, "see");
        return nf.withText("'" + target + "' did not appear within " + waited + "; " + nf.text())
                .withScreenshot(frame).with("reason", "timeout");
    }
}
