package dev.seepoint.agent;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seepoint.actions.Device;
import dev.seepoint.actions.DeviceGoneException;
import dev.seepoint.agent.internal.Recorder;
import dev.seepoint.agent.internal.RunFailure;
import dev.seepoint.agent.internal.Runner;
import dev.seepoint.perception.Grounding;
import dev.seepoint.perception.GroundingModel;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.text.OcrEngine;
import dev.seepoint.tools.Clock;
import dev.seepoint.tools.Observation;
import dev.seepoint.tools.ToolContext;
import dev.seepoint.tools.Toolbox;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The facade: short verbs over a {@link Device} the caller owns.
 *
 * <pre>{@code
 * Agent agent = Agent.builder().device(device).model(model).build();
 * agent.act("type 'ada@example.com' into the Email field and click Sign in");
 * agent.tap("the Save button", TapOptions.timeout(Duration.ofSeconds(5)));
 * agent.check("the page shows 'Welcome, Ada'");
 * }</pre>
 *
 * <p>Every verb runs through the same bounded loop and is recorded in the {@link #trace()}. A verb
 * that cannot be carried out throws {@link SeepointAssertionError} with its evidence, after writing
 * a report (screenshot, trace JSON, HTML) under {@link AgentOptions#reportDir()}. When the browser
 * dies, the trace so far is written and {@link DeviceGoneException} propagates with its paths.
 * An agent is meant for one thread (one test) at a time; closing it does not close the device.
 */
public final class Agent implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Agent.class);
    private static final AtomicInteger REPORTS = new AtomicInteger();

    private final Device device;
    private final GroundingModel model;
    private final OcrEngine ocr;
    private final Planner planner;
    private final AgentOptions options;
    private final Clock clock;
    private final Toolbox toolbox;
    private final Recorder recorder;
    private volatile String title = "";
    /**
     * The screen before the last action of the last instruction: "Open the Branch dropdown", then "Type 'release' into
     * its search box" means the box the dropdown brought up, and the next instruction's tools need that frame to know.
     */
    private volatile Screenshot beforeLastAction;

    /**
     * @param ocr may be null: text is then read from the grounded model's evidence only
     */
    public Agent(Device device, GroundingModel model, OcrEngine ocr, Planner planner, AgentOptions options, Clock clock,
            Toolbox toolbox) {
        this.device = Objects.requireNonNull(device, "device");
        this.model = Objects.requireNonNull(model, "model");
        this.ocr = ocr;
        this.planner = Objects.requireNonNull(planner, "planner");
        this.options = Objects.requireNonNull(options, "options");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.toolbox = Objects.requireNonNull(toolbox, "toolbox");
        this.recorder = new Recorder(clock.now().toEpochMilli(), model.name());
    }

    public static Builder builder() {
        return new Builder();
    }

    // ---- verbs

    /** Carries out any instruction, possibly several steps ("type ada into Username and click Sign in"). */
    public void act(String instruction) {
        run(instruction, planner.plan(instruction));
    }

    /** Clicks a described element. */
    public void tap(String target) {
        tap(target, TapOptions.defaults());
    }

    public void tap(String target, TapOptions opts) {
        ObjectNode args = args("target", target);
        if (!opts.button().equals("left")) {
            args.put("button", opts.button());
        }
        opts.timeoutValue().ifPresent(t -> args.put("timeout_ms", millis(t)));
        run((opts.button().equals("left") ? "tap " : opts.button() + "-click ") + target,
                List.of(new PlanStep("click", args, "tap " + target)));
    }

    /** Types {@code text} into the described field. */
    public void type(String text, String into) {
        type(text, into, TypeOptions.defaults());
    }

    public void type(String text, String into, TypeOptions opts) {
        ObjectNode args = args("text", text);
        args.put("into", Objects.requireNonNull(into, "into"));
        if (opts.clear()) {
            args.put("clear", true);
        }
        opts.timeoutValue().ifPresent(t -> args.put("timeout_ms", millis(t)));
        String instruction = "type '" + text + "' into " + into;
        run(instruction, List.of(new PlanStep("type", args, instruction)));
    }

    /** Chooses {@code option} in the described dropdown. */
    public void select(String option, String in) {
        ObjectNode args = args("option", option);
        args.put("in", Objects.requireNonNull(in, "in"));
        String instruction = "select '" + option + "' in " + in;
        run(instruction, List.of(new PlanStep("select", args, instruction)));
    }

    /** Points at a described element (waiting for it up to the timeout); never ambiguous. */
    public Grounding locate(String target) {
        Observation o = run("locate " + target, List.of(new PlanStep("locate", args("target", target), "locate " + target)));
        return o.grounding().orElseThrow(() -> new IllegalStateException("locate returned no grounding: " + o));
    }

    /** The text of a described element. */
    public String read(String target) {
        return run("read " + target, List.of(new PlanStep("read", args("target", target), "read " + target))).text();
    }

    /**
     * Checks an assertion ("the page shows 'Welcome, Ada'", "the Remember me box is checked"),
     * re-checking up to the timeout.
     *
     * @throws SeepointAssertionError with the evidence when it does not hold
     */
    public void check(String assertion) {
        ObjectNode args = args("assertion", assertion);
        args.put("timeout_ms", millis(options.timeout()));
        run("check " + assertion, List.of(new PlanStep("check", args, "check " + assertion)));
    }

    /** Waits until a described element is visible, up to the default timeout. */
    public void waitFor(String target) {
        waitFor(target, options.timeout());
    }

    public void waitFor(String target, Duration timeout) {
        ObjectNode args = args("target", target);
        args.put("timeout_ms", millis(timeout));
        run("wait for " + target, List.of(new PlanStep("wait", args, "wait for " + target)));
    }

    // ---- trace and reports

    /** A snapshot of everything done so far. */
    public Trace trace() {
        return recorder.snapshot(title, Trace.Status.RUNNING, null);
    }

    /** Names the trace (e.g. after the test it belongs to). */
    public Agent titled(String value) {
        this.title = Objects.requireNonNullElse(value, "");
        return this;
    }

    /** Writes the trace so far, its frames and the HTML report into {@code dir}. */
    public ReportFiles writeReport(Path dir) {
        return recorder.snapshot(title, Trace.Status.RUNNING, null).write(dir);
    }

    /** Writes the trace so far with {@code status} and {@code failure} into {@code dir}. */
    public ReportFiles writeReport(Path dir, Trace.Status status, String failure) {
        return recorder.snapshot(title, status, failure).write(dir);
    }

    public Device device() {
        return device;
    }

    public AgentOptions options() {
        return options;
    }

    /** Does nothing: the device, model and OCR engine belong to whoever made them. */
    @Override
    public void close() {
        // the agent owns nothing: the device, model and OCR engine belong to whoever made them
    }

    // ---- internals

    private static int millis(Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, d.toMillis());
    }

    private static ObjectNode args(String key, String value) {
        ObjectNode args = JsonNodeFactory.instance.objectNode();
        args.put(key, Objects.requireNonNull(value, key));
        return args;
    }

    private Observation run(String instruction, List<PlanStep> plan) {
        ToolContext ctx = new ToolContext(device, model, ocr, options.toolOptions(), clock);
        if (beforeLastAction != null) {
            ctx.rememberBeforeAction(beforeLastAction);
        }
        Runner runner = new Runner(toolbox, ctx, options, recorder);
        try {
            return runner.run(instruction, plan);
        } catch (RunFailure f) {
            ReportFiles files = report(Trace.Status.FAILED, "Failed: " + instruction + "\n" + f.getMessage());
            throw new SeepointAssertionError(instruction, f.getMessage(), files, null);
        } catch (DeviceGoneException e) {
            ReportFiles files = report(Trace.Status.FAILED, "The browser is gone during: " + instruction + "\n" + e.getMessage());
            throw new DeviceGoneException("the browser is gone during \"" + instruction + "\": " + e.getMessage()
                    + (files == null ? "" : "\nTrace: " + files.trace().toAbsolutePath() + "\nReport: "
                            + files.html().toAbsolutePath()), e);
        } finally {
            beforeLastAction = ctx.beforeAction().orElse(null);
        }
    }

    private ReportFiles report(Trace.Status status, String failure) {
        if (options.reportDir() == null) {
            return null;
        }
        String name = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")) + "-"
                + REPORTS.incrementAndGet();
        try {
            return writeReport(options.reportDir().resolve(name), status, failure);
        } catch (RuntimeException e) {
            LOG.warn("could not write the failure report under {}: {}", options.reportDir(), e.toString());
            return null;
        }
    }

    /** Builds an agent without Guice; device and model are required. */
    public static final class Builder {

        private Device device;
        private GroundingModel model;
        private OcrEngine ocr;
        private Planner planner = new RuleBasedPlanner();
        private AgentOptions options = AgentOptions.defaults();
        private Clock clock = Clock.system();
        private Toolbox toolbox = Toolbox.standard();

        private Builder() {
        }

        public Builder device(Device value) {
            this.device = value;
            return this;
        }

        public Builder model(GroundingModel value) {
            this.model = value;
            return this;
        }

        public Builder ocr(OcrEngine value) {
            this.ocr = value;
            return this;
        }

        public Builder planner(Planner value) {
            this.planner = value;
            return this;
        }

        public Builder options(AgentOptions value) {
            this.options = value;
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        public Builder toolbox(Toolbox value) {
            this.toolbox = value;
            return this;
        }

        public Agent build() {
            if (device == null) {
                throw new IllegalStateException("Agent.builder() needs a device: .device(...)");
            }
            if (model == null) {
                throw new IllegalStateException("Agent.builder() needs a grounded model: .model(...)");
            }
            return new Agent(device, model, ocr, planner, options, clock, toolbox);
        }
    }
}
