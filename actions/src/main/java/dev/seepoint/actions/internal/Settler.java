package dev.seepoint.actions.internal;

import dev.seepoint.actions.Device.Settled;
import dev.seepoint.perception.Screenshot;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Waits for the screen to stop moving: takes frames until two consecutive ones are the same
 * (a blinking caret aside), at most for a timeout and at most a bounded number of frames.
 */
public final class Settler {

    /** Pause between frames; a Chromium screenshot itself takes another 50–80 ms. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(50);

    private final Ticker ticker;
    private final Duration interval;

    public Settler(Ticker ticker, Duration interval) {
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the settle interval must be positive, got " + interval);
        }
        this.interval = interval;
    }

    public Settler() {
        this(Ticker.system(), DEFAULT_INTERVAL);
    }

    /**
     * Takes frames from {@code frames} until two consecutive ones are still, or {@code timeout}
     * has passed. A zero timeout takes one frame and reports it not settled.
     */
    public Settled settle(Supplier<Screenshot> frames, Duration timeout) {
        if (timeout == null || timeout.isNegative()) {
            throw new IllegalArgumentException("the settle timeout must be zero or positive, got " + timeout);
        }
        long start = ticker.nanoTime();
        long budget = timeout.toNanos();
        // Bounds the loop even when the clock does not move (a fake ticker, a stalled clock).
        long maxFrames = 2 + Math.min(100_000L, budget / interval.toNanos() + 1);
        Screenshot previous = frames.get();
        int count = 1;
        while (count < maxFrames) {
            long elapsed = ticker.nanoTime() - start;
            if (elapsed >= budget) {
                break;
            }
            try {
                ticker.sleep(Duration.ofNanos(Math.min(interval.toNanos(), budget - elapsed)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            Screenshot current = frames.get();
            count++;
            if (FrameDiff.between(previous, current).still(current.devicePixelRatio())) {
                return new Settled(current, true, Duration.ofNanos(ticker.nanoTime() - start), count);
            }
            previous = current;
        }
        return new Settled(previous, false, Duration.ofNanos(ticker.nanoTime() - start), count);
    }
}
