package dev.seepoint.perception;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Draws what a grounding saw on a copy of the screenshot: the chosen box in green (orange when
 * ambiguous), the click point, and the other candidates in thin blue with their rank.
 */
public final class Annotator {

    private static final Color FOUND = new Color(0, 170, 60);
    private static final Color AMBIGUOUS = new Color(240, 140, 0);
    private static final Color OTHER = new Color(40, 110, 255);

    private Annotator() {
    }

    /** A new image: {@code shot} with {@code grounding} drawn on it. Boxes are frame pixels mapped into the shot. */
    public static BufferedImage draw(Screenshot shot, Grounding grounding) {
        BufferedImage image = shot.toImage();
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            float scale = (float) Math.max(1, shot.devicePixelRatio());
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.round(12 * scale)));
            List<Candidate> others = grounding.alternatives();
            for (int i = 0; i < others.size(); i++) {
                Box b = shot.fromFrame(others.get(i).box());
                g.setColor(OTHER);
                g.setStroke(new BasicStroke(1.5f * scale, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                        new float[] {4 * scale, 3 * scale}, 0));
                g.drawRect(b.left(), b.top(), b.width(), b.height());
                tag(g, b, "#" + (i + 2), OTHER);
            }
            if (grounding.isFound()) {
                Box b = shot.fromFrame(grounding.requireBox());
                Color c = grounding.isAmbiguous() ? AMBIGUOUS : FOUND;
                g.setColor(c);
                g.setStroke(new BasicStroke(3 * scale));
                g.drawRect(b.left() - 1, b.top() - 1, b.width() + 2, b.height() + 2);
                Point p = grounding.point().map(pt -> shot.fromFrame(new Box(pt.x(), pt.y(), pt.x() + 1, pt.y() + 1)))
                        .map(pb -> new Point(pb.left(), pb.top())).orElse(b.center());
                int r = Math.round(5 * scale);
                g.fillOval(p.x() - r, p.y() - r, 2 * r, 2 * r);
                g.setColor(Color.WHITE);
                g.fillOval(p.x() - r / 2, p.y() - r / 2, r, r);
                tag(g, b, (grounding.isAmbiguous() ? "ambiguous: " : "") + grounding.expression(), c);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes the annotated screenshot as PNG. */
    public static void write(Screenshot shot, Grounding grounding, java.nio.file.Path file) {
        Screenshot.of(draw(shot, grounding), shot.devicePixelRatio()).writePng(file);
    }

    private static void tag(Graphics2D g, Box b, String text, Color colour) {
        String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
        FontMetrics fm = g.getFontMetrics();
        int w = fm.stringWidth(shown) + 8;
        int h = fm.getHeight() + 2;
        int x = Math.max(0, b.left());
        int y = b.top() - h - 2 >= 0 ? b.top() - h - 2 : b.bottom() + 2;
        g.setColor(colour);
        g.fillRect(x, y, w, h);
        g.setColor(Color.WHITE);
        g.drawString(shown, x + 4, y + fm.getAscent() + 1);
    }
}
