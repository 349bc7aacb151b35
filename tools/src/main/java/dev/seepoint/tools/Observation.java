package dev.seepoint.tools;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Candidate;
import dev.seepoint.perception.Grounding;
import dev.seepoint.perception.Screenshot;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What came back from a tool: success or error, a text for the loop (and the report) to read, and
 * optionally the box it found or acted on, the frame it looked at, the grounding it used, candidates
 * it considered and a small data map ({@code reason}, {@code point}, {@code state}...). Immutable.
 */
public final class Observation {

    private final boolean ok;
    private final String text;
    private final Box box;
    private final Screenshot screenshot;
    private final Grounding grounding;
    private final List<Candidate> candidates;
    private final Map<String, Object> data;

    private Observation(boolean ok, String text, Box box, Screenshot screenshot, Grounding grounding,
            List<Candidate> candidates, Map<String, Object> data) {
        this.ok = ok;
        this.text = Objects.requireNonNull(text, "text");
        this.box = box;
        this.screenshot = screenshot;
        this.grounding = grounding;
        this.candidates = List.copyOf(candidates);
        this.data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    public static Observation ok(String text) {
        return new Observation(true, text, null, null, null, List.of(), Map.of());
    }

    public static Observation error(String text) {
        return new Observation(false, text, null, null, null, List.of(), Map.of());
    }

    public boolean isOk() {
        return ok;
    }

    public boolean isError() {
        return !ok;
    }

    public String text() {
        return text;
    }

    /** The box found or acted on, in frame pixels. */
    public Optional<Box> box() {
        return Optional.ofNullable(box);
    }

    /** The frame the tool looked at (for an action: the frame before it acted). */
    public Optional<Screenshot> screenshot() {
        return Optional.ofNullable(screenshot);
    }

    public Optional<Grounding> grounding() {
        return Optional.ofNullable(grounding);
    }

    /** Candidates considered: the runners-up or nearest misses. */
    public List<Candidate> candidates() {
        return candidates;
    }

    /** Small named facts: strings, numbers, booleans. */
    public Map<String, Object> data() {
        return data;
    }

    /** The {@code reason} data entry, e.g. {@code not_found}, {@code ambiguous}, {@code bad_args}. */
    public Optional<String> reason() {
        Object r = data.get("reason");
        return r == null ? Optional.empty() : Optional.of(r.toString());
    }

    public Observation withText(String value) {
        return new Observation(ok, value, box, screenshot, grounding, candidates, data);
    }

    public Observation withBox(Box value) {
        return new Observation(ok, text, value, screenshot, grounding, candidates, data);
    }

    public Observation withScreenshot(Screenshot value) {
        return new Observation(ok, text, box, value, grounding, candidates, data);
    }

    /** Attaches a grounding: also takes its box (when none is set yet) and its alternatives as candidates. */
    public Observation withGrounding(Grounding value) {
        Box b = box != null ? box : value.box().orElse(null);
        List<Candidate> c = candidates.isEmpty() ? value.alternatives() : candidates;
        return new Observation(ok, text, b, screenshot, value, c, data);
    }

    public Observation withCandidates(List<Candidate> value) {
        return new Observation(ok, text, box, screenshot, grounding, value, data);
    }

    public Observation with(String key, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(data);
        more.put(key, value);
        return new Observation(ok, text, box, screenshot, grounding, candidates, more);
    }

    /** One line: {@code ok: clicked ...} or {@code error: ...}. */
    public String describe() {
        return (ok ? "ok: " : "error: ") + text;
    }

    @Override
    public String toString() {
        return "Observation[" + describe() + (box == null ? "" : " " + box) + "]";
    }
}
