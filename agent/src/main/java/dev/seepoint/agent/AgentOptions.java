package dev.seepoint.agent;

import dev.seepoint.tools.ToolOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Immutable options of an agent; every {@code withX} returns a copy.
 *
 * @param maxSteps        most tool calls for one instruction
 * @param maxTime         most time for one instruction
 * @param timeout         how long to wait for an element to appear, or a check to hold
 * @param pollInterval    pause between two looks at the screen while waiting
 * @param settleTimeout   how long to let the screen settle after an action
 * @param verifyActions   compare frames before and after each click/type, re-ground with a zoomed crop and retry once
 *                        when nothing changed
 * @param zoom            enlargement of the crop-and-zoom pass
 * @param reportDir       where failure reports go (a sub-folder per failure); null writes none
 */
public record AgentOptions(int maxSteps, Duration maxTime, Duration timeout, Duration pollInterval,
        Duration settleTimeout, boolean verifyActions, double zoom, Path reportDir) {

    public AgentOptions {
        if (maxSteps < 1 || maxSteps > 1000) {
            throw new IllegalArgumentException("maxSteps must be in [1, 1000], got " + maxSteps);
        }
        Objects.requireNonNull(maxTime, "maxTime");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(settleTimeout, "settleTimeout");
        if (maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("maxTime must be positive, got " + maxTime);
        }
        // validates timeout, poll interval, settle timeout and zoom with the tools' own rules
        ToolOptions.defaults().withTimeout(timeout).withPollInterval(pollInterval).withSettleTimeout(settleTimeout)
                .withZoom(zoom);
    }

    public static AgentOptions defaults() {
        return new AgentOptions(20, Duration.ofSeconds(60), Duration.ofSeconds(4), Duration.ofMillis(250),
                Duration.ofSeconds(1), true, 2.0, Path.of("target", "seepoint-reports"));
    }

    public AgentOptions withMaxSteps(int v) {
        return new AgentOptions(v, maxTime, timeout, pollInterval, settleTimeout, verifyActions, zoom, reportDir);
    }

    public AgentOptions withMaxTime(Duration v) {
        return new AgentOptions(maxSteps, v, timeout, pollInterval, settleTimeout, verifyActions, zoom, reportDir);
    }

    public AgentOptions withTimeout(Duration v) {
        return new AgentOptions(maxSteps, maxTime, v, pollInterval, settleTimeout, verifyActions, zoom, reportDir);
    }

    public AgentOptions withPollInterval(Duration v) {
        return new AgentOptions(maxSteps, maxTime, timeout, v, settleTimeout, verifyActions, zoom, reportDir);
    }

    public AgentOptions withSettleTimeout(Duration v) {
        return new AgentOptions(maxSteps, maxTime, timeout, pollInterval, v, verifyActions, zoom, reportDir);
    }

    public AgentOptions withVerifyActions(boolean v) {
        return new AgentOptions(maxSteps, maxTime, timeout, pollInterval, settleTimeout, v, zoom, reportDir);
    }

    public AgentOptions withZoom(double v) {
        return new AgentOptions(maxSteps, maxTime, timeout, pollInterval, settleTimeout, verifyActions, v, reportDir);
    }

    /** Where failure reports go; null writes none. */
    public AgentOptions withReportDir(Path v) {
        return new AgentOptions(maxSteps, maxTime, timeout, pollInterval, settleTimeout, verifyActions, zoom, v);
    }

    /** The matching tool options. */
    public ToolOptions toolOptions() {
        return ToolOptions.defaults().withTimeout(timeout).withPollInterval(pollInterval).withSettleTimeout(settleTimeout)
                .withZoom(zoom);
    }
}
