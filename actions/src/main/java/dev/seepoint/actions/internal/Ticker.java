package dev.seepoint.actions.internal;

import java.time.Duration;

/** The clock and sleeper that waiting loops use, so that tests can run them on fake time. */
public interface Ticker {

    /** A monotonic time in nanoseconds, as {@link System#nanoTime()}. */
    long nanoTime();

    /** Pauses the calling thread for {@code duration}. */
    void sleep(Duration duration) throws InterruptedException;

    /** The real clock and {@link Thread#sleep}. */
    static Ticker system() {
        return SystemTicker.INSTANCE;
    }

    /** The real clock. */
    enum SystemTicker implements Ticker {
        INSTANCE;

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            if (!duration.isNegative() && !duration.isZero()) {
                Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
            }
        }
    }
}
