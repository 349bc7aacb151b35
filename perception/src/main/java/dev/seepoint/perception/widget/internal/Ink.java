package dev.seepoint.perception.widget.internal;

import dev.seepoint.perception.Box;

/** The colours of text inside a box: its background and its ink, and whether it is underlined. */
public record Ink(int background, int ink, boolean underlined) {

    /** Reads a tight text box (a word as OCR returns it). */
    public static Ink of(Raster raster, Box word) {
        Box b = raster.clip(word);
        if (b.isEmpty()) {
            return new Ink(0xFFFFFF, 0, false);
        }
        int bg = raster.ringColour(b, 0);
        if (bg < 0) {
            bg = raster.rgb(b.left(), b.top());
        }
        int max = 0;
        for (int y = b.top(); y < b.bottom(); y++) {
            for (int x = b.left(); x < b.right(); x++) {
                max = Math.max(max, Raster.dist(raster.rgb(x, y), bg));
            }
        }
        int cut = Math.max(30, max * 7 / 10);
        long r = 0, g = 0, bl = 0;
        int n = 0;
        for (int y = b.top(); y < b.bottom(); y++) {
            for (int x = b.left(); x < b.right(); x++) {
                int p = raster.rgb(x, y);
                if (Raster.dist(p, bg) >= cut) {
                    r += (p >> 16) & 0xFF;
                    g += (p >> 8) & 0xFF;
                    bl += p & 0xFF;
                    n++;
                }
            }
        }
        int ink = n == 0 ? bg : (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (bl / n);
        return new Ink(bg, ink, underline(raster, b, bg, Math.max(30, max / 2)));
    }

    /** A row near the bottom of the box (or just below it) inked across nearly its whole width. */
    private static boolean underline(Raster raster, Box b, int bg, int cut) {
        if (b.width() < raster.px(8)) {
            return false;
        }
        int from = b.bottom() - Math.max(1, b.height() / 4);
        int to = Math.min(raster.height, b.bottom() + raster.px(3));
        for (int y = from; y < to; y++) {
            int hit = 0;
            for (int x = b.left(); x < b.right(); x++) {
                if (Raster.dist(raster.rgb(x, y), bg) >= cut) {
                    hit++;
                }
            }
            if (hit >= 0.92 * b.width() && !runsFar(raster, b, y, bg, cut)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An underline under the word that may run on past it: the words of one underlined link after
     * its first words see the line run back under those (which {@link #underlined()} does not count).
     */
    public static boolean lineUnder(Raster raster, Box word, Ink ink) {
        Box b = raster.clip(word);
        if (b.isEmpty() || b.width() < raster.px(8)) {
            return false;
        }
        int cut = Math.max(30, Raster.dist(ink.ink(), ink.background()) / 2);
        int from = b.bottom() - Math.max(1, b.height() / 4);
        int to = Math.min(raster.height, b.bottom() + raster.px(3));
        for (int y = from; y < to; y++) {
            int hit = 0;
            for (int x = b.left(); x < b.right(); x++) {
                if (Raster.dist(raster.rgb(x, y), ink.background()) >= cut) {
                    hit++;
                }
            }
            if (hit >= 0.92 * b.width()) {
                return true;
            }
        }
        return false;
    }

    /** The line goes on far past the word on a side: the edge of a box under it, not an underline. */
    private static boolean runsFar(Raster raster, Box b, int y, int bg, int cut) {
        int reach = 6 * b.height();
        int left = b.left();
        while (left > 0 && b.left() - left <= reach && Raster.dist(raster.rgb(left - 1, y), bg) >= cut) left--;
        int right = b.right() - 1;
        while (right < raster.width - 1 && right - b.right() <= reach && Raster.dist(raster.rgb(right + 1, y), bg) >= cut) right++;
        return b.left() - left > reach || right - b.right() > reach;
    }
}
