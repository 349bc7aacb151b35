package dev.seepoint.perception.widget;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Point;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.text.TextLine;
import dev.seepoint.perception.text.Word;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class PixelWidgetDetectorTest {

    private final PixelWidgetDetector detector = new PixelWidgetDetector();

    private static Screenshot draw(Consumer<Graphics2D> painter) {
        BufferedImage img = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 200);
        painter.accept(g);
        g.dispose();
        return Screenshot.of(img);
    }

    private List<Widget> detect(Screenshot shot, List<TextLine> text) {
        return detector.detect(shot, text);
    }

    private static Widget only(List<Widget> found, WidgetKind kind) {
        List<Widget> of = found.stream().filter(w -> w.kind() == kind).toList();
        assertThat(of).as("widgets of kind %s among %s", kind, found).hasSize(1);
        return of.get(0);
    }

    @Test
    void aColouredDiscHoldingTwoLettersOcrMissedIsAnAvatarButOneHoldingAChevronIsNot() {
        Screenshot shot = draw(g -> {
            g.setColor(new Color(0x1A73E8));
            g.fill(new Ellipse2D.Double(40, 40, 30, 30));
            g.fill(new Ellipse2D.Double(140, 40, 30, 30));
            g.setColor(Color.WHITE);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 13));
            g.drawString("AL", 47, 60);
            g.setStroke(new BasicStroke(2.5f));
            g.draw(new Line2D.Double(148, 59, 155, 51));
            g.draw(new Line2D.Double(155, 51, 162, 59));
        });
        List<Widget> users = detect(shot, List.of()).stream().filter(w -> w.icon() == IconKind.USER).toList();
        assertThat(users).hasSize(1);
        assertThat(users.get(0).box().left()).isBetween(38, 42);
    }

    @Test
    void aTickedCheckboxIsOnAndAnEmptyOneIsOff() {
        Screenshot shot = draw(g -> {
            g.setColor(new Color(0x0D6EFD));
            g.fill(new RoundRectangle2D.Double(40, 40, 16, 16, 4, 4));
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(2.5f));
            g.draw(new Line2D.Double(43, 48, 47, 52));
            g.draw(new Line2D.Double(47, 52, 53, 44));
            g.setColor(new Color(0x8A9099));
            g.setStroke(new BasicStroke(1.2f));
            g.draw(new RoundRectangle2D.Double(140.5, 40.5, 15, 15, 4, 4));
        });
        List<Widget> found = detect(shot, List.of());
        List<Widget> boxes = found.stream().filter(w -> w.kind() == WidgetKind.CHECKBOX).toList();
        assertThat(boxes).as("checkboxes in %s", found).hasSize(2);
        assertThat(boxes.get(0).state()).isEqualTo(Widget.State.ON);
        assertThat(boxes.get(1).state()).isEqualTo(Widget.State.OFF);
    }

    @Test
    void onADarkDialogAnEmptyWhiteCheckboxIsOffAndATickedGreenOneIsOn() {
        Screenshot shot = draw(g -> {
            g.setColor(new Color(0x23272E));
            g.fillRect(0, 0, 400, 200);
            g.setColor(new Color(0x1ED760));
            g.fill(new RoundRectangle2D.Double(40, 40, 16, 16, 4, 4));
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(2.5f));
            g.draw(new Line2D.Double(43, 48, 47, 52));
            g.draw(new Line2D.Double(47, 52, 53, 44));
            g.setColor(new Color(0xF4F4F4));
            g.fill(new RoundRectangle2D.Double(140, 40, 16, 16, 4, 4));
            g.setColor(new Color(0x767676));
            g.setStroke(new BasicStroke(1f));
            g.draw(new RoundRectangle2D.Double(140.5, 40.5, 15, 15, 4, 4));
        });
        List<Widget> found = detect(shot, List.of());
        List<Widget> boxes = found.stream().filter(w -> w.kind() == WidgetKind.CHECKBOX).toList();
        assertThat(boxes).as("checkboxes in %s", found).hasSize(2);
        assertThat(boxes.get(0).state()).isEqualTo(Widget.State.ON);
        assertThat(boxes.get(1).state()).isEqualTo(Widget.State.OFF);
    }

    @Test
    void aBlackCheckboxWithAWhiteTickOnAWhitePageIsOn() {
        Screenshot shot = draw(g -> {
            g.setColor(new Color(0x111111));
            g.fill(new RoundRectangle2D.Double(40, 40, 16, 16, 4, 4));
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(2.5f));
            g.draw(new Line2D.Double(43, 48, 47, 52));
            g.draw(new Line2D.Double(47, 52, 53, 44));
        });
        List<Widget> found = detect(shot, List.of());
        assertThat(only(found, WidgetKind.CHECKBOX).state()).isEqualTo(Widget.State.ON);
    }

    @Test
    void aSmallSwitchWhoseWhiteKnobBitesIntoItsTrackIsStillASwitch() {
        // a 36x20 track with an inset knob: the track's colour stops at the knob, leaving a thin rim round it
        Screenshot shot = draw(g -> {
            g.setColor(new Color(0x10B981));
            g.fill(new RoundRectangle2D.Double(40, 40, 36, 20, 20, 20));
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(57, 42, 16, 16));
            g.setColor(new Color(0xD1D5DB));
            g.fill(new RoundRectangle2D.Double(200, 40, 36, 20, 20, 20));
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(203, 42, 16, 16));
        });
        List<Widget> toggles = detect(shot, List.of()).stream().filter(w -> w.kind() == WidgetKind.TOGGLE).toList();
        assertThat(toggles).as("%s", detect(shot, List.of())).hasSize(2);
        assertThat(toggles.get(0).state()).isEqualTo(Widget.State.ON);
        assertThat(toggles.get(0).box().width()).isBetween(34, 38);
        assertThat(toggles.get(1).state()).isEqualTo(Widget.State.OFF);
    }

    @Test
    void aSmallEmptyBoxWithAPlainBorderIsAShortInput() {
        // a timesheet's hours of one day: 48x34, nothing typed yet
        Screenshot shot = draw(g -> {
            g.setColor(new Color(0xD1D5DB));
            g.setStroke(new BasicStroke(1f));
            g.draw(new RoundRectangle2D.Double(100.5, 60.5, 48, 34, 8, 8));
        });
        Widget field = only(detect(shot, List.of()), WidgetKind.TEXT_FIELD);
        assertThat(field.box().left()).isBetween(99, 102);
    }

    @Test
    void aMarkedTileBesideTwoEmptyBoxesIsOneIconNotACrash() {
        // two row checkboxes side by side, then a filled, marked tile: both boxes see the tile beside them
        Screenshot shot = draw(g -> {
            g.setColor(new Color(0x8A9099));
            g.setStroke(new BasicStroke(1.2f));
            g.draw(new RoundRectangle2D.Double(40.5, 40.5, 15, 15, 4, 4));
            g.draw(new RoundRectangle2D.Double(62.5, 40.5, 15, 15, 4, 4));
            g.setColor(new Color(0xD93025));
            g.fill(new RoundRectangle2D.Double(84, 40, 16, 16, 4, 4));
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(2.5f));
            g.draw(new Line2D.Double(87, 48, 91, 52));
            g.draw(new Line2D.Double(91, 52, 97, 44));
        });
        List<Widget> found = detect(shot, List.of());
        assertThat(found.stream().filter(w -> w.kind() == WidgetKind.CHECKBOX)).as("%s", found).hasSize(2);
        assertThat(found.stream().filter(w -> w.icon() == IconKind.FILE)).as("%s", found).hasSize(1);
    }

    @Test
    void aToggleIsOnWhenItsKnobSitsRightAndOffWhenLeft() {
        Screenshot shot = draw(g -> {
            g.setColor(new Color(0x1E88E5));
            g.fill(new RoundRectangle2D.Double(40, 40, 44, 24, 24, 24));
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(63, 43, 18, 18));
            g.setColor(new Color(0xBDC1C6));
            g.fill(new RoundRectangle2D.Double(200, 40, 44, 24, 24, 24));
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(203, 43, 18, 18));
        });
        List<Widget> toggles = detect(shot, List.of()).stream().filter(w -> w.kind() == WidgetKind.TOGGLE).toList();
        assertThat(toggles).hasSize(2);
        assertThat(toggles.get(0).state()).isEqualTo(Widget.State.ON);
        assertThat(toggles.get(1).state()).isEqualTo(Widget.State.OFF);
    }

    @Test
    void aCrossIsACloseIconAndAPlusIsAPlus() {
        Screenshot shot = draw(g -> {
            g.setColor(new Color(0x333333));
            g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(50, 50, 70, 70));
            g.draw(new Line2D.Double(70, 50, 50, 70));
            g.draw(new Line2D.Double(160, 50, 160, 74));
            g.draw(new Line2D.Double(148, 62, 172, 62));
        });
        List<Widget> icons = detect(shot, List.of()).stream().filter(w -> w.kind() == WidgetKind.ICON).toList();
        assertThat(icons).extracting(Widget::icon).containsExactly(IconKind.CLOSE, IconKind.PLUS);
    }

    @Test
    void threeBarsAreAMenuAndAVIsADownChevron() {
        Screenshot shot = draw(g -> {
            g.setColor(new Color(0x222222));
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (int y : new int[] {50, 57, 64}) {
                g.draw(new Line2D.Double(50, y, 68, y));
            }
            g.setStroke(new BasicStroke(2.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(150, 52, 160, 62));
            g.draw(new Line2D.Double(160, 62, 170, 52));
        });
        List<Widget> icons = detect(shot, List.of()).stream().filter(w -> w.kind() == WidgetKind.ICON).toList();
        assertThat(icons).extracting(Widget::icon).containsExactly(IconKind.MENU, IconKind.CHEVRON_DOWN);
    }

    @Test
    void aFilledRectangleWithACentredCaptionIsAButtonCarryingIt() {
        Screenshot shot = draw(g -> {
            g.setColor(new Color(0x0D6EFD));
            g.fill(new RoundRectangle2D.Double(40, 40, 120, 36, 8, 8));
        });
        Box caption = new Box(76, 50, 124, 66);
        List<TextLine> text = List.of(new TextLine(caption, "Sign in", 0.9,
                List.of(new Word(new Box(76, 50, 104, 66), "Sign", 0.9), new Word(new Box(108, 50, 124, 66), "in", 0.9))));
        Widget button = only(detect(shot, text), WidgetKind.BUTTON);
        assertThat(button.text()).isEqualTo("Sign in");
        assertThat(button.box().iou(new Box(40, 40, 160, 76))).isGreaterThan(0.8);
    }

    @Test
    void aBorderedBoxWithLeftAlignedTextIsATextFieldHoldingIt() {
        Screenshot shot = draw(g -> {
            g.setColor(new Color(0xCED4DA));
            g.draw(new RoundRectangle2D.Double(40.5, 40.5, 300, 34, 6, 6));
        });
        List<TextLine> text = List.of(new TextLine(new Box(52, 50, 150, 66), "ada@example.com", 0.9,
                List.of(new Word(new Box(52, 50, 150, 66), "ada@example.com", 0.9))));
        Widget field = only(detect(shot, text), WidgetKind.TEXT_FIELD);
        assertThat(field.text()).isEqualTo("ada@example.com");
    }

    @Test
    void borderedBoxesHoldingRightAlignedNumbersAreNumberInputs() {
        // an invoice line's quantity (70x34) and unit price (104x34): number inputs align their value right
        Screenshot shot = draw(g -> {
            g.setColor(new Color(0xCED4DA));
            g.draw(new RoundRectangle2D.Double(40.5, 40.5, 70, 34, 6, 6));
            g.draw(new RoundRectangle2D.Double(126.5, 40.5, 104, 34, 6, 6));
            g.setColor(new Color(0x111827));
            g.fillRect(90, 51, 9, 12);
            g.fillRect(164, 51, 56, 12);
        });
        List<TextLine> text = List.of(
                new TextLine(new Box(89, 50, 100, 64), "24", 0.95, List.of(new Word(new Box(89, 50, 100, 64), "24", 0.95))),
                new TextLine(new Box(163, 50, 221, 64), "1200.00", 0.95, List.of(new Word(new Box(163, 50, 221, 64), "1200.00", 0.95))));

        List<Widget> fields = detect(shot, text).stream().filter(w -> w.kind() == WidgetKind.TEXT_FIELD).toList();

        assertThat(fields).as("%s", fields).extracting(Widget::text).containsExactlyInAnyOrder("24", "1200.00");
    }

    @Test
    void aShortBorderedBoxHoldingANumberAtItsLeftIsANumberInput() {
        // a password generator's length beside its slider: 64x38, "14" 14 px from the left edge
        Screenshot shot = draw(g -> {
            g.setColor(new Color(0xCED4DA));
            g.draw(new RoundRectangle2D.Double(200.5, 40.5, 64, 38, 6, 6));
            g.setColor(new Color(0x111827));
            g.fillRect(215, 53, 17, 12);
        });
        List<TextLine> text = List.of(new TextLine(new Box(214, 52, 233, 66), "14", 0.95, List.of(new Word(new Box(214, 52, 233, 66), "14", 0.95))));

        List<Widget> found = detect(shot, text);
        assertThat(found).as("%s", found).anyMatch(w -> w.kind() == WidgetKind.TEXT_FIELD && w.text().equals("14"));
    }

    @Test
    void aBorderedBoxWithAWordAtItsRightIsNoNumberInput() {
        Screenshot shot = draw(g -> {
            g.setColor(new Color(0xCED4DA));
            g.draw(new RoundRectangle2D.Double(126.5, 40.5, 104, 34, 6, 6));
            g.setColor(new Color(0x111827));
            g.fillRect(180, 51, 40, 12);
        });
        List<TextLine> text = List.of(
                new TextLine(new Box(179, 50, 221, 64), "Total", 0.95, List.of(new Word(new Box(179, 50, 221, 64), "Total", 0.95))));

        assertThat(detect(shot, text)).noneMatch(w -> w.kind() == WidgetKind.TEXT_FIELD);
    }

    @Test
    void aSelectWhoseChevronOcrReadUnsurelyAsADigitIsStillASelect() {
        // "Select project / task…" and a grey chevron at the right end, read as "2" at 0.47
        Screenshot shot = draw(g -> {
            g.setColor(new Color(0xD1D5DB));
            g.draw(new RoundRectangle2D.Double(20.5, 40.5, 290, 34, 6, 6));
            g.setColor(new Color(0x6B7280));
            g.setStroke(new BasicStroke(1.6f));
            g.draw(new Line2D.Double(292, 55, 296, 59));
            g.draw(new Line2D.Double(296, 59, 300, 55));
        });
        List<TextLine> text = List.of(
                new TextLine(new Box(33, 50, 168, 66), "Select project / task...", 0.86,
                        List.of(new Word(new Box(33, 50, 168, 66), "Select project / task...", 0.86))),
                new TextLine(new Box(291, 53, 301, 61), "2", 0.47, List.of(new Word(new Box(291, 53, 301, 61), "2", 0.47))));
        Widget select = only(detect(shot, text), WidgetKind.SELECT);
        assertThat(select.text()).isEqualTo("Select project / task...");
    }

    @Test
    void aBlankFrameHasNoWidgetsAndDetectionIsQuick() {
        Screenshot shot = Screenshot.of(new BufferedImage(1280, 800, BufferedImage.TYPE_INT_RGB));
        assertThat(detect(shot, List.of())).isEmpty();
    }

    @Test
    void aTimeInputWithDashesAndAClockAtTheRightIsAFieldNotAButton() {
        Screenshot shot = draw(g -> {
            g.setColor(new Color(0x767676));
            g.drawRect(40, 40, 100, 22);
            g.setStroke(new BasicStroke(1.4f));
            g.setColor(Color.BLACK);
            g.draw(new Line2D.Double(44, 51, 54, 51));
            g.draw(new Line2D.Double(70, 51, 80, 51));
            g.draw(new Line2D.Double(98, 51, 108, 51));
            g.draw(new Ellipse2D.Double(122, 45, 12, 12));
            g.draw(new Line2D.Double(128, 48, 128, 51));
            g.draw(new Line2D.Double(128, 51, 131, 53));
        });
        List<TextLine> text = List.of(
                new TextLine(new Box(44, 50, 55, 53), "--", 0.9, List.of(new Word(new Box(44, 50, 55, 53), "--", 0.9))),
                new TextLine(new Box(70, 50, 81, 53), "--", 0.9, List.of(new Word(new Box(70, 50, 81, 53), "--", 0.9))),
                new TextLine(new Box(98, 50, 109, 53), "--", 0.9, List.of(new Word(new Box(98, 50, 109, 53), "--", 0.9))));
        List<Widget> found = detect(shot, text);
        assertThat(found).noneMatch(w -> w.kind() == WidgetKind.BUTTON || w.kind() == WidgetKind.RADIO);
        assertThat(only(found, WidgetKind.TEXT_FIELD).box().contains(new Box(60, 45, 110, 58))).isTrue();
    }

    @Test
    void aChevronInACircleIsAnIconNotARadioButton() {
        Screenshot shot = draw(g -> {
            g.setColor(new Color(0xD0D4DA));
            g.setStroke(new BasicStroke(1.2f));
            g.draw(new Ellipse2D.Double(60, 60, 24, 24));
            g.setColor(new Color(0x333333));
            g.setStroke(new BasicStroke(1.6f));
            g.draw(new Line2D.Double(68, 70, 72, 74));
            g.draw(new Line2D.Double(72, 74, 76, 70));
        });
        List<Widget> found = detect(shot, List.of());
        assertThat(found).noneMatch(w -> w.kind() == WidgetKind.RADIO);
        assertThat(only(found, WidgetKind.ICON).icon()).isEqualTo(IconKind.CHEVRON_DOWN);
    }

    @Test
    void anEmptyTallBoxWithAResizeGripIsATextArea() {
        Screenshot shot = draw(g -> {
            g.setColor(new Color(0x767676));
            g.drawRect(20, 40, 300, 58);
            g.draw(new Line2D.Double(310, 96, 318, 88));
            g.draw(new Line2D.Double(314, 96, 318, 92));
        });
        assertThat(only(detect(shot, List.of()), WidgetKind.TEXT_AREA).box().width()).isGreaterThan(280);
    }

    @Test
    void aTextAreaInADialogSurvivesTheDialogBodyBeingTakenForALargerOne() {
        BufferedImage img = new BufferedImage(900, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(150, 152, 156)); // a dimmed page
        g.fillRect(0, 0, 900, 500);
        g.setColor(Color.WHITE);
        g.fillRect(200, 60, 480, 330); // the dialog: a header, a body and a footer split by rules
        g.setColor(new Color(0xD0D7DE));
        g.drawLine(200, 105, 679, 105);
        g.drawLine(200, 320, 679, 320);
        g.drawRect(216, 140, 446, 32); // a field
        g.drawRect(216, 210, 446, 68); // a text area with a line of text at its top
        g.dispose();
        List<TextLine> text = List.of(line(216, 80, "Edit project details"), line(216, 118, "Project name"),
                line(224, 150, "apollo"), line(216, 190, "Description"), line(224, 219, "Flight software for the lander"));
        List<Widget> found = detect(Screenshot.of(img), text);
        assertThat(found).as("widgets %s", found)
                .anyMatch(w -> w.kind() == WidgetKind.TEXT_AREA && w.box().left() >= 216 && w.box().top() >= 210 && w.box().bottom() <= 280);
    }

    @Test
    void aGreySelectWhoseArrowAndDashWereReadAsWordsIsStillASelect() throws Exception {
        // Chromium's native select, cut from a screenshot; the words are as OCR read them, the dash lower than the rest
        Screenshot shot = cut("/widgets/native-select.png");
        List<TextLine> text = List.of(new TextLine(Box.of(55, 102, 556, 115), "Standard (3-5 days) — free v", 0.9, List.of(
                new Word(Box.of(55, 102, 114, 112), "Standard", 0.96), new Word(Box.of(119, 102, 145, 113), "(3-5", 0.96),
                new Word(Box.of(151, 102, 186, 115), "days)", 0.93), new Word(Box.of(191, 108, 203, 109), "—", 0.92),
                new Word(Box.of(208, 102, 233, 112), "free", 0.96), new Word(Box.of(546, 104, 556, 111), "v", 0.77))));
        Widget select = only(detect(shot, text), WidgetKind.SELECT);
        assertThat(select.box().left()).isEqualTo(40);
        assertThat(select.text()).isEqualTo("Standard (3-5 days) — free");
    }

    @Test
    void aFieldHoldingOnlyMaskedDotsAndAnEyeIsATextField() {
        Screenshot shot = draw(g -> {
            g.setColor(new Color(0xCED4DA));
            g.drawRect(20, 60, 344, 38);
            g.setColor(new Color(0x212529));
            for (int i = 0; i < 3; i++) {
                g.fill(new Ellipse2D.Double(33 + 6 * i, 77, 5, 5)); // "abc" typed into a password field
            }
            g.setColor(new Color(0x6C757D));
            g.setStroke(new BasicStroke(1.6f));
            g.draw(new Ellipse2D.Double(334, 74, 20, 11)); // the show-password eye
            g.fill(new Ellipse2D.Double(341, 76, 7, 7));
        });
        Widget field = only(detect(shot, List.of()), WidgetKind.TEXT_FIELD);
        assertThat(field.box().left()).isBetween(19, 22);
    }

    @Test
    void aSwitchWhoseKnobOcrReadAsALetterIsStillAnOnSwitch() {
        Screenshot shot = draw(g -> {
            g.setColor(new Color(0x1B7D75));
            g.fill(new RoundRectangle2D.Double(100, 60, 40, 22, 22, 22));
            g.setColor(new Color(0xF1F7F7));
            g.fill(new Ellipse2D.Double(121, 63, 16, 16));
        });
        List<TextLine> knobAsLetter = List.of(new TextLine(Box.of(123, 65, 135, 77), "o", 0.6,
                List.of(new Word(Box.of(123, 65, 135, 77), "o", 0.6))));
        Widget toggle = only(detect(shot, knobAsLetter), WidgetKind.TOGGLE);
        assertThat(toggle.state()).isEqualTo(Widget.State.ON);
    }

    @Test
    void anOffSwitchWhoseKnobReadAsTwoLettersIsASwitchNotAButton() {
        Screenshot shot = draw(g -> {
            g.setColor(new Color(0xD3DCE6));
            g.fill(new RoundRectangle2D.Double(100, 60, 40, 22, 22, 22));
            g.setColor(new Color(0xFBFCFD));
            g.fill(new Ellipse2D.Double(103, 63, 16, 16));
        });
        List<TextLine> knobAsLetters = List.of(new TextLine(Box.of(104, 65, 118, 77), "Ce", 0.5,
                List.of(new Word(Box.of(104, 65, 118, 77), "Ce", 0.5))));
        List<Widget> found = detect(shot, knobAsLetters);
        assertThat(only(found, WidgetKind.TOGGLE).state()).isEqualTo(Widget.State.OFF);
        assertThat(found).noneMatch(w -> w.kind() == WidgetKind.BUTTON);
    }

    @Test
    void aBorderlessInputIsTheRowOfPlaceholderGreyWithNothingUpToItsContainersSide() throws Exception {
        // a to-do list's new-item row cut from a Chromium screenshot: no box, light grey italic placeholder,
        // the card's side at the right, a rule under it; the first to-do row below ends in a delete cross
        Screenshot shot = cut("/widgets/borderless-input.png");
        List<TextLine> text = List.of(
                new TextLine(Box.of(114, 41, 383, 68), "What needs to be done?", 0.9, List.of(
                        new Word(Box.of(114, 41, 170, 68), "What", 0.9), new Word(Box.of(176, 41, 240, 68), "needs", 0.9),
                        new Word(Box.of(246, 41, 270, 68), "to", 0.9), new Word(Box.of(276, 41, 302, 68), "be", 0.9),
                        new Word(Box.of(308, 41, 383, 68), "done?", 0.9))),
                new TextLine(Box.of(116, 105, 202, 126), "Buy milk", 0.95, List.of(
                        new Word(Box.of(116, 105, 156, 126), "Buy", 0.95), new Word(Box.of(162, 105, 202, 126), "milk", 0.95))),
                new TextLine(Box.of(583, 107, 595, 120), "x", 0.8, List.of(new Word(Box.of(583, 107, 595, 120), "x", 0.8))));
        List<Widget> found = detect(shot, text);
        List<Widget> fields = found.stream().filter(w -> w.kind() == WidgetKind.TEXT_FIELD).toList();
        assertThat(fields).as("fields among %s", found).hasSize(1);
        assertThat(fields.get(0).box().top()).as("%s", fields).isBetween(20, 41);
        assertThat(fields.get(0).box().bottom()).isBetween(68, 86);
    }

    @Test
    void aBoldLetterEndingANumberPlateIsALetterThoughItLooksLikeATrashCan() throws Exception {
        // a vehicles table's row: the plate "HB 7730 V" (bold monospace, after a small "LP" tag), the type, a pencil and a
        // trash can; OCR read the plate with its V as one more word, and the trash can as "w"
        List<TextLine> text = List.of(
                new TextLine(Box.of(14, 12, 108, 31), "GQ HB 7730 V", 0.77, List.of(new Word(Box.of(14, 12, 31, 31), "GQ", 0.66),
                        new Word(Box.of(37, 15, 52, 25), "HB", 0.70), new Word(Box.of(60, 15, 92, 25), "7730", 0.90),
                        new Word(Box.of(99, 15, 108, 25), "V", 0.80))),
                line(144, 16, 167, 26, "Van"), line(342, 14, 355, 27, "w"));
        List<Widget> found = detect(cut("/widgets/plate-row.png"), text);

        assertThat(found).as("%s", found).noneMatch(w -> w.kind() == WidgetKind.ICON && w.box().left() >= 96 && w.box().right() <= 112);
        assertThat(found).as("%s", found).anyMatch(w -> w.icon() == IconKind.TRASH && w.box().left() >= 338 && w.box().right() <= 360);
    }

    @Test
    void anInactiveTabAtTheEndOfATabBarIsNoBorderlessInputAndItsNeighboursCountNoRadio() throws Exception {
        // a card's tab bar ruled above and below: the active "My permits" with its count in a pale disc, then "Apply for
        // permit" in grey with nothing after it up to the card's side, as a to-do list's placeholder has; a table's
        // headings in the card beside it share the row
        List<TextLine> text = List.of(line(661, 21, 735, 37, "My permits"), line(788, 22, 897, 37, "Apply for permit"),
                line(749, 23, 756, 33, "2"), line(14, 26, 70, 36, "VEHICLE"), line(240, 26, 281, 37, "PLATE"),
                line(374, 26, 407, 37, "TYPE"), line(436, 26, 494, 37, "DEFAULT"));
        List<Widget> found = detect(cut("/widgets/tab-bar-end.png"), text);

        assertThat(found).as("%s", found).noneMatch(w -> w.kind() == WidgetKind.TEXT_FIELD);
        assertThat(found).as("%s", found).noneMatch(w -> w.kind() == WidgetKind.RADIO);
    }

    @Test
    void aTabStripBetweenAPanelsRulesRunningToTheScreensSideIsTabsNotATextFieldButTheSearchFieldUnderItIsOne() throws Exception {
        // a meeting's side panel on a dark page: its left rule, the rule under the top bar and the rule under the tabs
        // frame a band whose fourth side is the screen's edge; "Participants (9)" underlined in blue, then "Chat" and a
        // badge; a search field below
        List<TextLine> text = List.of(line(98, 62, 210, 76, "Participants (9)"), line(235, 62, 269, 74, "Chat"),
                line(94, 110, 240, 125, "Q Find a participant"));
        List<Widget> found = detect(cut("/widgets/panel-tab-strip.png"), text);

        assertThat(found).as("%s", found).noneMatch(w -> w.kind() == WidgetKind.TEXT_FIELD && w.box().contains(new Point(250, 68)));
        assertThat(found).as("%s", found).anyMatch(w -> w.kind() == WidgetKind.TAB && w.text().equals("Chat"));
        assertThat(found).as("%s", found).anyMatch(w -> w.kind() == WidgetKind.TEXT_FIELD && w.box().contains(new Point(200, 118)));
    }

    @Test
    void aSegmentedControlIsTabsWithTheOneOnTheWhiteThumbChosen() throws Exception {
        // a host stand's shift switch: "Lunch" on the grey track, "Dinner" on a white thumb; it had been one text field
        // holding "Lunch Dinner", so 'Lunch' was typed into it
        List<TextLine> text = List.of(line(24, 22, 52, 34, "Shift"), line(78, 22, 121, 34, "Lunch"), line(149, 22, 199, 34, "Dinner"));
        List<Widget> found = detect(cut("/widgets/segmented-shift.png"), text);

        assertThat(found).as("%s", found).noneMatch(w -> w.kind() == WidgetKind.TEXT_FIELD);
        assertThat(found).as("%s", found).anyMatch(w -> w.kind() == WidgetKind.TAB && w.text().equals("Lunch") && w.state() == Widget.State.OFF);
        assertThat(found).as("%s", found).anyMatch(w -> w.kind() == WidgetKind.TAB && w.text().equals("Dinner") && w.state() == Widget.State.ON);
    }

    @Test
    void wordsWhoseBoxesRunToTheFramesBottomInsideAFieldThereAreNoFault() throws Exception {
        // OCR's boxes may reach past the box they stand in, here to the frame's last row: no pixel below it is read
        BufferedImage img;
        try (var in = PixelWidgetDetectorTest.class.getResourceAsStream("/widgets/segmented-shift.png")) {
            img = javax.imageio.ImageIO.read(in);
        }
        Screenshot cut = Screenshot.of(img.getSubimage(0, 0, img.getWidth(), 46));
        List<Word> words = List.of(new Word(Box.of(78, 22, 121, 46), "Lunch", 0.9), new Word(Box.of(149, 22, 199, 46), "Dinner", 0.9));

        assertThat(PixelWidgetDetector.segments(new dev.seepoint.perception.widget.internal.Raster(cut), Box.of(61, 15, 214, 46), words))
                .as("no segments read from outside the frame").isEmpty();
    }

    @Test
    void withoutAThumbTheSameBoxStaysOneFieldHoldingBothWords() throws Exception {
        // the shift switch with its white thumb painted over in the track's grey: nothing tells a chosen caption
        BufferedImage img;
        try (var in = PixelWidgetDetectorTest.class.getResourceAsStream("/widgets/segmented-shift.png")) {
            img = javax.imageio.ImageIO.read(in);
        }
        BufferedImage copy = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        g.drawImage(img, 0, 0, null);
        g.setColor(new Color(img.getRGB(66, 28)));
        g.fillRect(136, 18, 76, 23);
        g.setColor(new Color(0x1F2937));
        g.drawString("Dinner", 150, 33);
        g.dispose();
        List<TextLine> text = List.of(line(24, 22, 52, 34, "Shift"), line(78, 22, 121, 34, "Lunch"), line(149, 22, 199, 34, "Dinner"));

        assertThat(detect(Screenshot.of(copy), text)).as("widgets").noneMatch(w -> w.kind() == WidgetKind.TAB);
    }

    @Test
    void aSwitchOffInADarkBarIsOffThoughItsCaptionFollowsClose() throws Exception {
        // a dispatch console's dark top bar: a grey track with its white knob at the left, then "Auto-assign"; the page
        // between them and the caption's "A" had been read as a knob biting into the track's right end, so it was on
        List<TextLine> text = List.of(line(72, 21, 148, 35, "Auto-assign"));

        Widget toggle = only(detect(cut("/widgets/dark-switch.png"), text), WidgetKind.TOGGLE);

        assertThat(toggle.state()).isEqualTo(Widget.State.OFF);
        assertThat(toggle.box().right()).as("%s", toggle).isLessThan(70);
    }

    @Test
    void aCardHeaderRuledAboveAndBelowWithItsActionButtonsIsNoTextArea() throws Exception {
        // a boarding pass card's header: its title, then download (an arrow down onto a line), share, wallet and print
        // buttons, each framed; the card's top and the rule under the header had made it a text area holding them
        List<TextLine> text = List.of(line(41, 41, 162, 57, "Boarding pass"), line(354, 46, 367, 52, "="));
        List<Widget> found = detect(cut("/widgets/card-header-actions.png"), text);

        assertThat(found).as("%s", found).noneMatch(w -> w.kind() == WidgetKind.TEXT_AREA || w.kind() == WidgetKind.TEXT_FIELD);
        assertThat(found).as("%s", found).anyMatch(w -> w.kind() == WidgetKind.ICON && w.icon() == IconKind.DOWNLOAD);
    }

    @Test
    void aSearchFieldsLensReadAsALetterIsNoWordBeforeItsPlaceholder() throws Exception {
        // a calendar's top bar: a pale filled search field, its lens read as "Q" before "Search events"
        List<Widget> found = detect(cut("/widgets/search-lens-field.png"),
                List.of(line(90, 25, 104, 39, "Q"), line(116, 25, 205, 38, "Search events")));

        assertThat(found).as("%s", found).anyMatch(w -> w.kind() == WidgetKind.TEXT_FIELD && w.box().contains(new Point(160, 31)));
    }

    private static TextLine line(int left, int top, int right, int bottom, String text) {
        Box b = Box.of(left, top, right, bottom);
        return new TextLine(b, text, 0.95, List.of(new Word(b, text, 0.95)));
    }

    @Test
    void aDateInputWithItsCalendarIconAtTheRightIsAFieldNotACheckbox() throws Exception {
        // two date inputs cut from a Chromium screenshot: a light rounded border, the date at the left, the
        // calendar icon at the right end; OCR read the first icon as the letter "C" on a row of its own
        Screenshot shot = cut("/widgets/date-fields.png");
        List<TextLine> text = List.of(
                new TextLine(Box.of(11, 11, 77, 21), "CHECK-IN", 0.95, List.of(new Word(Box.of(11, 11, 77, 21), "CHECK-IN", 0.95))),
                new TextLine(Box.of(216, 11, 296, 22), "CHECK-OUT", 0.95, List.of(new Word(Box.of(216, 11, 296, 22), "CHECK-OUT", 0.95))),
                new TextLine(Box.of(24, 48, 108, 61), "12/10/2026", 0.96, List.of(new Word(Box.of(24, 48, 108, 61), "12/10/2026", 0.96))),
                new TextLine(Box.of(176, 50, 184, 57), "C", 0.75, List.of(new Word(Box.of(176, 50, 184, 57), "C", 0.75))),
                new TextLine(Box.of(229, 47, 313, 60), "12/13/2026", 0.96, List.of(new Word(Box.of(229, 47, 313, 60), "12/13/2026", 0.96))));
        List<Widget> found = detect(shot, text);

        assertThat(found).as("%s", found).filteredOn(w -> w.kind() == WidgetKind.TEXT_FIELD)
                .extracting(Widget::text).containsExactly("12/10/2026", "12/13/2026");
        assertThat(found).as("%s", found).noneMatch(w -> w.kind() == WidgetKind.CHECKBOX);
    }

    @Test
    void aNativeSelectWhoseArrowOcrReadAsLettersIsADropdown() throws Exception {
        // two native selects cut from a Chromium screenshot (a side panel's form): OCR read each arrow as "vw",
        // shorter than the caption, so it made a row of its own and the box was taken for a field of two columns
        Screenshot shot = cut("/widgets/native-selects.png");
        List<TextLine> text = List.of(
                new TextLine(Box.of(23, 17, 80, 29), "No label", 0.97, List.of(new Word(Box.of(23, 18, 42, 29), "No", 0.97),
                        new Word(Box.of(47, 17, 80, 29), "label", 0.97))),
                new TextLine(Box.of(183, 21, 193, 27), "vw", 0.61, List.of(new Word(Box.of(183, 21, 193, 27), "vw", 0.61))),
                new TextLine(Box.of(224, 18, 305, 33), "Unassigned", 0.97, List.of(new Word(Box.of(224, 18, 305, 33), "Unassigned", 0.97))),
                new TextLine(Box.of(384, 21, 394, 27), "vw", 0.61, List.of(new Word(Box.of(384, 21, 394, 27), "vw", 0.61))));
        List<Widget> found = detect(shot, text);

        assertThat(found).as("%s", found).filteredOn(w -> w.kind() == WidgetKind.SELECT)
                .extracting(Widget::text).containsExactly("No label", "Unassigned");
    }

    @Test
    void radioOptionsDrawnAsBorderedCardsAreOptionsNotFields() throws Exception {
        // "( ) Low  (o) Medium  ( ) High" as three bordered cards side by side, cut from a Chromium screenshot
        Screenshot shot = cut("/widgets/option-cards.png");
        List<TextLine> text = List.of(
                new TextLine(Box.of(18, 15, 69, 32), "O Low", 0.9, List.of(new Word(Box.of(18, 15, 29, 32), "O", 0.9),
                        new Word(Box.of(34, 21, 69, 32), "Low", 0.85))),
                new TextLine(Box.of(152, 15, 230, 32), "@ Medium", 0.86, List.of(new Word(Box.of(152, 15, 168, 32), "@", 0.86),
                        new Word(Box.of(173, 20, 230, 32), "Medium", 0.8))),
                new TextLine(Box.of(283, 15, 339, 35), "O High", 0.8, List.of(new Word(Box.of(283, 15, 294, 32), "O", 0.8),
                        new Word(Box.of(301, 20, 339, 35), "High", 0.8))));
        List<Widget> found = detect(shot, text);

        assertThat(found).as("%s", found).noneMatch(w -> w.kind() == WidgetKind.TEXT_FIELD);
        assertThat(found).as("%s", found).filteredOn(w -> w.kind() == WidgetKind.RADIO || w.kind() == WidgetKind.CHECKBOX)
                .hasSize(3);
    }

    @Test
    void aBellUnderANumberBadgeAndAQuestionMarkInARingAreTheirIcons() throws Exception {
        // a header's help and notification icons, the bell's "2" badge over its corner; OCR read the bell as "ee"
        Screenshot shot = cut("/widgets/badged-header.png");
        List<TextLine> text = List.of(
                new TextLine(Box.of(75, 13, 101, 39), "ee", 0.43, List.of(new Word(Box.of(75, 13, 101, 39), "ee", 0.43))),
                new TextLine(Box.of(130, 23, 145, 34), "JL", 0.93, List.of(new Word(Box.of(130, 23, 145, 34), "JL", 0.93))),
                new TextLine(Box.of(162, 22, 232, 35), "Jordan Lee", 0.96, List.of(new Word(Box.of(162, 22, 204, 35), "Jordan", 0.95),
                        new Word(Box.of(209, 24, 232, 35), "Lee", 0.96))),
                new TextLine(Box.of(243, 26, 253, 32), "v", 0.81, List.of(new Word(Box.of(243, 26, 253, 32), "v", 0.81))));
        List<Widget> found = detect(shot, text);

        assertThat(found).as("%s", found).anyMatch(w -> w.icon() == IconKind.BELL && w.box().left() >= 70 && w.box().right() <= 102);
        assertThat(found).as("%s", found).anyMatch(w -> w.icon() == IconKind.HELP && w.box().left() >= 24 && w.box().right() <= 44);
    }

    @Test
    void aCartHalfHiddenByItsCountBadgeIsStillACart() throws Exception {
        // a shop header's account, wishlist and cart icons; the cart's "2" badge covers its top right
        Screenshot shot = cut("/widgets/cart-badge.png");
        List<TextLine> text = List.of(
                new TextLine(Box.of(110, 16, 139, 44), "?", 0.52, List.of(new Word(Box.of(110, 16, 139, 44), "?", 0.52))),
                new TextLine(Box.of(20, 25, 36, 44), "A", 0.78, List.of(new Word(Box.of(20, 25, 36, 44), "A", 0.78))),
                new TextLine(Box.of(65, 27, 82, 43), "9", 0.74, List.of(new Word(Box.of(65, 27, 82, 43), "9", 0.74))));
        List<Widget> found = detect(shot, text);

        assertThat(found).as("%s", found).anyMatch(w -> w.icon() == IconKind.CART && w.box().left() >= 108 && w.box().right() <= 130);
    }

    @Test
    void shortWordsOfASentenceAreNotIconsHoweverUnsureOcrWas() throws Exception {
        // a consent line cut from a Chromium screenshot; OCR was unsure of some of its words
        Screenshot shot = cut("/widgets/consent-line.png");
        List<Word> words = List.of(
                new Word(Box.of(43, 15, 78, 28), "agree", 0.67),
                new Word(Box.of(82, 14, 94, 25), "to", 0.95),
                new Word(Box.of(98, 12, 117, 25), "the", 0.95),
                new Word(Box.of(122, 13, 167, 28), "privacy", 0.95),
                new Word(Box.of(170, 12, 207, 24), "notice", 0.95),
                new Word(Box.of(211, 12, 234, 25), "and", 0.95),
                new Word(Box.of(238, 12, 308, 25), "understand", 0.95),
                new Word(Box.of(311, 12, 336, 25), "that", 0.95),
                new Word(Box.of(339, 12, 421, 25), "cancellations", 0.95),
                new Word(Box.of(424, 12, 449, 25), "with", 0.95),
                new Word(Box.of(453, 12, 478, 25), "less", 0.95),
                new Word(Box.of(480, 7, 509, 25), "fhad", 0.16),
                new Word(Box.of(512, 11, 529, 25), "22", 0.95),
                new Word(Box.of(532, 11, 570, 25), "haurs", 0.29),
                new Word(Box.of(571, 11, 611, 25), "notice", 0.67),
                new Word(Box.of(615, 15, 642, 28), "may", 0.95),
                new Word(Box.of(645, 13, 661, 25), "be", 0.95),
                new Word(Box.of(665, 12, 715, 28), "charged", 0.95),
                new Word(Box.of(719, 12, 746, 25), "$25.", 0.95));
        List<TextLine> text = List.of(new TextLine(Box.of(43, 7, 746, 28), "agree to the privacy notice ...", 0.6, words));
        List<Widget> found = detect(shot, text);

        assertThat(found).as("%s", found).noneMatch(w -> w.kind() == WidgetKind.ICON
                && (w.box().intersects(Box.of(82, 14, 94, 25)) || w.box().intersects(Box.of(615, 15, 642, 28))));
    }

    @Test
    void aMailToolbarsFilledTrashCanAndReportSignAreIconsNotCheckedControls() throws Exception {
        // archive, report spam, delete, mark as read, label and more, in Material's filled style
        Screenshot shot = cut("/widgets/mail-toolbar.png");
        List<TextLine> text = List.of(new TextLine(Box.of(54, 20, 57, 23), ".", 0.69, List.of(new Word(Box.of(54, 20, 57, 23), ".", 0.69))));
        List<Widget> found = detect(shot, text);

        assertThat(found).as("%s", found).anyMatch(w -> w.icon() == IconKind.TRASH && w.box().left() >= 82 && w.box().right() <= 98);
        assertThat(found).as("%s", found).noneMatch(w -> w.kind() == WidgetKind.RADIO); // the report sign's "!" is no dot
        assertThat(found).as("%s", found).anyMatch(w -> w.icon() == IconKind.ARCHIVE && w.box().left() >= 12 && w.box().right() <= 32);
        assertThat(found).as("%s", found).anyMatch(w -> w.box().left() >= 148 && w.box().right() <= 169
                && (w.icon() == IconKind.LABEL || w.likely().contains(IconKind.LABEL)));
    }

    @Test
    void smallThinRadioButtonsInATableColumnAreRadioButtonsNotCheckboxes() throws Exception {
        // a vehicles table's Default column: 16 px circles with a 1 px grey rim (the first chosen, a blue rim and dot); the
        // inside of each, its anti-aliased rim taken into it, is a square with cut corners, as a checkbox's inside is
        Box caption = Box.of(38, 12, 78, 22);
        Box read = Box.of(18, 73, 30, 85); // OCR read the second circle as "O"
        List<Widget> found = detect(cut("/widgets/table-radios.png"), List.of(
                new TextLine(caption, "Default", 0.96, List.of(new Word(caption, "Default", 0.96))),
                new TextLine(read, "O", 0.5, List.of(new Word(read, "O", 0.5)))));

        assertThat(found).as("%s", found).noneMatch(w -> w.kind() == WidgetKind.CHECKBOX);
        assertThat(found).as("%s", found).anyMatch(w -> w.kind() == WidgetKind.RADIO && w.state() == Widget.State.ON && w.box().contains(new Point(24, 18)));
        assertThat(found).as("%s", found).anyMatch(w -> w.kind() == WidgetKind.RADIO && w.state() == Widget.State.OFF && w.box().contains(new Point(24, 79)));
        assertThat(found).as("%s", found).anyMatch(w -> w.kind() == WidgetKind.RADIO && w.state() == Widget.State.OFF && w.box().contains(new Point(24, 139)));
    }

    @Test
    void aRedCountBadgeCoveringMostOfASmallBellIsNoChosenRadioButton() throws Exception {
        // a payroll header's 16 px bell under a 14 px red disc with a white "3" (OCR read "2", its box taking in the bell)
        Box count = Box.of(60, 16, 79, 37);
        List<Widget> found = detect(cut("/widgets/bell-big-badge.png"), List.of(new TextLine(count, "2", 0.88, List.of(new Word(count, "2", 0.88)))));

        assertThat(found).as("%s", found).noneMatch(w -> w.kind() == WidgetKind.RADIO);
        assertThat(found).as("%s", found).anyMatch(w -> w.kind() == WidgetKind.ICON && w.box().contains(count.center()));
    }

    @Test
    void aTrashCanWhoseBodyOutlinesItsLinesIsATrashCanNotAMarkInARing() throws Exception {
        // a campaigns table row's actions: a report chart, copy, trash can (its body a closed outline round two lines,
        // its lid a bar as wide as the body's rounded top) and ⋯; OCR read the can as "a"
        List<Widget> found = detect(cut("/widgets/row-actions.png"), List.of(line(78, 14, 92, 30, "a")));

        assertThat(found).as("%s", found).anyMatch(w -> w.icon() == IconKind.TRASH && w.box().left() >= 74 && w.box().right() <= 96);
    }

    @Test
    void aRowsKebabWhoseMiddleDotIsNarrowerAndTallerIsStillAMoreActionsIcon() throws Exception {
        // a pipelines table's row actions: re-run, a greyed stop and ⋮ whose dots, anti-aliased at a fractional position,
        // came out 4×3, 2×4 and 4×3 px; OCR read the lowest as ":"
        List<Widget> found = detect(cut("/widgets/row-kebab-uneven.png"), List.of(line(88, 27, 91, 30, ":")));

        assertThat(found).as("%s", found).anyMatch(w -> w.kind() == WidgetKind.ICON && w.icon() == IconKind.MORE
                && w.box().left() >= 86 && w.box().right() <= 94 && w.box().top() <= 19 && w.box().bottom() >= 29);
    }

    @Test
    void aKebabUnderALineEndingInAnEllipsisKeepsItsOwnThreeDots() throws Exception {
        // a listing card: its address cut off ("Portla…") just above the card's ⋮; the ellipsis' last dot stands in the
        // kebab's column, but twice as far as the kebab's dots stand from each other
        List<Widget> found = detect(cut("/widgets/kebab-under-ellipsis.png"),
                List.of(line(0, 13, 67, 25, "Marshall St #504, Portla..."), line(56, 30, 62, 45, ":")));

        assertThat(found).as("%s", found).anyMatch(w -> w.kind() == WidgetKind.ICON && w.icon() == IconKind.MORE
                && w.box().top() >= 29 && w.box().bottom() <= 47 && w.box().height() >= 12);
    }

    @Test
    void aRowsKebabWhoseDotsAreAPixelApartIsAMoreActionsIcon() throws Exception {
        // a gradebook row's ⋮: three 3 px dots on a 4.5 px pitch, anti-aliased; OCR read the lower two as ":"
        List<Widget> found = detect(cut("/widgets/row-kebab.png"), List.of(line(34, 24, 38, 32, ":")));

        assertThat(found).as("%s", found).anyMatch(w -> w.kind() == WidgetKind.ICON && w.icon() == IconKind.MORE && w.box().width() <= 8 && w.box().top() <= 21 && w.box().bottom() >= 31);
    }

    @Test
    void aSmallBellUnderALargeCountBadgeIsStillABellByItsRimAndClapper() throws Exception {
        // two dark top bars: a 16 px outline bell under a 16 px red "3" that hides its dome; left are one side, the rim
        // and the clapper
        List<Widget> dark = detect(cut("/widgets/bell-large-badge-dark.png"), List.of());
        List<Widget> navy = detect(cut("/widgets/bell-large-badge-navy.png"), List.of());

        assertThat(dark).as("%s", dark).anyMatch(w -> w.icon() == IconKind.BELL);
        assertThat(navy).as("%s", navy).anyMatch(w -> w.icon() == IconKind.BELL);
    }

    @Test
    void aBellWithItsCountBadgeIsNotTakenForAnyOtherIcon() throws Exception {
        // an admin header's bell with a red "3" over its corner: what the badge leaves of it is no envelope or arrow
        List<Widget> found = detect(cut("/widgets/bell-badge.png"), List.of());

        assertThat(found).as("%s", found).anyMatch(w -> w.icon() == IconKind.BELL);
    }

    @Test
    void aComposersPaperclipAndSmileyAreAttachAndEmoji() throws Exception {
        // a chat composer's bottom row: paper clip, smiley, @ (outline icons, 1.8 px strokes)
        List<Widget> found = detect(cut("/widgets/composer-icons.png"), List.of());

        assertThat(found).as("%s", found).anyMatch(w -> w.icon() == IconKind.ATTACH && w.box().left() >= 10 && w.box().right() <= 30);
        assertThat(found).as("%s", found).anyMatch(w -> w.icon() == IconKind.EMOJI && w.box().left() >= 42 && w.box().right() <= 62);
    }

    @Test
    void anAddReactionSmileyOcrReadAsCcIsTheEmojiIcon() throws Exception {
        // a message's "add reaction" button: a smiley whose ring opens at the top right for a small plus
        Screenshot shot = cut("/widgets/add-reaction.png");
        Box read = Box.of(11, 6, 29, 24);
        List<Widget> found = detect(shot, List.of(new TextLine(read, "Cc", 0.47, List.of(new Word(read, "Cc", 0.47)))));

        assertThat(found).as("%s", found).anyMatch(w -> w.icon() == IconKind.EMOJI && w.box().left() >= 11 && w.box().right() <= 31);
    }

    @Test
    void aPillShapedPatchOfACameraPictureIsNoSwitch() throws Exception {
        // a smart home's camera tile: a drawn yard with a fence and a tree, under a LIVE badge
        List<Widget> found = detect(cut("/widgets/camera-tile.png"), List.of());

        assertThat(found).as("%s", found).noneMatch(w -> w.kind() == WidgetKind.TOGGLE);
    }

    @Test
    void aRedCountBadgeOverABellIsNoSwitch() throws Exception {
        // a bank header's bell under a red pill reading "3": a pill with a count in it is a badge, not a switch that is on
        Box three = Box.of(31, 15, 38, 25);
        List<Widget> found = detect(cut("/widgets/count-badge.png"),
                List.of(new TextLine(three, "3", 0.97, List.of(new Word(three, "3", 0.97)))));

        assertThat(found).as("%s", found).noneMatch(w -> w.kind() == WidgetKind.TOGGLE);
    }

    @Test
    void aFileTypeTileBesideARowsCheckboxIsAnIconNotASecondCheckedBox() throws Exception {
        // a file list: an empty checkbox, then a PDF's red tile and a text file's grey one, then the name
        List<Widget> found = detect(cut("/widgets/file-rows.png"), List.of());

        assertThat(found.stream().filter(w -> w.kind() == WidgetKind.CHECKBOX)).as("%s", found)
                .hasSize(3).allMatch(w -> w.state() == Widget.State.OFF && w.box().left() < 30);
        assertThat(found).as("%s", found).anyMatch(w -> w.kind() == WidgetKind.ICON && w.box().left() >= 46 && w.box().right() <= 68);
    }

    @Test
    void aMenuRowBetweenASeparatorAndTheMenusBottomIsNoField() throws Exception {
        // a card's menu (Edit, Move to…, a rule, Delete): the rule and the menu's bottom edge are two rules of one
        // length with sides between them, but the menu's border runs on above the rule
        Box delete = Box.of(71, 140, 116, 153);
        List<Widget> found = detect(cut("/widgets/menu-separator.png"),
                List.of(new TextLine(delete, "Delete", 0.96, List.of(new Word(delete, "Delete", 0.96)))));

        assertThat(found).as("%s", found).noneMatch(w -> w.kind() == WidgetKind.TEXT_FIELD && w.box().contains(delete));
    }

    /** A piece of a Chromium screenshot kept under {@code src/test/resources}. */
    private static Screenshot cut(String resource) throws java.io.IOException {
        try (var in = PixelWidgetDetectorTest.class.getResourceAsStream(resource)) {
            return Screenshot.of(javax.imageio.ImageIO.read(in));
        }
    }

    @Test
    void aPaleRoundedOutlineOnAWhiteCardIsAFieldThoughItsCornersLetThePageIn() throws Exception {
        // a bank's transaction filters: a search field and a dropdown outlined in #cfd7e2 with 8 px corners on a white
        // card over a #f3f5f8 page; the corners' anti-aliasing joins inside and outside, so only the straight
        // edges are regions of their own
        Screenshot shot = cut("/widgets/pale-outlines.png");
        List<TextLine> text = List.of(
                new TextLine(Box.of(52, 66, 198, 80), "Q Search transactions", 0.94, List.of(
                        new Word(Box.of(52, 67, 65, 80), "Q", 0.93), new Word(Box.of(74, 67, 118, 79), "Search", 0.94),
                        new Word(Box.of(122, 66, 198, 79), "transactions", 0.97))),
                new TextLine(Box.of(323, 66, 409, 82), "All categories", 0.96, List.of(
                        new Word(Box.of(323, 66, 340, 79), "All", 0.96), new Word(Box.of(343, 67, 409, 82), "categories", 0.96))),
                new TextLine(Box.of(447, 70, 457, 77), "v", 0.83, List.of(new Word(Box.of(447, 70, 457, 77), "v", 0.83))));

        List<Widget> found = detect(shot, text);

        assertThat(found).as("%s", found).anyMatch(w -> w.kind() == WidgetKind.TEXT_FIELD
                && w.box().left() >= 39 && w.box().left() <= 43 && w.box().right() >= 299 && w.box().right() <= 303);
        assertThat(found).as("%s", found).anyMatch(w -> w.box().left() >= 309 && w.box().left() <= 313
                && w.box().right() >= 459 && w.box().right() <= 463);
    }

    @Test
    void aPaleOutlineAroundAStepperIsNotTakenForAButtonThatHidesItsMinus() throws Exception {
        // a cart line's "− 2 +" in a light grey outline: the outline holds controls of its own
        Screenshot shot = cut("/widgets/pale-stepper.png");
        List<TextLine> text = List.of(new TextLine(Box.of(68, 17, 76, 26), "+", 0.96, List.of(new Word(Box.of(68, 17, 76, 26), "+", 0.96))));

        List<Widget> found = detect(shot, text);

        assertThat(found).as("%s", found).noneMatch(w -> w.kind() == WidgetKind.BUTTON);
        assertThat(found).as("%s", found).anyMatch(w -> w.icon() == IconKind.MINUS);
    }

    @Test
    void aStepperOutlinedAsOneButtonKeepsItsMinusBesideItsPlus() throws Exception {
        // a cart drawer's "− 1 +" whose outline is found as a button: a dash inside a button is mostly part of its
        // caption, but this one has a + further along the row
        Screenshot shot = cut("/widgets/cart-line-stepper.png");
        Box one = Box.of(94, 69, 104, 78);
        List<Widget> found = detect(shot, List.of(new TextLine(one, "1", 0.97, List.of(new Word(one, "1", 0.97)))));

        assertThat(found).as("%s", found).anyMatch(w -> w.icon() == IconKind.PLUS && w.box().left() >= 119 && w.box().right() <= 135);
        assertThat(found).as("%s", found).anyMatch(w -> w.icon() == IconKind.MINUS && w.box().left() >= 60 && w.box().right() <= 78);
    }

    @Test
    void aFocusedUnderlinedTitleFieldIsAFieldThoughItsCaretStandsOverTheLinesEnd() throws Exception {
        // a dialog's "Add title": a purple rule under the placeholder, with the text caret at the rule's left end
        Box read = Box.of(275, 19, 355, 45);
        List<Widget> found = detect(cut("/widgets/focused-underline.png"),
                List.of(new TextLine(read, "|Add title", 0.9, List.of(new Word(read, "|Add title", 0.9)))));

        assertThat(found).as("%s", found).anyMatch(w -> w.kind() == WidgetKind.TEXT_FIELD && w.box().contains(read.center())
                && w.box().left() >= 270 && w.box().right() <= 1010);
    }

    @Test
    void aThinHeartInARoundOutlinedButtonIsAHeart() throws Exception {
        // a job page's save and share buttons: 40 px circles outlined in grey, a 1.5 px heart and a share graph inside
        List<Widget> found = detect(cut("/widgets/round-heart-share.png"), List.of());

        assertThat(found).as("%s", found).anyMatch(w -> w.icon() == IconKind.HEART && w.box().left() >= 60 && w.box().right() <= 108);
        assertThat(found).as("%s", found).anyMatch(w -> w.icon() == IconKind.SHARE && w.box().left() >= 108);
    }

    @Test
    void aFeedPostsRoundBubbleAndTrayWithAnArrowAreCommentAndShare() throws Exception {
        // a social feed's action bar at 16 px: a round speech bubble whose tail is only a square corner, a deep tray with
        // an arrow rising from it (drawn as two separate strokes), an outline heart, a bookmark; a count after each
        List<Widget> found = detect(cut("/widgets/post-actions.png"), List.of());

        assertThat(found).as("%s", found).anyMatch(w -> w.icon() == IconKind.COMMENT && w.box().right() <= 40);
        assertThat(found).as("%s", found).anyMatch(w -> w.icon() == IconKind.SHARE && w.box().left() >= 140 && w.box().right() <= 170);
        assertThat(found).as("%s", found).anyMatch(w -> w.icon() == IconKind.HEART && w.box().left() >= 275 && w.box().right() <= 305);
    }

    @Test
    void aSmallThinHeartIsAHeartThoughASpeechBubbleIsAboutAsNear() throws Exception {
        // a map's preview card: a 14 px outline heart beside the card's ×; its lowest ink is its point, in the middle
        List<Widget> found = detect(cut("/widgets/small-heart-close.png"), List.of());

        assertThat(found).extracting(Widget::icon).contains(IconKind.HEART, IconKind.CLOSE).doesNotContain(IconKind.COMMENT);
    }

    @Test
    void aDarkSwitchBesideAGearIsASwitchAloneAndTheGearTheOnlySettingsIcon() throws Exception {
        // a task board's top bar: an off switch (dark track, white knob) for Dark mode, then the settings gear
        List<Widget> found = detect(cut("/widgets/dark-switch-gear.png"), List.of());

        assertThat(found).filteredOn(w -> w.kind() == WidgetKind.TOGGLE).hasSize(1);
        assertThat(found).filteredOn(w -> w.icon() == IconKind.SETTINGS).singleElement()
                .satisfies(w -> assertThat(w.box().left()).isGreaterThan(60));
    }

    @Test
    void paleFilledRatingStarsAreStarsOrLikelyStarsNeverPluses() throws Exception {
        // a survey's five empty rating stars: plump stars filled light grey, which the references find as near a
        // filled house as a star; unsure between the two they stay a likely star, not the bar-and-cross guess "plus"
        List<Widget> icons = detect(cut("/widgets/pale-stars.png"), List.of()).stream()
                .filter(w -> w.kind() == WidgetKind.ICON).toList();

        assertThat(icons).hasSize(5).allMatch(w -> w.icon() == IconKind.STAR || w.likely().contains(IconKind.STAR), "a star or likely one");
    }

    @Test
    void aRowOfTabsWithCountBadgesIsATabBarEvenWhenTheirBarSitsLow() throws Exception {
        // a library account's tabs: "Checked out 6 · Holds 4 · Fines & fees 4 · Borrowing history 6", grey counts in
        // pills after each name, the active tab's bar 18 px under its words
        List<TextLine> text = List.of(words(25, 21, "Checked", 80, "out", 104), words(158, 21, "Holds", 193),
                words(247, 22, "Fines", 282, "&", 295, "fees", 325), words(379, 22, "Borrowing", 441, "history", 487),
                words(119, 27, "6", 123), words(207, 23, "4", 214), words(338, 23, "4", 346), words(501, 24, "6", 507));

        List<Widget> tabs = detect(cut("/widgets/tab-bar-counts.png"), text).stream()
                .filter(w -> w.kind() == WidgetKind.TAB).toList();

        assertThat(tabs).extracting(Widget::text).containsExactly("Checked out 6", "Holds 4", "Fines & fees 4", "Borrowing history 6");
        assertThat(tabs.get(0).state()).isEqualTo(Widget.State.ON);
    }

    /** One line of words at {@code top}, each given by its left edge, text and right edge. */
    @Test
    void tabsWhoseCountsStandApartInPillsAreATabBarThoughASidebarHeadingSharesTheirRow() throws Exception {
        // a warehouse app: the dark sidebar's "PARTNERS" heading, then "Stock levels 12 · Receiving 2 · Suppliers 5 ·
        // Activity", each count in a grey pill 13 px after its name, the first tab underlined in blue
        List<TextLine> text = List.of(words(20, 24, "PARTNERS", 82), words(265, 22, "Stock", 301, "levels", 340),
                words(353, 22, "12", 366), words(397, 22, "Receiving", 458), words(470, 22, "2", 477),
                words(508, 22, "Suppliers", 567), words(577, 22, "5", 586), words(617, 22, "Activity", 665));

        List<Widget> found = detect(cut("/widgets/tabs-beside-sidebar.png"), text);

        List<Widget> tabs = found.stream().filter(w -> w.kind() == WidgetKind.TAB).toList();
        assertThat(tabs).extracting(Widget::text).containsExactlyInAnyOrder("Stock levels 12", "Receiving 2", "Suppliers 5", "Activity");
        assertThat(tabs).filteredOn(t -> t.state() == Widget.State.ON).extracting(Widget::text).containsExactly("Stock levels 12");
        assertThat(found).noneMatch(w -> w.kind() == WidgetKind.TEXT_FIELD);
    }

    @Test
    void aTallPaleRoundedOutlineHoldingAPlaceholderIsATextArea() throws Exception {
        // an invoice's internal memo: 784x98, outlined in #cfd6e3 with rounded corners on a white card, a grey
        // placeholder at its top left, a counter under it
        List<TextLine> text = List.of(words(30, 31, "Only", 61, "visible", 108, "to", 126, "your", 162, "team", 200),
                words(755, 127, "0/1000", 803));

        List<Widget> found = detect(cut("/widgets/pale-notes-box.png"), text);

        assertThat(found).as("%s", found).anyMatch(w -> w.kind() == WidgetKind.TEXT_AREA
                && w.box().left() >= 17 && w.box().left() <= 21 && w.box().bottom() >= 114 && w.box().bottom() <= 118);
    }

    @Test
    void outlineIconsOnADarkSidebarAreNoCheckboxes() throws Exception {
        // a warehouse app's navy sidebar: a truck beside "Receiving", a building beside "Suppliers", drawn in 1.5 px
        // light strokes about 15 px square; a checkbox's square is closed on all four sides, these are not
        List<TextLine> text = List.of(words(46, 13, "Receiving", 103), words(46, 45, "Transfers", 100),
                words(46, 138, "Suppliers", 101));

        List<Widget> found = detect(cut("/widgets/sidebar-outline-icons.png"), text);

        assertThat(found).as("%s", found).noneMatch(w -> w.kind() == WidgetKind.CHECKBOX && w.state() == Widget.State.OFF);
    }

    private static TextLine words(int left, int top, Object... textsAndRights) {
        List<Word> words = new java.util.ArrayList<>();
        int x = left;
        for (int i = 0; i < textsAndRights.length; i += 2) {
            int right = (Integer) textsAndRights[i + 1];
            words.add(new Word(Box.of(x, top, right, top + 12), (String) textsAndRights[i], 0.95));
            x = right + 4;
        }
        Box box = words.get(0).box().union(words.get(words.size() - 1).box());
        return new TextLine(box, String.join(" ", words.stream().map(Word::text).toList()), 0.95, words);
    }

    @Test
    void anEditorOverItsOwnToolbarIsATextAreaAndTheToolbarNoDropdown() throws Exception {
        // a helpdesk's reply box: an outlined editor whose bottom strip, under a rule, holds the format icons, Send and a
        // green Resolve button; the strip touches the editor like the next row of a list would
        Box placeholder = Box.of(178, 121, 366, 136);
        List<TextLine> text = List.of(
                new TextLine(placeholder, "Write a reply to the customer..", 0.95, List.of(new Word(placeholder, "Write a reply to the customer..", 0.95))),
                line(183, 201, "B"), line(215, 201, "I"), line(483, 199, "Send"), line(592, 201, "Resolve"));

        List<Widget> found = detect(cut("/widgets/composer-toolbar.png"), text);

        assertThat(found).as("%s", found).anyMatch(w -> w.kind() == WidgetKind.TEXT_AREA && w.box().contains(placeholder.center()));
        assertThat(found).as("%s", found).noneMatch(w -> w.kind() == WidgetKind.SELECT);
    }

    @Test
    void aThinRepeatIconOcrReadAsADigitIsRepeatNotTheForwardArrowOfItsTopHalf() throws Exception {
        // a music player's controls: shuffle, previous, play, next, repeat (two 1.5 px arrows, read as "2")
        Box two = Box.of(233, 20, 250, 37);
        List<Widget> found = detect(cut("/widgets/player-controls.png"), List.of(new TextLine(two, "2", 0.5, List.of(new Word(two, "2", 0.5)))));

        assertThat(found).as("%s", found).anyMatch(w -> w.icon() == IconKind.REPEAT && w.box().contains(two.center()));
        assertThat(found).as("%s", found).noneMatch(w -> w.icon() == IconKind.FORWARD);
    }

    private static TextLine line(int x, int y, String text) {
        List<Word> words = new java.util.ArrayList<>();
        int cx = x;
        for (String w : text.split(" ")) {
            words.add(new Word(Box.ofSize(cx, y, w.length() * 7, 13), w, 0.95));
            cx += w.length() * 7 + 4;
        }
        return new TextLine(Box.of(x, y, cx - 4, y + 13), text, 0.95, words);
    }
}
