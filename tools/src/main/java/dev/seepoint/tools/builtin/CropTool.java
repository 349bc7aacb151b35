package dev.seepoint.tools.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seepoint.perception.Box;
import dev.seepoint.perception.Grounding;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.tools.AbstractTool;
import dev.seepoint.tools.Observation;
import dev.seepoint.tools.ToolContext;
import dev.seepoint.tools.internal.Args;
import dev.seepoint.tools.internal.Reading;
import dev.seepoint.tools.internal.Schema;
import dev.seepoint.tools.internal.Targets;
import java.util.Optional;

/** Zooms into a region (coarse-to-fine) and locates or reads there. */
public final class CropTool extends AbstractTool {

    public CropTool() {
        super("crop", "Zooms into a region of the screen, given as a box or as a described region (\"the login form\"), "
                + "enlarging it (default 2x) so small things become legible. With 'target' it locates that element "
                + "inside the zoomed region and returns its box in full-screen pixels (coarse-to-fine grounding); "
                + "with 'read' it reads the region's text; otherwise it returns the zoomed image.",
                Schema.object().box("box", "region to zoom into").string("region", "described region to zoom into", false)
                        .number("zoom", "enlargement, 1 to 8 (default from options)")
                        .string("target", "element to locate inside the region", false)
                        .bool("read", "read the region's text").build());
    }

    @Override
    public Observation execute(JsonNode json, ToolContext ctx) {
        Args args = Args.of(name(), json);
        double zoom = args.number("zoom", ctx.options().zoom());
        Screenshot frame = ctx.frame();
        Box region;
        Optional<Box> given = args.box("box");
        if (given.isPresent()) {
            region = given.get();
        } else if (args.has("region")) {
            Targets.Resolved r = Targets.resolve(ctx, frame, args.string("region"), "zoom into");
            if (!r.isOk()) {
                return r.error();
            }
            region = r.box();
        } else {
            throw new IllegalArgumentException("give the region to zoom into as 'box' [l, t, r, b] or as 'region' (a description)");
        }
        region = region.clip(frame.size());
        if (region.isEmpty()) {
            return Observation.error("the region lies outside the " + frame.size() + " screen").with("reason", "bad_args");
        }
        if (args.has("target")) {
            String target = args.string("target");
            Grounding g = Targets.locateIn(ctx, frame, region, target, zoom);
            Targets.Resolved r = Targets.judge(g, frame, "locate");
            if (!r.isOk()) {
                return r.error().withText(r.error().text() + " (zoomed x" + zoom + " into " + region + ")")
                        .with("region", region.toString());
            }
            return Observation.ok("found " + g.describe() + " after zooming x" + zoom + " into " + region)
                    .withGrounding(g).withScreenshot(frame).with("point", r.point().toString())
                    .with("region", region.toString());
        }
        if (args.bool("read", false)) {
            Optional<String> text = Reading.read(ctx, frame, region);
            if (text.isEmpty()) {
                return Observation.error("cannot read: no OCR engine is configured").with("reason", "no_ocr");
            }
            return Observation.ok(text.get()).withBox(region).withScreenshot(frame).with("region", region.toString());
        }
        Screenshot crop = frame.crop(region, zoom);
        return Observation.ok("zoomed x" + zoom + " into " + region).withBox(region).withScreenshot(crop)
                .with("region", region.toString());
    }
}
