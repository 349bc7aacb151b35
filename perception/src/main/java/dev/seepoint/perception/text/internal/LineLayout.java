package dev.seepoint.perception.text.internal;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts detected text boxes at wide blank gaps. PP-OCR often joins a row of navigation links, or a
 * label and its value, into one long box; a gap of blank columns about as wide as the text is tall
 * separates them, while the space between words of a phrase is much narrower.
 */
public final class LineLayout {

    /** Grey-level difference from the background that counts as ink. */
    private static final int INK = 40;
    /** Gap (in multiples of the ink height) at which a box is cut. */
    private static final double GAP = 0.9;

    private LineLayout() {
    }

    /** The boxes of {@code regions}, cut at wide gaps and trimmed horizontally to their ink. */
    public static List<Box> lines(Screenshot shot, List<TextRegion> regions) {
        List<Box> out = new ArrayList<>();
        for (TextRegion r : regions) {
            out.addAll(split(shot, r.box()));
        }
        return out;
    }

    static List<Box> split(Screenshot shot, Box box) {
        if (box.width() < 4 || box.height() < 4) {
            return List.of(box);
        }
        int w = box.width();
        int h = box.height();
        int[] g = GreyImage.greyOf(shot, box);
        int bg = GreyImage.borderMedian(g, w, h);
        boolean[] inkColumn = new boolean[w];
        int inkTop = h;
        int inkBottom = -1;
        for (int y = 0; y < h; y++) {
            boolean rowInk = false;
            for (int x = 0; x < w; x++) {
                if (Math.abs(g[y * w + x] - bg) >= INK) {
                    inkColumn[x] = true;
                    rowInk = true;
                }
            }
            if (rowInk) {
                inkTop = Math.min(inkTop, y);
                inkBottom = y;
            }
        }
        if (inkBottom < 0) {
            return List.of(box);
        }
        int inkHeight = inkBottom - inkTop + 1;
        int minGap = Math.max(6, (int) Math.round(GAP * inkHeight));
        int margin = Math.max(2, inkHeight / 4);
        List<Box> out = new ArrayList<>();
        for (int[] run : WordSplitter.inkRuns(inkColumn, minGap)) {
            int l = Math.max(0, run[0] - margin);
            int r = Math.min(w, run[1] + margin);
            out.add(new Box(box.left() + l, box.top(), box.left() + r, box.bottom()));
        }
        return out;
    }
}
