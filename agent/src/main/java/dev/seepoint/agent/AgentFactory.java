package dev.seepoint.agent;

import dev.seepoint.actions.Device;
import dev.seepoint.perception.GroundingModel;
import dev.seepoint.perception.text.OcrEngine;
import dev.seepoint.tools.Clock;
import dev.seepoint.tools.Toolbox;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * Makes agents for devices from shared, injected parts (model, OCR engine, planner, options,
 * clock, toolbox). The parts are shared by every agent it makes; the factory closes none of them.
 */
public final class AgentFactory {

    private final GroundingModel model;
    private final OcrEngine ocr;
    private final Planner planner;
    private final AgentOptions options;
    private final Clock clock;
    private final Toolbox toolbox;

    /** @param ocr {@link NoOcrEngine} (or null) means none */
    @Inject
    public AgentFactory(GroundingModel model, OcrEngine ocr, Planner planner, AgentOptions options, Clock clock,
            Toolbox toolbox) {
        this.model = Objects.requireNonNull(model, "model");
        this.ocr = ocr instanceof NoOcrEngine ? null : ocr;
        this.planner = Objects.requireNonNull(planner, "planner");
        this.options = Objects.requireNonNull(options, "options");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.toolbox = Objects.requireNonNull(toolbox, "toolbox");
    }

    public Agent create(Device device) {
        return create(device, options);
    }

    /** An agent with other options, e.g. a per-test report folder. */
    public Agent create(Device device, AgentOptions agentOptions) {
        return new Agent(device, model, ocr, planner, agentOptions, clock, toolbox);
    }

    public AgentOptions options() {
        return options;
    }

    public GroundingModel model() {
        return model;
    }
}
