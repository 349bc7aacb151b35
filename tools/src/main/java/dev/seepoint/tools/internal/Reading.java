package dev.seepoint.tools.internal;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.text.OcrEngine;
import dev.seepoint.tools.ToolContext;
import java.util.Optional;

/** Reading text with the context's OCR engine, zooming into small regions first. */
public final class Reading {

    /** Regions lower than this many pixels are enlarged before OCR. */
    private static final int SMALL = 48;

    private Reading() {
    }

    /** The text of {@code region} of {@code frame}, or empty when no OCR engine is configured. */
    public static Optional<String> read(ToolContext ctx, Screenshot frame, Box region) {
        Optional<OcrEngine> ocr = ctx.ocr();
        if (ocr.isEmpty()) {
            return Optional.empty();
        }
        Box clipped = region.clip(frame.size());
        if (clipped.isEmpty()) {
            throw new IllegalArgumentException("region " + region + " lies outside the " + frame.size() + " screen");
        }
        double zoom = clipped.height() < SMALL ? ctx.options().zoom() : 1.0;
        Screenshot crop = frame.crop(clipped, zoom);
        return Optional.of(ocr.get().read(crop).trim());
    }

    /** The text of the whole frame, or empty when no OCR engine is configured. */
    public static Optional<String> readAll(ToolContext ctx, Screenshot frame) {
        return ctx.ocr().map(o -> o.read(frame).trim());
    }
}
