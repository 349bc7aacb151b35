package dev.seepoint.perception.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControlProbeTest {

    @Test
    void aCaptionRunningToTheEdgeOfTheViewHasNoSwitchRightOfItAndNoError() {
        // a zoomed crop whose caption ends at the crop's right edge: the row to its right is empty, not inverted
        BufferedImage img = new BufferedImage(200, 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 60);
        g.dispose();
        Screenshot shot = Screenshot.of(img);
        Box caption = Box.of(120, 20, 200, 36);

        assertThat(ControlProbe.switchInRow(shot, caption, shot.bounds(), List.of(caption))).isEmpty();
        assertThat(ControlProbe.checkableBeside(shot, caption)).isEmpty();
        assertThat(ControlProbe.graphicNear(shot, caption)).isEmpty();
        Box atLeftEdge = Box.of(0, 0, 60, 16);
        assertThat(ControlProbe.checkableBeside(shot, atLeftEdge)).isEmpty();
        assertThat(ControlProbe.graphicNear(shot, atLeftEdge)).isEmpty();
    }
}
