package dev.seepoint.perception.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.perception.Screenshot;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class DetectorResizeTest {

    @Test
    void downscalingKeepsFlatColoursAndHalvesAnEdge() {
        BufferedImage img = new BufferedImage(8, 4, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(200, 100, 50));
        g.fillRect(0, 0, 4, 4);
        g.setColor(Color.WHITE);
        g.fillRect(4, 0, 4, 4);
        g.dispose();
        int[] px = PpOcrDetector.resizedRgb(Screenshot.of(img), 4, 2);
        assertThat(px[0]).isEqualTo(0xC86432);
        assertThat(px[3]).isEqualTo(0xFFFFFF);
        int r = px[1] >> 16 & 0xFF;
        assertThat(r).isBetween(200, 228); // the sample near the edge mixes a little of the white side
    }
}
