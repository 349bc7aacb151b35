package dev.seepoint.tools.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Candidate;
import dev.seepoint.tools.Observation;
import org.junit.jupiter.api.Test;

class ClickToolTest extends ToolTestBase {

    @Test
    void clicksTheCentreOfAUniquelyFoundElement() {
        model.find("the Sign in button", Box.of(100, 100, 200, 140));

        Observation o = run("click", "{'target':'the Sign in button'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("click (150,120)");
        assertThat(o.box()).contains(Box.of(100, 100, 200, 140));
        assertThat(o.screenshot()).isPresent();
    }

    @Test
    void refusesAnAmbiguousTargetAndListsTheCandidatesInsteadOfGuessing() {
        model.ambiguous("the Delete button", Box.of(10, 10, 60, 30), Box.of(10, 50, 60, 70));

        Observation o = run("click", "{'target':'the Delete button'}");

        assertThat(o.isError()).isTrue();
        assertThat(o.reason()).contains("ambiguous");
        assertThat(o.text()).contains("2 candidates", "[10,10,60,30]", "[10,50,60,70]", "second");
        assertThat(o.candidates()).hasSize(2);
        assertThat(device.actions()).isEmpty();
    }

    @Test
    void reportsWhatWasSeenInsteadWhenTheTargetIsNotFound() {
        model.notFound("the Sign in button", new Candidate(Box.of(5, 5, 50, 25), 0.4, "button", "Sign up"));

        Observation o = run("click", "{'target':'the Sign in button'}");

        assertThat(o.isError()).isTrue();
        assertThat(o.reason()).contains("not_found");
        assertThat(o.text()).contains("Sign up");
        assertThat(device.actions()).isEmpty();
    }

    @Test
    void doubleAndRightClicksUseTheMatchingDeviceAction() {
        model.find("the row", Box.of(0, 0, 100, 20));

        run("click", "{'target':'the row','button':'double'}");
        run("click", "{'target':'the row','button':'right'}");

        assertThat(device.log()).containsExactly("doubleClick (50,10)", "rightClick (50,10)");
    }

    @Test
    void clicksAGivenPointWithoutLocating() {
        Observation o = run("click", "{'target':'the Sign in button','at':[7,9]}");

        assertThat(o.isOk()).isTrue();
        assertThat(device.log()).containsExactly("click (7,9)");
        assertThat(model.calls()).isEmpty();
    }

    @Test
    void aMissingTargetIsABadArgumentsObservation() {
        Observation o = run("click", "{}");

        assertThat(o.isError()).isTrue();
        assertThat(o.reason()).contains("bad_args");
        assertThat(o.text()).contains("'target' is required");
    }
}
