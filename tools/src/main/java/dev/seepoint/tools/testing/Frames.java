package dev.seepoint.tools.testing;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** Synthetic screenshots for tests: a plain background with coloured rectangles. */
public final class Frames {

    private Frames() {
    }

    /** A {@code width x height} frame of one colour ({@code 0xRRGGBB}). */
    public static Screenshot solid(int width, int height, int rgb) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(rgb));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return Screenshot.of(img);
    }

    /** A copy of {@code frame} with {@code box} filled with {@code rgb}. */
    public static Screenshot with(Screenshot frame, Box box, int rgb) {
        BufferedImage img = frame.toImage();
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(rgb));
        g.fillRect(box.left(), box.top(), box.width(), box.height());
        g.dispose();
        return Screenshot.of(img, frame.devicePixelRatio());
    }
}
