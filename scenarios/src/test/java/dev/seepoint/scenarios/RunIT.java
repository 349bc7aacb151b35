package dev.seepoint.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.scenarios.StepResult.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real runs in headless Chromium on the bundled sign-in page: a failing step fails only its
 * scenario, a killed driver crashes only its scenario, the reports stay complete, and a secret
 * appears in no file and no console line.
 */
class RunIT {

    private static final String SECRET = "Zq7-never-print-me";

    @TempDir
    Path dir;

    @Test
    void failuresAndCrashesStayInTheirScenarioAndSecretsAppearNowhere() throws Exception {
        Path pages = Path.of("..", "test-pages", "pages").toAbsolutePath().normalize();
        Path suiteFile = dir.resolve("faults.yaml");
        Files.writeString(suiteFile, """
                suite: Faults
                serve: %s
                url: sign-in.html
                scenarios:
                  - name: fails a check
                    steps:
                      - type: ${secret:SEEPOINT_IT_PASSWORD}
                        into: the Email address field
                      - check: the page shows 'Quarterly revenue report'
                      - tap: the Sign in button
                  - name: loses its browser
                    steps:
                      - sleep: 3s
                      - check: the page shows 'Welcome back'
                  - name: passes
                    steps:
                      - check: the page shows 'Welcome back'
                """.formatted(pages));
        Suite suite = Suites.load(suiteFile);
        Path report = dir.resolve("report");
        List<String> console = new CopyOnWriteArrayList<>();
        Secrets secrets = new Secrets();
        RunListener listener = new RunListener() {
            @Override
            public void stepStarted(Suite s, Scenario scenario, String description) {
                console.add(description);
                if (description.startsWith("sleep")) {
                    killChromedriverSoon();
                }
            }

            @Override
            public void stepFinished(Suite s, Scenario scenario, StepResult r) {
                console.add(r.description() + " " + r.detail());
            }

            @Override
            public void scenarioFinished(ScenarioResult r) {
                console.add(r.title() + " " + r.failure());
            }
        };
        RunOptions options = RunOptions.defaults().withReportDir(report).withStepTimeout(Duration.ofSeconds(2));
        Map<String, String> env = Map.of("SEEPOINT_IT_PASSWORD", SECRET);

        RunResult run = SharedModel.runner(options, listener, secrets, env::get).run(List.of(suite));

        List<ScenarioResult> results = run.results();
        assertThat(results).extracting(ScenarioResult::scenario).containsExactly("fails a check", "loses its browser", "passes");
        ScenarioResult failed = results.get(0);
        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(failed.failure()).contains("Step 2 at " + suiteFile + ":9:9").contains("Quarterly revenue report")
                .contains("Failed: check");
        assertThat(failed.steps()).extracting(StepResult::status).containsExactly(Status.PASSED, Status.FAILED, Status.SKIPPED);
        assertThat(failed.steps().get(0).description()).isEqualTo("type '***' into the Email address field");
        assertThat(failed.steps().get(1).toolSteps()).isNotEmpty();

        ScenarioResult crashed = results.get(1);
        assertThat(crashed.status()).isEqualTo(Status.ERROR);
        assertThat(crashed.failure()).isNotBlank();

        assertThat(results.get(2).status()).as(results.get(2).failure()).isEqualTo(Status.PASSED);

        String html = Files.readString(run.html());
        assertThat(html).contains("fails a check").contains("loses its browser").contains("passes")
                .contains("Quarterly revenue report");
        assertThat(html.indexOf("fails a check")).isLessThan(html.indexOf("<span class=\"st\">PASSED"));
        String xml = Files.readString(run.junitDir().resolve("TEST-Faults.xml"));
        assertThat(xml).contains("tests=\"3\"").contains("failures=\"1\"").contains("errors=\"1\"");
        assertThat(failed.traceDir().resolve("trace.json")).exists();

        assertThat(filesContaining(report, SECRET)).isEmpty();
        assertThat(String.join("\n", console)).doesNotContain(SECRET).contains("***");
        assertThat(Files.readString(failed.traceDir().resolve("trace.json"))).contains("***");
    }

    private static void killChromedriverSoon() {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(800);
            } catch (InterruptedException e) {
                return;
            }
            // only the chromedriver this JVM started for the scenario now running, by its process id
            ProcessHandle.current().descendants()
                    .filter(p -> p.info().command().orElse("").endsWith("chromedriver"))
                    .forEach(driver -> {
                        List<ProcessHandle> browser = driver.descendants().toList();
                        driver.destroyForcibly();
                        // its Chromium would outlive it as an orphan: end it too, by its process id (SIGTERM, so its crash handler ends with it)
                        browser.forEach(ProcessHandle::destroy);
                    });
        });
        t.setDaemon(true);
        t.start();
    }

    static List<Path> filesContaining(Path root, String secret) throws IOException {
        byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                try {
                    return indexOf(Files.readAllBytes(f), needle) >= 0;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
