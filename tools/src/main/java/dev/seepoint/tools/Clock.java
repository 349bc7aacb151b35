package dev.seepoint.tools;

import java.time.Duration;
import java.time.Instant;

/** The time seam of every wait: real time in production, a fake that advances on sleep in tests. */
public interface Clock {

    Instant now();

    /** Sleeps {@code duration}; when interrupted, re-sets the interrupt flag and returns early. */
    void sleep(Duration duration);

    /** Elapsed time since {@code start}. */
    default Duration since(Instant start) {
        return Duration.between(start, now());
    }

    /** Wall-clock time and {@link Thread#sleep}. */
    static Clock system() {
        return SystemClock.INSTANCE;
    }

    /** The system clock. */
    enum SystemClock implements Clock {
        INSTANCE;

        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public void sleep(Duration duration) {
            if (duration.isZero() || duration.isNegative()) {
                return;
            }
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
