package dev.seepoint.perception.widget;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.text.TextLine;
import dev.seepoint.perception.text.Word;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Sliders, progress bars, knobs and icon buttons drawn with Java2D, as a page or a canvas would. */
class RangeControlsTest {

    private static final Color PANEL = new Color(0x20242C);

    private final PixelWidgetDetector detector = new PixelWidgetDetector();

    private static Screenshot draw(Color page, Consumer<Graphics2D> painter) {
        BufferedImage img = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(page);
        g.fillRect(0, 0, 640, 360);
        painter.accept(g);
        g.dispose();
        return Screenshot.of(img);
    }

    private List<Widget> of(List<Widget> found, WidgetKind kind) {
        return found.stream().filter(w -> w.kind() == kind).toList();
    }

    @Test
    void aThinTrackWithARoundThumbIsASlider() {
        Screenshot shot = draw(Color.WHITE, g -> {
            g.setColor(new Color(0xD0D4DA));
            g.fill(new RoundRectangle2D.Double(100, 96, 300, 8, 8, 8));
            g.setColor(new Color(0x1E88E5));
            g.fill(new Ellipse2D.Double(220, 89, 22, 22));
        });
        List<Widget> sliders = of(detector.detect(shot, List.of()), WidgetKind.SLIDER);
        assertThat(sliders).hasSize(1);
        Box b = sliders.get(0).box();
        assertThat(b.left()).isBetween(98, 102);
        assertThat(b.right()).isBetween(398, 402);
        assertThat(b.contains(new dev.seepoint.perception.Point(231, 100))).isTrue();
    }

    @Test
    void aTrackWhoseFillAndThumbShareAColourIsStillASlider() {
        Screenshot shot = draw(Color.WHITE, g -> {
            g.setColor(new Color(0x3B3B3B));
            g.fill(new RoundRectangle2D.Double(100, 97, 240, 6, 6, 6));
            g.setColor(new Color(0x8E8E93));
            g.fill(new RoundRectangle2D.Double(100, 96, 150, 8, 8, 8));
            g.fill(new Ellipse2D.Double(241, 91, 18, 18));
        });
        assertThat(of(detector.detect(shot, List.of()), WidgetKind.SLIDER)).hasSize(1);
    }

    @Test
    void aSliderNearItsMinimumWithItsThumbRunIntoAShortFillIsStillASlider() {
        // a browser's own range input at a low value: a grey outlined track, the thumb and a few pixels of fill left of it
        Screenshot shot = draw(Color.WHITE, g -> {
            g.setColor(new Color(0xEDEEEF));
            g.fill(new RoundRectangle2D.Double(100, 96, 200, 8, 8, 8));
            g.setColor(new Color(0xB2B2B2));
            g.draw(new RoundRectangle2D.Double(100, 96, 200, 8, 8, 8));
            g.setColor(new Color(0x2F5BEA));
            g.fill(new RoundRectangle2D.Double(101, 97, 14, 7, 7, 7));
            g.fill(new Ellipse2D.Double(113, 93, 15, 15));
        });
        List<Widget> sliders = of(detector.detect(shot, List.of()), WidgetKind.SLIDER);
        assertThat(sliders).hasSize(1);
        assertThat(sliders.get(0).box().right()).isBetween(296, 302);
        assertThat(sliders.get(0).box().contains(new dev.seepoint.perception.Point(120, 100))).isTrue();
    }

    @Test
    void aVerticalTrackWithASquareThumbIsASlider() {
        Screenshot shot = draw(PANEL, g -> {
            g.setColor(new Color(0x3A404C));
            g.fillRect(300, 60, 6, 220);
            g.setColor(new Color(0xEEF0F4));
            g.fillRect(293, 150, 20, 20);
        });
        List<Widget> sliders = of(detector.detect(shot, List.of()), WidgetKind.SLIDER);
        assertThat(sliders).hasSize(1);
        assertThat(sliders.get(0).box().height()).isGreaterThan(200);
    }

