package dev.seepoint.tools.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.perception.Box;
import dev.seepoint.tools.Observation;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypeToolTest extends ToolTestBase {

    @Test
    void clicksTheDescribedFieldThenTypes() {
        model.find("the Email field", Box.of(50, 40, 250, 70));

        Observation o = run("type", "{'text':'ada@example.com','into':'the Email field'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("click (150,55)", "type ada@example.com");
        assertThat(o.text()).contains("ada@example.com", "the Email field");
    }

    @Test
    void clearsWithSelectAllAndDeleteBeforeTyping() {
        model.find("the Name field", Box.of(0, 0, 100, 20));

        run("type", "{'text':'Ada','into':'the Name field','clear':true}");

        assertThat(device.log()).containsExactly("click (50,10)", "press Ctrl+A", "press Delete", "type Ada");
    }

    @Test
    void typesIntoTheFocusedElementWhenNoFieldIsNamed() {
        device.whenTyped(dev.seepoint.tools.testing.Frames.with(page, Box.of(10, 10, 60, 30), 0x333333)); // the text shows

        Observation o = run("type", "{'text':'hello'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("type hello");
    }

    @Test
    void typingThatChangesNothingGoesIntoTheOnlyFieldOnTheScreen() {
        // a chat opened without focusing its composer: the keys went nowhere, and one text area is on the screen
        model.find("the text area", Box.of(100, 200, 300, 240), Map.of("kind", "text area"));

        Observation o = run("type", "{'text':'hello'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("type hello", "click (200,220)", "type hello");
    }

    @Test
    void typingThatChangesNothingWithSeveralFieldsSaysToNameOne() {
        model.ambiguous("the text field", Box.of(0, 0, 10, 10), Box.of(0, 20, 10, 30));

        Observation o = run("type", "{'text':'hello'}");

        assertThat(device.log()).containsExactly("type hello");
        assertThat(o.isError()).isTrue();
        assertThat(o.text()).contains("nothing may have had the focus");
    }

    @Test
    void doesNotTypeWhenTheFieldIsAmbiguous() {
        model.ambiguous("the field", Box.of(0, 0, 10, 10), Box.of(0, 20, 10, 30));

        Observation o = run("type", "{'text':'x','into':'the field'}");

        assertThat(o.isError()).isTrue();
        assertThat(device.actions()).isEmpty();
    }

    @Test
    void ofAFieldAndAColumnHeadingReadingTheSameTheTextGoesInTheField() {
        model.ambiguous("Amount", Box.of(901, 269, 1239, 305), Box.of(790, 286, 851, 298));
        model.find("Amount field", Box.of(901, 269, 1239, 305), java.util.Map.of("kind", "text field", "text", "$ 0.00"));

        Observation o = run("type", "{'text':'120','into':'Amount'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("click (1070,287)", "type 120");
    }

    @Test
    void aFieldNamedByItsCaptionAloneIsFoundAsAFieldWhenNothingElseReadsSo() {
        // "replace the title with …": "the title" is no words on the screen, but a field is captioned Title
        model.notFound("the title");
        model.find("the title field", Box.of(300, 200, 700, 236), java.util.Map.of("kind", "text field", "text", "Building in public"));

        Observation o = run("type", "{'text':'Launch week','into':'the title','clear':true}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).contains("click (500,218)", "type Launch week");
    }

    @Test
    void typesADateIntoAFieldFromItsFirstSegment() {
        model.find("the Date field", Box.of(0, 0, 100, 20), java.util.Map.of("text", "mm/dd/yyyy"));

        run("type", "{'text':'03/15/2027','into':'the Date field'}");

        assertThat(device.log()).containsExactly("click (50,10)", "press ArrowLeft", "press ArrowLeft", "press ArrowLeft",
                "type 03/15/2027");
    }

    @Test
    void typesATwelveHourTimeWithoutTheSpaceBeforeItsMarker() {
        model.find("the Time field", Box.of(0, 0, 100, 20), java.util.Map.of("text", "--:-- --"));

        run("type", "{'text':'08:30 PM','into':'the Time field'}");

        assertThat(device.log()).containsExactly("click (50,10)", "press ArrowLeft", "press ArrowLeft", "press ArrowLeft",
                "type 08:30PM");
    }

    @Test
    void typesOrdinaryTextWithoutMovingTheCaret() {
        model.find("the Name field", Box.of(0, 0, 100, 20));

        run("type", "{'text':'Room 12/3','into':'the Name field'}");

        assertThat(device.log()).containsExactly("click (50,10)", "type Room 12/3");
    }

    @Test
    void typesATimeIntoAPlainTextFieldAsWritten() {
        model.find("the Notes field", Box.of(0, 0, 100, 20), java.util.Map.of("text", "Anything to add?"));

        run("type", "{'text':'08:30 PM','into':'the Notes field'}");

        assertThat(device.log()).containsExactly("click (50,10)", "type 08:30 PM");
    }
}
