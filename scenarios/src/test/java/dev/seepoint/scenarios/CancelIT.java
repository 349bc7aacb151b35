package dev.seepoint.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.scenarios.StepResult.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Ctrl-C / SIGTERM hook does: cancel stops the run quickly and the reports are still written. */
class CancelIT {

    @TempDir
    Path dir;

    @Test
    void cancellingMidScenarioStopsTheRunAndStillWritesReportAndXml() throws Exception {
        Path pages = Path.of("..", "test-pages", "pages").toAbsolutePath().normalize();
        Path file = dir.resolve("long.yaml");
        Files.writeString(file, """
                suite: Long
                serve: %s
                url: todo.html
                scenarios:
                  - name: takes its time
                    steps:
                      - sleep: 60s
                      - check: the page shows 'Buy milk'
                  - name: never starts
                    steps:
                      - check: the page shows 'Buy milk'
                """.formatted(pages));
        AtomicReference<SuiteRunner> runner = new AtomicReference<>();
        RunListener listener = new RunListener() {
            @Override
            public void stepStarted(Suite suite, Scenario scenario, String description) {
                Thread t = new Thread(() -> {
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                    runner.get().cancel();
                });
                t.setDaemon(true);
                t.start();
            }
        };
        runner.set(SharedModel.runner(RunOptions.defaults().withReportDir(dir.resolve("r")), listener, new Secrets(),
                Map.<String, String>of()::get));
        long t0 = System.nanoTime();

        RunResult run = runner.get().run(List.of(Suites.load(file)));

        assertThat((System.nanoTime() - t0) / 1_000_000_000).as("seconds").isLessThan(30);
        assertThat(run.cancelled()).isTrue();
        assertThat(run.passed()).isFalse();
        assertThat(run.results()).extracting(ScenarioResult::status).containsExactly(Status.ERROR, Status.SKIPPED);
        assertThat(Files.readString(run.html())).contains("stopped before the end").contains("takes its time");
        assertThat(Files.readString(run.junitDir().resolve("TEST-Long.xml"))).contains("errors=\"1\"").contains("skipped=\"1\"");
        assertThat(run.results().get(0).traceDir().resolve("trace.json")).exists();
    }
}
