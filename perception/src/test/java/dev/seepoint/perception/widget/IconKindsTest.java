package dev.seepoint.perception.widget;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.text.TextLine;
import dev.seepoint.perception.text.Word;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Icons drawn the way web pages draw them (24-unit paths scaled to 16-32 px), named by shape. */
class IconKindsTest {

    private final PixelWidgetDetector detector = new PixelWidgetDetector();

    private static Screenshot draw(Consumer<Graphics2D> painter) {
        BufferedImage img = new BufferedImage(300, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 160);
        painter.accept(g);
        g.dispose();
        return Screenshot.of(img);
    }

    /** Page-style drawings (not the detector's own references): SVG-like paths on a 24-unit grid. */
    private static List<Shape> icon(String name) {
        Path2D p = new Path2D.Double();
        switch (name) {
            case "heart" -> {
                p.moveTo(20.8, 4.6); p.curveTo(18.6, 2.5, 15.2, 2.5, 13, 4.6); p.lineTo(12, 5.7); p.lineTo(11, 4.6);
                p.curveTo(8.8, 2.5, 5.4, 2.5, 3.2, 4.6); p.curveTo(1, 6.8, 1, 10.3, 3.2, 12.4); p.lineTo(12, 21); p.lineTo(20.8, 12.4);
                p.curveTo(23, 10.3, 23, 6.8, 20.8, 4.6); p.closePath();
                return List.of(p);
            }
            case "user" -> {
                p.moveTo(4, 21); p.curveTo(4, 17, 8, 15, 12, 15); p.curveTo(16, 15, 20, 17, 20, 21);
                return List.of(new Ellipse2D.Double(8, 4, 8, 8), p);
            }
            case "bell" -> {
                p.moveTo(18, 8); p.curveTo(18, 4.7, 15.3, 2, 12, 2); p.curveTo(8.7, 2, 6, 4.7, 6, 8); p.curveTo(6, 15, 3, 17, 3, 17);
                p.lineTo(21, 17); p.curveTo(21, 17, 18, 15, 18, 8); p.closePath();
                Path2D clapper = new Path2D.Double();
                clapper.moveTo(13.7, 21); clapper.curveTo(13, 22.3, 11, 22.3, 10.3, 21);
                return List.of(p, clapper);
            }
            case "play" -> {
                p.moveTo(6, 4); p.lineTo(19, 12); p.lineTo(6, 20); p.closePath();
                return List.of(p);
            }
            case "undo" -> {
                p.moveTo(9, 14); p.lineTo(4, 9); p.lineTo(9, 4);
                Path2D arc = new Path2D.Double();
                arc.moveTo(4, 9); arc.lineTo(15, 9); arc.curveTo(18, 9, 20, 11.5, 20, 14); arc.curveTo(20, 16.5, 18, 19, 15, 19); arc.lineTo(12, 19);
                return List.of(p, arc);
            }
            case "eye" -> {
                p.moveTo(1, 12); p.curveTo(4, 6, 8, 4.5, 12, 4.5); p.curveTo(16, 4.5, 20, 6, 23, 12);
                p.curveTo(20, 18, 16, 19.5, 12, 19.5); p.curveTo(8, 19.5, 4, 18, 1, 12); p.closePath();
                return List.of(p, new Ellipse2D.Double(9, 9, 6, 6));
            }
            case "split" -> {
                p.moveTo(12, 4); p.lineTo(12, 20);
                return List.of(new Rectangle2D.Double(3, 4, 18, 16), p);
            }
            case "repeat" -> {
                p.moveTo(17, 1); p.lineTo(21, 5); p.lineTo(17, 9); p.moveTo(3, 11); p.lineTo(3, 9);
                p.curveTo(3, 6.8, 4.8, 5, 7, 5); p.lineTo(21, 5);
                Path2D back = new Path2D.Double();
                back.moveTo(7, 23); back.lineTo(3, 19); back.lineTo(7, 15); back.moveTo(21, 13); back.lineTo(21, 15);
                back.curveTo(21, 17.2, 19.2, 19, 17, 19); back.lineTo(3, 19);
                return List.of(p, back);
            }
            case "message" -> { // a square bubble with its tail below
                p.moveTo(21, 15); p.curveTo(21, 16.1, 20.1, 17, 19, 17); p.lineTo(7, 17); p.lineTo(3, 21); p.lineTo(3, 5);
                p.curveTo(3, 3.9, 3.9, 3, 5, 3); p.lineTo(19, 3); p.curveTo(20.1, 3, 21, 3.9, 21, 5); p.closePath();
                return List.of(p);
            }
            case "image" -> {
                p.moveTo(21, 15); p.lineTo(16, 10); p.lineTo(5, 21);
                return List.of(new RoundRectangle2D.Double(3, 3, 18, 18, 4, 4), new Ellipse2D.Double(7, 7, 3, 3), p);
            }
            case "camera" -> {
                p.moveTo(23, 19); p.curveTo(23, 20.1, 22.1, 21, 21, 21); p.lineTo(3, 21); p.curveTo(1.9, 21, 1, 20.1, 1, 19);
                p.lineTo(1, 8); p.curveTo(1, 6.9, 1.9, 6, 3, 6); p.lineTo(7, 6); p.lineTo(9, 3); p.lineTo(15, 3); p.lineTo(17, 6);
                p.lineTo(21, 6); p.curveTo(22.1, 6, 23, 6.9, 23, 8); p.closePath();
                return List.of(p, new Ellipse2D.Double(8, 9, 8, 8));
            }
            case "pin" -> {
                p.moveTo(21, 10); p.curveTo(21, 17, 12, 23, 12, 23); p.curveTo(12, 23, 3, 17, 3, 10);
                p.curveTo(3, 5, 7, 1, 12, 1); p.curveTo(17, 1, 21, 5, 21, 10); p.closePath();
                return List.of(p, new Ellipse2D.Double(9, 7, 6, 6));
            }
            case "clock" -> {
                p.moveTo(12, 6); p.lineTo(12, 12); p.lineTo(16, 14);
                return List.of(new Ellipse2D.Double(2, 2, 20, 20), p);
            }
            case "printer" -> {
                p.moveTo(6, 9); p.lineTo(6, 2); p.lineTo(18, 2); p.lineTo(18, 9);
                Path2D body = new Path2D.Double();
                body.moveTo(6, 18); body.lineTo(4, 18); body.curveTo(2.9, 18, 2, 17.1, 2, 16); body.lineTo(2, 11);
                body.curveTo(2, 9.9, 2.9, 9, 4, 9); body.lineTo(20, 9); body.curveTo(21.1, 9, 22, 9.9, 22, 11); body.lineTo(22, 16);
                body.curveTo(22, 17.1, 21.1, 18, 20, 18); body.lineTo(18, 18);
                return List.of(p, body, new Rectangle2D.Double(6, 14, 12, 8));
            }
            case "copy" -> {
                p.moveTo(5, 15); p.lineTo(4, 15); p.curveTo(2.9, 15, 2, 14.1, 2, 13); p.lineTo(2, 4); p.curveTo(2, 2.9, 2.9, 2, 4, 2);
                p.lineTo(13, 2); p.curveTo(14.1, 2, 15, 2.9, 15, 4); p.lineTo(15, 5);
                return List.of(new RoundRectangle2D.Double(9, 9, 13, 13, 4, 4), p);
            }
            case "flag" -> {
                p.moveTo(4, 15); p.curveTo(4, 15, 5, 14, 8, 14); p.curveTo(11, 14, 13, 16, 16, 16); p.curveTo(19, 16, 20, 15, 20, 15);
                p.lineTo(20, 3); p.curveTo(20, 3, 19, 4, 16, 4); p.curveTo(13, 4, 11, 2, 8, 2); p.curveTo(5, 2, 4, 3, 4, 3); p.closePath();
                Path2D pole = new Path2D.Double();
                pole.moveTo(4, 22); pole.lineTo(4, 15);
                return List.of(p, pole);
            }
            default -> throw new IllegalArgumentException(name);
        }
    }

