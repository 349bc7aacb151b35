package dev.seepoint.perception.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.perception.Screenshot;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameDeltaTest {

    private static Screenshot frame(int markY) {
        BufferedImage img = new BufferedImage(200, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 300);
        if (markY >= 0) {
            g.setColor(Color.BLACK);
            g.fillRect(50, markY, 20, 10);
        }
        g.dispose();
        return Screenshot.of(img);
    }

    @Test
    void identicalFramesHaveNoChangedBands() {
        Screenshot a = frame(100);
        Screenshot b = frame(100);
        assertThat(FrameDelta.changedBands(a, a.pixels(), b, b.pixels(), 8)).isEmpty();
    }

    @Test
    void aChangeIsReportedAsABandGrownByTheMargin() {
        Screenshot a = frame(-1);
        Screenshot b = frame(100);
        List<FrameDelta.Band> bands = FrameDelta.changedBands(a, a.pixels(), b, b.pixels(), 8);
        assertThat(bands).containsExactly(new FrameDelta.Band(92, 118));
    }

    @Test
    void distantChangesAreSeparateBands() {
        Screenshot a = frame(20);
        Screenshot b = frame(200);
        assertThat(FrameDelta.changedBands(a, a.pixels(), b, b.pixels(), 4))
                .containsExactly(new FrameDelta.Band(16, 34), new FrameDelta.Band(196, 214));
    }

    @Test
    void framesOfDifferentSizesCannotBeCompared() {
        Screenshot a = frame(20);
        Screenshot b = Screenshot.of(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB));
        assertThat(FrameDelta.changedBands(a, a.pixels(), b, b.pixels(), 4)).isNull();
    }
}
