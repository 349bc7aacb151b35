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
    void aColourPicksBetweenButtonsWithTheSameCaption() {
        BufferedImage img = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 1280, 800);
        g.setColor(new java.awt.Color(220, 40, 40));
        g.fillRect(100, 100, 120, 40);
        g.setColor(new java.awt.Color(30, 140, 60));
        g.fillRect(400, 100, 120, 40);
        g.dispose();
        widget(WidgetKind.BUTTON, Box.of(100, 100, 220, 140), "Save");
        widget(WidgetKind.BUTTON, Box.of(400, 100, 520, 140), "Save");
        Scene scene = new SceneBuilder().build(Screenshot.of(img), lines, widgets);
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
        BufferedImage img = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 1280, 800);
        g.setColor(new java.awt.Color(15, 118, 110)); // on: teal track
        g.fillRoundRect(900, 100, 40, 22, 22, 22);
        g.setColor(new java.awt.Color(203, 213, 225)); // off: grey track
        g.fillRoundRect(900, 200, 40, 22, 22, 22);
        g.setColor(java.awt.Color.WHITE);
        g.fillOval(921, 103, 16, 16);
        g.fillOval(903, 203, 16, 16);
        g.dispose();
        text(100, 104, "Weekly digest");
        text(100, 204, "Dark mode");
        Scene scene = new SceneBuilder().build(Screenshot.of(img), lines, widgets);
        Grounding on = resolver.resolve(scene, "the toggle for Weekly digest");
        assertThat(on.requireBox().top()).isBetween(95, 105);
        assertThat(on.evidence()).containsEntry("state", "on");
        assertThat(resolver.resolve(scene, "the Dark mode switch").evidence()).containsEntry("state", "off");
    }
}
