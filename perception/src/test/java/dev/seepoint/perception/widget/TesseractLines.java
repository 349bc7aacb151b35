package dev.seepoint.perception.widget;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.text.TextLine;
import dev.seepoint.perception.text.Word;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Test-only text lines from the Tesseract command line ({@code tesseract img - --psm 11 tsv}), run on
 * the frame and on its inverse (so light-on-dark captions are read too). Stands in for the real text
 * reader, which widget perception only receives as input.
 */
final class TesseractLines {

    private TesseractLines() {
    }

    static List<TextLine> read(Screenshot shot) throws IOException, InterruptedException {
        List<Word> words = new ArrayList<>();
        Map<String, List<Word>> lines = new LinkedHashMap<>();
        for (boolean invert : new boolean[] {false, true}) {
            BufferedImage img = shot.toImage();
            if (invert) {
                for (int y = 0; y < img.getHeight(); y++) {
                    for (int x = 0; x < img.getWidth(); x++) {
                        img.setRGB(x, y, ~img.getRGB(x, y) & 0xFFFFFF);
                    }
                }
            }
            Path png = Files.createTempFile("tess", ".png");
            try {
                ImageIO.write(img, "png", png.toFile());
                ProcessBuilder pb = new ProcessBuilder("tesseract", png.toString(), "-", "--psm", "11", "tsv");
                pb.environment().put("OMP_THREAD_LIMIT", "1");
                pb.redirectError(ProcessBuilder.Redirect.DISCARD);
                Process p = pb.start();
                String tsv = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IOException("tesseract did not finish in 60 s on " + png);
                }
                for (String row : tsv.split("\n")) {
                    String[] f = row.split("\t");
                    if (f.length < 12 || !"5".equals(f[0])) continue;
                    String text = f[11].trim();
                    double conf = Double.parseDouble(f[10]);
                    if (text.isEmpty() || conf < 40) continue;
                    Box b = Box.ofSize(Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]), Integer.parseInt(f[9]));
                    Word w = new Word(b, text, conf / 100);
                    if (words.stream().anyMatch(o -> o.box().iou(b) > 0.3)) continue;
                    words.add(w);
                    lines.computeIfAbsent(invert + ":" + f[2] + ":" + f[3] + ":" + f[4], k -> new ArrayList<>()).add(w);
                }
            } finally {
                Files.deleteIfExists(png);
            }
        }
        List<TextLine> out = new ArrayList<>();
        for (List<Word> ws : lines.values()) {
            Box b = ws.get(0).box();
            StringBuilder sb = new StringBuilder();
            double conf = 1;
            for (Word w : ws) {
                b = b.union(w.box());
                if (sb.length() > 0) sb.append(' ');
                sb.append(w.text());
                conf = Math.min(conf, w.confidence());
            }
            out.add(new TextLine(b, sb.toString(), conf, ws));
        }
        return out;
    }
}
