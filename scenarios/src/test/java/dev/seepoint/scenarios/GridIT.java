package dev.seepoint.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.scenarios.StepResult.Status;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real Selenium Grid standalone on 127.0.0.1 in this JVM; two scenarios run through it at the same time. */
class GridIT {

    private static String grid;

    @BeforeAll
    static void startGrid(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path config = dir.resolve("grid.toml");
        Files.writeString(config, """
                [server]
                host = "127.0.0.1"
                port = %d

                [node]
                detect-drivers = false
                selenium-manager = false

                [[node.driver-configuration]]
                display-name = "chrome"
                webdriver-executable = "/usr/bin/chromedriver"
                max-sessions = 2
                stereotype = '{"browserName": "chrome", "goog:chromeOptions": {"binary": "/usr/bin/chromium"}}'
                """.formatted(port));
        Thread thread = new Thread(() -> org.openqa.selenium.grid.Main.main(
                new String[] {"standalone", "--config", config.toString()}), "grid-standalone");
        thread.setDaemon(true);
        thread.start();
        grid = "http://127.0.0.1:" + port;
        for (int i = 0; i < 150; i++) {
            try {
                if (status().replace(" ", "").contains("\"ready\":true")) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the Grid at " + grid + " was not ready within 30 s");
    }

    private static String status() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(grid + "/status")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void twoScenariosRunInParallelEachInItsOwnGridSession(@TempDir Path dir) throws Exception {
        Path pages = Path.of("..", "test-pages", "pages").toAbsolutePath().normalize();
        Path file = dir.resolve("grid.yaml");
        Files.writeString(file, """
                suite: On the Grid
                serve: %s
                url: sign-in.html
                scenarios:
                  - name: first
                    steps:
                      - check: the page shows 'Welcome back'
                      - sleep: 2s
                  - name: second
                    steps:
                      - check: the page shows 'Welcome back'
                      - sleep: 2s
                """.formatted(pages));
        AtomicInteger most = new AtomicInteger();
        Thread watcher = new Thread(() -> {
            Pattern session = Pattern.compile("\"sessionId\"\\s*:\\s*\"[^\"]+\"");
            for (int i = 0; i < 600 && !Thread.currentThread().isInterrupted(); i++) {
                try {
                    Matcher m = session.matcher(status());
                    int n = 0;
                    while (m.find()) {
                        n++;
                    }
                    most.accumulateAndGet(n, Math::max);
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    // keep watching
                }
            }
        });
        watcher.setDaemon(true);
        watcher.start();
        RunOptions options = RunOptions.defaults().withGrid(URI.create(grid)).withParallel(2).withReportDir(dir.resolve("report"));

        RunResult run = SharedModel.runner(options, RunListener.none(), new Secrets(), Map.<String, String>of()::get)
                .run(List.of(Suites.load(file)));
        watcher.interrupt();

        assertThat(run.results()).extracting(ScenarioResult::status).as(run.results().toString())
                .containsExactly(Status.PASSED, Status.PASSED);
        assertThat(most.get()).as("Grid sessions open at once").isEqualTo(2);
        assertThat(run.junitDir().resolve("TEST-On-the-Grid.xml")).exists();
    }

    @Test
    void theCliRunsThroughTheGridToo(@TempDir Path dir) throws Exception {
        Path pages = Path.of("..", "test-pages", "pages").toAbsolutePath().normalize();
        Path file = dir.resolve("one.yaml");
        Files.writeString(file, """
                serve: %s
                url: todo.html
                scenarios:
                  - name: sees the list
                    steps:
                      - check: the page shows 'Buy milk'
                """.formatted(pages));
        int status = dev.seepoint.scenarios.cli.SeepointCli.run("run", "--grid", grid, "--report", dir.resolve("r").toString(),
                "--timeout", "2m", file.toString());
        assertThat(status).isZero();
        assertThat(dir.resolve("r/index.html")).exists();
    }
}
