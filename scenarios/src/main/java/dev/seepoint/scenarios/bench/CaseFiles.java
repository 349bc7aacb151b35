package dev.seepoint.scenarios.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seepoint.perception.BadInputException;
import dev.seepoint.testpages.TestPages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** Reads the labelled grounding cases bundled with test-pages (see test-pages/cases/README.md). */
public final class CaseFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CaseFiles() {
    }

    /** Every bundled case, file by file, in file-name order. */
    public static List<GroundingCase> bundled() {
        List<GroundingCase> out = new ArrayList<>();
        for (String name : bundledNames()) {
            try (InputStream in = TestPages.resource(TestPages.CASES + name)) {
                out.addAll(parse(in, name));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read case file " + name, e);
            }
        }
        return out;
    }

    /** Cases of one JSON file. */
    public static List<GroundingCase> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new BadInputException("cannot read case file " + file + ": " + e.getMessage(), e);
        }
    }

    static List<GroundingCase> parse(InputStream in, String source) throws IOException {
        JsonNode root = JSON.readTree(in);
        if (root == null || !root.has("cases")) {
            throw new BadInputException(source + ": a case file needs a \"cases\" array");
        }
        String page = root.path("page").asText("");
        String viewport = root.path("viewport").asText("1280x800");
        double dpr = root.path("dpr").asDouble(1.0);
        int scrollY = root.path("scrollY").asInt(0);
        List<GroundingCase> out = new ArrayList<>();
        int i = 0;
        for (JsonNode c : root.get("cases")) {
            i++;
            String id = c.path("id").asText(source + "#" + i);
            String expression = c.path("expression").asText(c.path("instruction").asText(""));
            if (expression.isBlank()) {
                throw new BadInputException(source + ": case " + id + " has no \"expression\"");
            }
            String expect = c.path("expect").asText("found").toUpperCase(Locale.ROOT).replace('-', '_');
            GroundingCase.Expect e;
            try {
                e = GroundingCase.Expect.valueOf(expect);
            } catch (IllegalArgumentException ex) {
                throw new BadInputException(source + ": case " + id + " has expect '" + c.path("expect").asText()
                        + "'; use found, ambiguous or not-found");
            }
            List<String> targets = new ArrayList<>();
            if (c.has("target")) {
                targets.add(c.get("target").asText());
            }
            if (c.has("targets")) {
                c.get("targets").forEach(t -> targets.add(t.asText()));
            }
            List<Double> rect = new ArrayList<>();
            if (c.has("rect")) {
                c.get("rect").forEach(v -> rect.add(v.asDouble()));
            }
            if (e != GroundingCase.Expect.NOT_FOUND && targets.isEmpty() && rect.size() != 4) {
                throw new BadInputException(source + ": case " + id + " needs a \"target\" selector or a \"rect\"");
            }
            out.add(new GroundingCase(id, c.path("page").asText(page), c.path("viewport").asText(viewport),
                    c.path("dpr").asDouble(dpr), c.path("scrollY").asInt(scrollY), expression,
                    c.path("category").asText("other"), e, targets, rect));
        }
        return out;
    }

    /** Names of the bundled case files (JSON files in the classpath folder of cases). */
    static List<String> bundledNames() {
        URL url = CaseFiles.class.getClassLoader().getResource(TestPages.CASES);
        if (url == null) {
            throw new IllegalStateException("no bundled cases on the classpath (" + TestPages.CASES
                    + "); is seepoint-test-pages on the classpath?");
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                try (FileSystem fs = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                    return list(fs.getPath(TestPages.CASES));
                }
            }
            return list(Path.of(url.toURI()));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list bundled cases at " + url, e);
        }
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = new ArrayList<>(files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json")).toList());
            Collections.sort(names);
            return names;
        }
    }
}
