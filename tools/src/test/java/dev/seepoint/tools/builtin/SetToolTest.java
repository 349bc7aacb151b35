package dev.seepoint.tools.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Grounding;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.tools.Observation;
import dev.seepoint.tools.testing.Frames;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SetToolTest extends ToolTestBase {

    private void stepper() {
        model.find("the quantity", Box.of(10, 100, 70, 114), Map.of("kind", "text", "text", "Quantity"));
        model.find("the - button next to the quantity", Box.of(100, 96, 120, 116), Map.of("kind", "icon", "icon", "minus"));
        model.find("the + button next to the quantity", Box.of(150, 96, 170, 116), Map.of("kind", "icon", "icon", "plus"));
    }

    @Test
    void aSliderIsSetByClickingItsTrackWhereTheShareOfItsLengthLies() {
        model.find("the brightness slider", Box.of(756, 367, 888, 381), Map.of("kind", "slider"));

        Observation full = run("set", "{'target':'the brightness slider','value':'100%'}");
        run("set", "{'target':'the brightness slider','value':'half'}");
        run("set", "{'target':'the brightness slider','value':'min'}");

        assertThat(full.isOk()).as(full.text()).isTrue();
        assertThat(full.text()).contains("100% of its length");
        assertThat(device.log()).containsExactly("click (886,374)", "click (822,374)", "click (757,374)");
    }

    @Test
    void aNumberForASliderWithANumberBoxBesideItGoesIntoTheBox() {
        // a password generator's length: the slider, and "14" in a box 13 px right of its track
        model.find("the length", Box.of(963, 310, 1166, 326), Map.of("kind", "slider"));
        model.find("the text field right of the length", Box.of(1179, 299, 1243, 337), Map.of("kind", "text field", "text", "14"));

        Observation o = run("set", "{'target':'the length','value':'24'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("click (1211,318)", "press Ctrl+A", "press Delete", "type 24");
    }

    @Test
    void aSliderGivenNoShareOfItsLengthIsLeftAloneWithWhatToSay() {
        model.find("the brightness slider", Box.of(756, 367, 888, 381), Map.of("kind", "slider"));

        Observation o = run("set", "{'target':'the brightness slider','value':'bright'}");

        assertThat(o.isError()).isTrue();
        assertThat(o.text()).contains("50%", "max");
        assertThat(device.log()).isEmpty();
    }

    @Test
    void aCountDrawnAsMinusNumberPlusIsSetByPressingPlusAsManyTimesAsNeeded() {
        stepper();
        ocr = region -> region.width() <= 40 ? "1" : "";

        Observation o = run("set", "{'target':'the quantity','value':'3'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("click (160,106)", "click (160,106)");
        assertThat(o.text()).contains("it showed 1", "2 times");
    }

    @Test
    void aStepperWhoseMinusIsGreyedOutAtItsLowestIsSetByPressingPlus() {
        // a conference's "Number of passes": − pale (disabled at 1), so only the + is seen; the 1 stands just before it
        model.find("the number of passes", Box.of(10, 100, 90, 114), Map.of("kind", "text", "text", "Number of passes"));
        model.find("the + button for passes", Box.of(150, 96, 170, 116), Map.of("kind", "button", "icon", "plus"));
        ocr = region -> region.origin().x() + region.width() <= 150 ? "1" : "";

        Observation o = run("set", "{'target':'the number of passes','value':'3'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("click (160,106)", "click (160,106)");
    }

    @Test
    void aDashElsewhereTakenForTheMinusLeavesTheNumberBeforeThePlusToRead() {
        // a dialog's Quantity: − pale at 1, a dash behind the dialog taken for it; the 1 centred 28 px before the 10 px +
        model.find("the quantity", Box.of(28, 145, 87, 159), Map.of("kind", "text", "text", "Quantity"));
        model.find("the - button next to the quantity", Box.of(300, 180, 323, 186), Map.of("kind", "icon", "icon", "minus"));
        model.find("the + button next to the quantity", Box.of(163, 147, 173, 157), Map.of("kind", "icon", "icon", "plus"));
        ocr = region -> region.origin().x() <= 136 && region.origin().x() + region.width() >= 142 ? "1" : "";

        Observation o = run("set", "{'target':'the quantity','value':'2'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("click (168,152)");
    }

    @Test
    void theNumberOfAStepperIsReadWholeThoughItStandsTallerThanThePlus() {
        // a ride's Passengers: an 11 px + and an 18 px high "1" before it, the − pale
        model.find("Passengers", Box.of(40, 112, 110, 126), Map.of("kind", "text", "text", "Passengers"));
        model.find("the + button next to Passengers", Box.of(197, 114, 208, 125), Map.of("kind", "icon", "icon", "plus"));
        ocr = region -> region.origin().y() <= 110 && region.origin().y() + region.height() >= 128
                && region.origin().x() <= 165 && region.origin().x() + region.width() >= 173 ? "1" : "";

        Observation o = run("set", "{'target':'Passengers','value':'3'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("click (202,119)", "click (202,119)");
    }

    @Test
    void aStepperShowingMoreWithNoMinusSeenSaysSoAndPressesNothing() {
        model.find("the + button next to the quantity", Box.of(150, 96, 170, 116), Map.of("kind", "icon", "icon", "plus"));
        ocr = region -> "4";

        Observation o = run("set", "{'target':'the quantity','value':'2'}");

        assertThat(o.isError()).isTrue();
        assertThat(o.text()).contains("shows 4", "− button");
        assertThat(device.actions()).isEmpty();
    }

    @Test
    void theQuantityOfACartLineIsItsStepperFoundByTheLine() {
        model.find("the - button for the socks", Box.of(100, 96, 120, 116), Map.of("kind", "icon", "icon", "minus"));
        model.find("the + button for the socks", Box.of(150, 96, 170, 116), Map.of("kind", "icon", "icon", "plus"));
        ocr = region -> "1";

        Observation o = run("set", "{'target':'the quantity of the socks','value':'3'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("click (160,106)", "click (160,106)");
    }

    @Test
    void aStepperShowingMoreIsSetByPressingMinus() {
        stepper();
        ocr = region -> "4";

        run("set", "{'target':'the quantity','value':'2'}");

        assertThat(device.log()).containsExactly("click (110,106)", "click (110,106)");
    }

    @Test
    void aLoneDigitBetweenTheStepperDividersIsReadInsideThem() {
        stepper();
        Screenshot drawn = page;
        for (int x : new int[] {122, 147}) {
            drawn = Frames.with(drawn, Box.of(x, 88, x + 1, 124), 0xD1D5DB); // the dividers either side of the number
        }
        device.show(Frames.with(drawn, Box.of(133, 100, 136, 112), 0x111827)); // a "1"
        // OCR reads nothing while a divider is in the crop
        ocr = region -> region.origin().x() > 122 && region.origin().x() + region.width() <= 147 ? "1" : "";

        Observation o = run("set", "{'target':'the quantity','value':'3'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("click (160,106)", "click (160,106)");
    }

    @Test
    void aStepperWhoseNumberCannotBeReadIsLeftAloneWithTheReason() {
        stepper();
        ocr = region -> "";

        Observation o = run("set", "{'target':'the quantity','value':'2'}");

        assertThat(o.isError()).isTrue();
        assertThat(o.text()).contains("could not read the number");
        assertThat(device.actions()).isEmpty();
    }

    @Test
    void aDropdownGetsTheOptionChosen() {
        model.find("the Country", Box.of(10, 10, 110, 30), Map.of("kind", "dropdown"));

        Observation o = run("set", "{'target':'the Country','value':'Ireland'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("select (60,20) Ireland");
    }

    @Test
    void aCaptionWithNothingToTakeTheNumberSaysWhichNumberCouldNotBeSet() {
        // a weights form still greyed out: "Test" over a disabled box; the nearest "60" is far off, in a table
        model.find("the Test weight", Box.of(10, 10, 60, 24), Map.of("kind", "text", "text", "Test"));
        model.find("\"60\" near the Test weight", Box.of(300, 250, 320, 264), Map.of("kind", "text", "text", "60"));

        Observation o = run("set", "{'target':'the Test weight','value':'60'}");

        assertThat(o.isOk()).as(o.text()).isFalse();
        assertThat(o.text()).contains("cannot set 'the Test weight' to '60'", "no field it captions").doesNotContain("to nothing");
    }

    @Test
    void aDropdownThatStillShowsWhatItDidAfterTheKeysIsNotSetToAnOptionItLacks() {
        model.find("the Country", Box.of(10, 10, 110, 30), Map.of("kind", "dropdown"));
        ocr = crop -> "Germany";

        Observation o = run("set", "{'target':'the Country','value':'Atlantis'}");

        assertThat(o.isOk()).as(o.text()).isFalse();
        assertThat(o.text()).contains("cannot set 'the Country' to 'Atlantis'", "still shows 'Germany'");
    }

    @Test
    void aTextFieldIsClearedAndTypedInto() {
        model.find("the quantity", Box.of(10, 10, 110, 30), Map.of("kind", "text field"));

        run("set", "{'target':'the quantity','value':'3'}");

        assertThat(device.log()).containsExactly("click (60,20)", "press Ctrl+A", "press Delete", "type 3");
    }

    @Test
    void aFieldFoundOnlyLooselyGivesWayToTheValueShownAsAControl() {
        // "switch the seat selection to Best available": a promo code box under "Select 1 more seat", and a segment
        model.rule("the seat selection", s -> true, (shot, e) -> Grounding.found(e, shot.size(), Box.of(10, 200, 300, 234),
                Box.of(10, 200, 300, 234).center(), 0.72, java.util.List.of(), Map.of("kind", "text field")));
        model.rule("\"Best available\"", s -> true, (shot, e) -> Grounding.found(e, shot.size(), Box.of(200, 20, 290, 34),
                Box.of(200, 20, 290, 34).center(), 0.98, java.util.List.of(), Map.of("kind", "button", "text", "Best available")));

        Observation o = run("set", "{'target':'the seat selection','value':'Best available'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("click (245,27)");
    }

    /** Scripts a sure (0.98) unique find of {@code box}. */
    private void sure(String expression, Box box, Map<String, String> evidence) {
        model.rule(expression, s -> true, (shot, e) -> Grounding.found(e, shot.size(), box, box.center(), 0.98,
                java.util.List.of(), evidence));
    }

    @Test
    void aGroupOfOptionTilesTakenForFieldsHasTheTileReadingTheValueClickedNotTypedInto() {
        // "set the payment method to PayPal": the first tile under the caption is taken for a field, PayPal's just below
        sure("the payment method", Box.of(20, 100, 320, 140), Map.of("kind", "text field", "text", "Visa ending 4242"));
        sure("\"PayPal\"", Box.of(20, 148, 320, 188), Map.of("kind", "text field", "text", "PayPal"));

        Observation o = run("set", "{'target':'the payment method','value':'PayPal'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("click (170,168)");
    }

    @Test
    void aTimeIsTypedIntoItsFieldThoughTheFieldBesideItShowsThatTime() {
        // an event's Start time shows 09:00 AM, the End time beside it 10:00 AM: "set the Start time to 10:00 AM" types
        sure("the Start time", Box.of(20, 100, 136, 134), Map.of("kind", "text field", "text", "09:00 AM"));
        sure("\"10:00 AM\"", Box.of(150, 100, 266, 134), Map.of("kind", "text field", "text", "10:00 AM"));

        run("set", "{'target':'the Start time','value':'10:00 AM'}");

        assertThat(device.log()).startsWith("click (78,117)").doesNotContain("click (208,117)");
    }

    @Test
    void aRadioButtonReadingTheValueBesideWhatWasTakenForTheFieldIsClicked() {
        sure("the reason", Box.of(20, 100, 320, 136), Map.of("kind", "text field", "text", "Schedule conflict"));
        sure("\"Feeling unwell\"", Box.of(20, 150, 140, 166), Map.of("kind", "radio button", "text", "Feeling unwell"));

        Observation o = run("set", "{'target':'the reason','value':'Feeling unwell'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("click (80,158)");
    }

    @Test
    void aFieldFoundSurelyIsTypedIntoEvenWhenTheValueIsShownElsewhere() {
        model.find("the search box", Box.of(10, 10, 210, 40), Map.of("kind", "text field"));
        model.find("\"Best available\"", Box.of(200, 120, 290, 134), Map.of("kind", "button", "text", "Best available"));

        run("set", "{'target':'the search box','value':'Best available'}");

        assertThat(device.log()).containsExactly("click (110,25)", "press Ctrl+A", "press Delete", "type Best available");
    }

    @Test
    void aCaptionOverAGroupOfOptionsGetsTheOptionNearestItClicked() {
        model.find("the priority", Box.of(10, 100, 70, 114), Map.of("kind", "text", "text", "Priority"));
        model.find("\"High\" near the priority", Box.of(200, 120, 214, 134), Map.of("kind", "radio button", "text", "High"));

        Observation o = run("set", "{'target':'the priority','value':'High'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("click (207,127)");
        assertThat(o.text()).contains("clicked the option 'High'");
    }

    @Test
    void aCaptionOverADropdownHasTheDropdownChoose() {
        model.find("the role", Box.of(10, 100, 50, 114), Map.of("kind", "text", "text", "Role"));
        model.find("the role dropdown", Box.of(10, 120, 210, 150), Map.of("kind", "dropdown", "text", "Viewer"));
        model.find("\"Editor\" near the role", Box.of(10, 400, 60, 414), Map.of("kind", "text", "text", "Editor"));

        Observation o = run("set", "{'target':'the role','value':'Editor'}");

        assertThat(device.log()).containsExactly("select (110,135) Editor");
        assertThat(o.text()).contains("chose it in the dropdown");
    }

    @Test
    void aCaptionOverANumberBoxHasTheBoxTakeTheNumber() {
        // a passphrase generator: "Number of words" over a box showing 3; a "5" elsewhere on the page is no option of it
        model.find("the number of words", Box.of(961, 281, 1083, 292), Map.of("kind", "text", "text", "Number of words"));
        model.find("the number of words field", Box.of(961, 300, 1097, 338), Map.of("kind", "text field", "text", "3"));
        model.find("\"5\" near the number of words", Box.of(188, 504, 195, 514), Map.of("kind", "text", "text", "5"));

        Observation o = run("set", "{'target':'the number of words','value':'5'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("click (1029,319)", "press Ctrl+A", "press Delete", "type 5");
    }

    @Test
    void anOptionNearACaptionGoesBeforeAFieldUnderIt() {
        // "switch the password generator to Passphrase": the panel's title, its Password | Passphrase tabs under it
        model.find("the password generator", Box.of(988, 102, 1157, 117), Map.of("kind", "text", "text", "Password generator"));
        model.find("the password generator field", Box.of(961, 138, 1243, 172), Map.of("kind", "text field", "text", "Password"));
        model.find("\"Passphrase\" near the password generator", Box.of(1129, 148, 1213, 163), Map.of("kind", "tab", "text", "Passphrase"));
        // the vault list's sort dropdown, level with the panel's title by chance, far to its left
        model.find("the dropdown in the \"the password generator\" row", Box.of(673, 91, 798, 127),
                Map.of("kind", "dropdown", "text", "Name (A-Z)"));

        Observation o = run("set", "{'target':'the password generator','value':'Passphrase'}");

        assertThat(device.log()).containsExactly("click (1171,155)");
        assertThat(o.isOk()).as(o.text()).isTrue();
    }

    @Test
    void aFieldFarBelowACaptionIsNotItsField() {
        model.find("the role", Box.of(10, 100, 50, 114), Map.of("kind", "text", "text", "Role"));
        model.find("the role field", Box.of(10, 400, 210, 430), Map.of("kind", "text field", "text", "Notes on the role"));
        model.find("\"Editor\" near the role", Box.of(10, 130, 60, 144), Map.of("kind", "text", "text", "Editor"));

        Observation o = run("set", "{'target':'the role','value':'Editor'}");

        assertThat(device.log()).containsExactly("click (35,137)");
        assertThat(o.text()).contains("Editor");
    }

    @Test
    void aSettingsRowsTitleHasTheDropdownAtTheRowsEndChoose() {
        // "Reminder timing" over a line of description at the left, the select at the right end of the row: the
        // description, nearer, is the dropdown's caption, so "Reminder timing dropdown" is not found
        model.find("Reminder timing", Box.of(59, 648, 170, 662), Map.of("kind", "text", "text", "Reminder timing"));
        model.find("the dropdown in the \"Reminder timing\" row", Box.of(619, 649, 819, 683),
                Map.of("kind", "dropdown", "text", "1 hour before"));

        Observation o = run("set", "{'target':'Reminder timing','value':'2 hours before'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("select (719,666) 2 hours before");
    }

    @Test
    void anOptionFarFromTheCaptionIsNotTakenForOneOfItsOwn() {
        model.find("the priority", Box.of(10, 100, 70, 114), Map.of("kind", "text", "text", "Priority"));
        model.find("\"High\" near the priority", Box.of(900, 600, 930, 614), Map.of("kind", "text", "text", "High"));
        model.ambiguous("\"High\"", Box.of(900, 600, 930, 614), Box.of(900, 700, 930, 714));

        Observation o = run("set", "{'target':'the priority','value':'High'}");

        assertThat(o.isError()).isTrue();
        assertThat(device.actions()).isEmpty();
    }

    @Test
    void theThirdOptionOfARowUnderTheCaptionIsStillItsOwn() {
        // "Priority" over three radio cards side by side, High the last of them
        model.find("the priority", Box.of(869, 354, 929, 378), Map.of("kind", "text", "text", "Priority"));
        model.find("\"High\" near the priority", Box.of(1147, 388, 1161, 402), Map.of("kind", "text", "text", "High"));
        model.ambiguous("\"High\"", Box.of(107, 176, 142, 199), Box.of(1147, 388, 1161, 402));

        Observation o = run("set", "{'target':'the priority','value':'High'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("click (1154,395)");
    }

    @Test
    void aDropdownNamedByAKindWordAloneStillChooses() {
        // "choose Bug as the label": "the label" reads as any text, but "the label dropdown" is one
        model.find("the label dropdown", Box.of(870, 303, 1058, 341), Map.of("kind", "dropdown", "text", "Docs"));

        run("set", "{'target':'the label','value':'Bug'}");

        assertThat(device.log()).containsExactly("select (964,322) Bug");
    }

    @Test
    void anOptionIsClickedWhenTheSettingsCaptionIsNotShown() {
        model.find("\"Express\"", Box.of(200, 120, 260, 134), Map.of("kind", "radio button", "text", "Express"));

        Observation o = run("set", "{'target':'the shipping method','value':'Express'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("click (230,127)");
        assertThat(o.text()).contains("itself is not on the screen");
    }

    @Test
    void aSwitchIsTurnedOnOrOffByItsState() {
        Screenshot after = Frames.with(page, Box.of(300, 10, 340, 30), 0x0000FF);
        model.find("Dark mode", Box.of(300, 10, 340, 30), Map.of("kind", "toggle", "state", "off"));
        model.findOn(after, "Dark mode", Box.of(300, 10, 340, 30), Map.of("kind", "toggle", "state", "on"));
        device.whenClickedIn(Box.of(300, 10, 340, 30), after);

        Observation o = run("set", "{'target':'Dark mode','value':'on'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("click (320,20)");
        assertThat(o.data()).containsEntry("state", "on");
    }

    @Test
    void aNumberIsNotClickedWhereverItHappensToBeShown() {
        model.find("\"3\"", Box.of(200, 120, 210, 134), Map.of("kind", "text", "text", "3"));

        Observation o = run("set", "{'target':'the quantity of the socks','value':'3'}");

        assertThat(o.isError()).isTrue();
        assertThat(device.actions()).isEmpty();
    }

    @Test
    void nothingIsDoneWhenNeitherTheSettingNorTheValueIsShown() {
        Observation o = run("set", "{'target':'the priority','value':'Urgent'}");

        assertThat(o.isError()).isTrue();
        assertThat(o.text()).contains("the priority", "nor is there one option reading 'Urgent'");
        assertThat(device.actions()).isEmpty();
    }

    @Test
    void anAmbiguousSettingIsNotGuessed() {
        model.ambiguous("the role", Box.of(0, 0, 10, 10), Box.of(0, 20, 10, 30));

        Observation o = run("set", "{'target':'the role','value':'Admin'}");

        assertThat(o.isError()).isTrue();
        assertThat(o.text()).contains("ambiguous");
        assertThat(device.actions()).isEmpty();
    }

    @Test
    void aCaptionWrittenInSeveralPlacesStillSetsTheDropdownItNames() {
        model.ambiguous("the label", Box.of(0, 0, 40, 14), Box.of(0, 200, 40, 214));
        model.find("the label dropdown", Box.of(0, 20, 200, 50), Map.of("kind", "dropdown", "text", "Docs"));

        run("set", "{'target':'the label','value':'Bug'}");

        assertThat(device.log()).containsExactly("select (100,35) Bug");
    }
}
