package dev.seepoint.scenarios;

import java.util.List;
import java.util.Objects;

/**
 * A named list of steps, run in one fresh browser from the suite's start page.
 *
 * @param name  the scenario's name (unique in its suite)
 * @param steps its steps, in order
 * @param at    where it was written
 */
public record Scenario(String name, List<SuiteStep> steps, Location at) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        steps = List.copyOf(steps);
        Objects.requireNonNull(at, "at");
    }
}
