package dev.seepoint.actions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seepoint.actions.Device.Settled;
import dev.seepoint.perception.Screenshot;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SettlerTest {

    /** Fake time: sleeping moves the clock, taking a frame costs {@code frameCost}. */
    static final class FakeTicker implements Ticker {
        long now;
        final List<Duration> sleeps = new ArrayList<>();

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void sleep(Duration duration) {
            sleeps.add(duration);
            now += duration.toNanos();
        }
    }

    private final FakeTicker ticker = new FakeTicker();
    private final Settler settler = new Settler(ticker, Duration.ofMillis(50));

    /** A 100x80 white frame with a black square at {@code x} (no square when {@code x < 0}). */
    static Screenshot frame(int x) {
        BufferedImage image = new BufferedImage(100, 80, BufferedImage.TYPE_INT_RGB);
        for (int yy = 0; yy < 80; yy++) {
            for (int xx = 0; xx < 100; xx++) {
                boolean square = x >= 0 && xx >= x && xx < x + 10 && yy >= 30 && yy < 40;
                image.setRGB(xx, yy, square ? 0x000000 : 0xFFFFFF);
            }
        }
        return Screenshot.of(image);
    }

    /** Frames from {@code positions}, then the last one forever; each frame costs 60 ms of fake time. */
    private Supplier<Screenshot> frames(int... positions) {
        int[] next = {0};
        return () -> {
            ticker.now += Duration.ofMillis(60).toNanos();
            int i = Math.min(next[0]++, positions.length - 1);
            return frame(positions[i]);
        };
    }

    @Test
    void aStillScreenSettlesAfterTwoFrames() {
        Settled settled = settler.settle(frames(5), Duration.ofSeconds(2));

        assertThat(settled.settled()).isTrue();
        assertThat(settled.frames()).isEqualTo(2);
        assertThat(settled.waited()).isEqualTo(Duration.ofMillis(170));
    }

    @Test
    void aMovingSquareSettlesOnceItStops() {
        Settled settled = settler.settle(frames(0, 10, 20, 30, 30), Duration.ofSeconds(2));

        assertThat(settled.settled()).isTrue();
        assertThat(settled.frames()).isEqualTo(5);
        assertThat(settled.frame().samePixels(frame(30))).isTrue();
    }

    @Test
    void anEndlessAnimationIsReportedNotSettledWithinTheBound() {
        int[] moving = new int[1000];
        for (int i = 0; i < moving.length; i++) {
            moving[i] = i % 2 == 0 ? 10 : 40;
        }
        Settled settled = settler.settle(frames(moving), Duration.ofSeconds(1));

        assertThat(settled.settled()).isFalse();
        assertThat(settled.waited()).isGreaterThanOrEqualTo(Duration.ofSeconds(1)).isLessThan(Duration.ofMillis(1200));
        assertThat(settled.frames()).isBetween(9, 11);
    }

    @Test
    void theLastSleepIsCutToTheTimeLeft() {
        settler.settle(frames(0, 10, 20, 30, 40, 50, 60, 70), Duration.ofMillis(300));

        assertThat(ticker.sleeps).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofMillis(50)));
        assertThat(ticker.now).isLessThanOrEqualTo(Duration.ofMillis(300 + 60).toNanos());
    }

    @Test
    void aZeroTimeoutTakesOneFrameAndDoesNotClaimToHaveSettled() {
        Settled settled = settler.settle(frames(5), Duration.ZERO);

        assertThat(settled.settled()).isFalse();
        assertThat(settled.frames()).isEqualTo(1);
    }

    @Test
    void aClockThatNeverMovesStillEndsTheLoop() {
        Ticker frozen = new Ticker() {
            @Override
            public long nanoTime() {
                return 42;
            }

            @Override
            public void sleep(Duration duration) {
            }
        };
        int[] n = {0};
        Settled settled = new Settler(frozen, Duration.ofMillis(100))
                .settle(() -> frame(n[0]++ % 2 == 0 ? 0 : 50), Duration.ofSeconds(1));

        assertThat(settled.settled()).isFalse();
        assertThat(settled.frames()).isLessThanOrEqualTo(13);
    }

    @Test
    void aBlinkingCaretDoesNotKeepTheScreenBusy() {
        BufferedImage blank = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Screenshot without = Screenshot.of(blank);
        BufferedImage withCaret = without.toImage();
        for (int y = 20; y < 38; y++) {
            withCaret.setRGB(50, y, 0x000000);
        }
        Screenshot caret = Screenshot.of(withCaret);
        int[] n = {0};
        Settled settled = settler.settle(() -> n[0]++ % 2 == 0 ? without : caret, Duration.ofSeconds(1));

        assertThat(settled.settled()).isTrue();
        assertThat(settled.frames()).isEqualTo(2);
    }

    @Test
    void aSmallSpinnerIsNotMistakenForACaret() {
        FrameDiff diff = FrameDiff.between(frame(10), frame(12));

        assertThat(diff.changed()).isEqualTo(40);
        assertThat(diff.still(1.0)).isFalse();
    }

    @Test
    void framesOfDifferentSizesAreNotStill() {
        Screenshot small = Screenshot.of(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB));

        assertThat(FrameDiff.between(small, frame(0)).still(1.0)).isFalse();
    }

    @Test
    void aNegativeTimeoutIsRefused() {
        assertThatThrownBy(() -> settler.settle(frames(0), Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT-0.001S");
    }
}
