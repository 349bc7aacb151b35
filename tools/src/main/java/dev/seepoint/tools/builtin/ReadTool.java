package dev.seepoint.tools.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.tools.AbstractTool;
import dev.seepoint.tools.Observation;
import dev.seepoint.tools.ToolContext;
import dev.seepoint.tools.internal.Args;
import dev.seepoint.tools.internal.Reading;
import dev.seepoint.tools.internal.Schema;
import dev.seepoint.tools.internal.Targets;
import java.util.Optional;

/** Reads the text of a described element or of a given box. */
public final class ReadTool extends AbstractTool {

    public ReadTool() {
        super("read", "Reads the text of the element 'target' describes (\"the error message\", \"the Total\"): locates "
                + "it, then reads its box with OCR (falling back to the text the grounded model saw). With 'box' it reads "
                + "that region instead.",
                Schema.object().string("target", "description of the element to read", false)
                        .box("box", "region to read instead of a described element").build());
    }

    @Override
    public Observation execute(JsonNode json, ToolContext ctx) {
        Args args = Args.of(name(), json);
        Screenshot frame = ctx.frame();
        Optional<Box> given = args.box("box");
        if (given.isPresent()) {
            Optional<String> text = Reading.read(ctx, frame, given.get());
            if (text.isEmpty()) {
                return Observation.error("cannot read " + given.get() + ": no OCR engine is configured")
                        .with("reason", "no_ocr");
            }
            return Observation.ok(text.get()).withBox(given.get()).withScreenshot(frame).with("text", text.get());
        }
        String target = args.string("target");
        Targets.Resolved r = Targets.resolve(ctx, frame, target, "read");
        if (!r.isOk()) {
            return r.error();
        }
        String seen = r.grounding().evidence().getOrDefault("text", "");
        String text;
        String source;
        Optional<String> ocr = Reading.read(ctx, frame, r.box());
        if (ocr.isPresent() && !ocr.get().isBlank()) {
            text = ocr.get();
            source = "ocr";
        } else if (!seen.isBlank()) {
            text = seen;
            source = "grounding";
        } else {
            return Observation.error("found '" + target + "' at " + r.box() + " but read no text there"
                    + (ctx.ocr().isEmpty() ? " (no OCR engine is configured)" : ""))
                    .withGrounding(r.grounding()).withScreenshot(frame).with("reason", "no_text");
        }
        return Observation.ok(text).withGrounding(r.grounding()).withScreenshot(frame).with("text", text)
                .with("source", source);
    }
}
