package dev.seepoint.scenarios.report;

import dev.seepoint.scenarios.ScenarioResult;
import dev.seepoint.scenarios.Secrets;
import dev.seepoint.scenarios.StepResult;
import dev.seepoint.scenarios.StepResult.Status;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Surefire-format JUnit XML, one {@code TEST-<suite>.xml} per suite, one {@code <testcase>} per
 * scenario: a failed check is a {@code <failure>}, a crash an {@code <error>}, a scenario not run is
 * {@code <skipped>}. Messages carry the instruction and the evidence; secrets are masked.
 */
public final class JUnitXml {

    private JUnitXml() {
    }

    /** Writes one file per suite into {@code dir}; returns the files. */
    public static List<Path> write(List<ScenarioResult> results, Path dir, Secrets secrets) {
        Map<String, List<ScenarioResult>> bySuite = new LinkedHashMap<>();
        for (ScenarioResult r : results) {
            bySuite.computeIfAbsent(r.suite(), k -> new ArrayList<>()).add(r);
        }
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, List<ScenarioResult>> e : bySuite.entrySet()) {
                Path file = dir.resolve("TEST-" + e.getKey().replaceAll("[^A-Za-z0-9._-]+", "-") + ".xml");
                try (OutputStream out = Files.newOutputStream(file)) {
                    write(e.getKey(), e.getValue(), out, secrets);
                }
                files.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the JUnit XML to " + dir, e);
        }
        return files;
    }

    /** One {@code <testsuite>} element for {@code results}. */
    public static void write(String suite, List<ScenarioResult> results, OutputStream out, Secrets secrets) {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuite");
            x.writeAttribute("name", clean(secrets.mask(suite)));
            x.writeAttribute("tests", String.valueOf(results.size()));
            x.writeAttribute("failures", String.valueOf(results.stream().filter(r -> r.status() == Status.FAILED).count()));
            x.writeAttribute("errors", String.valueOf(results.stream().filter(r -> r.status() == Status.ERROR).count()));
            x.writeAttribute("skipped", String.valueOf(results.stream().filter(r -> r.status() == Status.SKIPPED).count()));
            x.writeAttribute("time", seconds(results.stream().mapToLong(ScenarioResult::durationMs).sum()));
            x.writeCharacters("\n");
            for (ScenarioResult r : results) {
                x.writeCharacters("  ");
                x.writeStartElement("testcase");
                x.writeAttribute("name", clean(secrets.mask(r.scenario())));
                x.writeAttribute("classname", clean(secrets.mask(r.suite())));
                x.writeAttribute("file", r.file() == null ? "" : clean(r.file().toString()));
                x.writeAttribute("time", seconds(r.durationMs()));
                String message = firstLines(secrets.mask(r.failure()));
                switch (r.status()) {
                    case FAILED -> element(x, "failure", message, "dev.seepoint.agent.SeepointAssertionError", body(r, secrets));
                    case ERROR -> element(x, "error", message, "dev.seepoint.scenarios.ScenarioError", body(r, secrets));
                    case SKIPPED -> {
                        x.writeEmptyElement("skipped");
                        x.writeAttribute("message", clean(message));
                    }
                    default -> {
                    }
                }
                x.writeStartElement("system-out");
                x.writeCharacters(clean(steps(r, secrets)));
                x.writeEndElement();
                x.writeEndElement();
                x.writeCharacters("\n");
            }
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML: " + e.getMessage(), e);
        }
    }

    private static void element(XMLStreamWriter x, String name, String message, String type, String body)
            throws XMLStreamException {
        x.writeStartElement(name);
        x.writeAttribute("message", clean(message));
        x.writeAttribute("type", type);
        x.writeCharacters(clean(body));
        x.writeEndElement();
    }

    private static String body(ScenarioResult r, Secrets secrets) {
        StringBuilder b = new StringBuilder(secrets.mask(r.failure()));
        if (r.traceDir() != null) {
            b.append("\nTrace: ").append(r.traceDir().resolve("trace.json"));
            b.append("\nScreenshot: ").append(r.traceDir().resolve("final.png"));
        }
        if (r.attempts() > 1) {
            b.append("\nAttempts: ").append(r.attempts());
        }
        return b.toString();
    }

    private static String steps(ScenarioResult r, Secrets secrets) {
        StringBuilder b = new StringBuilder("\n");
        int i = 1;
        for (StepResult s : r.steps()) {
            b.append(String.format(Locale.ROOT, "%2d. %-7s %6d ms  %s%n", i++, s.status(), s.durationMs(),
                    secrets.mask(s.description())));
        }
        return b.toString();
    }

    private static String firstLines(String s) {
        List<String> lines = s.lines().limit(3).toList();
        return String.join(" | ", lines);
    }

    private static String seconds(long ms) {
        return String.format(Locale.ROOT, "%.3f", ms / 1000.0);
    }

    /** Drops characters XML 1.0 cannot hold. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c > 0xFFFF) {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
