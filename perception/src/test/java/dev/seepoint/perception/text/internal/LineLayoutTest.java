package dev.seepoint.perception.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineLayoutTest {

    private static Screenshot render(Color bg, Color fg, String... parts) {
        BufferedImage img = new BufferedImage(600, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(bg);
        g.fillRect(0, 0, 600, 40);
        g.setColor(fg);
        g.setFont(new Font("DejaVu Sans", Font.PLAIN, 14));
        int x = 10;
        for (String p : parts) {
            g.drawString(p, x, 26);
            x += g.getFontMetrics().stringWidth(p) + 30;
        }
        g.dispose();
        return Screenshot.of(img);
    }

    @Test
    void aRowOfLinksIsCutAtTheWideGapsButAPhraseStaysWhole() {
        Screenshot shot = render(Color.DARK_GRAY, Color.WHITE, "Home", "Sign in", "Contact us");

        List<Box> lines = LineLayout.split(shot, new Box(0, 5, 600, 35));

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).left()).isBetween(5, 10);
        assertThat(lines).allSatisfy(b -> assertThat(b.height()).isEqualTo(30));
        assertThat(lines.get(1).width()).isBetween(45, 70);
    }

    @Test
    void aBoxWithoutInkIsLeftAsItIs() {
        Screenshot shot = render(Color.WHITE, Color.BLACK);
        Box box = new Box(0, 0, 100, 30);
        assertThat(LineLayout.split(shot, box)).containsExactly(box);
    }
}
