package dev.seepoint.agent.internal;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Candidate;
import dev.seepoint.perception.Screenshot;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/** Draws the grounded box (green when the step succeeded, red when not) and numbered candidates (orange) on a frame. */
public final class Annotator {

    private static final Color FOUND = new Color(0x00A651);
    private static final Color FAILED = new Color(0xE0201B);
    private static final Color CANDIDATE = new Color(0xFF8C00);

    private Annotator() {
    }

    public static Screenshot draw(Screenshot frame, Box box, List<Candidate> candidates, boolean ok) {
        if (box == null && candidates.isEmpty()) {
            return frame;
        }
        BufferedImage img = frame.toImage();
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        int n = 1;
        for (Candidate c : candidates) {
            if (box != null && c.box().equals(box)) {
                n++;
                continue;
            }
            g.setColor(CANDIDATE);
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            g.drawRect(c.box().left(), c.box().top(), Math.max(1, c.box().width() - 1), Math.max(1, c.box().height() - 1));
            g.drawString(String.valueOf(n++), c.box().left() + 2, Math.max(12, c.box().top() - 2));
        }
        if (box != null) {
            g.setColor(ok ? FOUND : FAILED);
            g.setStroke(new BasicStroke(3f));
            g.drawRect(box.left(), box.top(), Math.max(1, box.width() - 1), Math.max(1, box.height() - 1));
        }
        g.dispose();
        return Screenshot.of(img, frame.devicePixelRatio());
    }
}
