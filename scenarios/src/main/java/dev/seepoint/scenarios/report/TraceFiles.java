package dev.seepoint.scenarios.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seepoint.agent.Step;
import dev.seepoint.agent.Trace;
import dev.seepoint.perception.Annotator;
import dev.seepoint.perception.Box;
import dev.seepoint.perception.Grounding;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.scenarios.Secrets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes an agent's trace with its secrets masked: {@code trace.json} and one annotated PNG per
 * frame the agent looked at ({@code step-NNN.png}, grounded box green, candidates dashed blue),
 * plus {@code final.png}, the last frame seen.
 */
public final class TraceFiles {

    private TraceFiles() {
    }

    /**
     * Writes {@code trace} into {@code dir}.
     *
     * @return the trace's steps, masked and naming their image files (relative to {@code dir})
     */
    public static List<Step> write(Trace trace, Secrets secrets, Path dir) {
        try {
            Files.createDirectories(dir);
            List<Step> named = new ArrayList<>();
            Trace masked = Trace.fromJson(secrets.mask(trace.toJson()));
            for (int i = 0; i < trace.steps().size(); i++) {
                Step original = trace.steps().get(i);
                Step clean = masked.steps().get(i);
                String image = null;
                Optional<Screenshot> frame = original.before().or(original::after);
                if (frame.isPresent()) {
                    image = String.format("step-%03d.png", original.index());
                    annotate(frame.get(), clean).writePng(dir.resolve(image));
                }
                named.add(image == null ? clean : clean.withImages(image, null));
            }
            Optional<Screenshot> last = trace.lastFrame();
            if (last.isPresent()) {
                last.get().writePng(dir.resolve("final.png"));
            }
            Files.writeString(dir.resolve("trace.json"), secrets.mask(masked.withSteps(named).toJson()), StandardCharsets.UTF_8);
            return named;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the trace to " + dir, e);
        }
    }

    static Screenshot annotate(Screenshot shot, Step step) {
        JsonNode target = step.args().get("target");
        if (target == null) {
            target = step.args().get("into");
        }
        String label = target != null ? target.asText() : step.tool();
        Grounding g = step.box() != null
                ? Grounding.found(label, shot.frame(), step.box(), null, 1, step.candidates(), Map.of())
                : Grounding.notFound(label, shot.frame(), step.ok() ? "nothing pointed at" : "not found", step.candidates());
        return Screenshot.of(Annotator.draw(shot, g), shot.devicePixelRatio());
    }

    /** A box as {@code [left, top, right, bottom]}. */
    static String box(Box b) {
        return "[" + b.left() + ", " + b.top() + ", " + b.right() + ", " + b.bottom() + "]";
    }
}
