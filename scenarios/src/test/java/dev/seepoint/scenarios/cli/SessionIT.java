package dev.seepoint.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.scenarios.Suite;
import dev.seepoint.scenarios.SuiteStep;
import dev.seepoint.scenarios.Suites;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code seepoint session} with piped input: instructions run, :locate previews, :shot and :save write files that run replays. */
class SessionIT {

    @TempDir
    Path dir;

    @Test
    void aPipedSessionGroundsActsAndSavesAScenarioThatRunReplays() throws Exception {
        Path saved = dir.resolve("recorded.yaml");
        Path shot = dir.resolve("shot.png");
        Path raw = dir.resolve("raw.png");
        String input = String.join("\n",
                ":help",
                ":locate the Sign in button",
                "type ada@example.com into the Email address field",
                "click the Zebra migration chart",
                ":shot " + shot,
                ":shot raw " + raw,
                ":bogus",
                ":save " + saved,
                ":quit",
                "this line is never read") + "\n";
        Path pages = Path.of("..", "test-pages", "pages").toAbsolutePath().normalize();
        InputStream in = System.in;
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int status;
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            status = SeepointCli.run("session", "--serve", pages.toString(), "--url", "sign-in.html");
        } finally {
            System.setIn(in);
            System.setOut(out);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        assertThat(status).as(text).isZero();
        assertThat(text).contains(":locate TARGET").contains("seepoint> :locate the Sign in button")
                .contains("unknown command :bogus").contains("saved 1 steps").doesNotContain("this line is never read");
        assertThat(text).containsPattern("box \\[\\d+, \\d+, \\d+, \\d+\\]");
        assertThat(text).contains("FAILED");
        assertThat(shot).exists();
        java.awt.image.BufferedImage plain = javax.imageio.ImageIO.read(raw.toFile());
        assertThat(plain.getWidth()).isEqualTo(1280); // the screen as the model sees it, viewport-sized
        assertThat(plain.getHeight()).isEqualTo(800);

        Suite suite = Suites.load(saved);
        assertThat(suite.scenarios()).hasSize(1);
        assertThat(suite.scenarios().get(0).steps()).extracting(SuiteStep::value)
                .containsExactly("type ada@example.com into the Email address field");
        assertThat(suite.serve()).isPresent();

        int replay = SeepointCli.run("run", "--report", dir.resolve("replay").toString(), saved.toString());
        assertThat(replay).isZero();
    }
}
