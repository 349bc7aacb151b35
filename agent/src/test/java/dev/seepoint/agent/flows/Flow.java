package dev.seepoint.agent.flows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    static List<Flow> all() {
        try (InputStream in = Flow.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test class path");
            }
            List<Flow> flows = new ArrayList<>();
            for (JsonNode n : new ObjectMapper().readTree(in)) {
                List<String> steps = new ArrayList<>();
                n.get("steps").forEach(s -> steps.add(s.asText()));
                Map<String, JsonNode> expect = new LinkedHashMap<>();
                n.get("expect").fields().forEachRemaining(e -> expect.put(e.getKey(), e.getValue()));
                flows.add(new Flow(n.get("id").asText(), n.get("page").asText(), List.copyOf(steps), expect));
            }
            return flows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
