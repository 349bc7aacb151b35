package dev.seepoint.tools;

import dev.seepoint.actions.Device;
import dev.seepoint.perception.GroundingModel;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.text.OcrEngine;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What a tool works with: the device it acts on, the grounded model it points with, an optional
 * OCR engine, the options and the clock; the context does not own (or close) any of them. Immutable but
 * for the one frame the loop may offer for the next look at the screen ({@link #offerFrame}).
 */
public final class ToolContext {

    private final Device device;
    private final GroundingModel model;
    private final OcrEngine ocr;
    private final ToolOptions options;
    private final Clock clock;
    /** A frame the loop already has of the current screen (e.g. the settled frame after an action); used once. */
    private final AtomicReference<Screenshot> offered;
    /** The screen before the last action (see {@link #rememberBeforeAction}). */
    private final AtomicReference<Screenshot> beforeAction = new AtomicReference<>();

    /**
     * @param ocr may be null: tools that read text then fall back to the text the grounded model
     *            reports as evidence, or say that no OCR engine is configured
     */
    public ToolContext(Device device, GroundingModel model, OcrEngine ocr, ToolOptions options, Clock clock) {
        this(device, model, ocr, options, clock, new AtomicReference<>());
    }

    private ToolContext(Device device, GroundingModel model, OcrEngine ocr, ToolOptions options, Clock clock,
            AtomicReference<Screenshot> offered) {
        this.offered = offered;
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

    /**
     * The current screen: the frame {@linkplain #offerFrame offered} by the loop if there is one (each offered
     * frame is used once), else a new screenshot. Tools call this for their first look, so a step that
     * follows a settled action does not take the same picture again.
     */
    public Screenshot frame() {
        Screenshot f = offered.getAndSet(null);
        return f != null ? f : device.screenshot();
    }

    /**
     * Offers {@code frame} as the current screen for the next {@link #frame()}; only for a frame taken just
     * now of a screen that has settled (nothing may act on the device in between).
     */
    public void offerFrame(Screenshot frame) {
        offered.set(frame);
    }

    /**
     * Remembers the screen as it was before the last action that acted on it, so a target that only that action
     * brought up (an item of the menu it opened) can be told from look-alikes that were there all along.
     */
    public void rememberBeforeAction(Screenshot before) {
        beforeAction.set(before);
    }

    /** The screen before the last action, when the loop remembered one. */
    public Optional<Screenshot> beforeAction() {
        return Optional.ofNullable(beforeAction.get());
    }

    /** Drops an offered frame (the screen may have changed). */
    public void forgetFrame() {
        offered.set(null);
    }

    public ToolOptions options() {
        return options;
    }

    public Clock clock() {
        return clock;
    }

    public ToolContext withOptions(ToolOptions value) {
        return new ToolContext(device, model, ocr, value, clock, offered);
    }

    public ToolContext withOcr(OcrEngine value) {
        return new ToolContext(device, model, value, options, clock, offered);
    }

    public ToolContext withClock(Clock value) {
        return new ToolContext(device, model, ocr, options, value, offered);
    }
}
