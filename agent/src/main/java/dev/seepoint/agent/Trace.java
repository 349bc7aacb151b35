package dev.seepoint.agent;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.seepoint.agent.internal.Annotator;
import dev.seepoint.perception.Screenshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one agent did: its steps in order, and how it ended. Serialises to JSON with Jackson;
 * {@link #write(Path)} puts the JSON, one PNG per frame (with the grounded box and candidates drawn)
 * and a self-contained HTML report in one folder. Immutable.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class Trace {

    /** How a run ended. */
    public enum Status { RUNNING, PASSED, FAILED }

    private static final ObjectMapper JSON = new ObjectMapper()
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final String title;
    private final String model;
    private final long startedAtMs;
    private final Status status;
    private final String failure;
    private final List<Step> steps;

    @JsonCreator
    public Trace(@JsonProperty("title") String title, @JsonProperty("model") String model,
            @JsonProperty("startedAtMs") long startedAtMs, @JsonProperty("status") Status status,
            @JsonProperty("failure") String failure, @JsonProperty("steps") List<Step> steps) {
        this.title = Objects.requireNonNullElse(title, "");
        this.model = Objects.requireNonNullElse(model, "");
        this.startedAtMs = startedAtMs;
        this.status = Objects.requireNonNullElse(status, Status.RUNNING);
        this.failure = failure;
        this.steps = steps == null ? List.of() : List.copyOf(steps);
    }

    @JsonProperty public String title() { return title; }
    @JsonProperty public String model() { return model; }
    @JsonProperty public long startedAtMs() { return startedAtMs; }
    @JsonProperty public Status status() { return status; }
    @JsonProperty public String failure() { return failure; }
    @JsonProperty public List<Step> steps() { return steps; }

    public Trace withStatus(Status value, String why) {
        return new Trace(title, model, startedAtMs, value, why, steps);
    }

    public Trace withTitle(String value) {
        return new Trace(value, model, startedAtMs, status, failure, steps);
    }

    public Trace withSteps(List<Step> value) {
        return new Trace(title, model, startedAtMs, status, failure, value);
    }

    /** Failed steps first, then the others, each group in order: how the report lists them. */
    public List<Step> failuresFirst() {
        List<Step> out = new ArrayList<>(steps.stream().filter(s -> !s.ok()).toList());
        out.addAll(steps.stream().filter(Step::ok).toList());
        return out;
    }

    /** The last frame seen, while in memory. */
    public Optional<Screenshot> lastFrame() {
        for (int i = steps.size() - 1; i >= 0; i--) {
            Step s = steps.get(i);
            if (s.after().isPresent()) {
                return s.after();
            }
            if (s.before().isPresent()) {
                return s.before();
            }
        }
        return Optional.empty();
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the trace: " + e.getMessage(), e);
        }
    }

    public static Trace fromJson(String json) {
        try {
            return JSON.readValue(json, Trace.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a Seepoint trace: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads a {@code trace.json} written by {@link #write(Path)}. */
    public static Trace read(Path file) {
        try {
            return fromJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read trace " + file, e);
        }
    }

    /**
     * Writes {@code trace.json}, {@code step-NNN-before.png}/{@code -after.png} (boxes drawn),
     * {@code screenshot.png} (the last frame, as seen) and {@code report.html} into {@code dir}.
     */
    public ReportFiles write(Path dir) {
        try {
            Files.createDirectories(dir);
            List<Step> named = new ArrayList<>();
            for (Step s : steps) {
                String b = null;
                String a = null;
                if (s.before().isPresent()) {
                    b = String.format("step-%03d-before.png", s.index());
                    Annotator.draw(s.before().get(), s.box(), s.candidates(), s.ok()).writePng(dir.resolve(b));
                }
                if (s.after().isPresent()) {
                    a = String.format("step-%03d-after.png", s.index());
                    Annotator.draw(s.after().get(), s.box(), List.of(), s.ok()).writePng(dir.resolve(a));
                }
                named.add(b == null && a == null ? s : s.withImages(b != null ? b : s.beforeImage(), a != null ? a : s.afterImage()));
            }
            Trace written = withSteps(named);
            Path json = dir.resolve("trace.json");
            Files.writeString(json, written.toJson(), StandardCharsets.UTF_8);
            Path shot = null;
            Optional<Screenshot> last = lastFrame();
            if (last.isPresent()) {
                shot = dir.resolve("screenshot.png");
                last.get().writePng(shot);
            }
            Path html = dir.resolve("report.html");
            Files.writeString(html, HtmlReport.render(written, dir), StandardCharsets.UTF_8);
            return new ReportFiles(dir, json, html, shot);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the trace to " + dir, e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Trace t && startedAtMs == t.startedAtMs && title.equals(t.title) && model.equals(t.model)
                && status == t.status && Objects.equals(failure, t.failure) && steps.equals(t.steps);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, startedAtMs, status, steps.size());
    }

    @Override
    public String toString() {
        return "Trace[" + title + ", " + status + ", " + steps.size() + " steps]";
    }
}
