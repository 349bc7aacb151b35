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
import java.util.Optional;

/** Reads the text of a region (or the whole screen) with the OCR engine. */
public final class OcrTool extends AbstractTool {

    public OcrTool() {
        super("ocr", "Reads the text of a region given as a box, or of the whole screen when no box is given, with the "
                + "OCR engine. Returns the lines read, separated by newlines.",
                Schema.object().box("box", "region to read; the whole screen when absent").build());
    }

    @Override
    public Observation execute(JsonNode json, ToolContext ctx) {
        Args args = Args.of(name(), json);
        Screenshot frame = ctx.frame();
        Optional<Box> box = args.box("box");
        Optional<String> text = box.isPresent() ? Reading.read(ctx, frame, box.get()) : Reading.readAll(ctx, frame);
        if (text.isEmpty()) {
            return Observation.error("cannot read text: no OCR engine is configured").with("reason", "no_ocr");
        }
        Observation o = Observation.ok(text.get()).withScreenshot(frame).with("text", text.get());
        return box.map(o::withBox).orElse(o);
    }
}