    private List<Widget> drawIcon(String name, int px, boolean fill) {
        return detector.detect(draw(g -> {
            g.translate(100, 50);
            g.scale(px / 24.0, px / 24.0);
            g.setColor(new Color(0x374151));
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (Shape s : icon(name)) {
                if (fill && !(s instanceof Ellipse2D && name.equals("eye"))) g.fill(s);
                g.draw(s);
            }
        }), List.of());
    }

    @ParameterizedTest(name = "{0} at {1} px, filled={2}")
    @CsvSource({
        "heart, 18, false, HEART", "heart, 32, false, HEART", "heart, 20, true, HEART",
        "user, 20, false, USER", "user, 28, false, USER",
        "bell, 18, false, BELL",
        "play, 20, true, PLAY", "play, 32, true, PLAY",
        "undo, 18, false, UNDO", "undo, 28, false, UNDO",
        "eye, 20, false, EYE", "eye, 32, false, EYE",
        "split, 20, false, SPLIT", "split, 24, false, SPLIT",
        "repeat, 20, false, REPEAT", "repeat, 32, false, REPEAT",
        "message, 20, true, COMMENT",
        "message, 18, false, COMMENT", "message, 24, false, COMMENT",
        "image, 18, false, IMAGE", "image, 24, false, IMAGE",
        "camera, 20, false, CAMERA", "camera, 28, false, CAMERA",
        "pin, 18, false, LOCATION", "pin, 24, false, LOCATION",
        "clock, 18, false, CLOCK", "clock, 24, false, CLOCK",
        "printer, 20, false, PRINT", "printer, 24, false, PRINT",
        "copy, 18, false, COPY", "copy, 24, false, COPY",
        "flag, 18, false, FLAG", "flag, 24, false, FLAG"})
    void aDrawnIconIsNamedByItsShape(String name, int px, boolean fill, IconKind expected) {
        List<Widget> found = drawIcon(name, px, fill);
        assertThat(found).as("widgets for %s: %s", name, found).extracting(Widget::icon).contains(expected);
    }

