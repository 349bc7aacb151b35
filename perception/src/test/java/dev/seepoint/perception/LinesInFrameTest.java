package dev.seepoint.perception;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.perception.text.TextLine;
import dev.seepoint.perception.text.TextReader;
import dev.seepoint.perception.text.Word;
import dev.seepoint.perception.widget.PixelWidgetDetector;
import dev.seepoint.perception.widget.WidgetDetector;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text lines reach the widget detector inside the frame, whatever the reader handed back. */
class LinesInFrameTest {

    /** A light strip at the top of a page, its words read with a box reaching two pixels above the frame. */
    private static final TextReader PAST_THE_TOP = shot -> {
        Box line = new Box(300, -2, 420, 18);
        return List.of(new TextLine(line, "Winter escapes", 0.9, List.of(new Word(new Box(300, -2, 360, 18), "Winter", 0.9),
                new Word(new Box(366, -2, 420, 18), "escapes", 0.9))));
    };

    private static Screenshot page() {
        BufferedImage img = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0xF5F1EA));
        g.fillRect(0, 0, 640, 400);
        g.setColor(new Color(0x999999));
        g.fillRect(302, 4, 115, 10);
        g.dispose();
        return Screenshot.of(img);
    }

    @Test
    void aLineReachingPastTheFramesEdgeIsClippedBeforeTheWidgetDetectorSeesIt() {
        List<TextLine> seen = new ArrayList<>();
        WidgetDetector recording = (shot, text) -> {
            seen.addAll(text);
            return List.of();
        };
        try (DefaultGroundingModel model = new DefaultGroundingModel(PAST_THE_TOP, recording, false, 0)) {
            model.locate(page(), "Winter escapes");
        }

        assertThat(seen).singleElement().satisfies(line -> {
            assertThat(line.box()).isEqualTo(new Box(300, 0, 420, 18));
            assertThat(line.words()).extracting(Word::box).containsExactly(new Box(300, 0, 360, 18), new Box(366, 0, 420, 18));
        });
    }

    @Test
    void thePixelWidgetDetectorThenLocatesWithoutReadingOutsideTheFrame() {
        try (DefaultGroundingModel model = new DefaultGroundingModel(PAST_THE_TOP, new PixelWidgetDetector(), false, 0)) {
            Grounding g = model.locate(page(), "the Winter escapes text");

            assertThat(g.isFound()).as(g.toString()).isTrue();
        }
    }
}
