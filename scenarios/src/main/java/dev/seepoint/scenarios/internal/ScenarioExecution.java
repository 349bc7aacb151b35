package dev.seepoint.scenarios.internal;

import dev.seepoint.actions.Browser;
import dev.seepoint.actions.BrowserOptions;
import dev.seepoint.actions.Browsers;
import dev.seepoint.agent.Agent;
import dev.seepoint.agent.AgentOptions;
import dev.seepoint.agent.SeepointAssertionError;
import dev.seepoint.agent.Step;
import dev.seepoint.agent.TapOptions;
import dev.seepoint.agent.TypeOptions;
import dev.seepoint.perception.Grounding;
import dev.seepoint.perception.GroundingModel;
import dev.seepoint.perception.text.OcrEngine;
import dev.seepoint.scenarios.Location;
import dev.seepoint.scenarios.RunListener;
import dev.seepoint.scenarios.RunOptions;
import dev.seepoint.scenarios.Scenario;
import dev.seepoint.scenarios.ScenarioResult;
import dev.seepoint.scenarios.Secrets;
import dev.seepoint.scenarios.StepResult;
import dev.seepoint.scenarios.StepResult.Status;
import dev.seepoint.scenarios.Suite;
import dev.seepoint.scenarios.SuiteStep;
import dev.seepoint.scenarios.report.TraceFiles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one scenario once: a fresh browser, an agent over it, the steps in order until one fails,
 * then the masked trace on disk. Never throws for a failing or crashing scenario: that is a result.
 */
public final class ScenarioExecution {

    private static final Logger LOG = LoggerFactory.getLogger(ScenarioExecution.class);

    private final GroundingModel model;
    private final OcrEngine ocr;
    private final RunOptions options;
    private final Secrets secrets;
    private final UnaryOperator<String> env;
    private final RunListener listener;
    private final Set<Browser> live;

    /**
     * @param live the run's open browsers: this execution adds its own while it runs, so a cancel can close it
     */
    public ScenarioExecution(GroundingModel model, OcrEngine ocr, RunOptions options, Secrets secrets,
            UnaryOperator<String> env, RunListener listener, Set<Browser> live) {
        this.model = model;
        this.ocr = ocr;
        this.options = options;
        this.secrets = secrets;
        this.env = env;
        this.listener = listener;
        this.live = live;
    }

