package dev.seepoint.perception.text;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/** Text drawn with Java2D at known places: the ground truth of the text integration tests. */
final class Rendered {

    private final BufferedImage image;
    private final Graphics2D g;
    private final List<Box> boxes = new ArrayList<>();

    Rendered(int width, int height, Color background) {
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(background);
        g.fillRect(0, 0, width, height);
    }

    /** Fills a rectangle (a button, a toolbar). */
    Rendered fill(Color color, int x, int y, int w, int h) {
        g.setColor(color);
        g.fillRect(x, y, w, h);
        return this;
    }

    /** Draws {@code text} with its top-left at (x, y) and remembers its box. */
    Rendered text(String text, int x, int y, String font, int size, Color color) {
        g.setFont(new Font(font, Font.PLAIN, size));
        g.setColor(color);
        var m = g.getFontMetrics();
        g.drawString(text, x, y + m.getAscent());
        boxes.add(Box.ofSize(x, y, m.stringWidth(text), m.getAscent() + m.getDescent()));
        return this;
    }

    Box box(int i) {
        return boxes.get(i);
    }

    Screenshot shot() {
        g.dispose();
        return Screenshot.of(image);
    }
}
