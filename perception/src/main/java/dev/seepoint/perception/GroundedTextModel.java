package dev.seepoint.perception;

import dev.seepoint.perception.Kosmos2.GroundedPhrase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link GroundingModel} over any model that answers in Kosmos-2 grounded text: it is prompted
 * with {@code <grounding><phrase> expression</phrase>} and its {@code <object>} boxes are decoded.
 *
 * <p>Kosmos-2 points on a 32×32 grid (a cell is 40 px wide on a 1280-px frame), so an optional
 * refiner (usually the {@link DefaultGroundingModel}) re-grounds inside an enlarged crop of the coarse
 * box: coarse to fine.
 */
public final class GroundedTextModel implements GroundingModel {

    /** Something that continues a grounded prompt for an image, e.g. a Kosmos-2 runtime. */
    @FunctionalInterface
    public interface Generator extends AutoCloseable {

        /** Continues {@code prompt} for {@code image}; the answer holds {@code <object>} tokens. */
        String generate(Screenshot image, String prompt);

        @Override
        default void close() {
        }
    }

    private final Generator generator;
    private final GroundingModel refiner;
    private final String name;

    /**
     * @param generator the grounded-text model
     * @param refiner   a model run inside the coarse box's crop, or {@code null} to keep coarse boxes
     */
    public GroundedTextModel(String name, Generator generator, GroundingModel refiner) {
        this.name = Objects.requireNonNull(name, "name");
        this.generator = Objects.requireNonNull(generator, "generator");
        this.refiner = refiner;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Grounding locate(Screenshot shot, String expression) {
        if (expression == null || expression.isBlank()) {
            throw new BadInputException("the instruction is empty: say what to point at, e.g. \"the Sign in button\"");
        }
        String prompt = Kosmos2.prompt(expression);
        String answer = generator.generate(shot, prompt);
        List<GroundedPhrase> phrases = Kosmos2.parse(answer == null ? "" : answer);
        List<Box> boxes = new ArrayList<>();
        for (GroundedPhrase p : phrases) {
            for (Kosmos2.NormalizedBox nb : p.boxes()) {
                Box b = nb.toPixels(shot.size());
                if (!b.isEmpty()) {
                    boxes.add(b);
                }
            }
        }
        if (boxes.isEmpty()) {
            return Grounding.notFound(expression, shot.frame(),
                    name + " answered without a location: " + abbreviate(answer), List.of());
        }
        Box coarse = boxes.get(0);
        if (refiner != null) {
            int mx = Math.max(coarse.width() / 2, shot.width() / Kosmos2.GRID);
            int my = Math.max(coarse.height() / 2, shot.height() / Kosmos2.GRID);
            Screenshot crop = shot.crop(coarse.expand(mx, my), 2.0);
            Grounding fine = refiner.locate(crop, expression);
            if (fine.isFound()) {
                return fine.withEvidence("coarse", Kosmos2.render(expression, List.of(shot.toFrame(coarse)), shot.frame()));
            }
        }
        List<Candidate> others = new ArrayList<>();
        for (Box b : boxes.subList(1, boxes.size())) {
            others.add(new Candidate(shot.toFrame(b), 0.5, "", ""));
        }
        Grounding g = boxes.size() > 1
                ? Grounding.ambiguous(expression, shot.frame(), shot.toFrame(coarse), null, 0.5, others,
                        Map.of("answer", abbreviate(answer)), name + " pointed at " + boxes.size() + " places")
                : Grounding.found(expression, shot.frame(), shot.toFrame(coarse), null, 0.5, others,
                        Map.of("answer", abbreviate(answer)));
        return g;
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "(nothing)";
        }
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    @Override
    public void close() {
        try {
            generator.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing " + name + " failed", e);
        }
    }
}
