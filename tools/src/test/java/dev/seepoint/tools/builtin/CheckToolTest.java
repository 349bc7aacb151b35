package dev.seepoint.tools.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.perception.Box;
import dev.seepoint.tools.Observation;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckToolTest extends ToolTestBase {

    @Test
    void findsQuotedTextWithOcr() {
        ocr = region -> "Acme Portal\nWelcome, Ada\nSign out";

        Observation o = check("the page shows 'Welcome, Ada'", 0);

        assertThat(o.isOk()).as(o.text()).isTrue();
    }

    @Test
    void failsWithTheTextReadInstead() {
        ocr = region -> "Acme Portal\nInvalid password";

        Observation o = check("I should see 'Welcome, Ada'", 500);

        assertThat(o.isError()).isTrue();
        assertThat(o.text()).contains("Welcome, Ada", "Invalid password", "timeout=500 ms");
        assertThat(o.data()).containsEntry("text", "Acme Portal Invalid password");
    }

    @Test
    void fallsBackToTheGroundedModelWithoutOcr() {
        model.find("\"Welcome, Ada\"", Box.of(10, 10, 100, 30), Map.of("text", "Welcome, Ada"));

        Observation o = check("the page shows 'Welcome, Ada'", 0);

        assertThat(o.isOk()).as(o.text()).isTrue();
    }

    @Test
    void readsTheCheckedStateFromGroundingEvidence() {
        model.find("the Remember me box", Box.of(10, 10, 20, 20), Map.of("state", "on", "kind", "checkbox"));

        Observation checked = check("the Remember me box is checked", 0);
        Observation unchecked = check("the Remember me box is unchecked", 0);

        assertThat(checked.isOk()).as(checked.text()).isTrue();
        assertThat(unchecked.isError()).isTrue();
        assertThat(unchecked.text()).contains("state=on");
    }

    @Test
    void saysWhenTheModelGivesNoStateEvidence() {
        model.find("the Remember me box", Box.of(10, 10, 20, 20));

        Observation o = check("the Remember me box is checked", 0);

        assertThat(o.isError()).isTrue();
        assertThat(o.text()).contains("no 'state' evidence");
    }

    @Test
    void checksThatAnElementIsGone() {
        Observation o = check("the error banner is not visible", 0);

        assertThat(o.isOk()).as(o.text()).isTrue();
    }

    @Test
    void comparesTheTextOfADescribedElement() {
        model.find("the Total", Box.of(300, 10, 380, 30));
        ocr = region -> "$42.00";

        Observation o = check("the Total shows '$42.00'", 0);

        assertThat(o.isOk()).as(o.text()).isTrue();
    }
}
