package dev.seepoint.tools;

import java.time.Duration;
import java.util.Objects;

/**
 * Immutable knobs of the tools; every {@code withX} returns a copy.
 *
 * @param timeout        how long wait and check poll by default
 * @param pollInterval   pause between two polls
 * @param settleTimeout  how long to let the screen settle after an action
 * @param zoom           enlargement of a crop-and-zoom pass (coarse-to-fine grounding, OCR of small text)
 * @param maxScrolls     most wheel turns of one scroll search in one direction
 * @param scrollFraction share of the viewport height one wheel turn moves
 */
public record ToolOptions(Duration timeout, Duration pollInterval, Duration settleTimeout, double zoom, int maxScrolls,
        double scrollFraction) {

    public ToolOptions {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(settleTimeout, "settleTimeout");
        if (timeout.isNegative() || pollInterval.isNegative() || pollInterval.isZero() || settleTimeout.isNegative()) {
            throw new IllegalArgumentException("timeouts must not be negative and the poll interval must be positive: "
                    + timeout + ", " + pollInterval + ", " + settleTimeout);
        }
        if (!(zoom >= 1 && zoom <= 8)) {
            throw new IllegalArgumentException("zoom must be in [1, 8], got " + zoom);
        }
        if (maxScrolls < 0 || maxScrolls > 100) {
            throw new IllegalArgumentException("maxScrolls must be in [0, 100], got " + maxScrolls);
        }
        if (!(scrollFraction > 0 && scrollFraction <= 1)) {
            throw new IllegalArgumentException("scrollFraction must be in (0, 1], got " + scrollFraction);
        }
    }

    public static ToolOptions defaults() {
        return new ToolOptions(Duration.ofSeconds(4), Duration.ofMillis(250), Duration.ofSeconds(1), 2.0, 8, 0.75);
    }

    public ToolOptions withTimeout(Duration value) {
        return new ToolOptions(value, pollInterval, settleTimeout, zoom, maxScrolls, scrollFraction);
    }

    public ToolOptions withPollInterval(Duration value) {
        return new ToolOptions(timeout, value, settleTimeout, zoom, maxScrolls, scrollFraction);
    }

    public ToolOptions withSettleTimeout(Duration value) {
        return new ToolOptions(timeout, pollInterval, value, zoom, maxScrolls, scrollFraction);
    }

    public ToolOptions withZoom(double value) {
        return new ToolOptions(timeout, pollInterval, settleTimeout, value, maxScrolls, scrollFraction);
    }

    public ToolOptions withMaxScrolls(int value) {
        return new ToolOptions(timeout, pollInterval, settleTimeout, zoom, value, scrollFraction);
    }

    public ToolOptions withScrollFraction(double value) {
        return new ToolOptions(timeout, pollInterval, settleTimeout, zoom, maxScrolls, value);
    }
}
