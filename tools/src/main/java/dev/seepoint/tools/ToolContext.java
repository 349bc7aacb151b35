package dev.seepoint.tools;

import dev.seepoint.actions.Device;
import dev.seepoint.perception.GroundingModel;
import dev.seepoint.perception.text.OcrEngine;
import java.util.Objects;
import java.util.Optional;

/**
 * What a tool works with: the device it acts on, the grounded model it points with, an optional
 * OCR engine, the options and the clock. Immutable; the context does not own (or close) any of them.
 */
public final class ToolContext {

    private final Device device;
    private final GroundingModel model;
    private final OcrEngine ocr;
    private final ToolOptions options;
    private final Clock clock;

    /**
     * @param ocr may be null: tools that read text then fall back to the text the grounded model
     *            reports as evidence, or say that no OCR engine is configured
     */
    public ToolContext(Device device, GroundingModel model, OcrEngine ocr, ToolOptions options, Clock clock) {
        this.device = Objects.requireNonNull(device, "device");
        this.model = Objects.requireNonNull(model, "model");
        this.ocr = ocr;
        this.options = Objects.requireNonNull(options, "options");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A context with no OCR engine, default options and the system clock. */
    public static ToolContext of(Device device, GroundingModel model) {
        return new ToolContext(device, model, null, ToolOptions.defaults(), Clock.system());
    }

    public Device device() {
        return device;
    }

    public GroundingModel model() {
        return model;
    }

    public Optional<OcrEngine> ocr() {
        return Optional.ofNullable(ocr);
    }

    public ToolOptions options() {
        return options;
    }

    public Clock clock() {
        return clock;
    }

    public ToolContext withOptions(ToolOptions value) {
        return new ToolContext(device, model, ocr, value, clock);
    }

    public ToolContext withOcr(OcrEngine value) {
        return new ToolContext(device, model, value, options, clock);
    }

    public ToolContext withClock(Clock value) {
        return new ToolContext(device, model, ocr, options, value);
    }
}
