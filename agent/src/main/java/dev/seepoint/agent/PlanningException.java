package dev.seepoint.agent;

import dev.seepoint.perception.BadInputException;

/** The planner could not understand (part of) an instruction; the message says which part and gives examples. */
public class PlanningException extends BadInputException {

    private final String instruction;
    private final String part;

    public PlanningException(String instruction, String part, String why) {
        super("could not understand \"" + part + "\"" + (part.equals(instruction) ? "" : " in \"" + instruction + "\"")
                + (why.isEmpty() ? "" : ": " + why) + ". Start each step with a verb, for example:\n"
                + "  click the Sign in button\n"
                + "  type 'ada@example.com' into the Email field\n"
                + "  fill the Password field with s3cret\n"
                + "  select Germany from the Country dropdown\n"
                + "  check the Remember me box\n"
                + "  press Enter\n"
                + "  scroll down / scroll to the footer\n"
                + "  wait for the Dashboard heading\n"
                + "  verify the page shows 'Welcome, Ada'\n"
                + "Join steps with 'and', 'then', commas or semicolons; quote literal text.");
        this.instruction = instruction;
        this.part = part;
    }

    public String instruction() {
        return instruction;
    }

    /** The part that could not be understood. */
    public String part() {
        return part;
    }
}
