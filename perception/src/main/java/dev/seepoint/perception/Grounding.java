package dev.seepoint.perception;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link GroundingModel} answered for one expression on one frame: either <em>found</em>
 * (box, click point, score, ranked alternatives, evidence) or <em>not found</em> (reason and the
 * nearest candidates). Not found is a value here, not an exception.
 *
 * <p>Every grounding renders as Kosmos-2 grounded text with {@link #kosmos2()}.
 */
public final class Grounding {

    private final String expression;
    private final Size frame;
    private final Box box;
    private final Point point;
    private final double score;
    private final boolean ambiguous;
    private final List<Candidate> alternatives;
    private final Map<String, String> evidence;
    private final String reason;
    private final Map<String, Duration> timings;

    private Grounding(String expression, Size frame, Box box, Point point, double score, boolean ambiguous,
            List<Candidate> alternatives, Map<String, String> evidence, String reason, Map<String, Duration> timings) {
        this.expression = Objects.requireNonNull(expression, "expression");
        this.frame = Objects.requireNonNull(frame, "frame");
        this.box = box;
        this.point = point;
        this.score = score;
        this.ambiguous = ambiguous;
        this.alternatives = List.copyOf(alternatives);
        this.evidence = Map.copyOf(evidence);
        this.reason = reason;
        this.timings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(timings));
    }

    /** A found element; {@code point} defaults to the box centre when null. */
    public static Grounding found(String expression, Size frame, Box box, Point point, double score,
            List<Candidate> alternatives, Map<String, String> evidence) {
        Objects.requireNonNull(box, "box");
        return new Grounding(expression, frame, box, point == null ? box.center() : point, score, false,
                alternatives, evidence, null, Map.of());
    }

    /**
     * Two or more candidates are about equally good: the best is {@code box}, the others are in
     * {@code alternatives}. Callers must not act on it without settling which one is meant.
     */
    public static Grounding ambiguous(String expression, Size frame, Box box, Point point, double score,
            List<Candidate> alternatives, Map<String, String> evidence, String reason) {
        Objects.requireNonNull(box, "box");
        return new Grounding(expression, frame, box, point == null ? box.center() : point, score, true,
                alternatives, evidence, reason, Map.of());
    }

    public static Grounding notFound(String expression, Size frame, String reason, List<Candidate> nearest) {
        return new Grounding(expression, frame, null, null, 0, false, nearest, Map.of(),
                Objects.requireNonNull(reason, "reason"), Map.of());
    }

    /** A copy carrying stage timings (e.g. {@code text}, {@code widgets}, {@code resolve}, {@code total}). */
    public Grounding withTimings(Map<String, Duration> timings) {
        return new Grounding(expression, frame, box, point, score, ambiguous, alternatives, evidence, reason, timings);
    }

    /**
     * A copy with every box passed through {@code f} and referring to a frame of {@code newFrame}
     * size: how an answer found in a crop is mapped back to the full frame.
     */
    public Grounding map(java.util.function.UnaryOperator<Box> f, Size newFrame) {
        List<Candidate> alts = new java.util.ArrayList<>();
        for (Candidate c : alternatives) {
            alts.add(new Candidate(f.apply(c.box()), c.score(), c.kind(), c.text()));
        }
        Box b = box == null ? null : f.apply(box);
        Point p = null;
        if (point != null) {
            Box pb = f.apply(new Box(point.x(), point.y(), point.x() + 1, point.y() + 1));
            p = new Point(pb.left(), pb.top());
        }
        return new Grounding(expression, newFrame, b, p, score, ambiguous, alts, evidence, reason, timings);
    }

    /** A copy with one more evidence entry. */
    public Grounding withEvidence(String key, String value) {
        Map<String, String> more = new LinkedHashMap<>(evidence);
        more.put(key, value);
        return new Grounding(expression, frame, box, point, score, ambiguous, alternatives, more, reason, timings);
    }

    public String expression() {
        return expression;
    }

    /** Size of the frame the boxes refer to. */
    public Size frame() {
        return frame;
    }

    /** True when an element was found (including an ambiguous find). */
    public boolean isFound() {
        return box != null;
    }

    /** True when found and not ambiguous: safe to act on. */
    public boolean isUnique() {
        return box != null && !ambiguous;
    }

    public boolean isAmbiguous() {
        return ambiguous;
    }

    public Optional<Box> box() {
        return Optional.ofNullable(box);
    }

    public Optional<Point> point() {
        return Optional.ofNullable(point);
    }

    /** The found box; throws when not found. */
    public Box requireBox() {
        if (box == null) {
            throw new IllegalStateException("'" + expression + "' was not found: " + reason);
        }
        return box;
    }

    public double score() {
        return score;
    }

    /** Other candidates, best first: the runners-up when found, the nearest misses when not. */
    public List<Candidate> alternatives() {
        return alternatives;
    }

    /** What supports the answer: {@code text} read, element {@code kind}, {@code label}, {@code state}... */
    public Map<String, String> evidence() {
        return evidence;
    }

    /** Why nothing (or nothing unique) was found; empty when uniquely found. */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public Map<String, Duration> timings() {
        return timings;
    }

    /**
     * Kosmos-2 grounded text for this answer, e.g.
     * {@code <phrase>the Sign in button</phrase><object><patch_index_0044><patch_index_0863></object>}.
     * Not found renders the phrase alone. An ambiguous answer lists every candidate box.
     */
    public String kosmos2() {
        if (box == null) {
            return Kosmos2.phrase(expression);
        }
        if (ambiguous) {
            List<Box> boxes = new java.util.ArrayList<>();
            boxes.add(box);
            alternatives.stream().limit(4).forEach(c -> boxes.add(c.box()));
            return Kosmos2.render(expression, boxes, frame);
        }
        return Kosmos2.render(expression, List.of(box), frame);
    }

    /** One line for logs and error messages. */
    public String describe() {
        if (box == null) {
            return "'" + expression + "' not found: " + reason;
        }
        String text = evidence.getOrDefault("text", "");
        String kind = evidence.getOrDefault("kind", "element");
        return (ambiguous ? "ambiguous " : "") + kind + (text.isEmpty() ? "" : " \"" + text + "\"") + " at " + box
                + String.format(java.util.Locale.ROOT, " (score %.2f)", score);
    }

    @Override
    public String toString() {
        return "Grounding[" + describe() + "]";
    }
}
