package dev.seepoint.perception.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.perception.Screenshot;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The detector reuses its input buffers: a frame detected after a bigger one sees none of the bigger one. */
class DetectorBufferReuseIT {

    private static Screenshot page(int width, int height, String... lines) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], 40 + (i % 3) * 380, 60 + (i / 3) * 70);
        }
        g.dispose();
        return Screenshot.of(img);
    }

    private static PpOcrDetector detector() {
        return new PpOcrDetector(ModelResources.bytes(ModelResources.DET_V3), 2, 960, DbPostProcessor.standard());
    }

    @Test
    void aSmallFrameAfterABigOneIsDetectedAsByAFreshDetector() {
        Screenshot big = page(1280, 800, "Welcome back to the dashboard", "Orders and invoices", "Settings",
                "Sign out of every device", "Billing address", "Help centre", "Privacy", "Terms", "Cookies");
        Screenshot small = page(420, 180, "Sign in", "Forgot password?");
        List<TextRegion> fresh;
        try (PpOcrDetector alone = detector()) {
            fresh = alone.detect(small);
        }
        try (PpOcrDetector reused = detector()) {
            assertThat(reused.detect(big)).hasSizeGreaterThanOrEqualTo(5);
            assertThat(reused.detect(small)).isEqualTo(fresh);
            assertThat(reused.detect(big)).isEqualTo(reused.detect(big));
        }
        assertThat(fresh).isNotEmpty();
    }
}
