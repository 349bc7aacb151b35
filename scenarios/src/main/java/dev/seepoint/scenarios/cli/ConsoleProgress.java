package dev.seepoint.scenarios.cli;

import dev.seepoint.scenarios.RunListener;
import dev.seepoint.scenarios.Scenario;
import dev.seepoint.scenarios.ScenarioResult;
import dev.seepoint.scenarios.Secrets;
import dev.seepoint.scenarios.StepResult;
import dev.seepoint.scenarios.StepResult.Status;
import dev.seepoint.scenarios.Suite;
import java.io.PrintStream;
import java.util.Locale;

/** Live progress on the console: a line per scenario start and end, and per step with its outcome and time. */
final class ConsoleProgress implements RunListener {

    private final PrintStream out;
    private final Secrets secrets;
    private final boolean parallel;

    ConsoleProgress(PrintStream out, Secrets secrets, boolean parallel) {
        this.out = out;
        this.secrets = secrets;
        this.parallel = parallel;
    }

    @Override
    public synchronized void scenarioStarted(Suite suite, Scenario scenario, int attempt) {
        out.println(secrets.mask("▶ " + suite.name() + " › " + scenario.name() + (attempt > 1 ? "  (attempt " + attempt + ")" : "")));
    }

    @Override
    public synchronized void stepFinished(Suite suite, Scenario scenario, StepResult r) {
        String prefix = parallel ? "  [" + scenario.name() + "] " : "    ";
        String mark = r.status() == Status.PASSED ? "ok  " : r.status() == Status.FAILED ? "FAIL" : "ERR ";
        out.println(secrets.mask(String.format(Locale.ROOT, "%s%s %-60s %6d ms", prefix, mark, r.description(), r.durationMs())));
        if (r.status() != Status.PASSED) {
            r.detail().lines().limit(8).forEach(l -> out.println(secrets.mask(prefix + "       " + l)));
        }
    }

    @Override
    public synchronized void scenarioFinished(ScenarioResult r) {
        String word = switch (r.status()) {
            case PASSED -> "PASS";
            case FAILED -> "FAIL";
            case ERROR -> "ERROR";
            case SKIPPED -> "SKIP";
        };
        out.println(secrets.mask(String.format(Locale.ROOT, "%s %s (%d steps, %.1f s)", word, r.title(), r.steps().size(),
                r.durationMs() / 1000.0)));
    }
}
