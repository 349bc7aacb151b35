package dev.seepoint.agent;

import java.nio.file.Path;

/**
 * Where a written trace lies.
 *
 * @param directory  the folder holding everything
 * @param trace      the trace JSON
 * @param html       the self-contained HTML report
 * @param screenshot the last frame seen, as PNG; null when no frame was ever taken
 */
public record ReportFiles(Path directory, Path trace, Path html, Path screenshot) {
}
