package dev.seepoint.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders a trace as one self-contained HTML file: a summary, then every step (failures first) with
 * its instruction, thought, tool call, observation, timing and its frames (PNG embedded as data
 * URIs, boxes drawn).
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    /** Renders {@code trace}; image names in its steps are read from {@code imageDir} (may be null). */
    public static String render(Trace trace, Path imageDir) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Seepoint: ")
                .append(esc(trace.title())).append("</title>\n<style>")
                .append("body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222}")
                .append(".step{border:1px solid #ccc;border-radius:6px;padding:12px;margin:12px 0}")
                .append(".fail{border-color:#e0201b;background:#fff5f5}.ok{border-color:#9c9}")
                .append(".status-FAILED{color:#e0201b}.status-PASSED{color:#00a651}")
                .append("img{max-width:48%;border:1px solid #ddd;margin:4px}pre{white-space:pre-wrap;background:#f6f6f6;padding:6px}")
                .append("code{background:#f0f0f0;padding:1px 4px}.muted{color:#777}")
                .append("</style></head><body>\n");
        h.append("<h1>").append(esc(trace.title().isEmpty() ? "Seepoint trace" : trace.title())).append("</h1>\n");
        h.append("<p>Status: <b class=\"status-").append(trace.status()).append("\">").append(trace.status()).append("</b>")
                .append(" &middot; model <code>").append(esc(trace.model())).append("</code>")
                .append(" &middot; ").append(trace.steps().size()).append(" steps")
                .append(" &middot; started ").append(esc(Instant.ofEpochMilli(trace.startedAtMs()).toString())).append("</p>\n");
        if (trace.failure() != null) {
            h.append("<h2>Failure</h2><pre class=\"fail\">").append(esc(trace.failure())).append("</pre>\n");
        }
        h.append("<h2>Steps (failures first)</h2>\n");
        for (Step s : trace.failuresFirst()) {
            h.append("<div class=\"step ").append(s.ok() ? "ok" : "fail").append("\" id=\"step-").append(s.index()).append("\">\n");
            h.append("<h3>#").append(s.index()).append(' ').append(s.ok() ? "&#10003;" : "&#10007;").append(" <code>")
                    .append(esc(s.tool())).append("</code> <span class=\"muted\">")
                    .append(String.format(Locale.ROOT, "%d ms", s.durationMs())).append("</span></h3>\n");
            h.append("<p><b>Instruction:</b> ").append(esc(s.instruction())).append("</p>\n");
            h.append("<p><b>Thought:</b> ").append(esc(s.thought())).append("</p>\n");
            h.append("<p><b>Call:</b> <code>").append(esc(s.tool() + s.args())).append("</code></p>\n");
            h.append("<p><b>Observation:</b></p><pre>").append(esc(s.observation())).append("</pre>\n");
            if (s.box() != null) {
                h.append("<p><b>Box:</b> ").append(esc(s.box().toString())).append("</p>\n");
            }
            if (!s.candidates().isEmpty()) {
                h.append("<p><b>Candidates:</b></p><ol>");
                s.candidates().forEach(c -> h.append("<li>").append(esc(c.describe())).append("</li>"));
                h.append("</ol>\n");
            }
            Object text = s.data().get("text");
            if (text != null && !text.toString().isBlank()) {
                h.append("<p><b>Text read:</b></p><pre>").append(esc(text.toString())).append("</pre>\n");
            }
            if (!s.timingsMs().isEmpty()) {
                h.append("<p class=\"muted\">Timings: ").append(esc(s.timingsMs().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue() + " ms").collect(Collectors.joining(", ")))).append("</p>\n");
            }
            image(h, imageDir, s.beforeImage(), "before");
            image(h, imageDir, s.afterImage(), "after");
            h.append("</div>\n");
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void image(StringBuilder h, Path dir, String name, String label) {
        if (name == null || dir == null) {
            return;
        }
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            h.append("<p class=\"muted\">(").append(label).append(" image ").append(esc(name)).append(" missing)</p>");
            return;
        }
        try {
            String data = Base64.getEncoder().encodeToString(Files.readAllBytes(file));
            h.append("<img alt=\"").append(label).append("\" title=\"").append(label).append(": ").append(esc(name))
                    .append("\" src=\"data:image/png;base64,").append(data).append("\">\n");
        } catch (IOException e) {
            h.append("<p class=\"muted\">(cannot read ").append(esc(name)).append(")</p>");
        }
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
