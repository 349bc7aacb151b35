package dev.seepoint.scenarios;

import dev.seepoint.agent.Defaults;
import dev.seepoint.actions.Browser;
import dev.seepoint.perception.GroundingModel;
import dev.seepoint.perception.text.OcrEngine;
import dev.seepoint.scenarios.StepResult.Status;
import dev.seepoint.scenarios.internal.ScenarioExecution;
import dev.seepoint.scenarios.internal.Urls;
import dev.seepoint.scenarios.internal.Variables;
import dev.seepoint.scenarios.report.JUnitXml;
import dev.seepoint.scenarios.report.RunReport;
import dev.seepoint.testpages.TestPages;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs suites: checks them first (variables set, pages and Grid reachable: a {@link SuiteException}
 * otherwise, before any browser starts), then every scenario in its own browser, {@code parallel}
 * at a time, retrying failures, and writes the HTML report, JUnit XML and traces. One scenario
 * failing or crashing never stops the others. {@link #cancel()} (e.g. from a shutdown hook) stops
 * the run; the reports are still written for what ran.
 *
 * <pre>{@code
 * RunResult r = new SuiteRunner(RunOptions.defaults().withParallel(2), RunListener.none())
 *         .run(List.of(Suites.load(Path.of("examples/sign-in.yaml"))));
 * }</pre>
 */
public final class SuiteRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SuiteRunner.class);

    private final RunOptions options;
    private final RunListener listener;
    private final Secrets secrets;
    private final UnaryOperator<String> env;
    private final Set<Browser> live = ConcurrentHashMap.newKeySet();
    private final Set<Thread> workers = ConcurrentHashMap.newKeySet();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean cancelled;
    private GroundingModel model;
    private OcrEngine ocr;

    public SuiteRunner(RunOptions options, RunListener listener) {
        this(options, listener, new Secrets(), System::getenv);
    }

    /**
     * @param secrets collects the secret values met, so everything written can mask them
     * @param env     reads environment variables (a seam for tests)
     */
    public SuiteRunner(RunOptions options, RunListener listener, Secrets secrets, UnaryOperator<String> env) {
        this.options = options;
        this.listener = listener;
        this.secrets = secrets;
        this.env = env;
    }

    /** Uses {@code value} (owned by the caller) instead of the default model this runner would open and close. */
    public SuiteRunner withModel(GroundingModel value, OcrEngine ocrEngine) {
        this.model = value;
        this.ocr = ocrEngine;
        return this;
    }

    public Secrets secrets() {
        return secrets;
    }

    /**
     * Checks what can be checked without a browser: every {@code ${env:..}}/{@code ${secret:..}} is
     * set (secrets are remembered for masking from here on), served folders exist, start pages and the
     * Grid answer.
     *
     * @throws SuiteException naming the problem and its place
     */
    public void check(List<Suite> suites) {
        for (Suite suite : suites) {
            suite.vars().forEach((k, v) -> checkReferences(v, Location.of(suite.file())));
            for (Scenario sc : suite.scenarios()) {
                for (SuiteStep step : sc.steps()) {
                    checkReferences(step.value(), step.at());
                    step.options().values().forEach(v -> checkReferences(v, step.at()));
                }
            }
            if (suite.serve().isPresent() && !Files.isDirectory(suite.serve().get())) {
                throw new SuiteException(suite.file() + ": 'serve:' names " + suite.serve().get() + ", which is not a folder");
            }
            if (suite.serve().isEmpty() && !suite.url().isEmpty() && !suite.url().matches("(?i)^[a-z][a-z0-9+.-]*:.*")
                    && options.baseUrl().isEmpty()) {
                throw new SuiteException(suite.file() + ": the start page '" + suite.url() + "' is relative; give a full URL, "
                        + "'serve: FOLDER' beside it, or --base-url");
            }
            if (suite.serve().isEmpty() && options.grid().isEmpty()) {
                String start = Urls.resolve(options.baseUrl().orElse(""), suite.url());
                if (start.matches("(?i)^https?://.*")) {
                    reachable(start, suite.file() + ": the start page " + start);
                }
            }
        }
        options.grid().ifPresent(g -> reachable(g.resolve("/status").toString(), "the Selenium Grid at " + g));
    }

    private void checkReferences(String text, Location at) {
        Variables.checkSyntax(text, at);
        Matcher m = Variables.REFERENCE.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                new Variables(env, secrets).resolve(m.group(), Map.of(), at);
            }
        }
    }

    private static void reachable(String url, String what) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException | IllegalArgumentException e) {
            String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
            throw new SuiteException(what + " cannot be reached: " + why + "; is it running, and is the address right?");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuiteException("interrupted while checking " + url);
        }
    }

    /** Checks the suites, runs every scenario and writes the reports. */
    public RunResult run(List<Suite> suites) {
        try {
            check(suites);
            return runChecked(suites);
        } finally {
            finished.countDown();
        }
    }

    private RunResult runChecked(List<Suite> suites) {
        long start = System.nanoTime();
        Path dir = options.reportDir().toAbsolutePath();
        List<TestPages> servers = new ArrayList<>();
        Map<Suite, String> bases = new HashMap<>();
        boolean ownModel = model == null;
        List<ScenarioResult> results = new ArrayList<>();
        try {
            for (Suite s : suites) {
                if (s.serve().isPresent()) {
                    TestPages server = TestPages.serve(s.serve().get());
                    servers.add(server);
                    bases.put(s, server.baseUrl());
                } else {
                    bases.put(s, options.baseUrl().orElse(s.url().matches("(?i)^https?://.*") ? s.url() : ""));
                }
            }
            if (ownModel) {
                model = Defaults.model();
                ocr = Defaults.ocr();
            }
            record Job(Suite suite, Scenario scenario, int number) {
            }
            List<Job> jobs = new ArrayList<>();
            for (Suite s : suites) {
                for (Scenario sc : s.scenarios()) {
                    jobs.add(new Job(s, sc, jobs.size() + 1));
                }
            }
            ExecutorService pool = Executors.newFixedThreadPool(options.parallel(), r -> {
                Thread t = new Thread(r, "seepoint-scenario");
                t.setDaemon(true);
                return t;
            });
            ScenarioExecution execution = new ScenarioExecution(model, ocr, options, secrets, env, listener, live);
            Map<Job, Future<ScenarioResult>> futures = new LinkedHashMap<>();
            AtomicInteger width = new AtomicInteger(String.valueOf(jobs.size()).length());
            for (Job job : jobs) {
                futures.put(job, pool.submit(() -> {
                    workers.add(Thread.currentThread());
                    try {
                        return runJob(job.suite(), job.scenario(), job.number(), width.get(), dir, bases, execution);
                    } finally {
                        workers.remove(Thread.currentThread());
                        Thread.interrupted();
                    }
                }));
            }
            pool.shutdown();
            for (Map.Entry<Job, Future<ScenarioResult>> e : futures.entrySet()) {
                try {
                    results.add(e.getValue().get());
                } catch (ExecutionException | InterruptedException ex) {
                    if (ex instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                        cancel();
                    }
                    Throwable cause = ex.getCause() == null ? ex : ex.getCause();
                    results.add(new ScenarioResult(e.getKey().suite().name(), e.getKey().suite().file(),
                            e.getKey().scenario().name(), Status.ERROR, 0, List.of(),
                            secrets.mask("the runner failed: " + cause), null, 1));
                }
            }
            try {
                pool.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } finally {
            servers.forEach(TestPages::close);
            if (ownModel && model != null) {
                closeQuietly(model);
                if (ocr != null) {
                    closeQuietly(ocr);
                }
                model = null;
                ocr = null;
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        Path junit = dir.resolve("junit");
        JUnitXml.write(results, junit, secrets);
        Path html = RunReport.write(results, dir, secrets, cancelled, ms);
        return new RunResult(results, ms, html, junit, cancelled);
    }

    private ScenarioResult runJob(Suite suite, Scenario scenario, int number, int width, Path dir, Map<Suite, String> bases,
            ScenarioExecution execution) {
        String id = String.format(Locale.ROOT, "%0" + width + "d-%s", number, slug(scenario.name()));
        Path traceDir = dir.resolve("scenarios").resolve(id);
        String base = bases.get(suite);
        String startUrl = Urls.resolve(base, suite.url());
        ScenarioResult r = null;
        for (int attempt = 1; attempt <= 1 + options.retry(); attempt++) {
            if (cancelled) {
                return r != null ? r : skipped(suite, scenario, "the run was stopped before it started");
            }
            r = execution.run(suite, scenario, startUrl, base, traceDir, attempt);
            if (r.passed()) {
                break;
            }
        }
        return r;
    }

    private ScenarioResult skipped(Suite suite, Scenario scenario, String why) {
        ScenarioResult r = new ScenarioResult(suite.name(), suite.file(), scenario.name(), Status.SKIPPED, 0,
                scenario.steps().stream().map(s -> new StepResult(secrets.mask(s.describe()), s.at(), Status.SKIPPED, 0, why,
                        List.of())).toList(), why, null, 0);
        listener.scenarioFinished(r);
        return r;
    }

    /**
     * Stops the run: scenarios not started are skipped, running browsers are closed and their
     * threads interrupted (their scenarios end as ERROR). {@link #run} still writes the reports.
     */
    public void cancel() {
        cancelled = true;
        workers.forEach(Thread::interrupt);
        for (Browser b : List.copyOf(live)) {
            try {
                b.close();
            } catch (RuntimeException e) {
                LOG.debug("closing a browser on cancel: {}", e.toString());
            }
        }
    }

    /** Waits until {@link #run} has written its reports (or failed), up to {@code timeout}. */
    public boolean awaitFinished(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            LOG.debug("closing {}: {}", c, e.toString());
        }
    }

    static String slug(String s) {
        String out = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return out.isEmpty() ? "scenario" : out.length() > 60 ? out.substring(0, 60) : out;
    }
}
