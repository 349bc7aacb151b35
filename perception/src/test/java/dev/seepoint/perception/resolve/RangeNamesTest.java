package dev.seepoint.perception.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Grounding;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.resolve.Query.Kind;
import dev.seepoint.perception.text.TextLine;
import dev.seepoint.perception.text.Word;
import dev.seepoint.perception.widget.IconKind;
import dev.seepoint.perception.widget.Widget;
import dev.seepoint.perception.widget.WidgetKind;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sliders, progress bars and knobs: the nouns that ask for them, and the captions that name them. */
class RangeNamesTest {

    private final QueryParser parser = new QueryParser();
    private final Resolver resolver = new Resolver();
    private final List<TextLine> lines = new ArrayList<>();
    private final List<Widget> widgets = new ArrayList<>();

    private void text(int x, int y, String text) {
        List<Word> words = new ArrayList<>();
        int cx = x;
        for (String w : text.split(" ")) {
            words.add(new Word(Box.ofSize(cx, y, w.length() * 9, 14), w, 0.95));
            cx += w.length() * 9 + 5;
        }
        lines.add(new TextLine(Box.of(x, y, cx - 5, y + 14), text, 0.95, words));
    }

    private void widget(WidgetKind kind, Box box) {
        widgets.add(Widget.of(kind, box));
    }

    private Grounding locate(String expression) {
        Screenshot shot = Screenshot.of(new BufferedImage(1280, 800, BufferedImage.TYPE_INT_RGB));
        return resolver.resolve(new SceneBuilder().build(shot, lines, widgets), expression);
    }

    /** Three knobs with their captions under them, as a mixer panel prints them. */
    private void mixer() {
        int[] xs = {200, 400, 600};
        String[] names = {"VOLUME", "BASS", "TREBLE"};
        for (int i = 0; i < 3; i++) {
            widget(WidgetKind.KNOB, Box.ofSize(xs[i], 240, 120, 120));
            text(xs[i] + 60 - names[i].length() * 9 / 2, 375, names[i]);
            text(xs[i] + 52, 395, String.valueOf(40 + 10 * i));
        }
    }

    @Test
    void theNounsForRangeControlsAskForTheirKinds() {
        assertThat(parser.parse("the volume slider").kind()).isEqualTo(Kind.SLIDER);
        assertThat(parser.parse("the volume slider").text()).isEqualTo("volume");
        assertThat(parser.parse("the range").kind()).isEqualTo(Kind.SLIDER);
        assertThat(parser.parse("the progress bar").kind()).isEqualTo(Kind.PROGRESS);
        assertThat(parser.parse("the upload progress").kind()).isEqualTo(Kind.PROGRESS);
        assertThat(parser.parse("the Treble knob").kind()).isEqualTo(Kind.KNOB);
        assertThat(parser.parse("turn the gain dial").kind()).isEqualTo(Kind.KNOB);
        assertThat(parser.parse("the slider switch").kind()).isEqualTo(Kind.TOGGLE);
    }

    @Test
    void progressWrittenAloneIsACaptionNotAKind() {
        Query q = parser.parse("Progress");
        assertThat(q.kind()).isEqualTo(Kind.ANY);
        assertThat(q.text()).isEqualToIgnoringCase("progress");
        assertThat(parser.parse("click Progress").kind()).isEqualTo(Kind.ANY);
        assertThat(parser.parse("click the progress").kind()).isEqualTo(Kind.PROGRESS);
    }

    @Test
    void aCaptionUnderAKnobNamesTheKnob() {
        mixer();
        Grounding g = locate("TREBLE");
        assertThat(g.isUnique()).as("%s", g).isTrue();
        assertThat(g.requireBox()).isEqualTo(Box.ofSize(600, 240, 120, 120));
        assertThat(locate("the Bass knob").requireBox()).isEqualTo(Box.ofSize(400, 240, 120, 120));
    }

    @Test
    void aKnobLeftOfAnotherIsFoundThroughItsCaption() {
        mixer();
        Grounding g = locate("the knob left of Treble");
        assertThat(g.isUnique()).as("%s", g).isTrue();
        assertThat(g.requireBox()).isEqualTo(Box.ofSize(400, 240, 120, 120));
    }

    @Test
    void theCaptionAsTextIsStillTheTextWhenTextIsAskedFor() {
        mixer();
        Grounding g = locate("the TREBLE label");
        assertThat(g.requireBox().top()).isGreaterThanOrEqualTo(370);
    }

    @Test
    void endMarksAndValuesDoNotNameASliderButItsCaptionDoes() {
        widget(WidgetKind.SLIDER, Box.of(740, 489, 1080, 515));
        text(719, 495, "L");
        text(1090, 495, "R");
        text(880, 537, "BALANCE");
        Grounding g = locate("the balance slider");
        assertThat(g.isUnique()).as("%s", g).isTrue();
        assertThat(g.requireBox()).isEqualTo(Box.of(740, 489, 1080, 515));
    }

    @Test
    void theOnlyProgressBarIsFoundByItsKindAlone() {
        widget(WidgetKind.PROGRESS, Box.of(615, 776, 975, 780));
        widget(WidgetKind.SLIDER, Box.of(1120, 750, 1230, 766));
        text(585, 772, "1:12");
        text(985, 772, "3:58");
        assertThat(locate("the progress bar").requireBox()).isEqualTo(Box.of(615, 776, 975, 780));
        assertThat(locate("the slider").requireBox()).isEqualTo(Box.of(1120, 750, 1230, 766));
    }

    @Test
    void anUnnamedSliderBesideASpeakerIsTheVolumeSlider() {
        widget(WidgetKind.SLIDER, Box.of(1120, 750, 1230, 766));
        widget(WidgetKind.SLIDER, Box.of(300, 750, 500, 766));
        widgets.add(new Widget(WidgetKind.ICON, Box.of(1092, 750, 1108, 766), Widget.State.UNKNOWN, IconKind.SPEAKER, ""));
        Grounding g = locate("the volume slider");
        assertThat(g.isUnique()).as("%s", g).isTrue();
        assertThat(g.requireBox()).isEqualTo(Box.of(1120, 750, 1230, 766));
    }

    @Test
    void aSliderNamedOtherwiseIsNotTakenForTheOneAskedFor() {
        widget(WidgetKind.SLIDER, Box.of(740, 489, 1080, 515));
        text(880, 537, "BALANCE");
        assertThat(locate("the brightness slider").isFound()).isFalse();
    }

    @Test
    void aWordOnTheLeftOfASliderNamesIt() {
        text(100, 200, "Volume");
        widget(WidgetKind.SLIDER, Box.of(180, 198, 380, 216));
        text(100, 260, "Brightness");
        widget(WidgetKind.SLIDER, Box.of(200, 258, 380, 276));
        assertThat(locate("the volume slider").requireBox()).isEqualTo(Box.of(180, 198, 380, 216));
        assertThat(locate("Brightness").requireBox()).isEqualTo(Box.of(200, 258, 380, 276));
    }
}
