package dev.seepoint.scenarios.report;

import dev.seepoint.agent.Step;
import dev.seepoint.scenarios.ScenarioResult;
import dev.seepoint.scenarios.Secrets;
import dev.seepoint.scenarios.StepResult;
import dev.seepoint.scenarios.StepResult.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One HTML report for a whole run ({@code index.html}): a summary, then every scenario, failures
 * first; per step its instruction, status and time, and per tool call the observation, the grounded
 * box and candidates, the text read, timings and the annotated frame. Small frames are embedded;
 * once the embedded total passes a budget, frames are linked as the files beside the report, so a
 * run of hundreds of steps stays quick to open. Secrets are masked.
 */
public final class RunReport {

    /** Frames up to this size are embedded as data URIs... */
    static final long EMBED_MAX_BYTES = 200_000;
    /** ...until this many bytes have been embedded. */
    static final long EMBED_BUDGET_BYTES = 8_000_000;

    private RunReport() {
    }

    /** Writes {@code index.html} into {@code dir} and returns its path. */
    public static Path write(List<ScenarioResult> results, Path dir, Secrets secrets, boolean cancelled, long durationMs) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("index.html");
            Files.writeString(file, secrets.mask(render(results, dir, secrets, cancelled, durationMs)), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + dir, e);
        }
    }

    static String render(List<ScenarioResult> results, Path dir, Secrets secrets, boolean cancelled, long durationMs) {
        long[] embedded = {0};
        StringBuilder h = new StringBuilder(16384);
        long passed = results.stream().filter(ScenarioResult::passed).count();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Seepoint run: ")
                .append(passed).append('/').append(results.size()).append(" passed</title>\n<style>")
                .append("body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#222;max-width:1400px}")
                .append("details{border:1px solid #ccc;border-radius:6px;margin:10px 0;padding:6px 12px}")
                .append("details.FAILED,details.ERROR{border-color:#e0201b;background:#fff7f7}details.PASSED{border-color:#9c9}")
                .append("summary{cursor:pointer;font-weight:600}.PASSED .st{color:#00853f}.FAILED .st,.ERROR .st{color:#d0201b}")
                .append(".SKIPPED .st{color:#888}table{border-collapse:collapse;width:100%}td,th{border-top:1px solid #eee;")
                .append("padding:4px 6px;vertical-align:top;text-align:left}pre{white-space:pre-wrap;background:#f6f6f6;")
                .append("padding:6px;margin:4px 0}img{max-width:640px;border:1px solid #ddd;display:block;margin:4px 0}")
                .append(".muted{color:#777}.tool{margin:4px 0 8px 12px;padding-left:8px;border-left:3px solid #ddd}")
                .append("code{background:#f0f0f0;padding:1px 4px}</style></head><body>\n");
        h.append("<h1>Seepoint run</h1>\n<p><b>").append(passed).append(" of ").append(results.size())
                .append(" scenarios passed</b> &middot; ")
                .append(count(results, Status.FAILED)).append(" failed &middot; ")
                .append(count(results, Status.ERROR)).append(" crashed &middot; ")
                .append(count(results, Status.SKIPPED)).append(" not run &middot; ")
                .append(String.format(Locale.ROOT, "%.1f s", durationMs / 1000.0)).append(" &middot; ")
                .append(esc(Instant.now().toString())).append("</p>\n");
        if (cancelled) {
            h.append("<p class=\"FAILED\"><b>The run was stopped before the end;</b> this report covers what ran.</p>\n");
        }
        List<ScenarioResult> ordered = new ArrayList<>(results);
        ordered.sort(Comparator.comparingInt(r -> r.status() == Status.FAILED || r.status() == Status.ERROR ? 0
                : r.status() == Status.SKIPPED ? 2 : 1));
        for (ScenarioResult r : ordered) {
            boolean bad = r.status() == Status.FAILED || r.status() == Status.ERROR;
            h.append("<details class=\"").append(r.status()).append('"').append(bad ? " open" : "").append("><summary><span class=\"st\">")
                    .append(r.status()).append("</span> ").append(esc(r.title()))
                    .append(" <span class=\"muted\">").append(String.format(Locale.ROOT, "%.1f s", r.durationMs() / 1000.0))
                    .append(r.attempts() > 1 ? " &middot; " + r.attempts() + " attempts" : "")
                    .append(" &middot; ").append(esc(String.valueOf(r.file()))).append("</span></summary>\n");
            if (!r.failure().isEmpty()) {
                h.append("<pre>").append(esc(r.failure())).append("</pre>\n");
            }
            if (r.traceDir() != null) {
                String rel = rel(dir, r.traceDir());
                h.append("<p class=\"muted\">Trace: <a href=\"").append(esc(rel)).append("/trace.json\">")
                        .append(esc(rel)).append("/trace.json</a> &middot; last frame: <a href=\"").append(esc(rel))
                        .append("/final.png\">final.png</a></p>\n");
            }
            h.append("<table><tr><th>#</th><th>step</th><th>status</th><th>time</th><th>what happened</th></tr>\n");
            int i = 1;
            for (StepResult s : r.steps()) {
                h.append("<tr class=\"").append(s.status()).append("\"><td>").append(i++).append("</td><td><b>")
                        .append(esc(s.description())).append("</b><br><span class=\"muted\">").append(esc(String.valueOf(s.at())))
                        .append("</span></td><td class=\"st\">").append(s.status()).append("</td><td>").append(s.durationMs())
                        .append("&nbsp;ms</td><td>");
                if (!s.detail().isEmpty() && s.status() != Status.SKIPPED) {
                    h.append("<pre>").append(esc(s.detail())).append("</pre>");
                }
                for (Step t : s.toolSteps()) {
                    tool(h, t, dir, r.traceDir(), embedded);
                }
                h.append("</td></tr>\n");
            }
            h.append("</table></details>\n");
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void tool(StringBuilder h, Step t, Path dir, Path traceDir, long[] embedded) {
        h.append("<div class=\"tool\"><code>").append(esc(t.tool() + t.args())).append("</code> ")
                .append(t.ok() ? "ok" : "<b>error</b>").append(" <span class=\"muted\">").append(t.durationMs()).append(" ms")
                .append(t.timingsMs().isEmpty() ? "" : " (" + esc(t.timingsMs().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))) + ")")
                .append("</span><br>").append(esc(t.observation()));
        if (t.box() != null) {
            h.append("<br>box ").append(esc(TraceFiles.box(t.box())));
        }
        if (!t.candidates().isEmpty()) {
            h.append("<br>candidates: ").append(esc(t.candidates().stream().limit(5).map(c -> c.describe())
                    .collect(Collectors.joining("; "))));
        }
        Object text = t.data().get("text");
        if (text != null && !text.toString().isBlank()) {
            h.append("<br>text read: <code>").append(esc(text.toString())).append("</code>");
        }
        if (t.beforeImage() != null && traceDir != null) {
            Path img = traceDir.resolve(t.beforeImage());
            String rel = rel(dir, img);
            long size = size(img);
            if (size > 0 && size <= EMBED_MAX_BYTES && embedded[0] + size <= EMBED_BUDGET_BYTES) {
                try {
                    h.append("<a href=\"").append(esc(rel)).append("\"><img alt=\"frame\" loading=\"lazy\" src=\"data:image/png;base64,")
                            .append(Base64.getEncoder().encodeToString(Files.readAllBytes(img))).append("\"></a>");
                    embedded[0] += size;
                } catch (IOException e) {
                    h.append("<br><a href=\"").append(esc(rel)).append("\">frame</a>");
                }
            } else if (size > 0) {
                h.append("<a href=\"").append(esc(rel)).append("\"><img alt=\"frame\" loading=\"lazy\" src=\"")
                        .append(esc(rel)).append("\"></a>");
            }
        }
        h.append("</div>");
    }

    private static long size(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String rel(Path dir, Path p) {
        try {
            return dir.toAbsolutePath().relativize(p.toAbsolutePath()).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return p.toUri().toString();
        }
    }

    private static long count(List<ScenarioResult> results, Status s) {
        return results.stream().filter(r -> r.status() == s).count();
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
