package dev.seepoint.agent;

import java.nio.file.Path;
import java.util.Optional;

/**
 * An instruction could not be carried out, or a check did not hold. The message carries the
 * evidence, in the manner of Selenide: the instruction, what went wrong, what was found instead
 * (nearest candidates, text read), and the paths of the screenshot, trace and report.
 */
public class SeepointAssertionError extends AssertionError {

    private final String instruction;
    private final String evidence;
    private final transient ReportFiles report;

    public SeepointAssertionError(String instruction, String evidence, ReportFiles report, Throwable cause) {
        super(message(instruction, evidence, report), cause);
        this.instruction = instruction;
        this.evidence = evidence;
        this.report = report;
    }

    private static String message(String instruction, String evidence, ReportFiles report) {
        StringBuilder sb = new StringBuilder();
        sb.append("Failed: ").append(instruction).append('\n').append(evidence.strip());
        if (report != null) {
            if (report.screenshot() != null) {
                sb.append("\nScreenshot: ").append(report.screenshot().toAbsolutePath());
            }
            sb.append("\nTrace: ").append(report.trace().toAbsolutePath());
            sb.append("\nReport: ").append(report.html().toAbsolutePath());
        }
        return sb.toString();
    }

    public String instruction() {
        return instruction;
    }

    /** What went wrong and what was found instead. */
    public String evidence() {
        return evidence;
    }

    /** Where the failure report was written, when it was. */
    public Optional<ReportFiles> report() {
        return Optional.ofNullable(report);
    }

    /** A copy naming where the report was written. */
    public SeepointAssertionError withReport(ReportFiles files) {
        SeepointAssertionError e = new SeepointAssertionError(instruction, evidence, files, getCause());
        e.setStackTrace(getStackTrace());
        return e;
    }

    public Optional<Path> tracePath() {
        return report().map(ReportFiles::trace);
    }
}
