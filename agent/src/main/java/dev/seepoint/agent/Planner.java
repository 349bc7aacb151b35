package dev.seepoint.agent;

import java.util.List;

/**
 * Turns a plain-language instruction into tool steps. The built-in {@link RuleBasedPlanner} needs
 * no network; a model-backed planner can be bound instead.
 */
public interface Planner {

    /**
     * The steps that carry out {@code instruction}, in order.
     *
     * @throws PlanningException naming the part that could not be understood
     */
    List<PlanStep> plan(String instruction);
}
