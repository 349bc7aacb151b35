package dev.seepoint.perception.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.text.TesseractOcr;
import dev.seepoint.perception.text.TesseractStatus;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The build runs tests with {@code OMP_THREAD_LIMIT=1}, as the launcher runs the CLI; a user's own
 * test suite does not. These start a fresh JVM without it, as a user's would, and ask OpenMP what
 * limit Tesseract's lines run under.
 */
class OpenMpLimitIT {

    @BeforeAll
    static void tesseractIsInstalled() {
        Assumptions.assumeTrue(TesseractStatus.detect().available(), "Tesseract is not installed here");
    }

    @Test
    void aJvmStartedWithoutTheVariableReadsLinesOneOpenMpThreadAtATime() throws Exception {
        assertThat(run(null)).contains("read 'Sign in'").contains("limit 1");
    }

    @Test
    void aLimitTheUserSetIsKept() throws Exception {
        assertThat(run("3")).contains("limit 3");
    }

    /** Reads one rendered line in a child JVM and prints the OpenMP limit in force there. */
    public static void main(String[] args) {
        BufferedImage img = new BufferedImage(160, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 160, 40);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
        g.drawString("Sign in", 20, 27);
        g.dispose();
        try (TesseractOcr ocr = new TesseractOcr()) {
            String text = ocr.line(Screenshot.of(img), new Box(10, 5, 150, 35)).map(l -> l.text()).orElse("");
            System.out.println("read '" + text + "'");
        }
        System.out.println("limit " + OpenMpLimit.limit().orElse(-1));
    }

    private static String run(String limit) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(OpenMpLimitIT.class.getName());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove(OpenMpLimit.VARIABLE);
        if (limit != null) {
            pb.environment().put(OpenMpLimit.VARIABLE, limit);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("the child JVM did not finish in 60 s:\n" + out);
        }
        assertThat(p.exitValue()).as("child JVM exit, output:%n%s", out).isZero();
        return out;
    }
}
