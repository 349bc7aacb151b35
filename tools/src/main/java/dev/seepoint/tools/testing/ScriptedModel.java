package dev.seepoint.tools.testing;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Candidate;
import dev.seepoint.perception.Grounding;
import dev.seepoint.perception.GroundingModel;
import dev.seepoint.perception.Screenshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * A grounded model that answers from a script, in the spirit of LangChain4j's {@code ChatModelMock}.
 * Rules match an expression (ignoring case) and optionally the frame; the most recently added
 * matching rule answers; anything unscripted is not found. Boxes are scripted in <em>full-frame</em>
 * pixels: on a crop the answer is given in the crop's own pixels (as a real model would), and a box
 * outside the crop is not found. Every call is recorded. Thread-safe.
 */
public final class ScriptedModel implements GroundingModel {

    /** One call: the expression and the image it was asked about. */
    public record Call(String expression, Screenshot screenshot) {
    }

    private record Rule(String expression, Predicate<Screenshot> when, BiFunction<Screenshot, String, Grounding> answer) {
    }

    private final List<Rule> rules = new ArrayList<>();
    private final List<Call> calls = new ArrayList<>();

    /** Answers {@code expression} with a unique find of {@code box}. */
    public ScriptedModel find(String expression, Box box) {
        return find(expression, box, Map.of());
    }

    /** Answers with a unique find of {@code box} carrying {@code evidence} ({@code text}, {@code kind}, {@code state}...). */
    public ScriptedModel find(String expression, Box box, Map<String, String> evidence) {
        return rule(expression, s -> true, (shot, e) -> found(shot, e, box, evidence, List.of(), false));
    }

    /** Answers with a find of {@code box}, but only on frames with the same pixels as {@code frame}. */
    public ScriptedModel findOn(Screenshot frame, String expression, Box box, Map<String, String> evidence) {
        return rule(expression, s -> !s.isCrop() && s.samePixels(frame),
                (shot, e) -> found(shot, e, box, evidence, List.of(), false));
    }

    /** Answers with {@code box} only when asked about a zoomed crop (coarse-to-fine refinement). */
    public ScriptedModel findWhenZoomed(String expression, Box box) {
        return rule(expression, Screenshot::isCrop, (shot, e) -> found(shot, e, box, Map.of(), List.of(), false));
    }

    /** Answers with an ambiguous grounding: {@code boxes[0]} best, the others as alternatives. */
    public ScriptedModel ambiguous(String expression, Box... boxes) {
        List<Candidate> alts = new ArrayList<>();
        for (int i = 1; i < boxes.length; i++) {
            alts.add(new Candidate(boxes[i], 0.8, "button", ""));
        }
        return rule(expression, s -> true, (shot, e) -> found(shot, e, boxes[0], Map.of(), alts, true));
    }

    /** Answers not found, naming {@code nearest} candidates. */
    public ScriptedModel notFound(String expression, Candidate... nearest) {
        return rule(expression, s -> true, (shot, e) -> Grounding.notFound(e, shot.size(), "no element matches",
                List.of(nearest)));
    }

    /** Answers {@code expression} on frames matching {@code when} with {@code answer}. */
    public synchronized ScriptedModel rule(String expression, Predicate<Screenshot> when,
            BiFunction<Screenshot, String, Grounding> answer) {
        rules.add(new Rule(expression, when, answer));
        return this;
    }

    @Override
    public Grounding locate(Screenshot screenshot, String expression) {
        if (expression == null || expression.isBlank()) {
            throw new dev.seepoint.perception.BadInputException("the expression is blank");
        }
        Optional<Rule> rule;
        synchronized (this) {
            calls.add(new Call(expression, screenshot));
            rule = Optional.empty();
            for (int i = rules.size() - 1; i >= 0; i--) {
                Rule r = rules.get(i);
                if (r.expression().equalsIgnoreCase(expression.trim()) && r.when().test(screenshot)) {
                    rule = Optional.of(r);
                    break;
                }
            }
        }
        return rule.map(r -> r.answer().apply(screenshot, expression))
                .orElseGet(() -> Grounding.notFound(expression, screenshot.size(), "nothing scripted for it", List.of()));
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The expressions asked, in order. */
    public synchronized List<String> expressions() {
        return calls.stream().map(Call::expression).toList();
    }

    @Override
    public String name() {
        return "scripted";
    }

    private static Grounding found(Screenshot shot, String expression, Box frameBox, Map<String, String> evidence,
            List<Candidate> alternatives, boolean ambiguous) {
        Box box = frameBox;
        List<Candidate> alts = alternatives;
        if (shot.isCrop()) {
            Box inCrop = shot.fromFrame(frameBox);
            if (!shot.bounds().intersects(inCrop)) {
                return Grounding.notFound(expression, shot.size(), "outside the zoomed region", List.of());
            }
            box = inCrop.clip(shot.size());
            alts = alternatives.stream().map(c -> new Candidate(shot.fromFrame(c.box()), c.score(), c.kind(), c.text()))
                    .toList();
        }
        return ambiguous
                ? Grounding.ambiguous(expression, shot.size(), box, null, 0.8, alts, evidence, "several look alike")
                : Grounding.found(expression, shot.size(), box, null, 0.9, alts, evidence);
    }
}
