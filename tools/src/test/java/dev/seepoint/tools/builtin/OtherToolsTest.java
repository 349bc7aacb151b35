package dev.seepoint.tools.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seepoint.actions.DeviceGoneException;
import dev.seepoint.perception.Box;
import java.util.List;
import dev.seepoint.perception.Candidate;
import dev.seepoint.perception.Grounding;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.tools.Observation;
import dev.seepoint.tools.testing.Frames;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OtherToolsTest extends ToolTestBase {

    @Test
    void selectsAnOptionInADescribedDropdown() {
        model.find("the Country dropdown", Box.of(10, 10, 110, 40));

        Observation o = run("select", "{'option':'Germany','in':'the Country dropdown'}");

        assertThat(o.isOk()).isTrue();
        assertThat(device.log()).containsExactly("select (60,25) Germany");
    }

    @Test
    void selectingAnOptionTheDropdownDoesNotHaveFailsSayingWhatItStillShows() {
        // type-ahead that matches no option leaves the dropdown as it was, and the keys pass silently
        model.find("the Colour dropdown", Box.of(10, 10, 110, 40));
        ocr = crop -> "Black";

        Observation o = run("select", "{'option':'Motorcycle in the Type dropdown and Red','in':'the Colour dropdown'}");

        assertThat(o.isOk()).as(o.text()).isFalse();
        assertThat(o.text()).contains("still shows 'Black'", "Motorcycle in the Type dropdown and Red", "name the option");
        // the keys, then a click to open it in case the page draws its list: no panel appeared, so Escape closes it
        assertThat(device.log()).containsExactly("select (60,25) Motorcycle in the Type dropdown and Red", "press Escape",
                "click (60,25)", "press Escape");
    }

    @Test
    void anOptionNamedWithWordsTheListLeavesOutIsChosenByItsPlainName() {
        // "the Mercury Operating account" for "Mercury Operating ••0193": the whole words match no option's start
        model.find("the funding account", Box.of(10, 10, 210, 40), Map.of("kind", "dropdown"));
        java.util.Iterator<String> reads = java.util.List.of("Chase Business Checking ••4821", "Chase Business Checking ee4821",
                "Mercury Operating ••0193").iterator();
        ocr = crop -> reads.next();

        Observation o = run("select", "{'option':'the Mercury Operating account','in':'the funding account'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("select (110,25) the Mercury Operating account", "select (110,25) Mercury Operating");
    }

    @Test
    void aDropdownThePageDrawsIsOpenedAndItsOptionClickedInThePanel() {
        // a button showing "Family car" that opens a drawn list: the keys do nothing, the click opens the panel
        Box button = Box.of(10, 10, 210, 40);
        Box option = Box.of(10, 80, 210, 100);
        model.find("the Vehicle dropdown", button, Map.of("kind", "dropdown"));
        Screenshot open = Frames.with(Frames.with(page, Box.of(10, 42, 210, 140), 0xEEEEEE), option, 0x333333);
        Screenshot chosen = Frames.with(page, Box.of(10, 10, 40, 40), 0x000000);
        device.whenClickedIn(button, open).whenClickedIn(option, chosen);
        model.findOn(open, "\"Work van\"", option, Map.of("kind", "text", "text", "Work van"));
        ocr = crop -> crop.rgb(3, 3) == 0xFF000000 || crop.rgb(3, 3) == 0x000000 ? "Work van · KL 2201" : "Family car · HB 4821";

        Observation o = run("select", "{'option':'the Work van','in':'the Vehicle dropdown'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsSubsequence("click (110,25)", "click (110,90)");
    }

    @Test
    void selectingAnOptionTheDropdownThenShowsOrThatChangesItSucceeds() {
        java.util.Iterator<String> reads = java.util.List.of("Black", "Red", "Oregon", "California", "Red", "Red").iterator();
        ocr = crop -> reads.next();
        model.find("the Colour dropdown", Box.of(10, 10, 110, 40));
        model.find("the State dropdown", Box.of(10, 60, 110, 90));

        Observation red = run("select", "{'option':'Red','in':'the Colour dropdown'}");
        Observation abbreviated = run("select", "{'option':'CA','in':'the State dropdown'}"); // the type-ahead completed it
        Observation again = run("select", "{'option':'\\'Red\\'','in':'the Colour dropdown'}"); // already chosen

        assertThat(red.isOk()).as(red.text()).isTrue();
        assertThat(abbreviated.isOk()).as(abbreviated.text()).isTrue();
        assertThat(again.isOk()).as(again.text()).isTrue();
    }

    @Test
    void selectInAPickerThePageDrawsClicksTheOptionShowingInIt() {
        model.find("the emoji picker", Box.of(100, 100, 400, 300), Map.of("kind", "text", "text", "Emoji"));
        model.find("the red heart in the emoji picker", Box.of(140, 150, 160, 170), Map.of("kind", "icon"));

        Observation o = run("select", "{'option':'the red heart','in':'the emoji picker'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("click (150,160)");
    }

    @Test
    void selectingACardByItsTitlePressesTheCardsOwnSelectButton() {
        // "Choose the Volkswagen Golf": the name heads a car's card, whose Select button chooses it
        // (a title that links to the car's details is still the card's name)
        model.find("the Volkswagen Golf", Box.of(475, 436, 683, 451), Map.of("kind", "link", "text", "Volkswagen Golf or similar"));
        model.find("the Select button for Volkswagen Golf", Box.of(799, 535, 929, 573), Map.of("kind", "button", "text", "Select"));

        Observation o = run("select", "{'option':'the Volkswagen Golf'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("click (864,554)");
    }

    @Test
    void selectingWhatNamesBothARadioAndTheFieldItLabelsChoosesTheRadio() {
        // "select Other amount": the radio captioned so, and the amount field beside it that the caption labels
        model.rule("Other amount", s -> true, (shot, e) -> Grounding.ambiguous(e, shot.size(), Box.of(1073, 267, 1195, 297), null,
                0.98, List.of(new Candidate(Box.of(892, 276, 904, 288), 0.97, "radio button", "Other amount")),
                Map.of("kind", "text field", "text", "$ 0.00"), "2 elements match about equally well"));

        Observation o = run("select", "{'option':'Other amount'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("click (898,282)");
    }

    @Test
    void selectingASettingsNameAndAValueChoosesTheValueInThatDropdown() {
        // "select vehicle PKP-305" in a fuel log form: the code also stands in the vehicles table, but the Vehicle
        // dropdown is what is set
        model.find("vehicle PKP-305", Box.of(60, 200, 120, 212), Map.of("kind", "text", "text", "PKP-305"));
        model.find("the vehicle dropdown", Box.of(10, 10, 110, 40), Map.of("kind", "dropdown", "text", "Select vehicle"));

        Observation o = run("select", "{'option':'vehicle PKP-305'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("select (60,25) PKP-305");
    }

    @Test
    void aVersionCodeInLowerCaseIsAValueOfTheSettingNamedBeforeIt() {
        // "pick version v2.15.0-rc.2" in a deploy dialog: nothing reads so; the Version dropdown shows rc.3
        model.notFound("version v2.15.0-rc.2");
        model.find("the version dropdown", Box.of(10, 10, 210, 40), Map.of("kind", "dropdown", "text", "v2.15.0-rc.3"));

        Observation o = run("select", "{'option':'version v2.15.0-rc.2'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("select (110,25) v2.15.0-rc.2");
    }

    @Test
    void anOptionWhoseWordsOnlyLabelAFieldBesideItIsClickedWhereTheWordsAre() {
        // a floor plan's ⋮ menu open over the page: "Mark all dirty tables clean" on the row of a search box, which took
        // the words as its label
        model.find("Mark all dirty tables clean", Box.of(604, 189, 1074, 213),
                Map.of("kind", "text field", "text", "Q Search name or phone", "label", "Mark all dirty tables clean"));
        model.find("the text \"Mark all dirty tables clean\"", Box.of(364, 198, 531, 211),
                Map.of("kind", "text", "text", "Mark all dirty tables clean"));

        Observation o = run("select", "{'option':'Mark all dirty tables clean'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("click (447,204)");
    }

    @Test
    void anArticleIsNoSettingsName() {
        // "pick the Plain text type": the option itself, not "Plain text type" in "the the dropdown"
        model.find("the Plain text type", Box.of(200, 100, 300, 130), Map.of("kind", "radio button", "text", "Plain text"));
        model.find("the the dropdown", Box.of(10, 10, 110, 40), Map.of("kind", "dropdown", "text", "Newsletter"));

        run("select", "{'option':'the Plain text type'}");

        assertThat(device.log()).containsExactly("click (250,115)");
    }

    @Test
    void selectingATitleWithoutAChoosingButtonClicksTheTitle() {
        model.find("the Volkswagen Golf", Box.of(475, 436, 683, 451), Map.of("kind", "text", "text", "Volkswagen Golf or similar"));
        model.find("the Select button for Volkswagen Golf", Box.of(30, 20, 90, 40), Map.of("kind", "link", "text", "Select all"));

        run("select", "{'option':'the Volkswagen Golf'}");

        assertThat(device.log()).containsExactly("click (579,443)");
    }

    @Test
    void selectInAContainerNotOnTheScreenClicksTheOneOptionReadingSo() {
        model.notFound("the saved addresses");
        model.find("Work", Box.of(10, 100, 60, 120), Map.of("kind", "text", "text", "Work"));

        run("select", "{'option':'Work','in':'the saved addresses'}");

        assertThat(device.log()).containsExactly("click (35,110)");
    }

    @Test
    void selectInADropdownNotOnTheScreenDoesNotClickTheOptionsWordsElsewhere() {
        // the dropdown scrolled away; "Electrical" still shows in a table's Category column
        model.notFound("the category dropdown");
        model.find("Electrical", Box.of(568, 404, 621, 415), Map.of("kind", "text", "text", "Electrical"));

        Observation o = run("select", "{'option':'Electrical','in':'the category dropdown'}");

        assertThat(o.isError()).isTrue();
        assertThat(device.log()).isEmpty();
    }

    @Test
    void selectInACaptionThatIsNoDropdownClicksTheOptionReadingSo() {
        // "pick the Saturday matinee from the performance options": the options are buttons beside a caption
        model.find("the performance options", Box.of(28, 172, 180, 188), Map.of("kind", "text", "text", "Choose a performance"));
        model.find("the Saturday matinee", Box.of(446, 158, 578, 202), Map.of("kind", "button", "text", "Sat 14 Mar 2:30pm Matinee"));

        Observation o = run("select", "{'option':'the Saturday matinee','in':'the performance options'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("click (512,180)");
    }

    @Test
    void selectInACaptionThatIsNoDropdownTypesNothingWhenTheOptionIsNotShown() {
        model.find("the performance options", Box.of(28, 172, 180, 188), Map.of("kind", "text", "text", "Choose a performance"));

        Observation o = run("select", "{'option':'the Sunday matinee','in':'the performance options'}");

        assertThat(o.isError()).isTrue();
        assertThat(o.text()).contains("not a dropdown");
        assertThat(device.actions()).isEmpty();
    }

    @Test
    void selectWithoutADropdownClicksTheOption() {
        model.find("Express", Box.of(10, 10, 30, 30));

        run("select", "{'option':'Express'}");

        assertThat(device.log()).containsExactly("click (20,20)");
    }

    @Test
    void selectSizeLClicksTheLNearTheSizeCaptionWhenNothingReadsTheWhole() {
        // "Size" reads twice (the caption and a "Size guide" link); the L button lies in the row under the caption
        model.ambiguous("size L", Box.of(728, 414, 756, 427), Box.of(1140, 415, 1165, 426));
        model.ambiguous("size", Box.of(728, 414, 756, 427), Box.of(1140, 415, 1165, 426));
        model.find("\"L\" near size", Box.of(921, 440, 975, 480), Map.of("kind", "button", "text", "L"));

        Observation o = run("select", "{'option':'size L'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("click (948,460)");
        assertThat(o.text()).contains("'L'");
    }

    @Test
    void selectTheTwentyPercentTipClicksThe20PercentNearTheTipCaption() {
        model.notFound("the 20% tip");
        model.find("tip", Box.of(900, 500, 930, 514), Map.of("kind", "text", "text", "Tip"));
        model.find("\"20%\" near tip", Box.of(1000, 530, 1050, 560), Map.of("kind", "button", "text", "20%"));

        Observation o = run("select", "{'option':'the 20% tip'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("click (1025,545)");
    }

    @Test
    void selectTheSaveButtonIsNotSplitIntoACaptionAndAValue() {
        model.find("the Save button", Box.of(10, 10, 80, 30), Map.of("kind", "button", "text", "Save"));
        model.find("\"Save\" near button", Box.of(300, 10, 320, 30), Map.of("kind", "text", "text", "Save"));

        run("select", "{'option':'the Save button'}");

        assertThat(device.log()).containsExactly("click (45,20)");
    }

    @Test
    void selectTakesAnElementReadingTheWholeOptionWithoutSplittingIt() {
        model.find("Plan B", Box.of(10, 10, 80, 30), Map.of("kind", "radio button", "text", "Plan B"));
        model.find("\"B\" near Plan", Box.of(300, 10, 320, 30), Map.of("kind", "button", "text", "B"));

        run("select", "{'option':'Plan B'}");

        assertThat(device.log()).containsExactly("click (45,20)");
    }

    @Test
    void selectDoesNotTakeAValueFarFromItsCaption() {
        model.ambiguous("size L", Box.of(728, 414, 756, 427), Box.of(1140, 415, 1165, 426));
        model.find("size", Box.of(728, 414, 756, 427), Map.of("kind", "text", "text", "Size"));
        model.find("\"L\" near size", Box.of(100, 1200, 110, 1212), Map.of("kind", "text", "text", "L"));

        Observation o = run("select", "{'option':'size L'}");

        assertThat(o.isError()).isTrue();
        assertThat(o.text()).contains("ambiguous");
        assertThat(device.actions()).isEmpty();
    }

    @Test
    void toggleClicksOnlyWhenTheStateDiffers() {
        model.find("the Remember me box", Box.of(10, 10, 20, 20), Map.of("state", "on"));

        Observation already = run("toggle", "{'target':'the Remember me box','state':'on'}");

        assertThat(already.isOk()).isTrue();
        assertThat(already.text()).contains("already on");
        assertThat(device.actions()).isEmpty();
    }

    @Test
    void toggleFailsWhenTheStateDidNotChange() {
        model.find("the Remember me box", Box.of(10, 10, 20, 20), Map.of("state", "off"));

        Observation o = run("toggle", "{'target':'the Remember me box','state':'on'}");

        assertThat(o.isError()).isTrue();
        assertThat(o.text()).contains("still off");
        assertThat(device.log()).containsExactly("click (15,15)");
    }

    @Test
    void toggleSucceedsWhenTheNewStateIsSeen() {
        Screenshot after = Frames.with(page, Box.of(10, 10, 20, 20), 0x0000FF);
        model.find("the box", Box.of(10, 10, 20, 20), Map.of("state", "off"));
        model.findOn(after, "the box", Box.of(10, 10, 20, 20), Map.of("state", "on"));
        device.whenClickedIn(Box.of(10, 10, 20, 20), after);

        Observation o = run("toggle", "{'target':'the box','state':'on'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(o.data()).containsEntry("state", "on");
    }

    @Test
    void toggleOfABareLabelActsOnTheSwitchHoldingTheKnobItFound() {
        model.find("Weekly digest", Box.of(1012, 422, 1028, 438), Map.of("kind", "radio button", "state", "off"));
        model.find("Weekly digest switch", Box.of(991, 419, 1031, 441), Map.of("kind", "toggle", "state", "on"));

        Observation o = run("toggle", "{'target':'Weekly digest','state':'off'}");

        assertThat(device.log()).containsExactly("click (1011,430)");
        assertThat(model.expressions()).contains("Weekly digest switch");
        assertThat(o.text()).contains("clicked 'Weekly digest'");
    }

    @Test
    void toggleOfABareLabelFoundAsTextActsOnTheSwitchBesideIt() {
        model.find("Weekly digest", Box.of(269, 412, 357, 435), Map.of("kind", "text"));
        model.find("Weekly digest switch", Box.of(991, 419, 1031, 441), Map.of("kind", "toggle", "state", "on"));

        run("toggle", "{'target':'Weekly digest','state':'on'}");

        assertThat(device.actions()).isEmpty();
    }

    @Test
    void toggleOfALabelInASectionAsksForTheSwitchInThatSection() {
        model.find("SMS alerts in the Notification settings section", Box.of(669, 353, 741, 366), Map.of("kind", "text"));
        model.find("SMS alerts switch in the Notification settings section", Box.of(1203, 358, 1241, 380),
                Map.of("kind", "toggle", "state", "on"));

        run("toggle", "{'target':'SMS alerts in the Notification settings section','state':'on'}");

        assertThat(device.actions()).isEmpty(); // the switch was found, already on
    }

    /** Each box fills in when clicked (the page's own drawing of a tick), with no state the model reads. */
    private void tickedWhenClicked(Box first, Box second) {
        Screenshot one = Frames.with(page, first, 0x000000);
        device.whenClickedIn(first, one).whenClickedIn(second, Frames.with(one, second, 0x000000));
    }

    @Test
    void toggleOfAThingThatShowsNoStateAndDoesNotChangeWhenClickedFails() {
        // a switch row's empty middle: the click lands beside the switch and nothing happens
        model.find("I need a rental car", Box.of(40, 100, 380, 136), Map.of("kind", "button"));

        Observation o = run("toggle", "{'target':'I need a rental car','state':'on'}");

        assertThat(o.isError()).as(o.text()).isTrue();
        assertThat(o.text()).contains("nothing changed there");
    }

    @Test
    void toggleOfTwoNamesJoinedByAndSetsEachOfTheirBoxes() {
        model.find("Figma", Box.of(10, 10, 20, 20), Map.of("kind", "checkbox"));
        model.find("Framer", Box.of(10, 40, 20, 50), Map.of("kind", "checkbox"));
        tickedWhenClicked(Box.of(10, 10, 20, 20), Box.of(10, 40, 20, 50));

        Observation o = run("toggle", "{'target':'Figma and Framer','state':'on'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("click (15,15)", "click (15,45)");
    }

    @Test
    void toggleOfTwoNamesThatAlsoStandElsewhereSetsTheBoxOfEach() {
        // a parking search's filters: "EV charging" is also a tag on every result, so only its checkbox is one thing
        model.ambiguous("EV charging", Box.of(10, 10, 20, 20), Box.of(200, 300, 280, 320), Box.of(200, 400, 280, 420));
        model.find("EV charging checkbox", Box.of(10, 10, 20, 20), Map.of("kind", "checkbox"));
        model.find("Covered", Box.of(10, 40, 20, 50), Map.of("kind", "checkbox"));
        model.find("EV charging and Covered", Box.of(10, 40, 20, 50), Map.of("kind", "checkbox"));
        tickedWhenClicked(Box.of(10, 10, 20, 20), Box.of(10, 40, 20, 50));

        Observation o = run("toggle", "{'target':'EV charging and Covered','state':'on'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("click (15,15)", "click (15,45)");
    }

    @Test
    void toggleOfOneNameThatAlsoStandsElsewhereSetsTheOneCheckboxReadingSo() {
        model.ambiguous("EV charging", Box.of(10, 10, 20, 20), Box.of(200, 300, 280, 320), Box.of(200, 400, 280, 420));
        model.find("EV charging checkbox", Box.of(10, 10, 20, 20), Map.of("kind", "checkbox"));
        tickedWhenClicked(Box.of(10, 10, 20, 20), Box.of(10, 40, 20, 50));

        Observation o = run("toggle", "{'target':'EV charging','state':'on'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("click (15,15)");
    }

    @Test
    void toggleOfTwoNamesSetsTheSecondByItsCaptionWhenItsBoxIsNotSeen() {
        // a pizza's toppings: "Extra cheese" seen as a checkbox, the Olives card's pale box not seen, its caption is
        model.find("Extra cheese", Box.of(10, 10, 20, 20), Map.of("kind", "checkbox", "label", "Extra cheese"));
        model.find("Olives", Box.of(40, 40, 90, 50), Map.of("kind", "text", "text", "Olives"));
        tickedWhenClicked(Box.of(10, 10, 20, 20), Box.of(40, 40, 90, 50));

        Observation o = run("toggle", "{'target':'Extra cheese and Olives','state':'on'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("click (15,15)", "click (65,45)");
    }

    @Test
    void toggleOfOneNameWithAndInItSetsItsOneBox() {
        model.find("Terms and Conditions", Box.of(10, 10, 20, 20), Map.of("kind", "checkbox"));
        model.find("Terms", Box.of(10, 10, 20, 20), Map.of("kind", "checkbox"));
        model.find("Conditions", Box.of(10, 10, 20, 20), Map.of("kind", "checkbox"));

        run("toggle", "{'target':'Terms and Conditions','state':'on'}");

        assertThat(device.log()).containsExactly("click (15,15)");
    }

    @Test
    void toggleOfOneNameWithAndInItLeavesTheWordsOfItsCaptionAlone() {
        // "I agree to the Terms and Conditions": the box found by "Terms"; "Conditions" alone is a link in its caption
        model.find("Terms and Conditions", Box.of(10, 10, 20, 20), Map.of("kind", "checkbox", "label", "I agree to the Terms and Conditions"));
        model.find("Terms", Box.of(10, 10, 20, 20), Map.of("kind", "checkbox", "label", "I agree to the Terms and Conditions"));
        model.find("Conditions", Box.of(120, 10, 190, 20), Map.of("kind", "link", "text", "Conditions"));

        run("toggle", "{'target':'Terms and Conditions','state':'on'}");

        assertThat(device.log()).containsExactly("click (15,15)");
    }

    @Test
    void toggleOfANamedKindAsksForNothingElse() {
        model.find("the Remember me box", Box.of(10, 10, 20, 20), Map.of("kind", "checkbox", "state", "on"));

        run("toggle", "{'target':'the Remember me box','state':'on'}");

        assertThat(model.expressions()).containsOnly("the Remember me box");
    }

    @Test
    void readsADescribedElementWithOcr() {
        model.find("the error message", Box.of(10, 100, 300, 120));
        ocr = region -> "Invalid password";

        Observation o = run("read", "{'target':'the error message'}");

        assertThat(o.isOk()).isTrue();
        assertThat(o.text()).isEqualTo("Invalid password");
    }

    @Test
    void readFallsBackToTheTextTheModelSaw() {
        model.find("the error message", Box.of(10, 100, 300, 120), Map.of("text", "Invalid password"));

        Observation o = run("read", "{'target':'the error message'}");

        assertThat(o.text()).isEqualTo("Invalid password");
        assertThat(o.data()).containsEntry("source", "grounding");
    }

    @Test
    void ocrWithoutAnEngineIsAnErrorNotACrash() {
        Observation o = run("ocr", "{}");

        assertThat(o.isError()).isTrue();
        assertThat(o.reason()).contains("no_ocr");
    }

    @Test
    void pressesAChordSeveralTimes() {
        run("press", "{'keys':'Tab','times':3}");

        assertThat(device.log()).containsExactly("press Tab", "press Tab", "press Tab");
    }

    @Test
    void hoversOverADescribedElement() {
        model.find("the Products menu", Box.of(0, 0, 100, 20));

        run("hover", "{'target':'the Products menu'}");

        assertThat(device.log()).containsExactly("hover (50,10)");
    }

    @Test
    void anUnknownToolIsAnErrorObservation() {
        Observation o = run("teleport", "{}");

        assertThat(o.reason()).contains("unknown_tool");
        assertThat(o.text()).contains("click", "type");
    }

    @Test
    void aDeviceThatIsGoneStopsTheRun() {
        device.die();

        assertThatThrownBy(() -> run("screenshot", "{}")).isInstanceOf(DeviceGoneException.class);
    }

    @Test
    void anyOtherFailureBecomesAnErrorObservation() {
        model.find("boom", Box.of(0, 0, 10, 10));
        ocr = region -> {
            throw new IllegalStateException("tesseract exploded");
        };

        Observation o = run("read", "{'target':'boom'}");

        assertThat(o.isError()).isTrue();
        assertThat(o.text()).contains("tesseract exploded");
    }

    @Test
    void everyToolHasASchemaAndADescription() {
        assertThat(toolbox.tools()).allSatisfy(t -> {
            assertThat(t.description()).hasSizeGreaterThan(40);
            assertThat(t.schema().get("type").asText()).isEqualTo("object");
        });
        assertThat(toolbox.manifest()).hasSize(toolbox.names().size());
    }
}
