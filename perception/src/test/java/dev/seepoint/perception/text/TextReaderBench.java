package dev.seepoint.perception.text;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Times {@link NeuralTextReader} on screenshots given as arguments (a development tool, not a test):
 * {@code java [-Dcache=0] ... TextReaderBench [v3|v4] [tess|onnx] [maxSide] [runs] png...}.
 */
public final class TextReaderBench {

    private TextReaderBench() {
    }

    public static void main(String[] args) {
        String det = args[0].equals("v4") ? "models/ch_PP-OCRv4_det_infer.onnx" : "models/ch_PP-OCRv3_det_infer.onnx";
        boolean tess = args[1].equals("tess");
        int maxSide = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        NeuralTextReader.Options o = NeuralTextReader.Options.defaults().withDetectorModel(det).withTesseract(tess)
                .withDetectorMaxSide(maxSide).withCacheLines(Integer.getInteger("cache", 4_096));
        try (NeuralTextReader reader = new NeuralTextReader(o)) {
            for (int a = 4; a < args.length; a++) {
                Screenshot shot = Screenshot.read(Path.of(args[a]));
                long[] detT = new long[runs];
                long[] total = new long[runs];
                long[] cpu = new long[runs];
                com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
                List<TextLine> lines = null;
                for (int r = 0; r < runs + 3; r++) {
                    long c0 = os.getProcessCpuTime();
                    long t0 = System.nanoTime();
                    List<Box> boxes = reader.detectLines(shot);
                    long t1 = System.nanoTime();
                    lines = reader.readLines(shot, boxes);
                    long t2 = System.nanoTime();
                    if (r >= 3) {
                        detT[r - 3] = (t1 - t0) / 1_000_000;
                        total[r - 3] = (t2 - t0) / 1_000_000;
                        cpu[r - 3] = (os.getProcessCpuTime() - c0) / 1_000_000;
                    }
                }
                for (TextLine l : lines) {
                    StringBuilder ws = new StringBuilder();
                    l.words().forEach(w -> ws.append(" ").append(w.text()).append(w.box()));
                    System.out.printf("%-18s %.2f %-45s |%s%n", l.box(), l.confidence(), l.text(), ws);
                }
                System.out.printf("%s: %d lines; det p50 %d p95 %d; total p50 %d p95 %d ms; process cpu p50 %d ms (tesseract %s, load %.2f)%n", args[a],
                        lines.size(), pct(detT, 50), pct(detT, 95), pct(total, 50), pct(total, 95), pct(cpu, 50), reader.usesTesseract(), os.getSystemLoadAverage());
            }
        }
    }

    private static long pct(long[] v, int p) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }
}
