package dev.seepoint.agent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.tools.testing.Frames;
import org.junit.jupiter.api.Test;

class ScreenDiffTest {

    private final Screenshot page = Frames.solid(1280, 800, 0xFFFFFF);

    @Test
    void aShortStatusLineAppearingOnAFullScreenIsAChange() {
        Screenshot saved = Frames.with(page, Box.ofSize(270, 700, 110, 3), 0x0F766E);

        assertThat(ScreenDiff.changedPixels(page, saved, null)).isEqualTo(330);
        assertThat(ScreenDiff.changed(page, saved, null)).isTrue();
    }

    @Test
    void aBlinkingCaretIsNoChangeOfTheFullScreen() {
        Screenshot caret = Frames.with(page, Box.ofSize(500, 300, 1, 20), 0x000000);

        assertThat(ScreenDiff.changed(page, caret, null)).isFalse();
    }

    @Test
    void aRadioDotIsAChangeOfTheRegionAroundTheRadio() {
        Screenshot dot = Frames.with(page, Box.ofSize(581, 496, 4, 4), 0x2563EB);

        assertThat(ScreenDiff.changed(page, dot, null)).isFalse();
        assertThat(ScreenDiff.changed(page, dot, Box.of(578, 493, 591, 506).expand(24))).isTrue();
    }
}