    @Test
    void aTwoToneThinBarWithoutAThumbIsAProgressBar() {
        Screenshot shot = draw(Color.WHITE, g -> {
            g.setColor(new Color(0xE5E5EA));
            g.fill(new RoundRectangle2D.Double(100, 200, 360, 5, 4, 4));
            g.setColor(new Color(0x8E8E93));
            g.fill(new RoundRectangle2D.Double(100, 200, 108, 5, 4, 4));
        });
        List<Widget> found = detector.detect(shot, List.of());
        assertThat(of(found, WidgetKind.PROGRESS)).hasSize(1);
        assertThat(of(found, WidgetKind.SLIDER)).isEmpty();
        assertThat(of(found, WidgetKind.PROGRESS).get(0).box().width()).isBetween(355, 365);
    }

    @Test
    void aPlainDividerOrARuleOfOneColourIsNoControl() {
        Screenshot shot = draw(Color.WHITE, g -> {
            g.setColor(new Color(0xDDDDDD));
            g.fillRect(40, 100, 500, 1);
            g.setColor(new Color(0x1E88E5));
            g.fillRect(40, 200, 400, 4);
        });
        List<Widget> found = detector.detect(shot, List.of());
        assertThat(of(found, WidgetKind.SLIDER)).isEmpty();
        assertThat(of(found, WidgetKind.PROGRESS)).isEmpty();
    }

    @Test
    void aBarUnderWordsIsNotASliderThumb() {
        Screenshot shot = draw(Color.WHITE, g -> {
            g.setColor(new Color(0xD0D4DA));
            g.fillRect(100, 96, 60, 6);
            g.setColor(new Color(0x777777));
            g.fillRect(160, 96, 120, 6);
            g.fillRect(150, 90, 16, 18);
        });
        Word word = new Word(Box.of(100, 88, 280, 110), "Headline", 0.9);
        List<TextLine> text = List.of(new TextLine(word.box(), "Headline", 0.9, List.of(word)));
        List<Widget> found = detector.detect(shot, text);
        assertThat(of(found, WidgetKind.SLIDER)).isEmpty();
        assertThat(of(found, WidgetKind.PROGRESS)).isEmpty();
    }

