package dev.seepoint.perception.widget.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Letters told from icons, and icons matched with part of them covered. */
class IconTemplatesTest {

    private static final int S = 24;

    private static boolean[] mask(Consumer<Graphics2D> painter) {
        return IconTemplates.drawnMask(S, painter);
    }

    private static boolean[] heart() {
        return mask(g -> {
            Path2D p = new Path2D.Double();
            p.moveTo(20.8, 4.6); p.curveTo(18.6, 2.5, 15.2, 2.5, 13, 4.6); p.lineTo(12, 5.7); p.lineTo(11, 4.6);
            p.curveTo(8.8, 2.5, 5.4, 2.5, 3.2, 4.6); p.curveTo(1, 6.8, 1, 10.3, 3.2, 12.4); p.lineTo(12, 21); p.lineTo(20.8, 12.4);
            p.curveTo(23, 10.3, 23, 6.8, 20.8, 4.6); p.closePath();
            g.setStroke(new BasicStroke(2f));
            g.draw(p);
        });
    }

    @Test
    void aBoldBIsNearTheLetterBAndAHeartIsFarFromTheNineOcrTookItFor() {
        boolean[] b = mask(g -> {
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
            g.drawString("B", 4, 20);
        });
        assertThat(IconTemplates.letterDistance(b, S, S, "B")).isLessThan(0.35);
        assertThat(IconTemplates.letterDistance(heart(), S, S, "9")).isGreaterThan(0.8);
        assertThat(IconTemplates.letterDistance(b, S, S, "BB")).as("not one character").isEqualTo(Double.MAX_VALUE);
    }

    @Test
    void aHeartWithItsRightLobeCoveredIsStillAHeartWhenTheCoverIsKnown() {
        boolean[] m = heart();
        boolean[] hidden = new boolean[S * S];
        for (int y = 0; y < 10; y++) for (int x = 14; x < S; x++) {
            hidden[y * S + x] = true;
            m[y * S + x] = false;
        }
        assertThat(IconTemplates.match(m, hidden, S, S).kind()).isEqualTo(dev.seepoint.perception.widget.IconKind.HEART);
    }

    @Test
    void aCoverThatHidesNothingIsNoCover() {
        // a badge's mask that falls wholly outside the icon's cell: matched as if nothing were covered, not a crash
        assertThat(IconTemplates.match(heart(), new boolean[S * S], S, S)).isEqualTo(IconTemplates.match(heart(), null, S, S));
    }

    @Test
    void aRibbonCutAtItsFootIsABookmarkNotAStar() {
        // a lesson's "bookmark this" ribbon, 14 by 18, its foot cut deep
        boolean[] ribbon = mask(g -> {
            Path2D p = new Path2D.Double();
            p.moveTo(5, 3); p.lineTo(19, 3); p.lineTo(19, 21); p.lineTo(12, 14.5); p.lineTo(5, 21); p.closePath();
            g.setStroke(new BasicStroke(2f));
            g.draw(p);
        });
        assertThat(IconTemplates.match(ribbon, null, S, S).kind()).isEqualTo(dev.seepoint.perception.widget.IconKind.BOOKMARK);
        assertThat(dev.seepoint.perception.widget.IconKind.STAR.words()).doesNotContain("bookmark");
    }
}
