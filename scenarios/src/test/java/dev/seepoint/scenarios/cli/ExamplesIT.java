package dev.seepoint.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example suites, as the README's main command runs them, pass in headless Chromium. */
class ExamplesIT {

    @Test
    void everyExampleScenarioPasses(@TempDir Path report) throws Exception {
        Path examples = Path.of("examples").toAbsolutePath();
        int status = SeepointCli.run("demo", "--examples", examples.toString(), "--report", report.toString());

        assertThat(status).as("exit status of seepoint demo (report in %s)", report).isZero();
        assertThat(report.resolve("index.html")).exists();
        try (Stream<Path> xml = Files.list(report.resolve("junit"))) {
            assertThat(xml.filter(p -> p.toString().endsWith(".xml"))).isNotEmpty();
        }
    }
}
