package dev.seepoint.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input exits with status 2 and a one-line message, before any browser starts. */
class RunCommandTest {

    @TempDir
    Path dir;

    record Outcome(int status, String out, String err) {
    }

    private Outcome run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int status = SeepointCli.run(args);
            return new Outcome(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static void noStackTrace(Outcome o) {
        assertThat(o.err() + o.out()).doesNotContain("\tat ").doesNotContain("Exception:");
    }

    @Test
    void aMissingFileExitsWithStatusTwo() {
        Outcome o = run("run", dir.resolve("missing.yaml").toString());
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.err()).contains("no such suite file").contains("missing.yaml");
        noStackTrace(o);
    }

    @Test
    void aYamlErrorExitsWithStatusTwoNamingLineAndColumn() throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "scenarios:\n  - name: x\n    steps:\n      - tapp: Save\n");
        Outcome o = run("run", f.toString());
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.err()).contains("unknown key 'tapp' at " + f + ":4:9; did you mean 'tap'?");
        noStackTrace(o);
    }

    @Test
    void anUnreachableStartPageOrGridExitsWithStatusTwo() throws Exception {
        Path f = dir.resolve("far.yaml");
        Files.writeString(f, "url: http://127.0.0.1:9/\nscenarios:\n  - name: x\n    steps:\n      - tap: Save\n");
        Outcome page = run("run", f.toString());
        assertThat(page.status()).isEqualTo(2);
        assertThat(page.err()).contains("the start page http://127.0.0.1:9/ cannot be reached");
        noStackTrace(page);

        Outcome grid = run("run", "--grid", "http://127.0.0.1:9", f.toString());
        assertThat(grid.status()).isEqualTo(2);
        assertThat(grid.err()).contains("the Selenium Grid at http://127.0.0.1:9 cannot be reached");
        noStackTrace(grid);
    }

    @Test
    void aMissingSecretExitsWithStatusTwoBeforeAnyBrowser() throws Exception {
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, "url: about:blank\nscenarios:\n  - name: x\n    steps:\n      - type: ${secret:SEEPOINT_NOT_SET_ANYWHERE}\n        into: the Password field\n");
        Outcome o = run("run", f.toString());
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.err()).contains(f + ":5:9").contains("SEEPOINT_NOT_SET_ANYWHERE, which is not set");
    }

    @Test
    void badOptionsAndHelpBehave() {
        assertThat(run("run", "--parallel", "0", "x.yaml").status()).isEqualTo(2);
        assertThat(run("run", "--timeout", "soon", "x.yaml").err()).contains("--timeout: 'soon' is not a duration");
        Outcome help = run("run", "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("--parallel").contains("--grid").contains("--retry").contains("--report");
        assertThat(run("session", "--help").out()).contains(":locate");
    }
}
