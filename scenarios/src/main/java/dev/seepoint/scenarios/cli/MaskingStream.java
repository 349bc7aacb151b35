package dev.seepoint.scenarios.cli;

import dev.seepoint.scenarios.Secrets;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A console stream that masks secrets line by line, so log lines from any library (SLF4J, Selenium)
 * that happen to carry a secret are hidden too.
 */
final class MaskingStream extends OutputStream {

    private static final int MAX_LINE = 1 << 20;

    private final PrintStream target;
    private final Secrets secrets;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    private MaskingStream(PrintStream target, Secrets secrets) {
        this.target = target;
        this.secrets = secrets;
    }

    static PrintStream wrap(PrintStream target, Secrets secrets) {
        return new PrintStream(new MaskingStream(target, secrets), true, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(int b) {
        line.write(b);
        if (b == '\n' || line.size() >= MAX_LINE) {
            flushLine();
        }
    }

    @Override
    public synchronized void flush() {
        // a partial line stays until its end arrives, so a secret split across writes is still masked
        if (line.size() > 0 && !secrets.isEmpty()) {
            return;
        }
        flushLine();
    }

    @Override
    public synchronized void close() {
        flushLine();
    }

    private void flushLine() {
        if (line.size() == 0) {
            target.flush();
            return;
        }
        target.print(secrets.mask(line.toString(StandardCharsets.UTF_8)));
        target.flush();
        line.reset();
    }
}