    @Test
    void threeStackedDotsAreAMoreActionsIcon() {
        List<Widget> found = detector.detect(draw(g -> {
            g.setColor(new Color(0x444444));
            for (int i = 0; i < 3; i++) g.fill(new Ellipse2D.Double(120, 50 + i * 6, 4, 4));
        }), List.of());
        assertThat(found).extracting(Widget::icon).containsExactly(IconKind.MORE);
    }

    @Test
    void aBellWithARedCountBadgeOverItsShoulderIsStillABell() {
        List<Widget> found = detector.detect(draw(g -> {
            Graphics2D icon = (Graphics2D) g.create();
            icon.translate(100, 50);
            icon.scale(20 / 24.0, 20 / 24.0);
            icon.setColor(new Color(0x374151));
            icon.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            icon.draw(icon("bell").get(0));
            icon.dispose();
            g.setColor(new Color(0xE11D48));
            g.fill(new Ellipse2D.Double(113, 42, 12, 12));
            g.setColor(Color.WHITE);
            g.setFont(new java.awt.Font("DejaVu Sans", java.awt.Font.BOLD, 10));
            g.drawString("3", 116, 52);
        }), List.of());
        assertThat(found).as("widgets: %s", found).extracting(Widget::icon).contains(IconKind.BELL);
    }

    @Test
    void aQuestionMarkInARingIsAHelpIconNotARadioButton() {
        List<Widget> found = detector.detect(draw(g -> {
            g.translate(100, 50);
            g.scale(18 / 24.0, 18 / 24.0);
            g.setColor(new Color(0x374151));
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Ellipse2D.Double(2, 2, 20, 20));
            Path2D q = new Path2D.Double();
            q.moveTo(9.1, 9); q.curveTo(9.6, 6.2, 14.6, 6.4, 14.9, 9.4); q.curveTo(15, 11.6, 12, 12.2, 12, 14);
            g.draw(q);
            g.fill(new Ellipse2D.Double(11, 16.3, 2, 2));
        }), List.of());
        assertThat(found).as("widgets: %s", found).extracting(Widget::kind).doesNotContain(WidgetKind.RADIO);
        assertThat(found).extracting(Widget::icon).contains(IconKind.HELP);
    }

    @Test
    void aGridOfNineDotsIsAnAppsIconEvenWhenReadAsDigits() {
        Screenshot shot = draw(g -> {
            g.setColor(new Color(0x555555));
            for (int r = 0; r < 3; r++) for (int c = 0; c < 3; c++) g.fill(new Rectangle2D.Double(120 + 6 * c, 50 + 6 * r, 3, 3));
        });
        Box digits = new Box(120, 55, 137, 66);
        List<Widget> found = detector.detect(shot, List.of(new TextLine(digits, "338", 0.74, List.of(new Word(digits, "338", 0.74)))));
        assertThat(found).as("widgets: %s", found).extracting(Widget::icon).contains(IconKind.GRID);
    }

    @Test
    void aLetterBlobIsNotAKnownIcon() {
        List<Widget> found = detector.detect(draw(g -> {
            g.setColor(new Color(0x222222));
            g.setFont(new java.awt.Font("DejaVu Sans", java.awt.Font.PLAIN, 16));
            g.drawString("g", 120, 70);
        }), List.of());
        assertThat(found).extracting(Widget::icon).doesNotContain(IconKind.HEART, IconKind.USER, IconKind.BELL, IconKind.PLAY);
    }

    @Test
    void aTableRowWithColumnsAndButtonsIsNotATextField() {
        Screenshot shot = draw(g -> {
            g.setColor(new Color(0xDDDDDD));
            g.draw(new Rectangle2D.Double(10.5, 40.5, 280, 40));
            g.setColor(new Color(0x0D6EFD));
            g.draw(new RoundRectangle2D.Double(200.5, 48.5, 36, 24, 6, 6));
            g.draw(new RoundRectangle2D.Double(244.5, 48.5, 40, 24, 6, 6));
        });
        List<TextLine> text = List.of(line("#1041", 20, 54, 50), line("Grace", 80, 54, 120), line("$31.99", 150, 54, 190),
                line("Edit", 206, 54, 230), line("Del", 250, 54, 278));
        List<Widget> found = detector.detect(shot, text);
        assertThat(found).extracting(Widget::kind).doesNotContain(WidgetKind.TEXT_FIELD, WidgetKind.TEXT_AREA);
    }

    @Test
    void aShortBorderedBoxWithAPlaceholderIsATextField() {
        Screenshot shot = draw(g -> {
            g.setColor(new Color(0xBBBBBB));
            g.draw(new Rectangle2D.Double(60.5, 60.5, 46, 18));
        });
        List<Widget> found = detector.detect(shot, List.of());
        assertThat(found).extracting(Widget::kind).contains(WidgetKind.TEXT_FIELD);
    }

    private static TextLine line(String text, int left, int top, int right) {
        Box b = new Box(left, top, right, top + 12);
        return new TextLine(b, text, 0.95, List.of(new Word(b, text, 0.95)));
    }

}
