package dev.seepoint.scenarios;

import dev.seepoint.scenarios.StepResult.Status;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How one scenario went (its last attempt; secrets masked).
 *
 * @param suite      the suite's name
 * @param file       the suite file
 * @param scenario   the scenario's name
 * @param status     PASSED, FAILED (a step did not hold), ERROR (crashed: browser gone, timeout) or SKIPPED (not run)
 * @param durationMs wall-clock time of the last attempt
 * @param steps      its steps, including those not reached (SKIPPED)
 * @param failure    the failure message with instruction and evidence; empty when it passed
 * @param traceDir   the folder holding its trace JSON and frames; null when nothing was written
 * @param attempts   how many times it ran
 */
public record ScenarioResult(String suite, Path file, String scenario, Status status, long durationMs,
        List<StepResult> steps, String failure, Path traceDir, int attempts) {

    public ScenarioResult {
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(status, "status");
        steps = List.copyOf(steps);
        failure = failure == null ? "" : failure;
    }

    public boolean passed() {
        return status == Status.PASSED;
    }

    /** {@code suite › scenario} */
    public String title() {
        return suite + " › " + scenario;
    }
}
