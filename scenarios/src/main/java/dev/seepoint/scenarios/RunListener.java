package dev.seepoint.scenarios;

/** Hears a run as it goes (called from worker threads; implementations must be thread-safe). */
public interface RunListener {

    default void scenarioStarted(Suite suite, Scenario scenario, int attempt) {
    }

    /** @param description the step with variables filled in and secrets masked */
    default void stepStarted(Suite suite, Scenario scenario, String description) {
    }

    default void stepFinished(Suite suite, Scenario scenario, StepResult result) {
    }

    default void scenarioFinished(ScenarioResult result) {
    }

    /** Ignores everything. */
    static RunListener none() {
        return new RunListener() {
        };
    }
}
