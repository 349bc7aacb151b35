package dev.seepoint.tools.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Candidate;
import dev.seepoint.perception.Grounding;
import dev.seepoint.perception.Screenshot;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppearedTest {

    private static final Box HEADING = Box.of(10, 10, 50, 24); // "Done", a column's heading, there all along
    private static final Box MENU_ITEM = Box.of(100, 50, 140, 64); // "Done" in the menu the last click opened

    private static Screenshot frame(boolean menuOpen, boolean headingChanged) {
        BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 100);
        g.setColor(headingChanged ? Color.BLUE : Color.DARK_GRAY);
        g.fillRect(12, 12, 36, 10);
        if (menuOpen) {
            g.setColor(Color.DARK_GRAY);
            g.fillRect(96, 46, 48, 22);
        }
        g.dispose();
        return Screenshot.of(img);
    }

    private static Grounding tie() {
        return Grounding.ambiguous("Done", new dev.seepoint.perception.Size(200, 100), HEADING, HEADING.center(), 0.98,
                List.of(new Candidate(MENU_ITEM, 0.98, "text", "Done")), Map.of("kind", "text", "text", "Done"), "2 match");
    }

    @Test
    void ofTwoEquallyGoodMatchesTheOneTheLastActionBroughtUpIsIt() {
        Grounding g = Appeared.settle(tie(), frame(false, false), frame(true, false)).orElseThrow();

        assertThat(g.isUnique()).isTrue();
        assertThat(g.requireBox()).isEqualTo(MENU_ITEM);
        assertThat(g.evidence()).containsKey("appeared");
    }

    @Test
    void whenBothOrNeitherChangedTheTieStands() {
        assertThat(Appeared.settle(tie(), frame(false, false), frame(true, true))).isEmpty();
        assertThat(Appeared.settle(tie(), frame(true, false), frame(true, false))).isEmpty();
    }
}
