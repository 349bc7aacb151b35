package dev.seepoint.agent.internal;

import dev.seepoint.tools.Observation;
import java.util.Optional;

/** The loop could not carry out an instruction; the message is the evidence. */
public final class RunFailure extends RuntimeException {

    private final transient Observation observation;

    public RunFailure(String evidence, Observation observation) {
        super(evidence);
        this.observation = observation;
    }

    /** The observation that ended the run, when one did. */
    public Optional<Observation> observation() {
        return Optional.ofNullable(observation);
    }
}
