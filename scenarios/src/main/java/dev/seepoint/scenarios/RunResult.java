package dev.seepoint.scenarios;

import dev.seepoint.scenarios.StepResult.Status;
import java.nio.file.Path;
import java.util.List;

/**
 * Every scenario's result, in the order the suites list them, and where the reports went.
 *
 * @param results    one per scenario
 * @param durationMs wall-clock time of the run
 * @param html       the run's HTML report
 * @param junitDir   the folder of Surefire-format XML files
 * @param cancelled  whether the run was stopped before the end (Ctrl-C)
 */
public record RunResult(List<ScenarioResult> results, long durationMs, Path html, Path junitDir, boolean cancelled) {

    public RunResult {
        results = List.copyOf(results);
    }

    public long count(Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }

    /** Every scenario ran and passed. */
    public boolean passed() {
        return !cancelled && !results.isEmpty() && results.stream().allMatch(ScenarioResult::passed);
    }
}
