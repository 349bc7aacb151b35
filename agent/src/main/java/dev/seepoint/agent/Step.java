package dev.seepoint.agent;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.seepoint.perception.Box;
import dev.seepoint.perception.Candidate;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.tools.Observation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One iteration of the loop: the thought, the tool call, what came back, how long it took, and the
 * frames before and after (in memory; as PNG file names once the trace is written). Immutable.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class Step {

    private final int index;
    private final String instruction;
    private final String thought;
    private final String tool;
    private final JsonNode args;
    private final boolean ok;
    private final String observation;
    private final Box box;
    private final List<Candidate> candidates;
    private final Map<String, Object> data;
    private final long startedAtMs;
    private final long durationMs;
    private final Map<String, Long> timingsMs;
    private final String beforeImage;
    private final String afterImage;
    private final Screenshot before;
    private final Screenshot after;

    @JsonCreator
    public Step(@JsonProperty("index") int index, @JsonProperty("instruction") String instruction,
            @JsonProperty("thought") String thought, @JsonProperty("tool") String tool,
            @JsonProperty("args") JsonNode args, @JsonProperty("ok") boolean ok,
            @JsonProperty("observation") String observation, @JsonProperty("box") Box box,
            @JsonProperty("candidates") List<Candidate> candidates, @JsonProperty("data") Map<String, Object> data,
            @JsonProperty("startedAtMs") long startedAtMs, @JsonProperty("durationMs") long durationMs,
            @JsonProperty("timingsMs") Map<String, Long> timingsMs, @JsonProperty("beforeImage") String beforeImage,
            @JsonProperty("afterImage") String afterImage) {
        this(index, instruction, thought, tool, args, ok, observation, box, candidates, data, startedAtMs, durationMs,
                timingsMs, beforeImage, afterImage, null, null);
    }

    private Step(int index, String instruction, String thought, String tool, JsonNode args, boolean ok,
            String observation, Box box, List<Candidate> candidates, Map<String, Object> data, long startedAtMs,
            long durationMs, Map<String, Long> timingsMs, String beforeImage, String afterImage, Screenshot before,
            Screenshot after) {
        this.index = index;
        this.instruction = Objects.requireNonNullElse(instruction, "");
        this.thought = Objects.requireNonNullElse(thought, "");
        this.tool = Objects.requireNonNull(tool, "tool");
        this.args = args == null ? JsonNodeFactory.instance.objectNode() : args.deepCopy();
        this.ok = ok;
        this.observation = Objects.requireNonNullElse(observation, "");
        this.box = box;
        this.candidates = candidates == null ? List.of() : List.copyOf(candidates);
        this.data = data == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(data));
        this.startedAtMs = startedAtMs;
        this.durationMs = durationMs;
        this.timingsMs = timingsMs == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(timingsMs));
        this.beforeImage = beforeImage;
        this.afterImage = afterImage;
        this.before = before;
        this.after = after;
    }

    /** A step from a tool call and its observation. */
    public static Step of(int index, String instruction, String thought, String tool, JsonNode args, Observation o,
            long startedAtMs, long durationMs, Map<String, Long> timingsMs, Screenshot before, Screenshot after) {
        Map<String, Object> data = new LinkedHashMap<>();
        o.data().forEach((k, v) -> data.put(k, v instanceof Number || v instanceof Boolean ? v : String.valueOf(v)));
        return new Step(index, instruction, thought, tool, args, o.isOk(), o.text(), o.box().orElse(null), o.candidates(),
                data, startedAtMs, durationMs, timingsMs, null, null, before, after);
    }

    /** A copy naming the PNG files its frames were written to. */
    public Step withImages(String beforeFile, String afterFile) {
        return new Step(index, instruction, thought, tool, args, ok, observation, box, candidates, data, startedAtMs,
                durationMs, timingsMs, beforeFile, afterFile, before, after);
    }

    @JsonProperty public int index() { return index; }
    @JsonProperty public String instruction() { return instruction; }
    @JsonProperty public String thought() { return thought; }
    @JsonProperty public String tool() { return tool; }
    @JsonProperty public JsonNode args() { return args.deepCopy(); }
    @JsonProperty public boolean ok() { return ok; }
    @JsonProperty public String observation() { return observation; }
    @JsonProperty public Box box() { return box; }
    @JsonProperty public List<Candidate> candidates() { return candidates; }
    @JsonProperty public Map<String, Object> data() { return data; }
    @JsonProperty public long startedAtMs() { return startedAtMs; }
    @JsonProperty public long durationMs() { return durationMs; }
    @JsonProperty public Map<String, Long> timingsMs() { return timingsMs; }
    @JsonProperty public String beforeImage() { return beforeImage; }
    @JsonProperty public String afterImage() { return afterImage; }

    /** The frame the tool looked at, while in memory. */
    @JsonIgnore
    public Optional<Screenshot> before() {
        return Optional.ofNullable(before);
    }

    /** The settled frame after an action, while in memory. */
    @JsonIgnore
    public Optional<Screenshot> after() {
        return Optional.ofNullable(after);
    }

    /** One line: {@code #3 click(target=Save) -> ok: clicked ...}. */
    public String describe() {
        return "#" + index + " " + tool + args + " -> " + (ok ? "ok: " : "error: ") + observation;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Step s)) {
            return false;
        }
        return index == s.index && ok == s.ok && startedAtMs == s.startedAtMs && durationMs == s.durationMs
                && instruction.equals(s.instruction) && thought.equals(s.thought) && tool.equals(s.tool)
                && args.equals(s.args) && observation.equals(s.observation) && Objects.equals(box, s.box)
                && candidates.equals(s.candidates) && data.equals(s.data) && timingsMs.equals(s.timingsMs)
                && Objects.equals(beforeImage, s.beforeImage) && Objects.equals(afterImage, s.afterImage);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, tool, observation, startedAtMs);
    }

    @Override
    public String toString() {
        return describe();
    }
}
