package dev.seepoint.scenarios.cli;

import dev.seepoint.scenarios.RunOptions;
import dev.seepoint.scenarios.RunResult;
import dev.seepoint.scenarios.Secrets;
import dev.seepoint.scenarios.StepResult.Status;
import dev.seepoint.scenarios.Suite;
import dev.seepoint.scenarios.SuiteFiles;
import dev.seepoint.scenarios.SuiteRunner;
import dev.seepoint.scenarios.Suites;
import dev.seepoint.scenarios.internal.Durations;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code seepoint run}: run suite files and write the report, JUnit XML and traces. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run YAML (.yaml/.yml) and Gherkin (.feature) suites, each scenario in its own browser.",
                "Prints a line per step and scenario; writes one HTML report, Surefire-format JUnit XML and JSON traces.",
                "Exit status: 0 all passed, 1 a scenario failed, 2 bad usage or configuration."},
        footer = {"", "Examples:",
                "  seepoint run scenarios/examples/*.yaml",
                "  seepoint run suites/ --parallel 4 --grid http://grid.example:4444 --retry 1 --report build/seepoint"})
final class RunCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILES", arity = "1..*", description = "suite files, folders or globs (e.g. 'suites/**/*.yaml')")
    List<String> files = new ArrayList<>();

    @Option(names = "--parallel", paramLabel = "N", description = "scenarios run at once (default: ${DEFAULT-VALUE})", defaultValue = "1")
    int parallel;

    @Option(names = "--grid", paramLabel = "URL", description = "start every browser on this Selenium Grid, e.g. http://127.0.0.1:4444")
    URI grid;

    @Option(names = "--retry", paramLabel = "N", description = "retry a failed scenario up to N times (default: ${DEFAULT-VALUE})", defaultValue = "0")
    int retry;

    @Option(names = "--report", paramLabel = "DIR", description = "where reports go (default: ${DEFAULT-VALUE})", defaultValue = "target/seepoint")
    Path report;

    @Option(names = "--headed", description = "show the browser windows (needs a display)")
    boolean headed;

    @Option(names = "--timeout", paramLabel = "DURATION", description = "most time one scenario may take, e.g. 90s, 5m (default: ${DEFAULT-VALUE})",
            defaultValue = "5m")
    String timeout;

    @Option(names = "--step-timeout", paramLabel = "DURATION", description = "how long a step waits for its element or check when the suite does not say (agent default 4s)")
    String stepTimeout;

    @Option(names = "--base-url", paramLabel = "URL", description = "where relative pages are found when a suite neither serves a folder nor names a full URL")
    String baseUrl;

    @Override
    public Integer call() {
        RunOptions options = RunOptions.defaults().withParallel(parallel).withRetry(retry).withReportDir(report)
                .withHeaded(headed).withTimeout(duration(timeout, "--timeout")).withGrid(grid).withBaseUrl(baseUrl);
        if (stepTimeout != null) {
            options = options.withStepTimeout(duration(stepTimeout, "--step-timeout"));
        }
        if (grid != null && (grid.getScheme() == null || !grid.getScheme().startsWith("http"))) {
            throw new IllegalArgumentException("--grid must be an http(s) URL such as http://127.0.0.1:4444, got " + grid);
        }
        List<Suite> suites = new ArrayList<>();
        for (Path f : SuiteFiles.expand(files, Path.of(""))) {
            suites.add(Suites.load(f));
        }
        return run(suites, options, System.out);
    }

    /** Runs {@code suites} with a console listener, masking secrets on the console, stopping cleanly on Ctrl-C. */
    static int run(List<Suite> suites, RunOptions options, PrintStream console) {
        Secrets secrets = new Secrets();
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream maskedOut = MaskingStream.wrap(console, secrets);
        System.setOut(maskedOut);
        System.setErr(MaskingStream.wrap(err, secrets));
        SuiteRunner runner = new SuiteRunner(options, new ConsoleProgress(maskedOut, secrets, options.parallel() > 1),
                secrets, System::getenv);
        Thread hook = new Thread(() -> {
            try {
                if (!runner.awaitFinished(Duration.ZERO)) {
                    maskedOut.println("seepoint: stopping; writing the report for what ran...");
                    runner.cancel();
                    runner.awaitFinished(Duration.ofSeconds(30));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "seepoint-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            int scenarios = suites.stream().mapToInt(s -> s.scenarios().size()).sum();
            maskedOut.printf(Locale.ROOT, "running %d scenario%s from %d file%s%s%n", scenarios, scenarios == 1 ? "" : "s",
                    suites.size(), suites.size() == 1 ? "" : "s", options.grid().map(g -> " on the Grid at " + g).orElse(""));
            RunResult r = runner.run(suites);
            maskedOut.printf(Locale.ROOT, "%n%d scenarios: %d passed, %d failed, %d crashed, %d not run (%.1f s)%n",
                    r.results().size(), r.count(Status.PASSED), r.count(Status.FAILED), r.count(Status.ERROR),
                    r.count(Status.SKIPPED), r.durationMs() / 1000.0);
            maskedOut.println("report: " + r.html());
            maskedOut.println("junit:  " + r.junitDir());
            maskedOut.flush();
            return r.passed() ? 0 : SeepointCli.FAILED;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already stopping: the hook is running
            }
            maskedOut.flush();
            System.err.flush();
            System.setOut(out);
            System.setErr(err);
        }
    }

    static Duration duration(String text, String option) {
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage());
        }
    }
}
