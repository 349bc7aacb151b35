package dev.seepoint.perception.widget.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.perception.widget.IconKind;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Shapes named from their strokes: a plus and a cross are strokes, a colour swatch is a filled disc. */
class IconShapesTest {

    private static final int S = 32;

    private static boolean[] mask(Consumer<Graphics2D> painter) {
        return IconTemplates.drawnMask(S, g -> {
            g.setStroke(new BasicStroke(3f));
            painter.accept(g);
        });
    }

    @Test
    void aPlusAndACrossAreNamedFromTheirStrokes() {
        assertThat(IconShapes.classify(mask(g -> {
            g.drawLine(16, 4, 16, 28);
            g.drawLine(4, 16, 28, 16);
        }), S, S)).isEqualTo(IconKind.PLUS);
        assertThat(IconShapes.classify(mask(g -> {
            g.drawLine(5, 5, 27, 27);
            g.drawLine(27, 5, 5, 27);
        }), S, S)).isEqualTo(IconKind.CLOSE);
    }

    /** A shop's colour swatch as the detector masked it (a filled disc 32 px across). */
    private static final String[] SWATCH = {
            "............########............",
            ".........##############.........",
            "........################........",
            "......####################......",
            ".....######################.....",
            "....########################....",
            "...##########################...",
            "...##########################...",
            "..############################..",
            ".##############################.",
            ".##############################.",
            ".##############################.",
            "################################",
            "################################",
            "################################",
            "################################",
            "################################",
            "################################",
            "################################",
            "################################",
            ".##############################.",
            ".##############################.",
            ".##############################.",
            "..############################..",
            "..############################..",
            "...##########################...",
            "....########################....",
            ".....######################.....",
            "......####################......",
            "........################........",
            ".........##############.........",
            "............########............",
    };

    @Test
    void aFilledColourSwatchIsNoPlusNorCross() {
        boolean[] m = new boolean[S * S];
        for (int y = 0; y < S; y++) for (int x = 0; x < S; x++) m[y * S + x] = SWATCH[y].charAt(x) == '#';
        assertThat(IconShapes.classify(m, S, S)).isNotIn(IconKind.PLUS, IconKind.CLOSE);
        assertThat(IconShapes.classify(mask(g -> g.fillRoundRect(4, 4, 24, 24, 10, 10)), S, S))
                .isNotIn(IconKind.PLUS, IconKind.CLOSE);
    }
}
