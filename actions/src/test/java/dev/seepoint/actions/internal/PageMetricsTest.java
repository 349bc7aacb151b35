package dev.seepoint.actions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seepoint.actions.ActionException;
import dev.seepoint.perception.Point;
import dev.seepoint.perception.Size;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageMetricsTest {

    @Test
    void atRatioOneScreenshotPixelsAreCssPixels() {
        PageMetrics metrics = new PageMetrics(1280, 800, 1.0);

        assertThat(metrics.toCss(new Point(640, 400))).isEqualTo(new Point(640, 400));
        assertThat(metrics.viewport()).isEqualTo(new Size(1280, 800));
    }

    @Test
    void atRatioTwoScreenshotPixelsAreHalved() {
        PageMetrics metrics = new PageMetrics(1280, 800, 2.0);

        assertThat(metrics.viewport()).isEqualTo(new Size(2560, 1600));
        assertThat(metrics.toCss(new Point(200, 100))).isEqualTo(new Point(100, 50));
        assertThat(metrics.toCss(-300)).isEqualTo(-150);
    }

    @Test
    void theLastScreenshotPixelStaysInsideTheCssViewport() {
        PageMetrics metrics = new PageMetrics(1280, 800, 2.0);

        assertThat(metrics.toCss(new Point(2559, 1599))).isEqualTo(new Point(1279, 799));
    }

    @Test
    void fractionalRatiosRound() {
        PageMetrics metrics = new PageMetrics(1024, 640, 1.25);

        assertThat(metrics.viewport()).isEqualTo(new Size(1280, 800));
        assertThat(metrics.toCss(new Point(125, 250))).isEqualTo(new Point(100, 200));
    }

    @Test
    void aPointOutsideTheViewportIsRefusedWithTheViewportSize() {
        PageMetrics metrics = new PageMetrics(1280, 800, 1.0);

        assertThatThrownBy(() -> metrics.toCss(new Point(1280, 10)))
                .isInstanceOf(ActionException.class)
                .hasMessageContaining("(1280,10)")
                .hasMessageContaining("1280x800 viewport");
        assertThatThrownBy(() -> metrics.toCss(new Point(-1, 10))).isInstanceOf(ActionException.class);
    }

    @Test
    void readsWhatTheScriptReturns() {
        PageMetrics metrics = PageMetrics.fromScript(List.of(1280L, 800L, 2L));

        assertThat(metrics).isEqualTo(new PageMetrics(1280, 800, 2.0));
        assertThat(PageMetrics.fromScript(List.of(1280L, 800L, 1.5)).devicePixelRatio()).isEqualTo(1.5);
    }

    @Test
    void anUnexpectedScriptResultIsReported() {
        assertThatThrownBy(() -> PageMetrics.fromScript("nonsense"))
                .isInstanceOf(ActionException.class).hasMessageContaining("nonsense");
    }

    @Test
    void screenshotSizesWithinRoundingMatch() {
        PageMetrics metrics = new PageMetrics(1280, 800, 1.5);

        assertThat(metrics.matches(new Size(1920, 1200))).isTrue();
        assertThat(metrics.matches(new Size(1921, 1199))).isTrue();
        assertThat(metrics.matches(new Size(1280, 800))).isFalse();
    }
}