    @Test
    void aDiscWithAPointerIsAKnobGrownToTheArcOfItsScale() {
        Screenshot shot = draw(PANEL, g -> {
            g.setStroke(new BasicStroke(6));
            g.setColor(new Color(0xF39C12));
            g.draw(new Arc2D.Double(142, 62, 116, 116, -45, 270, Arc2D.OPEN));
            g.setColor(new Color(0x3B414D));
            g.fill(new Ellipse2D.Double(156, 76, 88, 88));
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(4));
            g.draw(new Line2D.Double(192, 108, 178, 88));
        });
        List<Widget> knobs = of(detector.detect(shot, List.of()), WidgetKind.KNOB);
        assertThat(knobs).hasSize(1);
        Box b = knobs.get(0).box();
        assertThat(b.width()).as("grown to the arc: %s", b).isGreaterThan(108);
        assertThat(b.center().x()).isBetween(196, 204);
    }

    @Test
    void aDiscWithACentredTriangleIsAPlayButtonNotAKnob() {
        Screenshot shot = draw(Color.WHITE, g -> {
            g.setColor(new Color(0x1C1C1E));
            g.fill(new Ellipse2D.Double(200, 100, 72, 72));
            g.setColor(Color.WHITE);
            g.fillPolygon(new Polygon(new int[] {226, 226, 252}, new int[] {122, 150, 136}, 3));
        });
        List<Widget> found = detector.detect(shot, List.of());
        assertThat(of(found, WidgetKind.KNOB)).isEmpty();
        assertThat(found).anySatisfy(w -> assertThat(w.icon()).isEqualTo(IconKind.PLAY));
    }

    @Test
    void aBoxHoldingASolidSquareOrDiscIsAStopOrRecordButton() {
        Screenshot shot = draw(PANEL, g -> {
            for (int x : new int[] {100, 260}) {
                g.setColor(new Color(0x2E333D));
                g.fill(new RoundRectangle2D.Double(x, 100, 100, 64, 16, 16));
                g.setColor(new Color(0x4A5160));
                g.setStroke(new BasicStroke(2));
                g.draw(new RoundRectangle2D.Double(x, 100, 100, 64, 16, 16));
            }
            g.setColor(new Color(0xE6E9EF));
            g.fillRect(138, 120, 24, 24);
            g.setColor(new Color(0xE74C3C));
            g.fill(new Ellipse2D.Double(297, 119, 26, 26));
        });
        List<Widget> found = detector.detect(shot, List.of());
        List<Widget> buttons = of(found, WidgetKind.BUTTON);
        assertThat(buttons).extracting(Widget::icon).containsExactly(IconKind.STOP, IconKind.RECORD);
        assertThat(buttons.get(0).box().width()).isGreaterThan(90);
        assertThat(of(found, WidgetKind.CHECKBOX)).as("the square is the button's mark").isEmpty();
        assertThat(of(found, WidgetKind.RADIO)).as("the disc is the button's mark").isEmpty();
    }

    @Test
    void aCheckedRadioIsNotARecordButton() {
        Screenshot shot = draw(Color.WHITE, g -> {
            g.setColor(new Color(0x0D6EFD));
            g.fill(new Ellipse2D.Double(100, 100, 18, 18));
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(103, 103, 12, 12));
            g.setColor(new Color(0x0D6EFD));
            g.fill(new Ellipse2D.Double(106, 106, 6, 6));
        });
        List<Widget> found = detector.detect(shot, List.of());
        assertThat(found).noneMatch(w -> w.icon() == IconKind.RECORD);
    }

    @Test
    void anOutlinedHeartOnADiscIsNoSolidMark() {
        Screenshot shot = draw(new Color(0xEBA983), g -> {
            g.setColor(new Color(0xFBF7F4));
            g.fill(new Ellipse2D.Double(200, 100, 34, 34));
            g.setColor(new Color(0x222222));
            g.setStroke(new BasicStroke(1.6f));
            java.awt.geom.Path2D heart = new java.awt.geom.Path2D.Double();
            heart.moveTo(217, 127);
            heart.curveTo(205, 119, 207, 108, 213, 109);
            heart.curveTo(215, 109, 217, 111, 217, 113);
            heart.curveTo(217, 111, 219, 109, 221, 109);
            heart.curveTo(227, 108, 229, 119, 217, 127);
            heart.closePath();
            g.draw(heart);
        });
        assertThat(detector.detect(shot, List.of())).noneMatch(w -> w.icon() == IconKind.RECORD || w.icon() == IconKind.STOP);
    }

    @Test
    void aSquareInsideACircleIsAStopButtonNotACheckbox() {
        Screenshot shot = draw(Color.WHITE, g -> {
            g.setColor(new Color(0x37474F));
            g.fill(new Ellipse2D.Double(300, 100, 48, 48));
            g.setColor(Color.WHITE);
            g.fillRect(315, 115, 18, 18);
        });
        List<Widget> found = detector.detect(shot, List.of());
        List<Widget> stops = found.stream().filter(w -> w.icon() == IconKind.STOP).toList();
        assertThat(stops).as("stop controls among %s", found).hasSize(1);
        assertThat(stops.get(0).kind()).isIn(WidgetKind.BUTTON, WidgetKind.ICON);
        assertThat(stops.get(0).box().width()).as("the whole circle").isBetween(46, 50);
        assertThat(of(found, WidgetKind.CHECKBOX)).as("the square is the button's mark").isEmpty();
    }
}
