package dev.seepoint.scenarios;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a run goes. Immutable; {@code withX} returns a copy.
 *
 * @param parallel    scenarios run at once, each in its own browser (1..32)
 * @param grid        a Selenium Grid to start every browser on, instead of this machine
 * @param retry       extra attempts for a failed scenario (0..5)
 * @param reportDir   where the HTML report, JUnit XML and traces go
 * @param headed      show browser windows (needs a display)
 * @param timeout     the most time one scenario may take; its browser is closed when it is up
 * @param stepTimeout how long a step waits for its element or check, when the suite does not say
 * @param baseUrl     where relative pages are found when a suite neither serves a folder nor names a full URL
 */
public record RunOptions(int parallel, Optional<URI> grid, int retry, Path reportDir, boolean headed, Duration timeout,
        Optional<Duration> stepTimeout, Optional<String> baseUrl) {

    public RunOptions {
        if (parallel < 1 || parallel > 32) {
            throw new IllegalArgumentException("--parallel must be between 1 and 32, got " + parallel);
        }
        if (retry < 0 || retry > 5) {
            throw new IllegalArgumentException("--retry must be between 0 and 5, got " + retry);
        }
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(reportDir, "reportDir");
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("--timeout must be positive, got " + timeout);
        }
        Objects.requireNonNull(stepTimeout, "stepTimeout");
        Objects.requireNonNull(baseUrl, "baseUrl");
    }

    /** One at a time, local headless Chromium, no retries, reports under {@code target/seepoint}, 5 minutes a scenario. */
    public static RunOptions defaults() {
        return new RunOptions(1, Optional.empty(), 0, Path.of("target", "seepoint"), false, Duration.ofMinutes(5),
                Optional.empty(), Optional.empty());
    }

    public RunOptions withParallel(int v) {
        return new RunOptions(v, grid, retry, reportDir, headed, timeout, stepTimeout, baseUrl);
    }

    public RunOptions withGrid(URI v) {
        return new RunOptions(parallel, Optional.ofNullable(v), retry, reportDir, headed, timeout, stepTimeout, baseUrl);
    }

    public RunOptions withRetry(int v) {
        return new RunOptions(parallel, grid, v, reportDir, headed, timeout, stepTimeout, baseUrl);
    }

    public RunOptions withReportDir(Path v) {
        return new RunOptions(parallel, grid, retry, v, headed, timeout, stepTimeout, baseUrl);
    }

    public RunOptions withHeaded(boolean v) {
        return new RunOptions(parallel, grid, retry, reportDir, v, timeout, stepTimeout, baseUrl);
    }

    public RunOptions withTimeout(Duration v) {
        return new RunOptions(parallel, grid, retry, reportDir, headed, v, stepTimeout, baseUrl);
    }

    public RunOptions withStepTimeout(Duration v) {
        return new RunOptions(parallel, grid, retry, reportDir, headed, timeout, Optional.ofNullable(v), baseUrl);
    }

    public RunOptions withBaseUrl(String v) {
        return new RunOptions(parallel, grid, retry, reportDir, headed, timeout, stepTimeout, Optional.ofNullable(v));
    }
}
