package dev.seepoint.tools.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seepoint.tools.AbstractTool;
import dev.seepoint.tools.Observation;
import dev.seepoint.tools.ToolContext;
import dev.seepoint.tools.internal.Args;
import dev.seepoint.tools.internal.Schema;

/** Presses a key or chord. */
public final class PressTool extends AbstractTool {

    /** Most repetitions of one press call. */
    static final int MAX_TIMES = 50;

    public PressTool() {
        super("press", "Presses a key or chord such as Enter, Tab, Escape, ArrowDown, Ctrl+A or Shift+Tab, optionally "
                + "several times. Keys go to whatever has focus.",
                Schema.object().string("keys", "key or chord, e.g. Enter or Ctrl+A", true)
                        .number("times", "how many times (default 1, at most " + MAX_TIMES + ")").build());
    }

    @Override
    public Observation execute(JsonNode json, ToolContext ctx) {
        Args args = Args.of(name(), json);
        String keys = args.string("keys");
        int times = args.integer("times", 1);
        if (times < 1 || times > MAX_TIMES) {
            throw new IllegalArgumentException("times must be in [1, " + MAX_TIMES + "], got " + times);
        }
        for (int i = 0; i < times; i++) {
            ctx.device().press(keys);
        }
        return Observation.ok("pressed " + keys + (times > 1 ? " " + times + " times" : "")).with("keys", keys);
    }
}
