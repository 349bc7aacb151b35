package dev.seepoint.perception.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.text.TextLine;
import dev.seepoint.perception.text.Word;
import dev.seepoint.perception.widget.Widget;
import dev.seepoint.perception.widget.WidgetKind;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlankOptionsTest {

    private static final int TOP = 440;
    private static final int SIDE = 54;
    private static final int HIGH = 40;

    private final List<TextLine> lines = new ArrayList<>();
    private final List<Widget> widgets = new ArrayList<>();

    /** A row of outlined option buttons from x=100, 10 px apart, each captioned; returns the frame. */
    private Screenshot row(String... captions) {
        BufferedImage img = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1280, 800);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        for (int i = 0; i < captions.length; i++) {
            int x = 100 + i * (SIDE + 10);
            g.setColor(new Color(0xcc, 0xcc, 0xcc));
            g.setStroke(new BasicStroke(1));
            g.drawRect(x, TOP, SIDE - 1, HIGH - 1);
            widgets.add(Widget.of(WidgetKind.ICON, Box.ofSize(x, TOP, SIDE, HIGH)));
            g.setColor(new Color(0x22, 0x22, 0x22));
            if (captions[i].equals("[gear]")) {
                g.fillOval(x + 17, TOP + 10, 20, 20); // a drawing, not a letter: taller than the captions
            } else {
                int w = g.getFontMetrics().stringWidth(captions[i]);
                g.drawString(captions[i], x + (SIDE - w) / 2, TOP + 26);
            }
        }
        g.dispose();
        return Screenshot.of(img);
    }

    /** What the line detector found: the caption of option {@code i} (0-based), the rest passed over. */
    private void read(int i, String text) {
        int x = 100 + i * (SIDE + 10) + SIDE / 2 - 6 * text.length();
        Box box = Box.of(x, TOP + 15, x + 12 * text.length(), TOP + 27);
        lines.add(new TextLine(box, text, 0.95, List.of(new Word(box, text, 0.95))));
    }

    @Test
    void aSizeButtonWhoseLetterTheDetectorMissedIsHandedBackForReading() {
        Screenshot shot = row("XS", "S", "M", "L", "XL");
        read(0, "XS");
        read(1, "S");
        read(2, "M");
        read(4, "XL");

        List<Box> missed = BlankOptions.in(shot, lines, widgets);

        assertThat(missed).hasSize(1);
        Box l = missed.get(0);
        assertThat(Box.ofSize(100 + 3 * (SIDE + 10), TOP, SIDE, HIGH).contains(l)).as(l.toString()).isTrue();
        assertThat(l.height()).isBetween(10, 18);
    }

    @Test
    void anIconInARowOfCaptionedButtonsIsNotTakenForAMissedCaption() {
        Screenshot shot = row("B", "I", "U", "[gear]");
        read(0, "B");
        read(1, "I");
        read(2, "U");

        assertThat(BlankOptions.in(shot, lines, widgets)).isEmpty();
    }

    @Test
    void aRowWithFewerThanTwoReadCaptionsGivesNothingToGoOn() {
        Screenshot shot = row("S", "M", "L");
        read(0, "S");

        assertThat(BlankOptions.in(shot, lines, widgets)).isEmpty();
    }

    @Test
    void onlyShortReadingsOfLettersDigitsAndSignsPassForCaptions() {
        Box b = Box.of(0, 0, 10, 10);
        List<TextLine> read = List.of(new TextLine(b, "L", 0.9, List.of()), new TextLine(b, "15%", 0.8, List.of()),
                new TextLine(b, "@", 0.9, List.of()), new TextLine(b, "Large", 0.9, List.of()),
                new TextLine(b, "M", 0.3, List.of()));

        assertThat(BlankOptions.captions(read)).extracting(TextLine::text).containsExactly("L", "15%");
    }
}
