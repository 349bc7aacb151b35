package dev.seepoint.perception;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.perception.resolve.Scene;
import dev.seepoint.perception.text.TextLine;
import dev.seepoint.perception.text.TextReader;
import dev.seepoint.perception.text.Word;
import dev.seepoint.perception.widget.IconKind;
import dev.seepoint.perception.widget.Widget;
import dev.seepoint.perception.widget.WidgetKind;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An avatar found from its shape, whose letters the line detector passed over, is read once for "the MC avatar". */
class AvatarInitialsTest {

    private static final Box DISC = new Box(360, 20, 394, 54);

    /** Finds no lines on the whole frame; reads {@code initials} in any box it is asked to read. */
    private static final class MissingReader implements TextReader {
        final List<Box> asked = new ArrayList<>();
        final String initials;
        final double confidence;

        MissingReader(String initials, double confidence) {
            this.initials = initials;
            this.confidence = confidence;
        }

        @Override
        public List<TextLine> read(Screenshot screenshot) {
            return List.of();
        }

        @Override
        public List<TextLine> readLines(Screenshot screenshot, List<Box> boxes) {
            asked.addAll(boxes);
            return boxes.stream().map(b -> new TextLine(b, initials, confidence, List.of(new Word(b, initials, confidence)))).toList();
        }
    }

    private static Screenshot blank() {
        BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 400, 300);
        g.dispose();
        return Screenshot.of(img);
    }

    private static DefaultGroundingModel model(TextReader reader) {
        return new DefaultGroundingModel(reader,
                (shot, lines) -> List.of(new Widget(WidgetKind.ICON, DISC, Widget.State.UNKNOWN, IconKind.USER, "")), false, 0);
    }

    @Test
    void theInitialsOnAnAvatarTheDetectorPassedOverAreReadInsideItsDisc() {
        MissingReader reader = new MissingReader("MC", 0.95);
        try (DefaultGroundingModel model = model(reader)) {
            Grounding g = model.locate(blank(), "the MC avatar in the top right");

            assertThat(g.isFound()).as("%s", g).isTrue();
            assertThat(g.requireBox()).isEqualTo(DISC);
            assertThat(reader.asked).hasSize(1).allMatch(b -> DISC.contains(b) && b.width() < DISC.width() - 8);
        }
    }

    @Test
    void whatIsReadThereUnsurelyOrNotAsLettersIsNotTakenForInitials() {
        for (MissingReader reader : List.of(new MissingReader("MC", 0.6), new MissingReader("8", 0.95))) {
            try (DefaultGroundingModel model = model(reader)) {
                Scene scene = model.scene(blank());

                assertThat(scene.elements()).as("%s", scene.elements()).noneMatch(e -> !e.text().isBlank());
            }
        }
    }
}
