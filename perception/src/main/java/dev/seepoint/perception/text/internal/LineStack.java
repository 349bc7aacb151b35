package dev.seepoint.perception.text.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Several prepared line images stacked one above the other on white, with blank bands between
 * them, so Tesseract reads them in one call: its fixed cost per call dominates the reading of a
 * short line. Words found in the stack are handed back to the line they lie in.
 */
public final class LineStack {

    private final List<GreyImage> lines;
    private final int[] tops;
    private final int width;
    private final int height;
    private final byte[] pixels;

    public LineStack(List<GreyImage> lines, int gap) {
        this.lines = List.copyOf(lines);
        this.tops = new int[lines.size()];
        int w = 1;
        int h = gap;
        for (int i = 0; i < lines.size(); i++) {
            tops[i] = h;
            h += lines.get(i).height() + gap;
            w = Math.max(w, lines.get(i).width());
        }
        this.width = w + 2 * gap;
        this.height = h;
        this.pixels = new byte[width * height];
        Arrays.fill(pixels, (byte) 255);
        for (int i = 0; i < lines.size(); i++) {
            GreyImage g = lines.get(i);
            for (int y = 0; y < g.height(); y++) {
                System.arraycopy(g.pixels(), y * g.width(), pixels, (tops[i] + y) * width + gap, g.width());
            }
        }
        this.gap = gap;
    }

    private final int gap;

    public byte[] pixels() {
        return pixels;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public List<GreyImage> lines() {
        return lines;
    }

    /** A word of the stack assigned to one of its lines, its box in that line image's pixels. */
    public record Placed(int line, TesseractPool.TessWord word) {
    }

    /** Assigns each word to the line its vertical centre falls in (words in the gaps are dropped). */
    public List<Placed> place(List<TesseractPool.TessWord> words) {
        List<Placed> out = new ArrayList<>(words.size());
        for (TesseractPool.TessWord w : words) {
            int cy = (w.top() + w.bottom()) / 2;
            for (int i = 0; i < tops.length; i++) {
                if (cy >= tops[i] && cy < tops[i] + lines.get(i).height()) {
                    out.add(new Placed(i, new TesseractPool.TessWord(w.text(), w.left() - gap, w.top() - tops[i],
                            w.right() - gap, w.bottom() - tops[i], w.confidence(), w.line())));
                    break;
                }
            }
        }
        return out;
    }
}