    /**
     * @param startUrl absolute start page, or empty for none
     * @param baseUrl  what relative {@code open} steps resolve against, or empty
     * @param traceDir where to write the trace
     */
    public ScenarioResult run(Suite suite, Scenario scenario, String startUrl, String baseUrl, Path traceDir, int attempt) {
        listener.scenarioStarted(suite, scenario, attempt);
        long start = System.nanoTime();
        List<StepResult> results = new ArrayList<>();
        List<int[]> toolRanges = new ArrayList<>();
        Status status = Status.PASSED;
        String failure = "";
        Agent agent = null;
        Browser browser = null;
        Watchdog watchdog = null;
        int index = 0;
        try {
            BrowserOptions bo = BrowserOptions.defaults().withViewport(suite.viewport()).withDevicePixelRatio(suite.dpr())
                    .withHeadless(!(options.headed() || suite.headed()));
            if (options.grid().isPresent()) {
                bo = bo.withGrid(options.grid().get());
            }
            browser = Browsers.chrome(bo);
            live.add(browser);
            watchdog = Watchdog.start(browser, options.timeout());
            AgentOptions ao = AgentOptions.defaults().withReportDir(null);
            Duration waits = suite.timeout().or(options::stepTimeout).orElse(null);
            if (waits != null) {
                ao = ao.withTimeout(waits);
            }
            agent = Agent.builder().device(browser).model(model).ocr(ocr).options(ao).build()
                    .titled(suite.name() + " › " + scenario.name());
            if (!startUrl.isEmpty()) {
                browser.navigate(startUrl);
                browser.settle(Duration.ofSeconds(3));
            }
            Map<String, String> values = new LinkedHashMap<>();
            Variables variables = new Variables(env, secrets);
            for (Map.Entry<String, String> v : suite.vars().entrySet()) {
                values.put(v.getKey(), variables.resolve(v.getValue(), values, Location.of(suite.file())));
            }
            for (; index < scenario.steps().size(); index++) {
                SuiteStep step = scenario.steps().get(index);
                String shown = secrets.mask(describe(step, variables, values));
                listener.stepStarted(suite, scenario, shown);
                int before = agent.trace().steps().size();
                long t0 = System.nanoTime();
                String detail;
                Status stepStatus = Status.PASSED;
                try {
                    detail = execute(step, agent, browser, variables, values, baseUrl);
                } catch (SeepointAssertionError e) {
                    stepStatus = Status.FAILED;
                    detail = e.getMessage();
                } catch (RuntimeException e) {
                    stepStatus = Status.ERROR;
                    detail = crash(e, watchdog);
                }
                long ms = (System.nanoTime() - t0) / 1_000_000;
                toolRanges.add(new int[] {before, agent.trace().steps().size()});
                StepResult r = new StepResult(shown, step.at(), stepStatus, ms, secrets.mask(detail), List.of());
                results.add(r);
                listener.stepFinished(suite, scenario, r);
                if (stepStatus != Status.PASSED) {
                    status = stepStatus;
                    failure = secrets.mask("Step " + (index + 1) + " at " + step.at() + ": " + shown + "\n" + detail);
                    index++;
                    break;
                }
            }
        } catch (RuntimeException e) {
            status = Status.ERROR;
            failure = secrets.mask("Could not run the scenario: " + crash(e, watchdog));
        } finally {
            if (watchdog != null) {
                watchdog.stop();
            }
        }
        for (int i = index; i < scenario.steps().size(); i++) {
            if (i >= results.size()) {
                SuiteStep s = scenario.steps().get(i);
                results.add(new StepResult(secrets.mask(s.describe()), s.at(), Status.SKIPPED, 0, "not reached", List.of()));
            }
        }
        // a cancelled run interrupts this thread; clear it so the trace can still be written (NIO refuses interrupted writers)
        Thread.interrupted();
        Path written = null;
        if (agent != null) {
            try {
                List<Step> steps = TraceFiles.write(agent.trace(), secrets, traceDir);
                written = traceDir;
                for (int i = 0; i < toolRanges.size(); i++) {
                    int[] range = toolRanges.get(i);
                    StepResult r = results.get(i);
                    results.set(i, new StepResult(r.description(), r.at(), r.status(), r.durationMs(), r.detail(),
                            steps.subList(Math.min(range[0], steps.size()), Math.min(range[1], steps.size()))));
                }
            } catch (RuntimeException e) {
                LOG.warn("could not write the trace of {}: {}", scenario.name(), secrets.mask(e.toString()));
            }
        }
        if (browser != null) {
            live.remove(browser);
            try {
                browser.close();
            } catch (RuntimeException e) {
                LOG.debug("closing the browser: {}", e.toString());
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        ScenarioResult result = new ScenarioResult(suite.name(), suite.file(), scenario.name(), status, ms, results,
                failure, written, attempt);
        listener.scenarioFinished(result);
        return result;
    }

    private static String crash(RuntimeException e, Watchdog watchdog) {
        if (watchdog != null && watchdog.fired()) {
            return "the scenario ran past its time limit of " + Durations.human(watchdog.limit().toMillis())
                    + " and its browser was closed (raise it with --timeout)";
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return e.getClass().getSimpleName() + ": " + m.lines().limit(6).reduce((a, b) -> a + "\n" + b).orElse(m);
    }

    private static String describe(SuiteStep step, Variables variables, Map<String, String> values) {
        SuiteStep resolved = resolve(step, variables, values);
        return resolved.describe();
    }

    private static SuiteStep resolve(SuiteStep step, Variables variables, Map<String, String> values) {
        Map<String, String> opts = new LinkedHashMap<>();
        step.options().forEach((k, v) -> opts.put(k, variables.resolve(v, values, step.at())));
        return new SuiteStep(step.kind(), variables.resolve(step.value(), values, step.at()), opts, step.at());
    }

    private String execute(SuiteStep raw, Agent agent, Browser browser, Variables variables, Map<String, String> values,
            String baseUrl) {
        SuiteStep step = resolve(raw, variables, values);
        String v = step.value();
        switch (step.kind()) {
            case ACT -> agent.act(v);
            case TAP -> agent.tap(v, step.timeout().map(TapOptions::timeout).orElse(TapOptions.defaults()));
            case TYPE -> {
                TypeOptions o = TypeOptions.defaults().withClear(Boolean.parseBoolean(step.option("clear").orElse("false")));
                if (step.timeout().isPresent()) {
                    o = o.withTimeout(step.timeout().get());
                }
                agent.type(v, step.option("into").orElseThrow(), o);
            }
            case SELECT -> agent.select(v, step.option("in").orElseThrow());
            case CHECK -> agent.check(v);
            case WAIT_FOR -> {
                if (step.timeout().isPresent()) {
                    agent.waitFor(v, step.timeout().get());
                } else {
                    agent.waitFor(v);
                }
            }
            case SCROLL -> agent.act(v.toLowerCase(java.util.Locale.ROOT).startsWith("scroll") ? v : "scroll " + v);
            case PRESS -> agent.act(v.toLowerCase(java.util.Locale.ROOT).startsWith("press") ? v : "press " + v);
            case LOCATE -> {
                Grounding g = agent.locate(v);
                return g.describe();
            }
            case READ -> {
                String text = agent.read(v);
                step.option("as").ifPresent(name -> values.put(name, text));
                return "read: " + text;
            }
            case SLEEP -> sleep(Durations.parse(v));
            case OPEN -> {
                String url = Urls.resolve(baseUrl, v);
                browser.navigate(url);
                browser.settle(Duration.ofSeconds(3));
                return "opened " + url;
            }
            default -> throw new IllegalStateException("unhandled step kind " + step.kind());
        }
        return lastObservation(agent);
    }

    private static String lastObservation(Agent agent) {
        List<Step> steps = agent.trace().steps();
        return steps.isEmpty() ? "" : steps.get(steps.size() - 1).observation();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sleeping");
        }
    }

    /** Closes the browser when the scenario's time is up, so a hung step ends. */
    static final class Watchdog {
        private final Thread thread;
        private final Duration limit;
        private volatile boolean fired;

        private Watchdog(Browser browser, Duration limit) {
            this.limit = limit;
            this.thread = new Thread(() -> {
                try {
                    Thread.sleep(limit.toMillis());
                    fired = true;
                    browser.close();
                } catch (InterruptedException done) {
                    // the scenario ended in time
                } catch (RuntimeException e) {
                    LOG.debug("closing a browser past its time: {}", e.toString());
                }
            }, "seepoint-watchdog");
            thread.setDaemon(true);
        }

        static Watchdog start(Browser browser, Duration limit) {
            Watchdog w = new Watchdog(browser, limit);
            w.thread.start();
            return w;
        }

        void stop() {
            thread.interrupt();
        }

        boolean fired() {
            return fired;
        }

        Duration limit() {
            return limit;
        }
    }
}
