package dev.seepoint.agent.flows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of the flow table: a page, plain instructions a tester would write, and the
 * {@code window.appState} expressions that must hold afterwards (evaluated with {@code with (appState)}).
 */
record Flow(String id, String page, List<String> steps, Map<String, JsonNode> expect) {

    static final String RESOURCE = "/flows/flows.json";

    /** The bundled flow table. */
    static List<Flow> all() {
        try (InputStream in = Flow.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test class path");
            }
            return parse(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The flow table {@code flows.json} of a folder that also holds its pages. */
    static List<Flow> in(Path folder) {
        Path table = folder.resolve("flows.json");
        if (!Files.isRegularFile(table)) {
            throw new IllegalArgumentException("no flows.json in " + folder.toAbsolutePath()
                    + ": -Dseepoint.flows.dir must name a folder holding flows.json and the pages it names");
        }
        try (InputStream in = Files.newInputStream(table)) {
            return parse(in, table.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + table, e);
        }
    }

    private static List<Flow> parse(InputStream in, String source) throws IOException {
        List<Flow> flows = new ArrayList<>();
        for (JsonNode n : new ObjectMapper().readTree(in)) {
            for (String field : List.of("id", "page", "steps", "expect")) {
                if (!n.hasNonNull(field)) {
                    throw new IllegalArgumentException(source + ": a flow lacks \"" + field + "\": " + n);
                }
            }
            List<String> steps = new ArrayList<>();
            n.get("steps").forEach(s -> steps.add(s.asText()));
            Map<String, JsonNode> expect = new LinkedHashMap<>();
            n.get("expect").fields().forEachRemaining(e -> expect.put(e.getKey(), e.getValue()));
            flows.add(new Flow(n.get("id").asText(), n.get("page").asText(), List.copyOf(steps), expect));
        }
        return flows;
    }

    @Override
    public String toString() {
        return id;
    }
}
