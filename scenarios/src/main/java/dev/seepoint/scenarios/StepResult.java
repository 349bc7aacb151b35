package dev.seepoint.scenarios;

import dev.seepoint.agent.Step;
import java.util.List;
import java.util.Objects;

/**
 * What one suite step did (secrets already masked).
 *
 * @param description the step as written, variables filled in and secrets masked
 * @param at          where it was written
 * @param status      how it ended
 * @param durationMs  how long it took
 * @param detail      what came back: the text read, the element found, or the failure's evidence
 * @param toolSteps   the agent's tool calls for it, with the names of their annotated frames
 */
public record StepResult(String description, Location at, Status status, long durationMs, String detail,
        List<Step> toolSteps) {

    /** How a step or scenario ended. */
    public enum Status { PASSED, FAILED, ERROR, SKIPPED }

    public StepResult {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(status, "status");
        detail = detail == null ? "" : detail;
        toolSteps = List.copyOf(toolSteps);
    }
}
