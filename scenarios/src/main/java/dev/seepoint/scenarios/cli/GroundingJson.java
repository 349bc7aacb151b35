package dev.seepoint.scenarios.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seepoint.perception.Box;
import dev.seepoint.perception.Candidate;
import dev.seepoint.perception.Grounding;
import java.time.Duration;
import java.util.Map;

/** A grounding as JSON: box, point, score, ambiguous, alternatives, evidence, kosmos2 text, timings. */
final class GroundingJson {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GroundingJson() {
    }

    static ObjectNode of(Grounding g) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("expression", g.expression());
        n.put("found", g.isFound());
        n.put("ambiguous", g.isAmbiguous());
        g.box().ifPresentOrElse(b -> n.set("box", box(b)), () -> n.putNull("box"));
        g.point().ifPresentOrElse(p -> n.set("point", MAPPER.createArrayNode().add(p.x()).add(p.y())), () -> n.putNull("point"));
        n.put("score", Math.round(g.score() * 1000) / 1000.0);
        g.reason().ifPresent(r -> n.put("reason", r));
        ArrayNode alts = n.putArray("alternatives");
        for (Candidate c : g.alternatives()) {
            ObjectNode a = alts.addObject();
            a.put("kind", c.kind());
            a.put("text", c.text());
            a.set("box", box(c.box()));
            a.put("score", Math.round(c.score() * 1000) / 1000.0);
        }
        ObjectNode ev = n.putObject("evidence");
        g.evidence().forEach(ev::put);
        n.put("kosmos2", g.kosmos2());
        n.set("frame", MAPPER.createArrayNode().add(g.frame().width()).add(g.frame().height()));
        ObjectNode t = n.putObject("timings_ms");
        for (Map.Entry<String, Duration> e : g.timings().entrySet()) {
            t.put(e.getKey(), Math.round(e.getValue().toNanos() / 1e5) / 10.0);
        }
        return n;
    }

    static ArrayNode box(Box b) {
        return MAPPER.createArrayNode().add(b.left()).add(b.top()).add(b.right()).add(b.bottom());
    }
}
