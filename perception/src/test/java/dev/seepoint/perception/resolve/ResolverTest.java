package dev.seepoint.perception.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Grounding;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.text.TextLine;
import dev.seepoint.perception.text.Word;
import dev.seepoint.perception.widget.IconKind;
import dev.seepoint.perception.widget.Widget;
import dev.seepoint.perception.widget.WidgetKind;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolverTest {

    private final Resolver resolver = new Resolver();
    private final List<TextLine> lines = new ArrayList<>();
    private final List<Widget> widgets = new ArrayList<>();

    /** A line of words, each word 9 px per character wide, 14 px high. */
    private void text(int x, int y, String text) {
        List<Word> words = new ArrayList<>();
        int cx = x;
        for (String w : text.split(" ")) {
            words.add(new Word(Box.ofSize(cx, y, w.length() * 9, 14), w, 0.95));
            cx += w.length() * 9 + 5;
        }
        lines.add(new TextLine(Box.of(x, y, cx - 5, y + 14), text, 0.95, words));
    }

    private void widget(WidgetKind kind, Box box, String text) {
        widgets.add(new Widget(kind, box, Widget.State.UNKNOWN, null, text));
    }

    /** A 1280×800 frame of {@code page} colour with {@code painter}'s drawing on it. */
    private static Screenshot painted(java.awt.Color page, java.util.function.Consumer<java.awt.Graphics2D> painter) {
        BufferedImage img = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(page);
        g.fillRect(0, 0, 1280, 800);
        painter.accept(g);
        g.dispose();
        return Screenshot.of(img);
    }

    private Grounding locate(String expression) {
        Screenshot shot = Screenshot.of(new BufferedImage(1280, 800, BufferedImage.TYPE_INT_RGB));
        Scene scene = new SceneBuilder().build(shot, lines, widgets);
        return resolver.resolve(scene, expression);
    }

    private void signInForm() {
        text(500, 100, "Email");
        widget(WidgetKind.TEXT_FIELD, Box.of(500, 120, 800, 156), "you@example.com");
        text(510, 131, "you@example.com");
        text(500, 170, "Password");
        widget(WidgetKind.TEXT_FIELD, Box.of(500, 190, 800, 226), "");
        widgets.add(new Widget(WidgetKind.CHECKBOX, Box.of(500, 240, 516, 256), Widget.State.OFF, null, ""));
        text(524, 241, "Remember me");
        widget(WidgetKind.BUTTON, Box.of(500, 280, 800, 320), "Sign in");
        text(620, 293, "Sign in");
        text(560, 340, "Forgot your password?");
    }

    /** A table of users, each row ending in a pencil and an icon drawn about as near a trash can as a floppy disk. */
    private void usersTable() {
        text(280, 222, "NAME");
        text(550, 222, "EMAIL");
        String[] names = {"Jane Cooper", "Wade Warren", "Esther Howard"};
        for (int i = 0; i < names.length; i++) {
            int y = 268 + 52 * i;
            text(362, y + 2, names[i]);
            widgets.add(new Widget(WidgetKind.ICON, Box.of(1177, y, 1193, y + 16), Widget.State.UNKNOWN, IconKind.EDIT, ""));
            widgets.add(new Widget(WidgetKind.ICON, Box.of(1214, y, 1228, y + 16), Widget.State.UNKNOWN, IconKind.UNKNOWN, "",
                    List.of(IconKind.SAVE, IconKind.TRASH)));
        }
        // the sidebar's own unsure icon, further from a trash can
        widgets.add(new Widget(WidgetKind.ICON, Box.of(24, 181, 42, 199), Widget.State.UNKNOWN, IconKind.UNKNOWN, "",
                List.of(IconKind.FOLDER, IconKind.TRASH)));
        text(54, 183, "Teams");
    }

    @Test
    void anIconLikelyOfTheAskedKindIsFoundByItsRowOrItsRowsNumber() {
        usersTable();

        assertThat(locate("the trash icon in Jane Cooper's row").requireBox()).isEqualTo(Box.of(1214, 268, 1228, 284));
        assertThat(locate("the delete button of the second user in the table").requireBox()).isEqualTo(Box.of(1214, 320, 1228, 336));
        assertThat(locate("the trash icon").isAmbiguous()).isTrue(); // a guess among rows is still no guess
    }

    @Test
    void aCheckboxBetweenATitleAndItsDescriptionIsNamedByTheTitle() {
        // payment methods: the box sits between "PayPal" and "3.49% + 49¢", nearer the description
        lines.add(new TextLine(Box.of(965, 548, 1046, 559), "Credit card", 0.96, List.of(new Word(Box.of(965, 548, 1046, 559), "Credit card", 0.96))));
        lines.add(new TextLine(Box.of(965, 569, 994, 578), "2.9%", 0.96, List.of(new Word(Box.of(965, 569, 994, 578), "2.9%", 0.96))));
        lines.add(new TextLine(Box.of(965, 599, 1013, 613), "PayPal", 0.96, List.of(new Word(Box.of(965, 599, 1013, 613), "PayPal", 0.96))));
        lines.add(new TextLine(Box.of(965, 619, 1040, 631), "3.49% + 49¢", 0.96, List.of(new Word(Box.of(965, 619, 1040, 631), "3.49% + 49¢", 0.96))));
        widgets.add(new Widget(WidgetKind.CHECKBOX, Box.of(899, 557, 915, 573), Widget.State.ON, null, ""));
        widgets.add(new Widget(WidgetKind.CHECKBOX, Box.of(900, 609, 914, 623), Widget.State.OFF, null, ""));

        assertThat(locate("the PayPal checkbox").requireBox()).isEqualTo(Box.of(900, 609, 914, 623));
        assertThat(locate("the Credit card checkbox").requireBox()).isEqualTo(Box.of(899, 557, 915, 573));
    }

    @Test
    void stackedCheckboxesKeepTheirOwnOneLineCaptions() {
        lines.add(new TextLine(Box.of(130, 100, 180, 112), "Apple", 0.96, List.of(new Word(Box.of(130, 100, 180, 112), "Apple", 0.96))));
        lines.add(new TextLine(Box.of(130, 118, 190, 130), "Banana", 0.96, List.of(new Word(Box.of(130, 118, 190, 130), "Banana", 0.96))));
        widgets.add(new Widget(WidgetKind.CHECKBOX, Box.of(108, 99, 122, 113), Widget.State.OFF, null, ""));
        widgets.add(new Widget(WidgetKind.CHECKBOX, Box.of(108, 117, 122, 131), Widget.State.OFF, null, ""));

        assertThat(locate("the Banana checkbox").requireBox()).isEqualTo(Box.of(108, 117, 122, 131));
        assertThat(locate("the Apple checkbox").requireBox()).isEqualTo(Box.of(108, 99, 122, 113));
    }

    @Test
    void aTabAnsweredOnlyByPlainWordsSaysNoTabWasSeen() {
        // a summary card captioned "Holds" and "2 holds on 4 copies" in a sentence: neither is a tab
        lines.add(new TextLine(Box.of(317, 236, 350, 247), "Holds", 0.96, List.of(new Word(Box.of(317, 236, 350, 247), "Holds", 0.96))));
        lines.add(new TextLine(Box.of(134, 652, 390, 661), "2 holds on 4 copies", 0.96,
                List.of(new Word(Box.of(134, 652, 140, 661), "2", 0.96), new Word(Box.of(144, 652, 175, 661), "holds", 0.96),
                        new Word(Box.of(179, 652, 192, 661), "on", 0.96), new Word(Box.of(196, 652, 203, 661), "4", 0.96),
                        new Word(Box.of(207, 652, 250, 661), "copies", 0.96))));
        widgets.add(new Widget(WidgetKind.TAB, Box.of(188, 880, 264, 905), Widget.State.OFF, null, "Fines"));

        assertThat(locate("the Holds tab").evidence()).containsEntry("kind_seen", "false");
        assertThat(locate("Holds").evidence()).doesNotContainKey("kind_seen");
    }

    @Test
    void aSpeakerReadUnsurelyAsALetterIsStillLikelyASpeaker() {
        // a video's controls: a speaker whose cone OCR read as "D", unsurely, and a heading button OCR read surely as "H"
        widgets.add(new Widget(WidgetKind.ICON, Box.of(453, 409, 473, 424), Widget.State.UNKNOWN, IconKind.UNKNOWN, "",
                List.of(IconKind.MENU, IconKind.SPEAKER)));
        lines.add(new TextLine(Box.of(455, 409, 471, 424), "D", 0.81, List.of(new Word(Box.of(455, 409, 471, 424), "D", 0.81))));
        widgets.add(new Widget(WidgetKind.ICON, Box.of(700, 409, 720, 424), Widget.State.UNKNOWN, IconKind.UNKNOWN, "",
                List.of(IconKind.MENU, IconKind.SPEAKER)));
        lines.add(new TextLine(Box.of(702, 409, 718, 424), "H", 0.98, List.of(new Word(Box.of(702, 409, 718, 424), "H", 0.98))));
        text(489, 412, "04:12 / 11:38");
        Grounding speaker = locate("the speaker icon");
        assertThat(speaker.requireBox().left()).as("%s", speaker).isEqualTo(453);
        assertThat(speaker.isAmbiguous()).isFalse();
    }

    @Test
    void theDotsEndingACutOffAddressAreNoMenuOfTheCardBelowIt() {
        int[] lefts = {20, 280, 540};
        for (int x : lefts) {
            // "2118 SE Clinton St, Portland, OR …": the ellipsis, read as the line's last word, was also taken for a "more" icon
            List<Word> words = List.of(new Word(Box.of(x + 12, 453, x + 190, 462), "Portland,", 0.96),
                    new Word(Box.of(x + 205, 460, x + 215, 462), "...", 0.91));
            lines.add(new TextLine(Box.of(x + 12, 453, x + 215, 464), "Portland, ...", 0.95, words));
            widgets.add(new Widget(WidgetKind.ICON, Box.of(x + 205, 460, x + 215, 462), Widget.State.UNKNOWN, IconKind.MORE, ""));
            widgets.add(new Widget(WidgetKind.ICON, Box.of(x + 208, 471, x + 212, 485), Widget.State.UNKNOWN, IconKind.MORE, ""));
        }
        Grounding third = locate("the three-dot menu on the third listing card");
        assertThat(third.requireBox()).as("%s", third).isEqualTo(Box.of(748, 471, 752, 485));
    }

    @Test
    void aStarReadAsItsSymbolIsAStarWhateverTheDrawingWasTakenFor() {
        // a contacts table: a gold star before a starred name (its drawing taken for a house), an empty one before another
        Screenshot shot = painted(java.awt.Color.WHITE, g -> {
            g.setColor(new java.awt.Color(0xf5a524)); // amber, "yellow" to a tester
            g.fillRect(142, 280, 10, 10);
            g.setColor(new java.awt.Color(0x98a2b3));
            g.drawRect(142, 328, 10, 10);
        });
        widgets.add(new Widget(WidgetKind.ICON, Box.of(139, 277, 154, 291), Widget.State.UNKNOWN, IconKind.HOME, ""));
        lines.add(new TextLine(Box.of(141, 280, 154, 292), "★", 0.89, List.of(new Word(Box.of(143, 280, 150, 292), "★", 0.89))));
        widgets.add(new Widget(WidgetKind.ICON, Box.of(139, 325, 154, 339), Widget.State.UNKNOWN, IconKind.UNKNOWN, ""));
        lines.add(new TextLine(Box.of(140, 326, 154, 340), "☆", 0.9, List.of(new Word(Box.of(142, 326, 150, 340), "☆", 0.9))));
        text(218, 270, "Marcus Bell");
        text(218, 320, "Priya Raman");
        Scene scene = new SceneBuilder().build(shot, lines, widgets);
        Grounding gold = resolver.resolve(scene, "the yellow star next to Marcus Bell");
        assertThat(gold.requireBox()).as("%s", gold).isEqualTo(Box.of(139, 277, 154, 291));
        assertThat(gold.evidence()).containsEntry("icon", "star");
        Grounding empty = resolver.resolve(scene, "the empty star icon to the left of Priya Raman's name");
        assertThat(empty.requireBox()).as("%s", empty).isEqualTo(Box.of(139, 325, 154, 339));
    }

    @Test
    void aFocusedEditorsPlaceholderReadWithItsCaretStillNamesTheBox() {
        // the editor's frame lost to its focus ring; OCR read the caret and the placeholder's first letter as "|"
        text(478, 680, "|rite a reply to the customer...");
        text(466, 636, "Reply to Marta Kowalski");
        widget(WidgetKind.CHECKBOX, Box.of(1028, 536, 1042, 550), "");
        Grounding reply = locate("the reply box");
        assertThat(reply.isFound()).as("%s", reply).isTrue();
        assertThat(reply.requireBox().top()).isEqualTo(680);
    }

    @Test
    void anArrowOcrReadAsAPlusIsStillTheArrow() {
        // a sort direction button: an up arrow, read by OCR as "+" (a plus is what OCR makes of any cross of strokes)
        widget(WidgetKind.SELECT, Box.of(929, 131, 1047, 161), "File size");
        text(880, 140, "Sort by");
        widgets.add(new Widget(WidgetKind.ICON, Box.of(1064, 139, 1078, 153), Widget.State.UNKNOWN, IconKind.CHEVRON_UP, ""));
        lines.add(new TextLine(Box.of(1064, 139, 1078, 153), "+", 0.89, List.of(new Word(Box.of(1064, 139, 1078, 153), "+", 0.89))));
        Grounding arrow = locate("the arrow button beside the Sort by dropdown");
        assertThat(arrow.requireBox()).as("%s", arrow).isEqualTo(Box.of(1064, 139, 1078, 153));
    }

    @Test
    void theAmountFieldIsTheInputUnderAmountNotTheNextFieldUnderACaptionOfItsOwn() {
        // a dialog's "Amount" input with a "$" addon, taken for a one-line text area; under it a date field and its caption
        text(370, 360, "Amount");
        widgets.add(new Widget(WidgetKind.ICON, Box.of(370, 379, 400, 414), Widget.State.UNKNOWN, IconKind.UNKNOWN, "$"));
        widget(WidgetKind.TEXT_AREA, Box.of(400, 379, 632, 413), "0");
        text(370, 428, "Expected close date");
        widget(WidgetKind.TEXT_FIELD, Box.of(371, 447, 632, 481), "mm/dd/yyyy");
        Grounding amount = locate("the amount field");
        assertThat(amount.requireBox()).as("%s", amount).isEqualTo(Box.of(400, 379, 632, 413));
        assertThat(locate("the expected close date").requireBox()).isEqualTo(Box.of(371, 447, 632, 481));
    }

    @Test
    void aSwitchAloneInItsCardsCornerIsNamedByTheCardsTitleBelowIt() {
        // two device cards: the lamp's icon and switch in the top row, its name and state under them; an automation
        // switch in another panel on the name's row
        Screenshot shot = painted(new java.awt.Color(0xf3f4f6), g -> {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(256, 241, 216, 156);
            g.fillRect(486, 241, 216, 156);
            g.fillRect(716, 241, 216, 156);
            g.fillRect(956, 240, 300, 200);
            g.setColor(new java.awt.Color(0xd0d5dd));
            g.drawRect(256, 241, 216, 156);
            g.drawRect(486, 241, 216, 156);
            g.drawRect(716, 241, 216, 156);
            g.drawRect(956, 240, 300, 200);
        });
        widgets.add(new Widget(WidgetKind.TOGGLE, Box.of(416, 262, 458, 286), Widget.State.ON, null, ""));
        widgets.add(new Widget(WidgetKind.TOGGLE, Box.of(646, 262, 688, 286), Widget.State.ON, null, ""));
        text(510, 270, "ap"); // the ceiling light card's icon, read as letters: beyond the first card, left of its own switch
        text(271, 305, "Pendant lights");
        widgets.add(new Widget(WidgetKind.TOGGLE, Box.of(875, 262, 917, 286), Widget.State.OFF, null, ""));
        widgets.add(new Widget(WidgetKind.TOGGLE, Box.of(1201, 300, 1243, 324), Widget.State.ON, null, ""));
        text(500, 305, "Ceiling light");
        text(500, 325, "On");
        text(730, 305, "Floor lamp");
        text(730, 325, "Off");
        text(970, 300, "Morning lights");
        Scene scene = new SceneBuilder().build(shot, lines, widgets);
        Grounding lamp = resolver.resolve(scene, "the Floor lamp switch");
        assertThat(lamp.requireBox()).as("%s", lamp).isEqualTo(Box.of(875, 262, 917, 286));
        assertThat(lamp.evidence()).containsEntry("state", "off");
        assertThat(resolver.resolve(scene, "the Ceiling light switch").requireBox()).isEqualTo(Box.of(646, 262, 688, 286));
        assertThat(resolver.resolve(scene, "the Pendant lights switch").requireBox()).isEqualTo(Box.of(416, 262, 458, 286));
    }

    @Test
    void theCheckboxNextToAQuotedLessonIsThatLessonsOwnNotTheVideoTitleHoldingTheSameWords() {
        String[] lessons = {"1. Choosing the right chart", "2. Color, contrast and accessibility", "3. Bar and line charts",
                "4. Scatter plots and correlation"};
        for (int i = 0; i < lessons.length; i++) {
            int y = 308 + 52 * i;
            widget(WidgetKind.CHECKBOX, Box.of(18, y, 34, y + 16), "");
            List<Word> words = new ArrayList<>();
            if (i == 2) {
                words.add(new Word(Box.of(28, y, 35, y + 17), "}", 0.76)); // the box's right edge, read as a brace
            }
            int x = 44;
            for (String w : lessons[i].split(" ")) {
                words.add(new Word(Box.ofSize(x, y + 2, w.length() * 8, 12), w, 0.95));
                x += w.length() * 8 + 4;
            }
            Box box = words.get(0).box();
            for (Word w : words) {
                box = box.union(w.box());
            }
            lines.add(new TextLine(box, (i == 2 ? "} " : "") + lessons[i], 0.9, words));
        }
        widget(WidgetKind.BUTTON, Box.of(338, 155, 504, 180), "2.3 · Bar and line charts"); // the title over the video
        text(323, 101, "Bar and line charts");
        Grounding box = locate("the checkbox next to \"3. Bar and line charts\"");
        assertThat(box.requireBox()).as("%s", box).isEqualTo(Box.of(18, 412, 34, 428));
        assertThat(box.isAmbiguous()).isFalse();
    }

    @Test
    void aLessonNamedByItsTitleIsItsTitleNotTheBoxThatMarksItDone() {
        widget(WidgetKind.CHECKBOX, Box.of(18, 676, 34, 692), "");
        text(44, 677, "2. Subplots and layouts");
        widget(WidgetKind.CHECKBOX, Box.of(18, 728, 34, 744), "");
        text(44, 729, "3. Styling with themes");
        Grounding lesson = locate("the lesson \"Subplots and layouts\"");
        assertThat(lesson.requireBox().left()).as("%s", lesson).isEqualTo(44);
        assertThat(locate("Subplots and layouts").requireBox().left()).as("named by its label alone: the box").isEqualTo(18);
    }

    @Test
    void theTimeIsTheClockShownNotTheWordTimeInASentence() {
        widgets.add(new Widget(WidgetKind.ICON, Box.of(453, 409, 473, 424), Widget.State.UNKNOWN, IconKind.SPEAKER, ""));
        text(489, 412, "04:12 / 11:38");
        widgets.add(new Widget(WidgetKind.ICON, Box.of(1050, 340, 1070, 355), Widget.State.UNKNOWN, IconKind.SPEAKER, ""));
        text(1080, 341, "Line charts: time goes on the x-axis");
        text(970, 500, "03:30");
        Grounding speaker = locate("the speaker icon next to the time");
        assertThat(speaker.requireBox().left()).as("%s", speaker).isEqualTo(453);
    }

    @Test
    void aFieldWithALensInItIsTheSearchBoxWhateverItsPlaceholderSays() {
        // a player's header: a pill field asking "What do you want to play?" with a lens at its left; a "Search" link
        // in the sidebar and a text field elsewhere
        widget(WidgetKind.TEXT_FIELD, Box.of(452, 18, 730, 60), "What do you want to play?");
        widgets.add(new Widget(WidgetKind.ICON, Box.of(470, 31, 487, 48), Widget.State.UNKNOWN, IconKind.SEARCH, ""));
        text(500, 32, "What do you want to play?");
        text(66, 116, "Search");
        widget(WidgetKind.TEXT_FIELD, Box.of(500, 300, 800, 336), "");
        text(500, 280, "Playlist name");

        assertThat(locate("the search box at the top").requireBox()).isEqualTo(Box.of(452, 18, 730, 60));
        assertThat(locate("the search field").requireBox()).isEqualTo(Box.of(452, 18, 730, 60));
        assertThat(locate("the music search box").requireBox()).as("words saying what is searched for")
                .isEqualTo(Box.of(452, 18, 730, 60));
    }

    @Test
    void aPhoneNumberOrAnEmailAddressIsTheFieldLabelledPhoneOrEmail() {
        text(473, 470, "Email*");
        widget(WidgetKind.TEXT_FIELD, Box.of(473, 488, 840, 524), "maya@example.com");
        text(485, 499, "maya@example.com");
        text(859, 470, "Phone*");
        widget(WidgetKind.TEXT_FIELD, Box.of(860, 488, 1226, 524), "(555) 123-4567");
        text(871, 499, "(555) 123-4567");

        assertThat(locate("the phone number field").requireBox()).isEqualTo(Box.of(860, 488, 1226, 524));
        assertThat(locate("the email address field").requireBox()).isEqualTo(Box.of(473, 488, 840, 524));
    }

    @Test
    void theBottomLeftOfAFormInTheMiddleIsInTheScreensBottomLeftQuarterThoughNotItsThird() {
        // a wizard's footer: "Cancel application" at the form's bottom left (x 479 of 1280), Next at its bottom right
        text(479, 698, "Cancel application");
        widget(WidgetKind.BUTTON, Box.of(1140, 686, 1227, 724), "Next");
        text(1157, 698, "Next");

        assertThat(locate("Cancel application at the bottom left of the form").requireBox().left()).isEqualTo(479);
    }

    @Test
    void theBottomOfAShortFormAboveTheScreensLastThirdIsStillAtTheBottom() {
        // a tax wizard's "Save and continue" at y 500 of 800, under its table; a Save draft link higher up
        text(773, 492, "Save and continue");
        widget(WidgetKind.BUTTON, Box.of(754, 481, 936, 519), "Save and continue");
        text(40, 120, "Save draft and continue later");

        assertThat(locate("the \"Save and continue\" button at the bottom").requireBox()).isEqualTo(Box.of(754, 481, 936, 519));
    }

    @Test
    void ofTwoMatchesAboveTheScreensLastThirdTheLowerIsAtTheBottom() {
        widget(WidgetKind.BUTTON, Box.of(600, 150, 700, 180), "Continue");
        text(615, 158, "Continue");
        widget(WidgetKind.BUTTON, Box.of(600, 450, 700, 480), "Continue");
        text(615, 458, "Continue");

        assertThat(locate("the Continue button at the bottom").requireBox().top()).isEqualTo(450);
    }

    @Test
    void aDropdownNotSeenAsOneIsTheBoxUnderItsCaptionEndingInADownChevron() {
        // a ride's payment picker: a card logo in its box, so no field was seen; only its chevron and its text
        text(402, 543, "Payment method");
        text(458, 577, "Visa •••• 4242");
        widgets.add(new Widget(WidgetKind.ICON, Box.of(621, 581, 630, 586), Widget.State.UNKNOWN, IconKind.CHEVRON_DOWN, ""));
        text(657, 543, "Promo code");
        widget(WidgetKind.TEXT_FIELD, Box.of(657, 563, 878, 603), "Enter promo code");

        Grounding payment = locate("the Payment method dropdown");

        assertThat(payment.requireBox().contains(Box.of(458, 577, 575, 589).center())).as("%s", payment).isTrue();
        assertThat(payment.requireBox().right()).isEqualTo(630);
        assertThat(payment.evidence()).containsEntry("kind", "dropdown");
    }

    @Test
    void wordsOfALongerLineOverADownChevronAreNoDropdownsCaption() {
        // the words of a sentence are no caption ("the charge the dropdown" took a hotel's "Charge the Deluxe King rate")
        text(402, 543, "Payment method on file");
        widgets.add(new Widget(WidgetKind.ICON, Box.of(621, 581, 630, 586), Widget.State.UNKNOWN, IconKind.CHEVRON_DOWN, ""));

        assertThat(locate("the Payment method dropdown").isFound()).isFalse();
    }

    @Test
    void ofTwoMatchesTheOneInTheCornersThirdIsStillTheCorners() {
        text(100, 740, "Help");
        text(500, 740, "Help");

        assertThat(locate("Help in the bottom left corner").requireBox().left()).isEqualTo(100);
    }

    @Test
    void aPlaceTheTesterDescribesInWordsOfTheirOwnDoesNotHideTheOneMatchWhenNotSeen() {
        // a playlist's action row: no toolbar is found as such, but "Custom order" is written once
        text(1121, 306, "Custom order");
        text(374, 366, "Title");

        assertThat(locate("\"Custom order\" at the right of the toolbar").requireBox().left()).isEqualTo(1121);
        assertThat(locate("Title next to Remember me").isFound()).as("a name written as on the screen must be found").isFalse();
    }

    @Test
    void aChipIsTheRoundedButtonNotTheSameWordInADropdownOrABadge() {
        // a helpdesk: priority filter chips, a ticket's "High" badge, and the Priority dropdown showing High
        widget(WidgetKind.BUTTON, Box.of(156, 154, 217, 180), "@ High");
        text(165, 163, "@ High");
        widget(WidgetKind.BUTTON, Box.of(226, 154, 304, 180), "Normal");
        text(250, 163, "Normal");
        text(229, 368, "High");
        text(1027, 294, "PRIORITY");
        widgets.add(new Widget(WidgetKind.SELECT, Box.of(1028, 314, 1263, 348), Widget.State.UNKNOWN, null, "High"));
        text(1042, 324, "High");

        assertThat(locate("the High chip").requireBox()).isEqualTo(Box.of(156, 154, 217, 180));
    }

    @Test
    void anEventOnADayIsInThatDaysColumnOfTheWeek() {
        // a week view: day headings, and a "Design review" on Monday and another on Thursday, far down the day
        text(508, 72, "MON");
        text(918, 72, "THU");
        text(468, 327, "Design review");
        text(879, 527, "Design review");

        assertThat(locate("the Design review event on Thursday").requireBox().left()).isEqualTo(879);
        assertThat(locate("Design review on Monday afternoon").requireBox().left()).isEqualTo(468);
        assertThat(locate("the Design review meeting").isAmbiguous()).isTrue();
    }

    @Test
    void aDayWithNoHeadingOnTheScreenDoesNotHideTheOneEvent() {
        text(879, 327, "Design review");

        assertThat(locate("the Design review event on Thursday").requireBox().left()).isEqualTo(879);
    }

    @Test
    void ofTwoInTheLeftHalfTheOneNearerTheLeftEdgeIsOnTheLeft() {
        // a calendar: the header's next-week arrow at x 397 and the sidebar's mini calendar arrow at x 220
        widgets.add(new Widget(WidgetKind.ICON, Box.of(397, 26, 405, 38), Widget.State.UNKNOWN, IconKind.CHEVRON_RIGHT, ""));
        widgets.add(new Widget(WidgetKind.ICON, Box.of(220, 152, 226, 164), Widget.State.UNKNOWN, IconKind.CHEVRON_RIGHT, ""));

        assertThat(locate("the right arrow on the left").requireBox().left()).isEqualTo(220);
        assertThat(locate("the right arrow").isAmbiguous()).isTrue();
    }

    @Test
    void aFieldEndingInADownChevronReadAsAnotherMarkIsADropdown() {
        // a dark settings dialog's native select: "High" and its arrow, which OCR read as "<"
        text(385, 236, "Download");
        widget(WidgetKind.TEXT_FIELD, Box.of(746, 228, 896, 259), "High <");
        widgets.add(new Widget(WidgetKind.ICON, Box.of(883, 240, 893, 247), Widget.State.UNKNOWN, IconKind.CHEVRON_DOWN, ""));
        text(760, 238, "High <");

        Grounding g = locate("the Download dropdown");
        assertThat(g.requireBox()).isEqualTo(Box.of(746, 228, 896, 259));
        assertThat(g.evidence()).containsEntry("kind", "dropdown");
    }

    @Test
    void aMenuItemIsNotTheLabelOfTheHighlightedItemBelowIt() {
        // a card's ⋮ menu: Edit, then "Move to…" drawn in a rounded highlight the detector takes for a field
        widgets.add(new Widget(WidgetKind.ICON, Box.of(229, 588, 241, 600), Widget.State.UNKNOWN, IconKind.EDIT, ""));
        text(254, 587, "Edit");
        widget(WidgetKind.TEXT_FIELD, Box.of(221, 619, 395, 646), "Move to...");
        text(253, 626, "Move to...");
        text(253, 663, "Delete");

        assertThat(locate("Edit").requireBox()).isEqualTo(Box.of(254, 587, 290, 601));
    }

    @Test
    void aCornerNamedWhileAModalDialogIsOpenIsTheDialogsCorner() {
        Screenshot shot = painted(new java.awt.Color(0x7f, 0x7f, 0x7f), g -> { // a dimmed page under a white dialog
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(390, 250, 500, 300);
        });
        text(410, 270, "Invite a teammate");
        widgets.add(new Widget(WidgetKind.ICON, Box.of(852, 268, 866, 282), Widget.State.UNKNOWN, IconKind.CLOSE, ""));
        widgets.add(new Widget(WidgetKind.ICON, Box.of(1231, 27, 1243, 33), Widget.State.UNKNOWN, IconKind.CHEVRON_DOWN, ""));
        Scene scene = new SceneBuilder().build(shot, lines, widgets);

        Grounding x = resolver.resolve(scene, "the X in the top right corner");

        assertThat(x.requireBox()).isEqualTo(Box.of(852, 268, 866, 282));
    }

    @Test
    void ofTwoInACornersThirdTheOneNearerTheCornerIsIt() {
        // a kanban column's "+ Add task" plus and the floating action button, both in the bottom right third
        widgets.add(new Widget(WidgetKind.ICON, Box.of(879, 542, 891, 554), Widget.State.UNKNOWN, IconKind.PLUS, ""));
        text(899, 542, "Add task");
        widgets.add(new Widget(WidgetKind.ICON, Box.of(1215, 741, 1233, 759), Widget.State.UNKNOWN, IconKind.PLUS, ""));

        assertThat(locate("the plus button in the bottom right corner").requireBox()).isEqualTo(Box.of(1215, 741, 1233, 759));
    }

    @Test
    void wordsFoundInPartOfAWideWidgetAreWhereItPoints() {
        // a notifications popover's header taken for one button: its title at the left, the link at the right
        text(757, 70, "Notifications");
        text(950, 70, "Mark all as read");
        widget(WidgetKind.BUTTON, Box.of(741, 55, 1079, 98), "Notifications Mark all as read");

        Grounding g = locate("Mark all as read");

        assertThat(g.point().orElseThrow().x()).as("%s", g).isBetween(950, 1079);
    }

    @Test
    void anOptionNamedWithItsGroupsHeadingIsTheOptionInThatGroup() {
        text(107, 180, "High"); // a card's priority flag elsewhere on the page
        text(872, 360, "Priority");
        String[] options = {"Low", "Medium", "High"};
        for (int i = 0; i < options.length; i++) {
            int x = 883 + 133 * i;
            widgets.add(new Widget(WidgetKind.RADIO, Box.of(x, 389, x + 12, 401), Widget.State.OFF, null, ""));
            text(x + 18, 389, options[i]);
        }

        Grounding g = locate("High priority");

        assertThat(g.isUnique()).as("%s", g).isTrue();
        assertThat(g.requireBox().left()).as("%s", g).isBetween(1140, 1200);
    }

    @Test
    void aSureIconBeatsOneThatIsOnlyLikely() {
        usersTable();
        widgets.add(new Widget(WidgetKind.ICON, Box.of(1200, 700, 1220, 720), Widget.State.UNKNOWN, IconKind.TRASH, ""));

        assertThat(locate("the trash icon").requireBox()).isEqualTo(Box.of(1200, 700, 1220, 720));
    }

    @Test
    void wordsWrittenOnTheScreenBeatAnAvatarThatOnlyMeansTheSame() {
        widgets.add(new Widget(WidgetKind.ICON, Box.of(1107, 16, 1137, 45), Widget.State.UNKNOWN, IconKind.USER, ""));
        assertThat(locate("your profile").requireBox()).isEqualTo(Box.of(1107, 16, 1137, 45)); // menu closed: the avatar
        text(1060, 128, "Your profile");
        text(1060, 164, "Settings");
        Grounding open = locate("your profile");
        assertThat(open.isAmbiguous()).isFalse();
        assertThat(open.requireBox().top()).isEqualTo(128);
    }

    @Test
    void theItalicIIsTheLoneLetterIReadAsTextNotALetterBesideASymbol() {
        text(300, 50, "B");
        text(340, 50, "I");
        text(380, 50, "i=");
        Grounding g = locate("the italic I");
        assertThat(g.isFound()).as("%s", g).isTrue();
        assertThat(g.isAmbiguous()).isFalse();
        assertThat(g.requireBox().left()).isEqualTo(340);
    }

    @Test
    void aFolderOrAnAppointmentIsFoundByItsNameWithoutTheNoun() {
        text(66, 189, "Starred");
        text(66, 221, "Sent");
        // appointments listed as rows of one wide card, each row's actions at its far right
        text(155, 220, "Physiotherapy");
        widget(WidgetKind.LINK, Box.of(1143, 229, 1186, 240), "Cancel");
        text(155, 310, "Dermatology consult");
        widget(WidgetKind.LINK, Box.of(1143, 319, 1186, 330), "Cancel");
        text(155, 400, "Vaccination");
        widget(WidgetKind.LINK, Box.of(1143, 409, 1186, 420), "Cancel");

        assertThat(locate("the Starred folder").requireBox().left()).isEqualTo(66);
        assertThat(locate("Cancel on the Dermatology consult appointment").requireBox().top()).isEqualTo(319);
    }

    @Test
    void aDayOfAWeekStripIsFoundByTheLinesOfItsTileReadTogether() {
        String[][] days = {{"Tue", "11"}, {"Wed", "12"}, {"Thu", "13"}};
        Screenshot shot = painted(java.awt.Color.WHITE, g -> {
            g.setColor(new java.awt.Color(0xC8, 0xCC, 0xD0));
            for (int i = 0; i < days.length; i++) {
                g.drawRect(200 + 120 * i, 360, 107, 66); // bordered tiles, one per day
            }
        });
        for (int i = 0; i < days.length; i++) {
            text(240 + 120 * i, 368, days[i][0]);
            text(244 + 120 * i, 386, days[i][1]);
            text(228 + 120 * i, 406, days[i][1] + " open");
        }
        Scene scene = new SceneBuilder().build(shot, lines, widgets);

        Grounding thursday = resolver.resolve(scene, "Thursday the 13th");
        Grounding inStrip = resolver.resolve(scene, "Thursday the 13th in the week strip");

        assertThat(thursday.isUnique()).as("%s", thursday).isTrue();
        assertThat(thursday.requireBox().left()).isBetween(440, 442);
        assertThat(inStrip.isUnique()).as("%s", inStrip).isTrue();
        assertThat(inStrip.requireBox()).isEqualTo(thursday.requireBox());
    }

    @Test
    void theCartIsTheCartIconOnItsOwnNotTheOneDrawnInAddToCart() {
        widgets.add(new Widget(WidgetKind.ICON, Box.of(1211, 55, 1227, 73), Widget.State.UNKNOWN, IconKind.CART, ""));
        widget(WidgetKind.BUTTON, Box.of(858, 523, 1140, 573), "Add to cart");
        widgets.add(new Widget(WidgetKind.ICON, Box.of(947, 541, 963, 557), Widget.State.UNKNOWN, IconKind.CART, ""));
        text(944, 541, "W Add to cart"); // OCR read the cart drawn in the button as a "W"

        assertThat(locate("the cart").requireBox()).isEqualTo(Box.of(1211, 55, 1227, 73));
        assertThat(locate("Open your cart").requireBox()).isEqualTo(Box.of(1211, 55, 1227, 73));
        assertThat(locate("Add to cart").requireBox()).isEqualTo(Box.of(858, 523, 1140, 573));
    }

    @Test
    void aLightPanelWithAPictureOnOneSideAndThePageOnTheOtherIsNoDialog() {
        // a product photo's light backdrop in the middle of the screen: dark knitwear to its left, the light page right
        Screenshot shot = painted(new java.awt.Color(0xF8, 0xF7, 0xF4), g -> {
            g.setColor(new java.awt.Color(0xEC, 0xEB, 0xE7));
            g.fillRect(80, 139, 600, 440);
            g.setColor(new java.awt.Color(0x22, 0x2A, 0x44));
            g.fillRect(200, 200, 290, 330);
        });
        widgets.add(new Widget(WidgetKind.ICON, Box.of(1211, 55, 1227, 73), Widget.State.UNKNOWN, IconKind.CART, ""));
        Scene scene = new SceneBuilder().build(shot, lines, widgets);

        assertThat(scene.regions().find(Query.Region.DIALOG)).isEmpty();
        assertThat(resolver.resolve(scene, "the cart icon").score()).isGreaterThan(0.9);
    }

    @Test
    void aChatsMessagePaneBesideADarkSidebarUnderADarkTopBarIsNoDialog() {
        Screenshot shot = painted(java.awt.Color.WHITE, g -> {
            g.setColor(new java.awt.Color(0x1A, 0x1D, 0x29));
            g.fillRect(0, 0, 1280, 44);
            g.fillRect(0, 44, 260, 756);
        });
        widgets.add(new Widget(WidgetKind.ICON, Box.of(1238, 8, 1268, 38), Widget.State.UNKNOWN, IconKind.USER, "DK"));
        Scene scene = new SceneBuilder().build(shot, lines, widgets);

        assertThat(scene.regions().find(Query.Region.DIALOG)).isEmpty();
        assertThat(resolver.resolve(scene, "the avatar in the top right corner").isUnique()).isTrue();
    }

    @Test
    void anAvatarNamedByItsInitialsIsFoundThoughItsDrawingReadAsAnotherIcon() {
        // "the DK avatar": the initials read on it; that it is an avatar only says what it is
        widgets.add(new Widget(WidgetKind.ICON, Box.of(1238, 18, 1269, 38), Widget.State.UNKNOWN, IconKind.LABEL, "DK"));
        widgets.add(new Widget(WidgetKind.ICON, Box.of(357, 751, 375, 769), Widget.State.UNKNOWN, IconKind.USER, ""));
        widgets.add(new Widget(WidgetKind.BUTTON, Box.of(280, 451, 316, 487), Widget.State.UNKNOWN, null, "DK"));

        Grounding g = locate("the DK avatar at the top right");

        assertThat(g.isUnique()).as("%s", g).isTrue();
        assertThat(g.requireBox().left()).isEqualTo(1238);
    }

    @Test
    void aFieldWhoseTextEndsInAChevronReadAsVIsTheDropdownAboveTheTable() {
        // a native select outlined like a field: its chevron read as the letter "v"
        widget(WidgetKind.TEXT_FIELD, Box.of(311, 232, 461, 266), "All categories v");
        text(41, 292, "DATE DESCRIPTION CATEGORY");
        widget(WidgetKind.BUTTON, Box.of(373, 316, 428, 334), "Dining");

        Grounding g = locate("the category dropdown above the transactions table");

        assertThat(g.isFound()).as("%s", g).isTrue();
        assertThat(g.requireBox().left()).isEqualTo(311);
        assertThat(g.evidence()).containsEntry("kind", "dropdown");
    }

    @Test
    void aButtonOrFieldWhoseTextEndsInAChevronReadAsMarksIsTheDropdownBesideItsLabel() {
        text(120, 245, "Restaurant");
        widget(WidgetKind.TEXT_FIELD, Box.of(173, 235, 304, 265), "All restaurants wv!");
        text(315, 245, "Status");
        widget(WidgetKind.BUTTON, Box.of(370, 235, 518, 265), "Any status <");

        Grounding status = locate("the Status dropdown");
        Grounding restaurant = locate("the Restaurant dropdown");

        assertThat(status.requireBox().left()).as("%s", status).isEqualTo(370);
        assertThat(status.evidence()).containsEntry("kind", "dropdown");
        assertThat(restaurant.requireBox().left()).as("%s", restaurant).isEqualTo(173);
    }

    @Test
    void aButtonForANameThatHeadsACardIsThatCardsNotTheOneBesideTheNameInTheSidebar() {
        Screenshot shot = painted(new java.awt.Color(248, 250, 252), g -> {
            for (int top : new int[] {276, 474}) { // two deck cards, one over the other
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(260, top, 320, 182);
                g.setColor(new java.awt.Color(226, 232, 240));
                g.drawRect(260, top, 320, 182);
            }
        });
        text(325, 292, "French Verbs");
        widget(WidgetKind.BUTTON, Box.of(465, 410, 563, 440), "Study now");
        text(325, 490, "Japanese Basics");
        widget(WidgetKind.BUTTON, Box.of(465, 608, 563, 638), "Study now");
        text(51, 296, "French Verbs"); // the sidebar's list of decks, the Japanese one level with the French card's button
        text(51, 418, "Japanese Basics");
        Scene scene = new SceneBuilder().build(shot, lines, widgets);

        Grounding study = resolver.resolve(scene, "the Study button for the Japanese Basics deck");

        assertThat(study.isUnique()).as("%s", study).isTrue();
        assertThat(study.requireBox().top()).isEqualTo(608);
    }

    @Test
    void aTabIsNamedWithoutTheCountBesideItsCaptionThoughOcrReadItsUnderlineAsMarks() {
        widgets.add(new Widget(WidgetKind.TAB, Box.of(88, 192, 128, 214), Widget.State.ON, null, "All"));
        widgets.add(new Widget(WidgetKind.TAB, Box.of(166, 192, 288, 218), Widget.State.OFF, null, "Unassigned 6"));
        widgets.add(new Widget(WidgetKind.TAB, Box.of(303, 193, 424, 217), Widget.State.OFF, null, "In progress 3"));
        text(176, 198, "Unassigned 6");
        text(190, 203, "=== - ="); // its underline, read by OCR as marks
        text(659, 497, "Unassigned"); // a row's courier cell, twice
        text(659, 581, "Unassigned");

        Grounding quoted = locate("the \"Unassigned\" tab above the order table");
        Grounding plain = locate("the Unassigned tab");

        assertThat(quoted.isUnique()).as("%s", quoted).isTrue();
        assertThat(quoted.requireBox().left()).isEqualTo(166);
        assertThat(plain.requireBox().left()).as("%s", plain).isEqualTo(166);
    }

    @Test
    void aPersonsToggleNamedByWhatItSetsIsTheOneInTheirRowThoughAnotherRowsCaptionSharesAWord() {
        String[] names = {"Marta Silva", "Jonas Weber", "Noah Fischer", "Lena Novak"};
        for (int i = 0; i < names.length; i++) {
            int y = 518 + 46 * i;
            text(889, y, names[i]);
            widgets.add(new Widget(WidgetKind.TOGGLE, Box.of(1137, y, 1171, y + 19), i == 3 ? Widget.State.OFF : Widget.State.ON, null, ""));
        }
        text(1055, 656, "Off shift"); // only Lena's row has a caption by its switch

        Grounding marta = locate("the on-shift toggle for Marta Silva");
        Grounding lena = locate("Lena Novak's on-shift toggle");

        assertThat(marta.isUnique()).as("%s", marta).isTrue();
        assertThat(marta.requireBox().top()).isEqualTo(518);
        assertThat(lena.requireBox().top()).as("%s", lena).isEqualTo(656);
    }

    @Test
    void wordsNotOnTheScreenAreNoColumnsHeadingSoNoBoxOfTheRowStandsInForThem() {
        // a print order's options: the "Back side" artwork box with its Browse files button is below the fold; a
        // Double-sided switch is in view on a row of its own
        text(563, 669, "Double-sided");
        text(400, 669, "Back side");
        widgets.add(new Widget(WidgetKind.TOGGLE, Box.of(511, 666, 551, 688), Widget.State.ON, null, ""));

        assertThat(locate("\"Browse files\" in the Back side box").isFound()).isFalse();
    }

    @Test
    void aPlaceDescribedInTheTestersOwnWordsDoesNotHideTheOneIconButANameMustBeSeen() {
        widgets.add(new Widget(WidgetKind.ICON, Box.of(716, 95, 754, 132), Widget.State.UNKNOWN, IconKind.HEART, ""));

        assertThat(locate("the heart icon on the restaurant banner").isUnique()).isTrue();
        assertThat(locate("the heart icon on the Olive Tree card").isFound()).isFalse();
    }

    @Test
    void aSuggestionNamedWithItsRoleNounIsTheSuggestionReadingTheName() {
        widget(WidgetKind.BUTTON, Box.of(420, 300, 860, 330), "In a meeting - 1 hour");
        widget(WidgetKind.BUTTON, Box.of(420, 336, 860, 366), "Out sick - Today");

        Grounding g = locate("the Out sick suggestion");

        assertThat(g.isUnique()).as("%s", g).isTrue();
        assertThat(g.requireBox().top()).isEqualTo(336);
    }

    @Test
    void aMenuItemReadingEveryWordBeatsAButtonReadingTheWordsWithoutTheRoleNoun() {
        // "New folder" in the menu the "+ New" button opened: "folder" may be a role noun ("the Marketing folder"),
        // but the item that reads it too is meant
        widget(WidgetKind.BUTTON, Box.of(269, 129, 379, 164), "+ New");
        text(319, 184, "New folder");
        text(319, 214, "Upload files");

        Grounding g = locate("New folder");

        assertThat(g.isUnique()).as("%s", g).isTrue();
        assertThat(g.requireBox().left()).isEqualTo(319);
    }

    @Test
    void aRowsCheckboxTakesTheNameBeyondTheFileIconAsItsCaption() {
        for (int row = 0; row < 3; row++) {
            int y = 437 + 42 * row;
            widgets.add(new Widget(WidgetKind.CHECKBOX, Box.of(265, y, 279, y + 14), Widget.State.OFF, null, ""));
            widgets.add(new Widget(WidgetKind.ICON, Box.of(303, y - 3, 321, y + 15), Widget.State.UNKNOWN, IconKind.FILE, ""));
            text(341, y, List.of("Brand Guidelines.pdf", "draft-v1.txt", "draft-v2.txt").get(row));
        }

        Grounding g = locate("the checkbox for draft-v1.txt");

        assertThat(g.isUnique()).as("%s", g).isTrue();
        assertThat(g.requireBox().left()).isEqualTo(265);
        assertThat(g.requireBox().top()).isEqualTo(479);
    }

    @Test
    void aBoxNamedByItsPlaceholderIsThePlaceholderWhenNoOutlineWasSeenNotACheckboxNearby() {
        text(927, 679, "Reply...");
        widgets.add(new Widget(WidgetKind.CHECKBOX, Box.of(927, 727, 940, 740), Widget.State.OFF, null, ""));
        text(948, 727, "Also send to #product-launch");

        Grounding g = locate("the Reply box");

        assertThat(g.isUnique()).as("%s", g).isTrue();
        assertThat(g.requireBox().top()).isEqualTo(679);
    }

    @Test
    void theOneButtonReadingTheWordsIsMeantOverTheSameWordInATitleButTwoButtonsStayAmbiguous() {
        text(404, 183, "Create");
        text(482, 183, "a channel");
        widget(WidgetKind.BUTTON, Box.of(795, 587, 876, 623), "Create");

        Grounding g = locate("Create");

        assertThat(g.isUnique()).as("%s", g).isTrue();
        assertThat(g.requireBox().left()).isEqualTo(795);

        widget(WidgetKind.BUTTON, Box.of(95, 587, 176, 623), "Create");
        assertThat(locate("Create").isAmbiguous()).isTrue();
    }

    @Test
    void theSmileyOfSofiasMessageIsOnHerMessagesRowNotBesideHerNameInTheSidebarNorAboveHerName() {
        text(53, 623, "Sofia Alvarez");                      // the sidebar's direct message, the name alone
        text(326, 366, "Sofia Alvarez 10:05AM");             // her message's header, the name at the head of a line
        widgets.add(new Widget(WidgetKind.ICON, Box.of(1210, 368, 1225, 383), Widget.State.UNKNOWN, IconKind.EMOJI, ""));
        widgets.add(new Widget(WidgetKind.ICON, Box.of(387, 332, 402, 347), Widget.State.UNKNOWN, IconKind.EMOJI, ""));
        widgets.add(new Widget(WidgetKind.ICON, Box.of(326, 752, 342, 768), Widget.State.UNKNOWN, IconKind.EMOJI, ""));

        Grounding g = locate("the smiley on Sofia Alvarez's message");

        assertThat(g.isFound()).as("%s", g).isTrue();
        assertThat(g.requireBox().top()).isEqualTo(368);
    }

    @Test
    void aNameThatCaptionsARowsCheckboxIsStillWhereTheNameIsForNextTo() {
        for (int row = 0; row < 2; row++) {
            int y = 478 + 52 * row;
            widgets.add(new Widget(WidgetKind.CHECKBOX, Box.of(280, y, 294, y + 14), Widget.State.OFF, null, ""));
            widgets.add(new Widget(WidgetKind.ICON, Box.of(323, y - 8, 353, y + 22), Widget.State.UNKNOWN, IconKind.USER, ""));
            text(363, y, row == 0 ? "Brooklyn Simmons" : "Leslie Alexander");
            widgets.add(new Widget(WidgetKind.ICON, Box.of(1177, y - 2, 1193, y + 14), Widget.State.UNKNOWN, IconKind.EDIT, ""));
        }

        Grounding g = locate("the pencil icon next to Brooklyn Simmons");

        assertThat(g.isUnique()).as("%s", g).isTrue();
        assertThat(g.requireBox().top()).isEqualTo(476);
    }

    @Test
    void aTimeSlotNamedAsATimeIsTheSlotReadingIt() {
        text(975, 277, "Date & time");
        widget(WidgetKind.BUTTON, Box.of(184, 490, 276, 524), "9:00 AM");
        widget(WidgetKind.BUTTON, Box.of(286, 490, 377, 524), "9:30 AM");

        Grounding g = locate("the 9:30 AM time");

        assertThat(g.isUnique()).as("%s", g).isTrue();
        assertThat(g.requireBox().left()).isEqualTo(286);
        assertThat(g.score()).as("read as the slot's own words, not a guess").isGreaterThan(0.8);
    }

    @Test
    void aSidebarButtonIsNotTheCaptionOfTheListsSelectAllBoxAcrossThePanelEdge() {
        // a webmail: the sidebar's Compose on the page's grey, the message list on a white panel from x=240
        Screenshot shot = painted(new java.awt.Color(0xF6, 0xF8, 0xFC), g -> {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(240, 64, 468, 720);
        });
        text(60, 94, "Compose");
        widgets.add(new Widget(WidgetKind.CHECKBOX, Box.of(266, 81, 280, 95), Widget.State.OFF, null, ""));
        Scene scene = new SceneBuilder().build(shot, lines, widgets);

        Grounding compose = resolver.resolve(scene, "Compose");

        assertThat(compose.evidence()).containsEntry("kind", "text");
        assertThat(compose.requireBox().left()).isEqualTo(60);
    }

    @Test
    void theSidePanelIsThePanelSlidInAtTheRightWhenThereIsOne() {
        // a CRM: the contacts table's tabs, and a contact's details panel over its right part with tabs of its own
        Screenshot shot = painted(java.awt.Color.WHITE, g -> {
            g.setColor(new java.awt.Color(0x0F172A));
            g.fillRect(0, 0, 64, 800);
            g.setColor(new java.awt.Color(0xE5E7EB));
            g.fillRect(860, 0, 1, 800);
            g.setColor(new java.awt.Color(0x111827));
            g.fillRect(879, 75, 52, 52);
        });
        text(100, 130, "All contacts");
        text(200, 130, "Activity");
        text(977, 216, "Activity");
        text(1083, 216, "Deals");
        Scene scene = new SceneBuilder().build(shot, lines, widgets);

        Grounding tab = resolver.resolve(scene, "the Activity tab in the side panel");
        Grounding plain = resolver.resolve(new SceneBuilder().build(painted(java.awt.Color.WHITE, g -> { }), lines, widgets),
                "Activity in the side panel");

        assertThat(tab.isUnique()).as("%s", tab).isTrue();
        assertThat(tab.requireBox().left()).isEqualTo(977);
        assertThat(plain.requireBox().left()).as("with no panel at the right, the side panel is the sidebar: %s", plain).isEqualTo(200);
    }

    @Test
    void aSidePanelStandingOnABarAcrossTheBottomIsStillTheSidePanel() {
        // a video call: the tiles at the left, the participants panel at the right from under the top bar down to the
        // call's controls, a bar across the whole width; "Chat" is a tab of the panel and the caption of a tile
        Screenshot shot = painted(new java.awt.Color(0x14161C), g -> {
            g.setColor(new java.awt.Color(0x1F2937));
            g.fillRect(0, 0, 1280, 48);
            g.fillRect(0, 732, 1280, 68);
            g.setColor(new java.awt.Color(0x374151));
            g.fillRect(0, 732, 1280, 1);
            g.fillRect(960, 48, 1, 684);
            g.setColor(new java.awt.Color(0x4B5563));
            g.fillRect(980, 120, 280, 30);
        });
        text(978, 62, "Participants (9)");
        text(1115, 62, "Chat");
        text(300, 400, "Chat");
        Scene scene = new SceneBuilder().build(shot, lines, widgets);

        Grounding tab = resolver.resolve(scene, "the Chat tab of the side panel");

        assertThat(tab.isUnique()).as("%s", tab).isTrue();
        assertThat(tab.requireBox().left()).isEqualTo(1115);
    }

    @Test
    void theLastRowOfATableOfOneRowIsThatRowNotAControlElsewhereAbove() {
        // a timer's task dropdown in the sidebar, and the week grid's one row just added, lower down
        widget(WidgetKind.SELECT, Box.of(985, 141, 1239, 177), "Choose a task...");
        widget(WidgetKind.SELECT, Box.of(41, 284, 331, 318), "Select project / task...");

        Grounding g = locate("the dropdown in the last row");

        assertThat(g.requireBox().top()).as("%s", g).isEqualTo(284);
    }

    @Test
    void aGridsBoxIsNamedByItsColumnsHeadingAndItsRow() {
        // a timesheet: a project per row, a box per day under the days' headings
        text(414, 237, "Mon");
        text(589, 237, "Thu");
        String[] projects = {"Atlas Redesign", "Northwind API", "Team meetings"};
        for (int i = 0; i < projects.length; i++) {
            int y = 284 + 51 * i;
            widget(WidgetKind.SELECT, Box.of(41, y, 331, y + 34), projects[i]);
            text(53, y + 11, projects[i]);
            widget(WidgetKind.TEXT_FIELD, Box.of(402, y, 450, y + 34), "");
            widget(WidgetKind.TEXT_FIELD, Box.of(576, y, 624, y + 34), "");
        }

        Grounding thursday = locate("the Thursday box of the Northwind API row");
        Grounding monday = locate("the Mon field in the last row");

        assertThat(thursday.requireBox()).as("%s", thursday).isEqualTo(Box.of(576, 335, 624, 369));
        assertThat(monday.requireBox()).as("%s", monday).isEqualTo(Box.of(402, 386, 450, 420));
    }

    @Test
    void aGridsCellIsNamedByItsColumnsHeadingAndItsRowsNameWhateverItHolds() {
        // a gradebook: assignments as columns, a student per row; Ethan's Quiz 2 is a red "M" pill (missing)
        text(590, 374, "Quiz 1");
        text(872, 374, "Quiz 2");
        text(325, 443, "Diego Alvarez");
        text(612, 449, "17");
        text(893, 449, "16");
        text(325, 491, "Ethan Brooks");
        text(612, 497, "14");
        widget(WidgetKind.BUTTON, Box.of(872, 489, 928, 519), "M");

        Grounding missing = locate("Ethan Brooks's score for Quiz 2");
        Grounding typed = locate("the Ethan Brooks's score for Quiz 2 field"); // as a planner asks for it to type into
        Grounding first = locate("the Quiz 1 cell in the Diego Alvarez row");
        Grounding other = locate("the Quiz 2 score for Diego Alvarez");

        assertThat(missing.requireBox()).as("%s", missing).isEqualTo(Box.of(872, 489, 928, 519));
        assertThat(typed.requireBox()).as("%s", typed).isEqualTo(Box.of(872, 489, 928, 519));
        assertThat(first.requireBox().top()).as("%s", first).isEqualTo(449);
        assertThat(first.requireBox().left()).as("%s", first).isEqualTo(612);
        assertThat(other.requireBox().left()).as("%s", other).isEqualTo(893);

        // "mark" is a verb here: the words of a link over a panel, not a cell under them in the panel's row
        text(1094, 300, "Mark all as read");
        text(1000, 351, "Notification panel");
        Grounding mark = locate("Mark all as read in the panel");

        assertThat(mark.requireBox().top()).as("%s", mark).isEqualTo(300);
    }

    @Test
    void aControlNamedByItsKindAndAWordItDoesNotShowIsStillAnAnchorForWhatIsNextToIt() {
        // a code host's file list header: the branch dropdown shows "main" (its icon read as "P"), "10 Branches" beside it
        widget(WidgetKind.SELECT, Box.of(33, 196, 119, 223), "P main");
        text(156, 202, "10 Branches");
        text(279, 203, "12 Tags");
        widget(WidgetKind.SELECT, Box.of(837, 196, 928, 224), "Code");
        text(300, 600, "Branches are deleted after 90 days");

        Grounding branches = locate("the \"10 Branches\" link next to the branch selector");

        assertThat(branches.isUnique()).as("%s", branches).isTrue();
        assertThat(branches.requireBox().left()).as("%s", branches).isEqualTo(156);
    }

    @Test
    void aRadioAskedForInARowOfSegmentedButtonsIsTheButtonReadingSo() {
        // an attendance sheet: each student's row has "Present | Absent | Tardy | Excused" drawn as joined buttons
        String[] students = {"Liam Foster", "Chloe Nguyen"};
        String[] choices = {"Present", "Absent", "Tardy", "Excused"};
        for (int i = 0; i < students.length; i++) {
            int y = 399 + 100 * i;
            text(291, y + 7, students[i]);
            for (int k = 0; k < choices.length; k++) {
                widget(WidgetKind.BUTTON, Box.of(486 + 75 * k, y, 560 + 75 * k, y + 30), choices[k]);
            }
        }

        Grounding tardy = locate("the Tardy radio in the Chloe Nguyen row");

        assertThat(tardy.isUnique()).as("%s", tardy).isTrue();
        assertThat(tardy.requireBox()).isEqualTo(Box.of(636, 499, 710, 529));
        assertThat(tardy.evidence().get("reading")).contains("no radio button");
    }

    @Test
    void aPageIsTheNumberInAPagerNotAnyTwoOnTheScreen() {
        // a shipments list: status tabs with counts ("Ready to ship 2"), a quantity; the pager below it, "‹ 1 2 ›"
        text(125, 313, "Ready to ship");
        widget(WidgetKind.ICON, Box.of(232, 313, 254, 331), "2");
        text(600, 500, "2");

        Grounding none = locate("page 2 of the shipments list");

        assertThat(none.isFound()).as("%s", none).isFalse();
        assertThat(none.reason().orElse("")).contains("no pager");

        widget(WidgetKind.BUTTON, Box.of(1140, 390, 1168, 418), "1");
        widget(WidgetKind.BUTTON, Box.of(1173, 390, 1201, 418), "2");
        Grounding two = locate("Go to page 2 of the shipments list");

        assertThat(two.isUnique()).as("%s", two).isTrue();
        assertThat(two.requireBox()).isEqualTo(Box.of(1173, 390, 1201, 418));
    }

    @Test
    void aMenuIsNamedByTheCaptionBeforeTheColonOnItsButton() {
        // a sort control reading "Sort: Last name (A–Z)", its icon read as "=T"
        widget(WidgetKind.SELECT, Box.of(620, 312, 848, 346), "=T Sort: Last name (A-Z)");
        text(636, 324, "=T Sort: Last name (A-Z)");
        text(300, 200, "Sorting tips");

        Grounding sort = locate("the Sort menu");

        assertThat(sort.isUnique()).as("%s", sort).isTrue();
        assertThat(Box.of(620, 312, 848, 346).contains(sort.requireBox().center())).as("%s", sort).isTrue();
    }

    @Test
    void aCountBadgeThatHidesTheWholeBellStandsForTheBellButTwoBadgesAreAmbiguous() {
        // a gradebook's top bar: a red "3" pill drawn over its small bell covers all of it; a help icon beside it
        widget(WidgetKind.ICON, Box.of(1044, 17, 1068, 33), "3");
        widgets.add(new Widget(WidgetKind.ICON, Box.of(1001, 20, 1017, 36), Widget.State.UNKNOWN, IconKind.HELP, ""));

        Grounding bell = locate("the notifications icon");

        assertThat(bell.isUnique()).as("%s", bell).isTrue();
        assertThat(bell.requireBox()).isEqualTo(Box.of(1044, 17, 1068, 33));

        widget(WidgetKind.ICON, Box.of(960, 17, 984, 33), "12"); // messages have a count of their own
        Grounding either = locate("the bell icon");
        Grounding setting = locate("SMS alerts"); // a setting's name, though "alerts" names the bell too

        assertThat(either.isAmbiguous()).as("%s", either).isTrue();
        assertThat(setting.isFound()).as("%s", setting).isFalse();
    }

    @Test
    void aHeadingThatStartsWithMyIsFoundByAllItsWordsButMyStillMeansTheUsersOwn() {
        // a parking app: a "Vehicles" tab in the top bar, a "My vehicles" card heading; a "Profile" link in a menu
        widget(WidgetKind.TAB, Box.of(433, 16, 530, 40), "Vehicles");
        text(66, 200, "My vehicles");
        widget(WidgetKind.LINK, Box.of(1100, 60, 1160, 76), "Profile");

        Grounding heading = locate("My vehicles");
        Grounding profile = locate("my profile");

        assertThat(Box.of(66, 200, 161, 214).contains(heading.requireBox().center())).as("%s", heading).isTrue();
        assertThat(profile.requireBox()).as("%s", profile).isEqualTo(Box.of(1100, 60, 1160, 76));
    }

    @Test
    void aRadioButtonIsNamedByItsColumnsHeadingThoughTheFirstRowsRadioIsCaptionedWithTheSameWord() {
        // a vehicles table: a DEFAULT column of radio buttons, the chosen one (first row) captioned "Default" beside it
        text(456, 248, "DEFAULT");
        String[] vehicles = {"Family car", "City EV", "Work van"};
        for (int i = 0; i < vehicles.length; i++) {
            int y = 296 + 61 * i;
            text(79, y - 6, vehicles[i]);
            widget(WidgetKind.RADIO, Box.of(458, y, 470, y + 12), "");
        }
        text(478, 296, "Default");

        Grounding named = locate("the Default radio button in the City EV row");
        Grounding first = locate("the Default radio button in the first row");
        Grounding second = locate("the Default radio button in the second row");

        assertThat(named.requireBox()).as("%s", named).isEqualTo(Box.of(458, 357, 470, 369));
        assertThat(first.requireBox()).as("%s", first).isEqualTo(Box.of(458, 296, 470, 308));
        assertThat(second.requireBox()).as("%s", second).isEqualTo(Box.of(458, 357, 470, 369));
    }

    @Test
    void whatIsInSomeonesPostLiesBetweenTheRulesAroundTheirName() {
        // a feed: posts one under another in one card, a rule between them, each with a heart in its bar of actions
        Screenshot shot = painted(new java.awt.Color(0xF3F4F6), g -> {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(271, 248, 648, 560);
            g.setColor(new java.awt.Color(0xE5E7EB));
            for (int y : new int[] {295, 428, 583, 717}) {
                g.fillRect(271, y, 648, 1);
            }
        });
        String[] names = {"Priya Natarajan @priyanat - 2h", "Jordan Lee @jordanlee - 4h", "Sam Okafor @samokafor - 5h"};
        int[] tops = {314, 447, 603};
        int[] hearts = {395, 550, 683};
        for (int i = 0; i < names.length; i++) {
            text(341, tops[i], names[i]);
            text(341, tops[i] + 25, "Some words of the post");
            widgets.add(new Widget(WidgetKind.ICON, Box.of(612, hearts[i], 629, hearts[i] + 15), Widget.State.UNKNOWN, IconKind.HEART, ""));
        }
        Scene scene = new SceneBuilder().build(shot, lines, widgets);

        Grounding heart = resolver.resolve(scene, "the heart icon in Sam Okafor's post");
        Grounding jordans = resolver.resolve(scene, "the heart on Jordan Lee's post");

        assertThat(heart.requireBox().top()).as("%s", heart).isEqualTo(683);
        assertThat(heart.isAmbiguous()).as("%s", heart).isFalse();
        assertThat(jordans.requireBox().top()).as("%s", jordans).isEqualTo(550);
    }

    @Test
    void theSelectAllBoxHeadsAColumnOfRowCheckboxes() {
        widgets.add(new Widget(WidgetKind.CHECKBOX, Box.of(266, 81, 280, 95), Widget.State.OFF, null, ""));
        String[] senders = {"Priya Raman", "SkyWays Airlines", "GitHub"};
        for (int i = 0; i < senders.length; i++) {
            int y = 174 + 77 * i;
            widgets.add(new Widget(WidgetKind.CHECKBOX, Box.of(258, y, 272, y + 14), Widget.State.OFF, null, ""));
            text(288, y, senders[i]);
        }

        Grounding all = locate("the select-all checkbox at the top left of the message list");

        assertThat(all.isUnique()).as("%s", all).isTrue();
        assertThat(all.requireBox().top()).isEqualTo(81);
    }

    @Test
    void aDateRangePickerIsTheOneControlShowingDates() {
        text(40, 80, "Overview");
        widget(WidgetKind.SELECT, Box.of(581, 73, 812, 105), "Last 7 days Jun 8 - Jun 14");
        text(595, 83, "Last 7 days Jun 8 - Jun 14");
        widget(WidgetKind.SELECT, Box.of(1156, 328, 1238, 356), "Daily");
        text(1166, 336, "Daily");
        widget(WidgetKind.BUTTON, Box.of(900, 73, 990, 105), "Export");
        text(915, 83, "Export");

        Grounding picker = locate("the date range picker next to the Overview title");
        Grounding button = locate("the date range button");

        assertThat(picker.requireBox()).as("%s", picker).isEqualTo(Box.of(581, 73, 812, 105));
        assertThat(button.requireBox()).as("%s", button).isEqualTo(Box.of(581, 73, 812, 105));
        assertThat(locate("the Export button").requireBox()).isEqualTo(Box.of(900, 73, 990, 105));
    }

    @Test
    void aCaptionNamesTheDropdownJustAfterItNotTheOneBeyondAnotherControl() {
        // "Sort" then a native select read as a button with its chevron as "w", then the "View" menu
        text(988, 140, "Sort");
        widget(WidgetKind.BUTTON, Box.of(1021, 128, 1143, 162), "Newest first w");
        text(1033, 140, "Newest first w");
        widget(WidgetKind.SELECT, Box.of(1151, 128, 1256, 162), "View");
        text(1185, 140, "View");

        Grounding sort = locate("the Sort dropdown");

        assertThat(sort.requireBox()).as("%s", sort).isEqualTo(Box.of(1021, 128, 1143, 162));
    }

    @Test
    void anActionNamedByItsVerbWithOnlyALinkReadingTheRestIsNotFound() {
        widget(WidgetKind.LINK, Box.of(590, 20, 660, 38), "Preferences");
        text(592, 22, "Preferences");

        // "Save preferences" below the fold; the top bar's "Preferences" link is no save: not found, so the agent scrolls
        assertThat(locate("Save preferences").isFound()).isFalse();
        assertThat(locate("Preferences").requireBox()).isEqualTo(Box.of(590, 20, 660, 38));
        assertThat(locate("the Preferences link").requireBox()).isEqualTo(Box.of(590, 20, 660, 38));
    }

    @Test
    void theSecondMessagesCheckboxIsCountedBelowTheToolbarsSelectAllBox() {
        // the toolbar's box, half ticked after the first message was, among icons; each message's box beside its sender
        widgets.add(new Widget(WidgetKind.CHECKBOX, Box.of(258, 81, 272, 95), Widget.State.UNKNOWN, null, ""));
        widgets.add(new Widget(WidgetKind.ICON, Box.of(343, 79, 361, 97), Widget.State.UNKNOWN, IconKind.UNKNOWN, ""));
        String[] senders = {"Priya Raman", "SkyWays Airlines", "GitHub"};
        for (int i = 0; i < senders.length; i++) {
            int y = 174 + 77 * i;
            widgets.add(new Widget(WidgetKind.CHECKBOX, Box.of(258, y, 272, y + 14), i == 0 ? Widget.State.ON : Widget.State.OFF, null, ""));
            text(288, y, senders[i]);
        }

        Grounding second = locate("the checkbox on the second message in the list");

        assertThat(second.requireBox().top()).as("%s", second).isEqualTo(251);
    }

    @Test
    void theFirstRowsCheckboxIsNotTheSelectAllBoxInTheColumnHeadings() {
        widgets.add(new Widget(WidgetKind.CHECKBOX, Box.of(36, 411, 50, 425), Widget.State.OFF, null, ""));
        text(73, 411, "SHIPMENT");
        text(184, 411, "RECIPIENT");
        text(782, 411, "STATUS");
        String[] ids = {"SHP-10460", "SHP-10459", "SHP-10458"};
        for (int i = 0; i < ids.length; i++) {
            int y = 456 + 55 * i;
            widgets.add(new Widget(WidgetKind.CHECKBOX, Box.of(36, y, 50, y + 14), Widget.State.OFF, null, ""));
            text(73, y - 6, ids[i]);
            text(184, y - 6, "Lena Brooks");
        }

        Grounding first = locate("the checkbox of the first shipment in the table");
        Grounding firstBox = locate("the first checkbox");

        assertThat(first.requireBox().top()).as("%s", first).isEqualTo(456);
        assertThat(firstBox.requireBox().top()).as("an ordinal of checkboxes counts them all: %s", firstBox).isEqualTo(411);
    }

    @Test
    void theBoxConfirmingTheInformationIsTheOneWhoseCaptionConfirms() {
        widgets.add(new Widget(WidgetKind.CHECKBOX, Box.of(82, 520, 97, 535), Widget.State.OFF, null, ""));
        text(106, 521, "Send me a copy by email");
        widgets.add(new Widget(WidgetKind.CHECKBOX, Box.of(377, 660, 389, 672), Widget.State.OFF, null, ""));
        // OCR read only part of the caption's first line, and its last word on the second
        lines.add(new TextLine(Box.of(407, 651, 602, 660), "confirm that the information in this", 0.93,
                List.of(new Word(Box.of(407, 651, 602, 660), "confirm that the information in this", 0.93))));
        lines.add(new TextLine(Box.of(407, 671, 466, 680), "knowledge.", 0.95, List.of(new Word(Box.of(407, 671, 466, 680), "knowledge.", 0.95))));

        Grounding box = locate("the box confirming the information is true");
        Grounding confirmation = locate("the confirmation checkbox");

        assertThat(box.isUnique()).as("%s", box).isTrue();
        assertThat(box.requireBox().top()).isEqualTo(660);
        assertThat(confirmation.requireBox().top()).as("%s", confirmation).isEqualTo(660);
    }

    @Test
    void theConsentBoxIsTheOneWhoseCaptionAgrees() {
        widgets.add(new Widget(WidgetKind.CHECKBOX, Box.of(82, 520, 97, 535), Widget.State.ON, null, ""));
        text(106, 521, "Text me a reminder");
        widgets.add(new Widget(WidgetKind.CHECKBOX, Box.of(82, 557, 97, 572), Widget.State.OFF, null, ""));
        text(106, 558, "| agree to the privacy notice and understand the cancellation policy");

        Grounding consent = locate("the consent checkbox");

        assertThat(consent.isUnique()).as("%s", consent).isTrue();
        assertThat(consent.requireBox().top()).isEqualTo(557);
    }

    @Test
    void aColourSwatchIsTheMarkOfAPaletteFilledWithThatColour() {
        int[] fills = {0x26304F, 0x5D6E3F, 0xD8CBA8, 0xA9522B, 0x45474D}; // navy, olive, beige, rust, charcoal
        Screenshot shot = painted(java.awt.Color.WHITE, g -> {
            for (int i = 0; i < fills.length; i++) {
                g.setColor(new java.awt.Color(fills[i]));
                g.fillOval(727 + 48 * i, 360, 38, 38);
            }
            g.setColor(new java.awt.Color(0xB0, 0x6A, 0x3B)); // a cart's count badge, orange too
            g.fillOval(1221, 48, 18, 18);
        });
        for (int i = 0; i < fills.length; i++) {
            widgets.add(new Widget(WidgetKind.ICON, Box.of(726 + 48 * i, 359, 766 + 48 * i, 399), Widget.State.UNKNOWN,
                    IconKind.UNKNOWN, ""));
        }
        widgets.add(new Widget(WidgetKind.RADIO, Box.of(1221, 48, 1239, 66), Widget.State.ON, null, ""));
        Scene scene = new SceneBuilder().build(shot, lines, widgets);

        Grounding rust = resolver.resolve(scene, "the rust-orange colour swatch");
        Grounding green = resolver.resolve(scene, "the green swatch");

        assertThat(rust.isUnique()).as("%s", rust).isTrue();
        assertThat(rust.requireBox().left()).isEqualTo(726 + 48 * 3);
        assertThat(green.requireBox().left()).isEqualTo(726 + 48);
    }

    @Test
    void inAPanelNamedByItsTitleStillMeansBelowTheTitle() {
        // a cart drawer: "Your cart" over two line items, each with a trash icon at the far right
        text(862, 28, "Your cart (2 items)");
        text(952, 152, "Trail Canvas Tote");
        widgets.add(new Widget(WidgetKind.ICON, Box.of(1234, 210, 1249, 225), Widget.State.UNKNOWN, IconKind.TRASH, ""));
        text(952, 271, "Everyday Cotton Socks");
        widgets.add(new Widget(WidgetKind.ICON, Box.of(1234, 329, 1249, 344), Widget.State.UNKNOWN, IconKind.TRASH, ""));

        Grounding first = locate("the trash can icon on the first item in the cart");

        assertThat(first.isUnique()).as("%s", first).isTrue();
        assertThat(first.requireBox().top()).isEqualTo(210);
    }

    @Test
    void aLinkTakesTheNextWordsWrittenInItsColourButNotTheSentenceAroundIt() {
        Screenshot shot = painted(java.awt.Color.WHITE, g -> {
            g.setColor(new java.awt.Color(0x0F, 0x76, 0x6E)); // teal link ink over each linked word
            g.fillRect(1017, 71, 114, 12);
            g.fillRect(300, 200, 110, 12);
            g.setColor(new java.awt.Color(0x33, 0x33, 0x33)); // ordinary text
            g.fillRect(160, 200, 130, 12);
        });
        text(1017, 70, "Mark all as read");
        widget(WidgetKind.LINK, Box.of(1017, 71, 1084, 82), "");
        text(160, 199, "I agree to the Terms");
        widget(WidgetKind.LINK, Box.of(300, 200, 345, 212), "");
        Scene scene = new SceneBuilder().build(shot, lines, widgets);

        Grounding mark = resolver.resolve(scene, "\"Mark all as read\"");
        Grounding terms = resolver.resolve(scene, "the Terms link");

        assertThat(mark.evidence()).containsEntry("kind", "link");
        assertThat(mark.score()).isGreaterThan(0.9);
        assertThat(terms.requireBox().left()).isGreaterThanOrEqualTo(290); // "I agree to the" is not part of the link
    }

    @Test
    void theToolbarMayBeAListsOwnStripOfToolsBelowTheTopBar() {
        Screenshot shot = painted(java.awt.Color.WHITE, g -> {
            g.setColor(new java.awt.Color(0xF0, 0xF4, 0xF9)); // the page's top bar
            g.fillRect(0, 0, 1280, 64);
        });
        text(98, 24, "Postbox Mail");
        int[] xs = {302, 345, 379, 414, 445, 480};
        IconKind[] kinds = {IconKind.REFRESH, IconKind.ARCHIVE, IconKind.UNKNOWN, IconKind.TRASH, IconKind.MAIL, IconKind.UNKNOWN};
        for (int i = 0; i < xs.length; i++) {
            widgets.add(new Widget(WidgetKind.ICON, Box.of(xs[i], 80, xs[i] + 15, 96), Widget.State.UNKNOWN, kinds[i], ""));
        }
        widgets.add(new Widget(WidgetKind.ICON, Box.of(34, 391, 46, 407), Widget.State.UNKNOWN, IconKind.TRASH, "")); // the sidebar's
        text(66, 393, "Trash");
        Scene scene = new SceneBuilder().build(shot, lines, widgets);

        Grounding trash = resolver.resolve(scene, "the trash can icon in the toolbar");
        Grounding archive = resolver.resolve(scene, "the archive icon in the toolbar above the list");

        assertThat(trash.isUnique()).as("%s", trash).isTrue();
        assertThat(trash.requireBox().left()).isEqualTo(414);
        assertThat(archive.requireBox().left()).isEqualTo(345);
    }

    @Test
    void aNameInAListRowBesideItsCheckboxIsTheRowsTextNotTheBox() {
        // a message list: a checkbox at the start of each row, the row's sender, subject and snippet beside it
        widgets.add(new Widget(WidgetKind.CHECKBOX, Box.of(258, 405, 272, 419), Widget.State.OFF, null, ""));
        text(288, 400, "Marcus Chen");
        text(288, 418, "Lunch on Friday?");
        text(288, 436, "Are you free around 12:30? The new ramen place");

        Grounding g = locate("Marcus Chen");

        assertThat(g.evidence()).containsEntry("kind", "text");
        assertThat(locate("the checkbox next to Marcus Chen").requireBox().left()).isEqualTo(258);
    }

    @Test
    void aLongCaptionOnOneLineStillNamesItsCheckbox() {
        widgets.add(new Widget(WidgetKind.CHECKBOX, Box.of(274, 647, 285, 658), Widget.State.OFF, null, ""));
        text(294, 646, "Allow search engines to index my profile");

        Grounding g = locate("Allow search engines to index my profile");

        assertThat(g.isUnique()).as("%s", g).isTrue();
        assertThat(g.evidence()).containsEntry("kind", "checkbox");
    }

    @Test
    void aButtonIsFoundByItsCaption() {
        signInForm();
        Grounding g = locate("click the Sign in button");
        assertThat(g.isUnique()).isTrue();
        assertThat(g.requireBox()).isEqualTo(Box.of(500, 280, 800, 320));
        assertThat(g.evidence()).containsEntry("kind", "button");
    }

    @Test
    void aFieldIsFoundByTheLabelAboveIt() {
        signInForm();
        assertThat(locate("the Password field").requireBox()).isEqualTo(Box.of(500, 190, 800, 226));
        assertThat(locate("the Email input").requireBox()).isEqualTo(Box.of(500, 120, 800, 156));
    }

    @Test
    void aCheckboxIsFoundByItsCaptionAndReportsItsState() {
        signInForm();
        Grounding g = locate("the Remember me checkbox");
        assertThat(g.requireBox()).isEqualTo(Box.of(500, 240, 516, 256));
        assertThat(g.evidence()).containsEntry("state", "off");
    }

    @Test
    void textIsMatchedDespiteCaseAndPunctuation() {
        signInForm();
        Grounding g = locate("forgot your password");
        assertThat(g.isUnique()).isTrue();
        assertThat(g.requireBox().top()).isEqualTo(340);
    }

    @Test
    void anOcrSlipStillMatches() {
        text(100, 100, "Subscr1be now");
        assertThat(locate("Subscribe now").isFound()).isTrue();
    }

    @Test
    void aWordInsideALongLineIsPointedAtAlone() {
        text(20, 20, "Home Products Pricing Contact");
        Grounding g = locate("the Pricing link");
        Box b = g.requireBox();
        assertThat(g.evidence()).containsEntry("text", "Pricing");
        assertThat(b.width()).isLessThan(80);
    }

    @Test
    void twoIdenticalButtonsAreAmbiguousNotGuessed() {
        text(100, 100, "Ada Lovelace");
        widget(WidgetKind.BUTTON, Box.of(600, 95, 680, 125), "Delete");
        text(100, 150, "Alan Turing");
        widget(WidgetKind.BUTTON, Box.of(600, 145, 680, 175), "Delete");
        Grounding g = locate("the Delete button");
        assertThat(g.isAmbiguous()).isTrue();
        assertThat(g.alternatives()).isNotEmpty();
        assertThat(g.reason()).get().asString().contains("2 elements");
    }

    @Test
    void anOrdinalOrARowSettlesTheChoice() {
        text(100, 100, "Ada Lovelace");
        widget(WidgetKind.BUTTON, Box.of(600, 95, 680, 125), "Delete");
        text(100, 150, "Alan Turing");
        widget(WidgetKind.BUTTON, Box.of(600, 145, 680, 175), "Delete");
        assertThat(locate("the second Delete button").requireBox().top()).isEqualTo(145);
        assertThat(locate("the last Delete button").requireBox().top()).isEqualTo(145);
        assertThat(locate("the Delete button in the Ada Lovelace row").requireBox().top()).isEqualTo(95);
        assertThat(locate("Delete next to Alan Turing").requireBox().top()).isEqualTo(145);
        assertThat(locate("the Delete button in the second row").requireBox().top()).isEqualTo(145);
    }

    @Test
    void anOrdinalBeyondTheCountIsNotFound() {
        widget(WidgetKind.BUTTON, Box.of(600, 95, 680, 125), "Delete");
        Grounding g = locate("the third Delete button");
        assertThat(g.isFound()).isFalse();
        assertThat(g.reason()).get().asString().contains("only 1");
    }

    @Test
    void somethingNotOnTheScreenIsNotFoundWithNearestCandidates() {
        signInForm();
        Grounding g = locate("the Export to PDF button");
        assertThat(g.isFound()).isFalse();
        assertThat(g.reason()).get().asString().contains("export to pdf");
    }

    @Test
    void theOnlyTextFieldIsFoundByKindAlone() {
        text(100, 100, "Search");
        widget(WidgetKind.TEXT_FIELD, Box.of(100, 120, 400, 150), "");
        assertThat(locate("the text field").requireBox()).isEqualTo(Box.of(100, 120, 400, 150));
    }

    @Test
    void severalFieldsByKindAloneAreAmbiguousUnlessNumbered() {
        signInForm();
        assertThat(locate("the input").isAmbiguous()).isTrue();
        assertThat(locate("the 2nd input").requireBox()).isEqualTo(Box.of(500, 190, 800, 226));
    }

    @Test
    void iconsAreFoundByTheirNames() {
        widgets.add(new Widget(WidgetKind.ICON, Box.of(1200, 20, 1224, 44), Widget.State.UNKNOWN, IconKind.SETTINGS, ""));
        widgets.add(new Widget(WidgetKind.ICON, Box.of(1160, 20, 1184, 44), Widget.State.UNKNOWN, IconKind.SEARCH, ""));
        assertThat(locate("the gear icon").requireBox().left()).isEqualTo(1200);
        assertThat(locate("settings").requireBox().left()).isEqualTo(1200);
        assertThat(locate("the search icon").requireBox().left()).isEqualTo(1160);
    }

    @Test
    void aSendArrowReadAsAPlayTriangleIsStillTheSendButtonButAPlayQueryWantsNoSend() {
        widgets.add(new Widget(WidgetKind.BUTTON, Box.of(1200, 740, 1258, 780), Widget.State.UNKNOWN, IconKind.PLAY, ""));
        widgets.add(new Widget(WidgetKind.ICON, Box.of(300, 750, 316, 766), Widget.State.UNKNOWN, IconKind.ATTACH, ""));
        assertThat(locate("the send button").requireBox().left()).isEqualTo(1200);
        assertThat(locate("the paperclip icon").requireBox().left()).isEqualTo(300);
        widgets.clear();
        widgets.add(new Widget(WidgetKind.ICON, Box.of(1200, 740, 1224, 764), Widget.State.UNKNOWN, IconKind.SEND, ""));
        assertThat(locate("the play button").isFound()).isFalse();
    }

    @Test
    void aRelationPicksTheNearestOfSeveral() {
        text(100, 100, "Notifications");
        widgets.add(new Widget(WidgetKind.ICON, Box.of(300, 98, 316, 114), Widget.State.UNKNOWN, IconKind.CLOSE, ""));
        text(100, 300, "Messages");
        widgets.add(new Widget(WidgetKind.ICON, Box.of(300, 298, 316, 314), Widget.State.UNKNOWN, IconKind.CLOSE, ""));
        assertThat(locate("the close icon").isAmbiguous()).isTrue();
        assertThat(locate("the × next to Notifications").requireBox().top()).isEqualTo(98);
        assertThat(locate("the close icon below Notifications").requireBox().top()).isEqualTo(298);
    }

    @Test
    void kosmosTextIsRenderedForEveryAnswer() {
        signInForm();
        assertThat(locate("Sign in").kosmos2()).startsWith("<phrase>Sign in</phrase><object><patch_index_");
    }

    @Test
    void aTealButtonIsTheGreenOneOrTheBlueOneToATester() {
        Screenshot shot = painted(java.awt.Color.WHITE, g -> {
            g.setColor(new java.awt.Color(15, 118, 110)); // teal, hue 175
            g.fillRect(400, 100, 120, 40);
            g.setColor(new java.awt.Color(220, 40, 40));
            g.fillRect(100, 100, 120, 40);
        });
        widget(WidgetKind.BUTTON, Box.of(100, 100, 220, 140), "New contact");
        widget(WidgetKind.BUTTON, Box.of(400, 100, 520, 140), "New contact");
        Scene scene = new SceneBuilder().build(shot, lines, widgets);
        assertThat(resolver.resolve(scene, "the green New contact button").requireBox().left()).isEqualTo(400);
        assertThat(resolver.resolve(scene, "the blue New contact button").requireBox().left()).isEqualTo(400);
        assertThat(resolver.resolve(scene, "the teal New contact button").requireBox().left()).isEqualTo(400);
        assertThat(resolver.resolve(scene, "the red New contact button").requireBox().left()).isEqualTo(100);
    }

    @Test
    void theWordOnAFilledButtonIsTheButtonNotTheSameWordInTheDialogsTitle() {
        Screenshot shot = painted(java.awt.Color.WHITE, g -> {
            g.setColor(new java.awt.Color(15, 110, 90)); // the dialog's Save button, its frame not seen as a button
            g.fillRoundRect(775, 531, 63, 38, 8, 8);
        });
        text(443, 242, "Save"); // the title's first word, read apart from "this search"
        text(790, 545, "Save");
        Scene scene = new SceneBuilder().build(shot, lines, widgets);
        Grounding save = resolver.resolve(scene, "Save");
        assertThat(save.isAmbiguous()).as("%s", save).isFalse();
        assertThat(save.requireBox().left()).isBetween(775, 790);
    }

    @Test
    void theMinimumPriceDropdownIsTheOneReadingMinBesidePrice() {
        text(18, 144, "Price");
        widget(WidgetKind.SELECT, Box.of(66, 134, 168, 168), "No min");
        widget(WidgetKind.SELECT, Box.of(194, 134, 296, 168), "No max");
        text(330, 144, "Beds");
        Scene scene = new SceneBuilder().build(painted(java.awt.Color.WHITE, g -> {
            g.setColor(new java.awt.Color(0xd0d5dd)); // a filter bar: the selects' frames, a rule under the bar
            g.drawRoundRect(66, 134, 102, 34, 8, 8);
            g.drawRoundRect(194, 134, 102, 34, 8, 8);
            g.drawLine(0, 178, 1280, 178);
        }), lines, widgets);
        Grounding min = resolver.resolve(scene, "the minimum price dropdown next to Price");
        assertThat(min.requireBox()).as("%s", min).isEqualTo(Box.of(66, 134, 168, 168));
        assertThat(resolver.resolve(scene, "the maximum price dropdown").requireBox()).isEqualTo(Box.of(194, 134, 296, 168));
    }

    @Test
    void aColourPicksBetweenButtonsWithTheSameCaption() {
        Screenshot shot = painted(java.awt.Color.WHITE, g -> {
            g.setColor(new java.awt.Color(220, 40, 40));
            g.fillRect(100, 100, 120, 40);
            g.setColor(new java.awt.Color(30, 140, 60));
            g.fillRect(400, 100, 120, 40);
        });
        widget(WidgetKind.BUTTON, Box.of(100, 100, 220, 140), "Save");
        widget(WidgetKind.BUTTON, Box.of(400, 100, 520, 140), "Save");
        Scene scene = new SceneBuilder().build(shot, lines, widgets);
        assertThat(resolver.resolve(scene, "the Save button").isAmbiguous()).isTrue();
        assertThat(resolver.resolve(scene, "the green Save button").requireBox().left()).isEqualTo(400);
        assertThat(resolver.resolve(scene, "the red Save button").requireBox().left()).isEqualTo(100);
    }

    @Test
    void aVerbThatIsAlsoANounStaysTheKind() {
        text(100, 100, "Weekly digest");
        widgets.add(new Widget(WidgetKind.TOGGLE, Box.of(900, 98, 940, 118), Widget.State.OFF, null, ""));
        text(100, 200, "Dark mode");
        widgets.add(new Widget(WidgetKind.TOGGLE, Box.of(900, 198, 940, 218), Widget.State.ON, null, ""));
        Grounding g = locate("the toggle for Weekly digest");
        assertThat(g.requireBox().top()).isEqualTo(98);
        assertThat(g.evidence()).containsEntry("state", "off");
    }

    @Test
    void numbersMustMatchExactly() {
        text(100, 100, "Order #1042 deleted");
        text(100, 300, "#1045");
        widget(WidgetKind.BUTTON, Box.of(600, 295, 680, 325), "Delete");
        widget(WidgetKind.BUTTON, Box.of(600, 95, 680, 125), "Delete");
        assertThat(locate("Delete for order #1045").requireBox().top()).isEqualTo(295);
    }

    @Test
    void aWrappedCaptionAndAnIReadAsABarStillNameTheirCheckbox() {
        widgets.add(new Widget(WidgetKind.CHECKBOX, Box.of(100, 300, 116, 316), Widget.State.OFF, null, ""));
        text(124, 300, "| agree to the");
        text(124, 318, "Terms of Service");
        widgets.add(new Widget(WidgetKind.CHECKBOX, Box.of(100, 360, 116, 376), Widget.State.OFF, null, ""));
        text(124, 360, "Send me news");
        assertThat(locate("the Terms of Service checkbox").requireBox().top()).isEqualTo(300);
        assertThat(locate("the I agree checkbox").requireBox().top()).isEqualTo(300);
        assertThat(locate("the Send me news checkbox").requireBox().top()).isEqualTo(360);
    }

    @Test
    void anAnchorWrittenTwiceLetsTheRelationChooseBetweenThem() {
        text(100, 200, "Linen Tote");
        widget(WidgetKind.BUTTON, Box.of(100, 230, 280, 260), "Add to cart");
        text(400, 200, "Ceramic Mug");
        widget(WidgetKind.BUTTON, Box.of(400, 230, 580, 260), "Add to cart");
        text(1000, 100, "Linen Tote"); // the same words again, in a cart at the side
        assertThat(locate("the Add to cart button under Linen Tote").requireBox().left()).isEqualTo(100);
    }

    @Test
    void aSwitchSeenOnlyInPixelsReportsItsStateByItsColour() {
        Screenshot shot = painted(java.awt.Color.WHITE, g -> {
            g.setColor(new java.awt.Color(15, 118, 110)); // on: teal track
            g.fillRoundRect(900, 100, 40, 22, 22, 22);
            g.setColor(new java.awt.Color(203, 213, 225)); // off: grey track
            g.fillRoundRect(900, 200, 40, 22, 22, 22);
            g.setColor(java.awt.Color.WHITE);
            g.fillOval(921, 103, 16, 16);
            g.fillOval(903, 203, 16, 16);
        });
        text(100, 104, "Weekly digest");
        text(100, 204, "Dark mode");
        Scene scene = new SceneBuilder().build(shot, lines, widgets);
        Grounding on = resolver.resolve(scene, "the toggle for Weekly digest");
        assertThat(on.requireBox().top()).isBetween(95, 105);
        assertThat(on.evidence()).containsEntry("state", "on");
        assertThat(resolver.resolve(scene, "the Dark mode switch").evidence()).containsEntry("state", "off");
    }

    @Test
    void aNounAndItsOtherFormStillMatch() {
        text(100, 100, "How do I reset my password?");
        text(100, 160, "Can I get a refund?");
        text(100, 220, "How do I invite my team?");
        assertThat(locate("the question about refunds").requireBox().top()).isEqualTo(160);
        text(400, 400, "To confirm, type the name below");
        widget(WidgetKind.TEXT_FIELD, Box.of(400, 420, 800, 452), "");
        assertThat(locate("the confirmation input").requireBox().top()).isEqualTo(420);
    }

    @Test
    void theThirdQuestionIsCountedAmongLinesInkedAlikeNotTheGreyNoteBetweenThem() {
        int[] questions = {100, 160, 220, 280};
        Screenshot shot = painted(java.awt.Color.WHITE, g -> {
            g.setColor(new java.awt.Color(0x1d2939)); // the questions' dark ink
            for (int y : questions) {
                g.fillRect(100, y + 4, 200, 6);
            }
            g.setColor(new java.awt.Color(0x98a2b3)); // a grey note under the first answer, same left edge
            g.fillRect(100, 134, 150, 6);
        });
        text(100, 100, "How am I billed?");
        text(100, 130, "Was this helpful?");
        text(100, 160, "How do I reset my password?");
        text(100, 220, "Can I get a refund?");
        text(100, 280, "How do I delete my account?");
        Scene scene = new SceneBuilder().build(shot, lines, widgets);
        Grounding third = resolver.resolve(scene, "the third question");
        assertThat(third.requireBox().top()).as("%s", third).isEqualTo(220);
        assertThat(third.evidence()).containsEntry("kind", "list item");
    }

    @Test
    void theSecondSongIsCountedInTheListHeadedBySongsNotALongerListBeside() {
        String[] library = {"Liked Songs", "Deep Focus", "Morning Commute", "Road Trip Mix", "Sunday Jazz", "Discover Weekly"};
        for (int i = 0; i < library.length; i++) {
            text(40, 100 + 50 * i, library[i]);
        }
        text(400, 60, "Songs");
        text(500, 60, "Albums");
        text(420, 150, "Glass Harbor");
        text(420, 200, "Harborline");
        text(420, 250, "Harbor Lights");
        Grounding second = locate("the second song in the list");
        assertThat(second.requireBox().top()).as("%s", second).isEqualTo(200);
        assertThat(second.evidence().get("list")).contains("headed by");
    }

    @Test
    void theFirstCardInTheSecondRowIsCountedInTheGridNotDownTheFirstColumnsLines() {
        String[][] homes = {{"$615,000", "2118 SE Clinton St"}, {"$749,000", "4407 NE Fremont St"}, {"$439,900", "1220 NW Marshall St"},
                {"$389,000", "7331 N Interstate Ave"}, {"$925,000", "3650 SW Hamilton St"}, {"$529,000", "5812 SE Woodstock Blvd"}};
        for (int i = 0; i < homes.length; i++) {
            int x = 32 + 258 * (i % 3);
            int y = 400 + 267 * (i / 3);
            text(x, y, homes[i][0]);
            text(x, y + 40, homes[i][1]);
            text(x, y + 60, "BRIDGE CITY REALTY");
        }
        Grounding first = locate("the first card in the second row");
        assertThat(first.requireBox().top()).as("%s", first).isEqualTo(667);
        assertThat(first.requireBox().left()).isEqualTo(32);
        assertThat(locate("the last card in the first row").requireBox().left()).isEqualTo(548);
        assertThat(locate("the fourth card in the second row").isFound()).isFalse();
    }

    @Test
    void anEllipsisReadOverTheEndOfACutOffLineIsNoMoreActionsMenu() {
        // a pipelines row: its commit cut off ("Fix contrast on secondary…"), OCR reading the dots as a word of their own at
        // the line's height and overlapping it; the row's ⋮ at its end
        text(381, 540, "#1280");
        lines.add(new TextLine(Box.of(638, 540, 811, 553), "Fix contrast on secondary .", 0.9,
                List.of(new Word(Box.of(638, 540, 811, 553), "Fix contrast on secondary .", 0.9))));
        lines.add(new TextLine(Box.of(808, 541, 822, 556), "...", 0.6, List.of(new Word(Box.of(808, 541, 822, 556), "...", 0.6))));
        widgets.add(new Widget(WidgetKind.ICON, Box.of(1228, 548, 1232, 560), Widget.State.UNKNOWN, IconKind.MORE, ""));
        widgets.add(new Widget(WidgetKind.ICON, Box.of(1228, 502, 1232, 514), Widget.State.UNKNOWN, IconKind.MORE, ""));
        text(381, 494, "#1281");

        Grounding menu = locate("the three-dot menu at the end of the row for pipeline #1280");

        assertThat(menu.requireBox().left()).as("%s", menu).isEqualTo(1228);
    }

    @Test
    void theListingAtAnAddressIsWhereTheAddressIsWritten() {
        text(32, 453, "2118 SE Clinton St, Portland, OR");
        text(291, 453, "4407 NE Fremont St, Portland, OR");
        Grounding listing = locate("the listing at 2118 SE Clinton St");
        assertThat(listing.requireBox().left()).as("%s", listing).isEqualTo(32);
        assertThat(locate("the home called 4407 NE Fremont St").requireBox().left()).isEqualTo(291);
    }

    @Test
    void aListIsHeadedByItsCountNotByAButtonToMakeANewOne() {
        text(1000, 20, "New ticket"); // a button over the side panel's captions
        String[] captions = {"Company", "Plan", "Local time", "Assignee", "Priority", "Type"};
        for (int i = 0; i < captions.length; i++) {
            text(1027, 160 + 22 * i, captions[i]);
        }
        widget(WidgetKind.CHECKBOX, Box.of(72, 200, 88, 216), ""); // select all, labelled with the count
        text(98, 202, "4 tickets");
        String[][] tickets = {{"Marta Kowalski", "Charged twice"}, {"Daniel Okafor", "Cannot reset my password"},
                {"Tomas Herrera", "How do I add a teammate?"}, {"Grace Liu", "Dark mode is unreadable"}};
        for (int i = 0; i < tickets.length; i++) {
            text(100, 240 + 86 * i, tickets[i][0]);
            text(100, 262 + 86 * i, tickets[i][1]);
        }
        Grounding third = locate("the third ticket in the list");
        assertThat(third.requireBox().top()).as("%s", third.evidence()).isEqualTo(412);
    }

    @Test
    void aTicketWrittenOnTwoLinesCountsOnceInTheList() {
        text(100, 60, "4 tickets");
        String[][] tickets = {{"Marta Kowalski", "Charged twice"}, {"Daniel Okafor", "Cannot reset my password"},
                {"Tomas Herrera", "How do I add a teammate?"}, {"Grace Liu", "Dark mode is unreadable"}};
        for (int i = 0; i < tickets.length; i++) {
            text(100, 100 + 80 * i, tickets[i][0]);
            text(100, 122 + 80 * i, tickets[i][1]);
        }
        Grounding third = locate("the third ticket in the list");
        assertThat(third.requireBox().top()).as("%s", third.evidence()).isEqualTo(260);
        assertThat(locate("the last ticket").requireBox().top()).isEqualTo(340);
    }

    @Test
    void theLastQuestionIsTheLastInItsCardNotALineInTheBoxBelow() {
        int[] questions = {100, 160, 220};
        Screenshot shot = painted(new java.awt.Color(0xf9fafb), g -> {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(80, 80, 800, 180);
            g.fillRect(80, 290, 800, 60);
            g.setColor(new java.awt.Color(0xeaecf0)); // faint card borders
            g.drawRect(80, 80, 800, 180);
            g.drawRect(80, 290, 800, 60);
            g.setColor(new java.awt.Color(0x1d2939));
            for (int y : questions) {
                g.fillRect(100, y + 4, 200, 6);
            }
            g.fillRect(100, 314, 150, 6); // "Still have questions?", as dark, in the box below
        });
        text(100, 100, "How am I billed?");
        text(100, 160, "Can I get a refund?");
        text(100, 220, "How do I delete my account?");
        text(100, 310, "Still have questions?");
        Scene scene = new SceneBuilder().build(shot, lines, widgets);
        Grounding last = resolver.resolve(scene, "the last question");
        assertThat(last.requireBox().top()).as("%s", last).isEqualTo(220);
    }

    @Test
    void aDirectionUsedLooselyStillFindsTheOnlyMatchBesideTheAnchor() {
        text(100, 300, "Was this helpful?");
        widget(WidgetKind.BUTTON, Box.of(260, 296, 300, 320), "Yes");
        widget(WidgetKind.BUTTON, Box.of(310, 296, 350, 320), "No");
        widget(WidgetKind.BUTTON, Box.of(900, 700, 940, 724), "Yes");
        text(100, 680, "Did this answer your question?");
        Grounding g = locate("the Yes button under 'Was this helpful?'");
        assertThat(g.requireBox().left()).isEqualTo(260);
        assertThat(g.evidence().get("relation")).contains("below");
        assertThat(locate("the Maybe button under 'Was this helpful?'").isFound()).isFalse();
    }

    @Test
    void aDialogHighOnTheScreenStillOutranksThePageBehindIt() {
        Screenshot shot = painted(new java.awt.Color(150, 152, 156), g -> { // a dimmed page
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(400, 120, 480, 270); // the dialog lies above the frame's centre
        });
        widget(WidgetKind.BUTTON, Box.of(720, 346, 864, 378), "Delete this project");
        text(207, 537, "Delete this project");
        Scene scene = new SceneBuilder().build(shot, lines, widgets);
        Grounding found = resolver.resolve(scene, "Delete this project");
        assertThat(found.isAmbiguous()).isFalse();
        assertThat(found.requireBox().left()).isEqualTo(720);
        assertThat(scene.regions().find(Query.Region.DIALOG)).contains(Box.of(400, 120, 880, 390));
    }

    @Test
    void aDialogWithATintedNoticeAcrossItsMiddleStillHoldsTheButtonsAtItsFoot() {
        Screenshot shot = painted(new java.awt.Color(120, 124, 131), g -> { // the page, dimmed
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(380, 183, 520, 434); // the dialog
            g.setColor(new java.awt.Color(255, 248, 225));
            g.fillRect(398, 271, 484, 56); // a notice across its middle, inside its margins
            g.setColor(new java.awt.Color(229, 231, 235));
            g.fillRect(398, 340, 484, 200); // its options, drawn as one grey block
            g.setColor(new java.awt.Color(220, 38, 38));
            g.fillRect(751, 567, 131, 34); // the red button at its foot
        });
        text(398, 204, "Cancel your booking?");
        widget(WidgetKind.BUTTON, Box.of(751, 567, 882, 601), "Cancel booking");
        text(766, 578, "Cancel booking");
        Scene scene = new SceneBuilder().build(shot, lines, widgets);

        Grounding button = resolver.resolve(scene, "Cancel booking");

        assertThat(scene.regions().find(Query.Region.DIALOG).orElseThrow().contains(Box.of(751, 567, 882, 601))).isTrue();
        assertThat(button.requireBox()).as("%s", button).isEqualTo(Box.of(751, 567, 882, 601));
    }

    /** A dialog over a dimmed page: table choices (the picked one tinted blue), then Cancel and a blue "Seat at T9". */
    private Screenshot seatDialog(java.awt.Color action) {
        Screenshot shot = painted(new java.awt.Color(120, 124, 131), g -> {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(410, 36, 460, 447);
            g.setColor(new java.awt.Color(239, 246, 255));
            g.fillRect(716, 291, 136, 46); // the picked table, tinted
            g.setColor(new java.awt.Color(209, 213, 219));
            g.drawRect(669, 441, 73, 29); // Cancel, outlined
            g.setColor(action);
            g.fillRect(751, 441, 101, 29);
        });
        text(428, 58, "Seat party");
        widget(WidgetKind.BUTTON, Box.of(572, 291, 708, 337), "T8 Suggested 4 seats");
        widget(WidgetKind.BUTTON, Box.of(716, 291, 852, 337), "T9 4 seats");
        widget(WidgetKind.BUTTON, Box.of(669, 441, 742, 470), "Cancel");
        widget(WidgetKind.BUTTON, Box.of(751, 441, 852, 470), "Seat at T9");
        text(1029, 360, "Confirmed"); // a reservation's status on the page behind
        return shot;
    }

    @Test
    void theConfirmButtonOfADialogWhoseButtonsSayWhatTheyDoIsItsPrimaryButton() {
        Scene scene = new SceneBuilder().build(seatDialog(new java.awt.Color(29, 78, 216)), lines, widgets);

        Grounding confirm = resolver.resolve(scene, "the Confirm button in the dialog");

        assertThat(confirm.isUnique()).as("%s", confirm).isTrue();
        assertThat(confirm.requireBox()).isEqualTo(Box.of(751, 441, 852, 470));
        assertThat(confirm.evidence().get("reading")).contains("primary");
        assertThat(resolver.resolve(scene, "the OK button").requireBox()).isEqualTo(Box.of(751, 441, 852, 470));
        assertThat(resolver.resolve(scene, "the Confirm button").requireBox()).isEqualTo(Box.of(751, 441, 852, 470));
    }

    @Test
    void noPrimaryButtonStandsInForConfirmWithoutADialogOrWhenTheFooterDoesNotSettleIt() {
        widget(WidgetKind.BUTTON, Box.of(500, 400, 600, 430), "Seat at T9");
        Scene page = new SceneBuilder().build(painted(java.awt.Color.WHITE, g -> { }), lines, widgets);
        assertThat(resolver.resolve(page, "the Confirm button").isFound()).isFalse();

        lines.clear();
        widgets.clear();
        Screenshot shot = seatDialog(java.awt.Color.WHITE); // no button filled: two that do not dismiss it
        widget(WidgetKind.BUTTON, Box.of(560, 441, 660, 470), "Seat later");
        Scene unsettled = new SceneBuilder().build(shot, lines, widgets);
        Grounding guess = resolver.resolve(unsettled, "the Confirm button in the dialog");
        assertThat(guess.isFound()).as("%s", guess).isFalse();
    }

    @Test
    void anErrorMessageIsTheRedTextWhateverItSays() {
        Screenshot shot = painted(java.awt.Color.WHITE, g -> {
            g.setColor(new java.awt.Color(200, 30, 30));
            g.fillRect(500, 162, 200, 10); // the red ink of "Enter a valid email address"
            g.setColor(new java.awt.Color(40, 40, 40));
            g.fillRect(500, 102, 60, 10);
        });
        text(500, 100, "Email");
        widget(WidgetKind.TEXT_FIELD, Box.of(500, 120, 800, 156), "");
        text(500, 160, "Enter a valid email address");
        text(500, 200, "Password");
        Scene scene = new SceneBuilder().build(shot, lines, widgets);
        assertThat(resolver.resolve(scene, "the error message under the Email field").requireBox().top()).isEqualTo(160);
    }

    @Test
    void aSectionRunsFromItsHeadingToTheNextOneOfItsLevel() {
        text(24, 120, "Profile");
        text(24, 154, "Privacy"); // the side menu names the sections too
        text(24, 188, "Billing");
        text(270, 100, "Profile");
        widget(WidgetKind.BUTTON, Box.of(965, 245, 1031, 277), "Save");
        text(270, 600, "Privacy");
        widget(WidgetKind.BUTTON, Box.of(965, 695, 1031, 727), "Save");
        assertThat(locate("the Save button").isAmbiguous()).isTrue();
        assertThat(locate("the Save button in the Privacy section").requireBox().top()).isEqualTo(695);
    }

    @Test
    void anIconNamedByItsMeaningIsFoundBesideTheRowItActsOn() {
        text(415, 321, "Water the plants");
        widgets.add(new Widget(WidgetKind.ICON, Box.of(883, 323, 895, 336), Widget.State.UNKNOWN, IconKind.CLOSE, ""));
        text(415, 379, "Book train tickets");
        widgets.add(new Widget(WidgetKind.ICON, Box.of(883, 381, 895, 394), Widget.State.UNKNOWN, IconKind.CLOSE, ""));
        assertThat(locate("the Delete button next to Water the plants").requireBox().top()).isEqualTo(323);
    }

    @Test
    void aLinkInsideACaptionIsPartOfTheCheckboxLabel() {
        widgets.add(new Widget(WidgetKind.CHECKBOX, Box.of(393, 591, 409, 607), Widget.State.OFF, null, ""));
        List<Word> words = List.of(new Word(Box.of(421, 593, 430, 607), "I", 0.9), new Word(Box.of(434, 593, 475, 607), "agree", 0.9),
                new Word(Box.of(479, 593, 492, 607), "to", 0.9), new Word(Box.of(496, 593, 514, 607), "the", 0.9),
                new Word(Box.of(519, 593, 545, 607), "Terms", 0.9), new Word(Box.of(549, 593, 562, 607), "of", 0.9),
                new Word(Box.of(566, 593, 634, 607), "Service", 0.9));
        lines.add(new TextLine(Box.of(421, 593, 634, 607), "I agree to the Terms of Service", 0.9, words));
        widget(WidgetKind.LINK, Box.of(519, 593, 634, 607), "Terms of Service");
        assertThat(locate("the Terms of Service checkbox").requireBox().left()).isEqualTo(393);
    }

    @Test
    void aWordReadOnTheScreenBeatsAnIconNamedOnlyByWhatItDoes() {
        widgets.add(new Widget(WidgetKind.ICON, Box.of(1097, 545, 1131, 577), Widget.State.UNKNOWN, IconKind.CHEVRON_RIGHT, "1"));
        widget(WidgetKind.LINK, Box.of(1208, 555, 1237, 567), "Next");
        assertThat(locate("the Next button").requireBox().left()).isEqualTo(1208);
    }

    @Test
    void aCrossOnATabIsTheOneBesideTheTabsWordsNotTheWindowsCross() {
        widgets.add(new Widget(WidgetKind.ICON, Box.of(1251, 15, 1260, 25), Widget.State.UNKNOWN, IconKind.CLOSE, "x"));
        text(234, 95, "notes.md");
        widgets.add(new Widget(WidgetKind.ICON, Box.of(309, 98, 317, 106), Widget.State.UNKNOWN, IconKind.CLOSE, "x"));
        assertThat(locate("the × on the notes.md tab").requireBox().left()).isEqualTo(309);
    }

    @Test
    void anOrdinalItemOwningTheTargetCountsTheTargets() {
        for (int i = 0; i < 4; i++) {
            text(40 + 240 * i, 220, "Product " + (char) ('A' + i));
            widget(WidgetKind.BUTTON, Box.of(32 + 240 * i, 255, 224 + 240 * i, 285), "Add to cart");
        }
        assertThat(locate("the third product's Add to cart button").requireBox().left()).isEqualTo(512);
        assertThat(locate("the Add to cart button on the second product").requireBox().left()).isEqualTo(272);
    }

    @Test
    void anIconExplainingOnlyHalfTheWordsIsNoMatchButDrawingWordsDoNotCount() {
        widgets.add(new Widget(WidgetKind.ICON, Box.of(1200, 10, 1230, 40), Widget.State.UNKNOWN, IconKind.USER, ""));
        widgets.add(new Widget(WidgetKind.ICON, Box.of(600, 700, 640, 740), Widget.State.UNKNOWN, IconKind.PLAY, ""));
        text(100, 100, "x"); // a banner's close cross read as a letter
        assertThat(locate("the Delete account button").isFound()).isFalse();
        assertThat(locate("the account button").requireBox().left()).isEqualTo(1200);
        assertThat(locate("the big play button").requireBox().left()).isEqualTo(600);
    }

    @Test
    void aCaptionEndingInAKindWordIsStillACaption() {
        widget(WidgetKind.BUTTON, Box.of(1058, 316, 1103, 334), "Reset");
        widget(WidgetKind.BUTTON, Box.of(1181, 316, 1269, 334), "Generate label");
        assertThat(locate("Generate label").requireBox().left()).isEqualTo(1181);
        assertThat(locate("click Generate label").requireBox().left()).isEqualTo(1181);
    }

    @Test
    void aSectionEndsWhereTheNextHeadingOnItsLineBegins() {
        text(19, 56, "SENDER");
        text(658, 56, "RECIPIENT");
        text(60, 166, "Phone");
        widget(WidgetKind.TEXT_FIELD, Box.of(110, 164, 623, 180), "");
        text(700, 166, "Phone");
        widget(WidgetKind.TEXT_FIELD, Box.of(749, 164, 1262, 180), "");
        assertThat(locate("the Phone field in the Sender section").requireBox().left()).isEqualTo(110);
    }

    @Test
    void aButtonsWrittenWordBeatsAnIconThatMayDoTheSame() {
        widgets.add(new Widget(WidgetKind.ICON, Box.of(1230, 20, 1247, 39), Widget.State.UNKNOWN, IconKind.CART, ""));
        text(1083, 285, "Checkout");
        assertThat(locate("the Checkout button").requireBox().left()).isEqualTo(1083);
        assertThat(locate("the cart icon").requireBox().left()).isEqualTo(1230);
    }

    @Test
    void somethingOnACardIsInsideTheCardThatHoldsTheAnchor() {
        Screenshot shot = painted(java.awt.Color.WHITE, g -> {
            g.setColor(new java.awt.Color(0xE5E7EB));
            g.drawRect(484, 74, 214, 222); // two cards side by side, each with its name under a picture
            g.drawRect(716, 74, 214, 222);
        });
        widgets.add(new Widget(WidgetKind.ICON, Box.of(656, 83, 690, 117), Widget.State.UNKNOWN, IconKind.HEART, ""));
        widgets.add(new Widget(WidgetKind.ICON, Box.of(887, 83, 921, 117), Widget.State.UNKNOWN, IconKind.HEART, ""));
        text(494, 213, "Soy Candle");
        text(726, 213, "Olive Tree");
        Scene scene = new SceneBuilder().build(shot, lines, widgets);
        assertThat(resolver.resolve(scene, "the heart icon on the Olive Tree card").requireBox().left()).isEqualTo(887);
        assertThat(resolver.resolve(scene, "the heart on the Soy Candle card").requireBox().left()).isEqualTo(656);
    }

    @Test
    void aFieldNamedByTheWordsOfItsOwnLabelIsFoundBelowThem() {
        text(416, 249, "To confirm, type apollo below");
        widget(WidgetKind.TEXT_FIELD, Box.of(417, 270, 863, 302), "");
        assertThat(locate("the field below To confirm").requireBox().top()).isEqualTo(270);
    }

    @Test
    void theFieldRightOfAnotherIsNotTheOneUnderItsLabel() {
        text(393, 230, "First name");
        widget(WidgetKind.TEXT_FIELD, Box.of(393, 251, 631, 293), "");
        text(651, 230, "Last name");
        widget(WidgetKind.TEXT_FIELD, Box.of(651, 251, 889, 293), "");
        assertThat(locate("the field to the right of First name").requireBox().left()).isEqualTo(651);
    }

    @Test
    void theOnlyFieldIsTakenForANameSharingAWordWithItsLabelAndSaysSo() {
        Box heading = Box.of(546, 37, 733, 92); // a large heading centred over the field
        lines.add(new TextLine(heading, "todos", 0.95, List.of(new Word(heading, "todos", 0.95))));
        widget(WidgetKind.TEXT_FIELD, Box.of(401, 124, 915, 184), "What needs to be done?");
        Grounding g = locate("the new todo field");
        assertThat(g.requireBox().left()).isEqualTo(401);
        assertThat(g.evidence()).containsKey("only");
        assertThat(locate("the Phone field").isFound()).isFalse();
    }

    /** An invoice's line items: a row number, then an item, a quantity and a unit price, each an input under its header. */
    private void lineItems() {
        text(84, 516, "ITEM");
        text(364, 516, "QTY");
        text(434, 516, "UNIT PRICE");
        String[][] rows = {{"Discovery workshop", "1", "1200.00"}, {"UI design", "24", "85.00"}, {"Stock photo license", "3", "49.50"}};
        for (int i = 0; i < rows.length; i++) {
            int y = 549 + 51 * i;
            text(55, y + 9, String.valueOf(i + 1));
            widget(WidgetKind.TEXT_FIELD, Box.of(84, y, 304, y + 32), rows[i][0]);
            widget(WidgetKind.TEXT_FIELD, Box.of(322, y, 390, y + 32), rows[i][1]);
            widget(WidgetKind.TEXT_FIELD, Box.of(408, y, 510, y + 32), rows[i][2]);
        }
    }

    @Test
    void aCellOfAColumnOfFieldsIsNamedByTheColumnsHeaderNotByTheRowsNumber() {
        lineItems();
        assertThat(locate("the quantity in the second row").requireBox()).isEqualTo(Box.of(322, 600, 390, 632));
        assertThat(locate("the unit price in the third row").requireBox()).isEqualTo(Box.of(408, 651, 510, 683));
        assertThat(locate("the QTY field of the first row").requireBox()).isEqualTo(Box.of(322, 549, 390, 581));
        assertThat(locate("the item field in the third row").requireBox()).isEqualTo(Box.of(84, 651, 304, 683));
    }

    @Test
    void aFieldKeepsItsCaptionAcrossTheButtonsBetweenThem() {
        // a discount: its caption, a % / $ switch, then the amount
        text(513, 752, "Discount");
        widget(WidgetKind.BUTTON, Box.of(605, 745, 634, 773), "%");
        widget(WidgetKind.BUTTON, Box.of(635, 745, 664, 773), "$");
        widget(WidgetKind.TEXT_FIELD, Box.of(673, 745, 757, 773), "0");
        assertThat(locate("the discount field").requireBox()).isEqualTo(Box.of(673, 745, 757, 773));
    }

    @Test
    void aNameFollowedByAWordForWhatItIsNamesTheControlWithThatName() {
        // a supplier form's categories: checkboxes captioned by category names under "Supplies categories"
        text(400, 384, "Supplies categories");
        widgets.add(new Widget(WidgetKind.CHECKBOX, Box.of(401, 404, 415, 418), Widget.State.OFF, null, ""));
        text(423, 404, "Fasteners");
        widgets.add(new Widget(WidgetKind.CHECKBOX, Box.of(401, 434, 415, 448), Widget.State.OFF, null, ""));
        text(423, 434, "Electrical");
        Grounding g = locate("the Fasteners category");
        assertThat(g.requireBox()).isEqualTo(Box.of(401, 404, 415, 418));
        assertThat(locate("the Nails category").isFound()).isFalse();
    }

    @Test
    void aCaptionBetweenABarAndASliderNamesTheNearerOne() {
        // a password generator: the strength bar, "Length" 28 px under it, and the length slider 14 px under that
        widget(WidgetKind.PROGRESS, Box.of(963, 253, 1193, 258), "");
        text(961, 281, "Length");
        widget(WidgetKind.SLIDER, Box.of(963, 310, 1166, 326), "");
        assertThat(locate("the length").requireBox()).isEqualTo(Box.of(963, 310, 1166, 326));
    }

    @Test
    void anAddInADaysSlotIsTheOneInThatRowUnderThatDay() {
        // a meal planner's week: days across, meals down, "+ Add" in every empty cell
        String[] days = {"MON", "TUE", "WED"};
        String[] meals = {"Breakfast", "Lunch", "Dinner"};
        for (int d = 0; d < days.length; d++) {
            text(160 + 110 * d, 160, days[d]);
        }
        for (int m = 0; m < meals.length; m++) {
            int y = 200 + 90 * m;
            text(40, y + 30, meals[m]);
            for (int d = 0; d < days.length; d++) {
                widget(WidgetKind.BUTTON, Box.of(150 + 110 * d, y + 20, 240 + 110 * d, y + 50), "+ Add");
                text(165 + 110 * d, y + 28, "+ Add");
            }
        }
        assertThat(locate("Add in Monday's dinner slot").requireBox()).isEqualTo(Box.of(150, 400, 240, 430));
        assertThat(locate("the Add button in Tuesday's lunch slot").requireBox()).isEqualTo(Box.of(260, 310, 350, 340));
    }

    @Test
    void aTopBarsMenuItemIsNoLabelOfABadgeFarAlongTheBar() {
        text(274, 20, "Vault");
        text(360, 20, "Reports");
        text(472, 20, "Settings");
        widget(WidgetKind.TEXT_FIELD, Box.of(797, 16, 1002, 40), "Premium member"); // an outlined badge taken for a field
        text(807, 21, "Premium member");

        assertThat(locate("Settings").requireBox()).isEqualTo(Box.of(472, 20, 544, 34));
    }

    @Test
    void aSettingsRowsCaptionStillNamesTheFieldAtTheRowsEnd() {
        text(300, 200, "Session timeout");
        widget(WidgetKind.SELECT, Box.of(760, 192, 900, 226), "15 minutes");
        text(772, 202, "15 minutes");

        assertThat(locate("the Session timeout dropdown").requireBox()).isEqualTo(Box.of(760, 192, 900, 226));
    }

    @Test
    void aRowOfTwoLinesHasItsControlsCentredOnBoth() {
        String[][] rows = {{"Amazon", "maria@mailbox.com"}, {"AWS Console", "m.lopez@acme.io"}, {"Chase Bank", "mlopez84"}};
        for (int i = 0; i < rows.length; i++) {
            int y = 193 + 55 * i;
            text(365, y, rows[i][0]);
            text(365, y + 20, rows[i][1]);
            widgets.add(new Widget(WidgetKind.ICON, Box.of(899, y + 11, 903, y + 25), Widget.State.UNKNOWN, IconKind.MORE, ""));
        }

        assertThat(locate("the ⋮ of the AWS Console row").requireBox()).isEqualTo(Box.of(899, 259, 903, 273));
        assertThat(locate("the more icon in the Chase Bank row").requireBox()).isEqualTo(Box.of(899, 314, 903, 328));
        assertThat(locate("the three-dot menu for Chase Bank").requireBox()).isEqualTo(Box.of(899, 314, 903, 328));
    }

    @Test
    void aSettingNamedWithAGenericNounAfterItFindsTheControlCaptionedWithoutIt() {
        text(928, 678, "PAYMENT");
        widget(WidgetKind.SELECT, Box.of(928, 704, 1228, 738), "HSA card 4821");
        text(928, 600, "DELIVERY");
        widget(WidgetKind.SELECT, Box.of(928, 626, 1228, 660), "Home delivery");

        assertThat(locate("the payment method").requireBox()).isEqualTo(Box.of(928, 704, 1228, 738));
        assertThat(locate("the delivery option").requireBox()).isEqualTo(Box.of(928, 626, 1228, 660));
    }

    @Test
    void anAccountNamedByItsCaptionIsTheDropdownCaptionedSoNotTheWordElsewhere() {
        text(901, 117, "From");
        widget(WidgetKind.SELECT, Box.of(901, 135, 1239, 171), "Checking ••4821 — $4,218.36");
        text(913, 147, "Checking ••4821 — $4,218.36");
        text(901, 184, "To");
        widget(WidgetKind.SELECT, Box.of(901, 202, 1239, 238), "Select account or payee");
        text(913, 214, "Select account or payee");

        Grounding from = locate("the From account");

        assertThat(from.isUnique()).as("%s %s", from, from.alternatives()).isTrue();
        assertThat(from.requireBox()).isEqualTo(Box.of(901, 135, 1239, 171));
    }

    @Test
    void theTopOfThePageIsAPlaceOnTheScreenNotThePageAsAWhole() {
        widget(WidgetKind.SELECT, Box.of(794, 107, 1034, 151), "Dana Whitfield");
        widget(WidgetKind.SELECT, Box.of(928, 704, 1228, 738), "HSA card 4821");

        assertThat(locate("the dropdown at the top of the page").requireBox()).isEqualTo(Box.of(794, 107, 1034, 151));
        assertThat(locate("the dropdown at the bottom of the screen").requireBox()).isEqualTo(Box.of(928, 704, 1228, 738));
        assertThat(locate("the selector at the top of the page").requireBox()).isEqualTo(Box.of(794, 107, 1034, 151));
    }

    @Test
    void theInviteButtonIsTheOneThatSaysInviteNotARowsInvitedBadge() {
        widget(WidgetKind.BUTTON, Box.of(1122, 84, 1252, 122), "+ Invite user");
        text(1140, 96, "+ Invite user");
        for (int i = 0; i < 2; i++) {
            int y = 370 + 156 * i;
            text(300, y, "Jane Cooper");
            widget(WidgetKind.BUTTON, Box.of(917, y, 989, y + 20), "Invited");
            text(925, y + 3, "Invited");
        }

        Grounding invite = locate("the invite button");

        assertThat(invite.isUnique()).as("%s %s", invite, invite.reason()).isTrue();
        assertThat(invite.requireBox()).isEqualTo(Box.of(1122, 84, 1252, 122));
    }
}
