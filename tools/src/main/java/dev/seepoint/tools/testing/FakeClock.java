package dev.seepoint.tools.testing;

import dev.seepoint.tools.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that only moves when someone sleeps on it (or {@link #advance} is called). Thread-safe. */
public final class FakeClock implements Clock {

    private final AtomicReference<Instant> now;
    private final AtomicReference<Duration> slept = new AtomicReference<>(Duration.ZERO);

    public FakeClock() {
        this(Instant.parse("2025-01-01T00:00:00Z"));
    }

    public FakeClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    @Override
    public Instant now() {
        return now.get();
    }

    @Override
    public void sleep(Duration duration) {
        if (duration.isNegative()) {
            return;
        }
        advance(duration);
        slept.updateAndGet(d -> d.plus(duration));
    }

    public void advance(Duration duration) {
        now.updateAndGet(t -> t.plus(duration));
    }

    /** Total time slept so far. */
    public Duration slept() {
        return slept.get();
    }
}
