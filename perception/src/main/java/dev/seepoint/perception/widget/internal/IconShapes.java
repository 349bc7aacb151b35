package dev.seepoint.perception.widget.internal;

import dev.seepoint.perception.widget.IconKind;

/**
 * Names the shape of a small binary ink mask with hand-made descriptors: stroke components, holes,
 * row/column extents (for chevrons and arrows), diagonal and cross coverage (close, plus), the
 * radial outline (gear teeth) and the lid of a bin.
 */
public final class IconShapes {

    private IconShapes() {
    }

    public static IconKind classify(boolean[] mask, int width, int height) {
        // trim to the ink
        int x0 = width, y0 = height, x1 = -1, y1 = -1, ink = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (mask[y * width + x]) {
                    ink++;
                    x0 = Math.min(x0, x); x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y); y1 = Math.max(y1, y);
                }
            }
        }
        if (ink < 6 || x1 - x0 < 3 && y1 - y0 < 3) {
            return IconKind.UNKNOWN;
        }
        int w = x1 - x0 + 1;
        int h = y1 - y0 + 1;
        boolean[] m = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                m[y * w + x] = mask[(y + y0) * width + x + x0];
            }
        }
        double fill = ink / (double) (w * h);
        int[] comps = components(m, w, h, true);
        int parts = comps[0];
        int holes = holes(m, w, h);
        double aspect = w / (double) h;

        if (parts == 1 && aspect >= 2.5 && fill >= 0.6) {
            return IconKind.MINUS;
        }
        if (parts >= 3 && parts <= 4 && bars(m, w, h) >= 3) {
            return IconKind.MENU;
        }
        if (parts > 2) {
            return IconKind.UNKNOWN;
        }
        if (holes >= 1 && aspect < 0.95 && lid(m, w, h)) {
            return IconKind.TRASH;
        }
        if (holes >= 1 && aspect > 0.7 && aspect < 1.4) {
            int teeth = teeth(m, w, h);
            if (teeth >= 5) {
                return IconKind.SETTINGS;
            }
            if (lensOffset(m, w, h)) {
                return IconKind.SEARCH;
            }
            return IconKind.UNKNOWN;
        }
        // a plus or a cross is two strokes; a shape filled over most of its box (a colour swatch) is neither
        if (holes == 0 && aspect > 0.7 && aspect < 1.4 && fill < STROKES_FILL) {
            if (plus(m, w, h)) {
                return IconKind.PLUS;
            }
            if (cross(m, w, h)) {
                return IconKind.CLOSE;
            }
        }
        if (holes == 0 && parts == 1) {
            IconKind dir = direction(m, w, h);
            if (dir != null) {
                return dir;
            }
        }
        if (aspect < 0.95 && lid(m, w, h)) {
            return IconKind.TRASH;
        }
        return IconKind.UNKNOWN;
    }

    /** The most of its box two crossing strokes cover: bold ones a third of the size wide fill about 0.55. */
    private static final double STROKES_FILL = 0.6;

    private static boolean at(boolean[] m, int w, int h, double fx, double fy) {
        int x = (int) Math.min(w - 1, Math.max(0, Math.round(fx * (w - 1))));
        int y = (int) Math.min(h - 1, Math.max(0, Math.round(fy * (h - 1))));
        // a 3x3 neighbourhood tolerates thin strokes
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int xx = x + dx, yy = y + dy;
                if (xx >= 0 && yy >= 0 && xx < w && yy < h && m[yy * w + xx]) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double coverage(boolean[] m, int w, int h, double ax, double ay, double bx, double by) {
        int hit = 0;
        int n = 11;
        for (int i = 0; i < n; i++) {
            double t = 0.05 + 0.9 * i / (n - 1);
            if (at(m, w, h, ax + (bx - ax) * t, ay + (by - ay) * t)) hit++;
        }
        return hit / (double) n;
    }

    static boolean plus(boolean[] m, int w, int h) {
        return coverage(m, w, h, 0.5, 0, 0.5, 1) >= 0.9 && coverage(m, w, h, 0, 0.5, 1, 0.5) >= 0.9
                && !at(m, w, h, 0.1, 0.1) && !at(m, w, h, 0.9, 0.1) && !at(m, w, h, 0.1, 0.9) && !at(m, w, h, 0.9, 0.9);
    }

    static boolean cross(boolean[] m, int w, int h) {
        return coverage(m, w, h, 0, 0, 1, 1) >= 0.9 && coverage(m, w, h, 1, 0, 0, 1) >= 0.9
                && !at(m, w, h, 0.5, 0.05) && !at(m, w, h, 0.5, 0.95) && !at(m, w, h, 0.05, 0.5) && !at(m, w, h, 0.95, 0.5);
    }

    /** Chevron, triangle or arrow direction from how the ink's extent narrows toward the tip. */
    static IconKind direction(boolean[] m, int w, int h) {
        double[] rows = extents(m, w, h, true);
        double[] cols = extents(m, w, h, false);
        IconKind vertical = tip(rows, IconKind.CHEVRON_UP, IconKind.CHEVRON_DOWN);
        IconKind horizontal = tip(cols, IconKind.CHEVRON_LEFT, IconKind.CHEVRON_RIGHT);
        if (vertical != null && horizontal == null) return vertical;
        if (horizontal != null && vertical == null) return horizontal;
        return null;
    }

    /** Extent (first..last ink) of each row (or column) over the perpendicular size, averaged over thin bands. */
    private static double[] extents(boolean[] m, int w, int h, boolean byRow) {
        int n = byRow ? h : w;
        int across = byRow ? w : h;
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            int first = -1, last = -1;
            for (int j = 0; j < across; j++) {
                boolean v = byRow ? m[i * w + j] : m[j * w + i];
                if (v) {
                    if (first < 0) first = j;
                    last = j;
                }
            }
            e[i] = first < 0 ? 0 : (last - first + 1) / (double) across;
        }
        return e;
    }

    private static IconKind tip(double[] e, IconKind low, IconKind high) {
        int n = e.length;
        if (n < 4) return null;
        int band = Math.max(1, n / 6);
        double start = 0, end = 0;
        for (int i = 0; i < band; i++) {
            start += e[i];
            end += e[n - 1 - i];
        }
        start /= band;
        end /= band;
        int arg = 0;
        for (int i = 1; i < n; i++) if (e[i] > e[arg]) arg = i;
        double peak = e[arg];
        if (peak < 0.6) return null;
        if (start >= 0.6 && end <= 0.4) return high;
        if (end >= 0.6 && start <= 0.4) return low;
        if (start <= 0.4 && end <= 0.4) {
            double pos = arg / (double) (n - 1);
            if (pos >= 0.55 && pos <= 0.85) return high;
            if (pos <= 0.45 && pos >= 0.15) return low;
        }
        return null;
    }

    /** Horizontal bars: rows grouped into runs of mostly-full rows. */
    static int bars(boolean[] m, int w, int h) {
        int bars = 0;
        boolean inBar = false;
        int gaps = 0;
        for (int y = 0; y < h; y++) {
            int c = 0;
            for (int x = 0; x < w; x++) if (m[y * w + x]) c++;
            boolean full = c >= 0.6 * w;
            boolean empty = c <= 0.1 * w;
            if (full && !inBar) { bars++; inBar = true; }
            else if (empty && inBar) { inBar = false; gaps++; }
            else if (!full && !empty) { inBar = inBar && c >= 0.3 * w; }
        }
        return w >= 1.1 * h / 1.6 && gaps >= 2 ? bars : 0;
    }

    /** A bin's lid: a top band wider than the body below it, which runs down both sides. */
    public static boolean lid(boolean[] m, int w, int h) {
        double[] rows = extents(m, w, h, true);
        int topFull = 0;
        for (int y = 0; y < Math.max(2, h / 4); y++) if (rows[y] >= 0.9) topFull++;
        if (topFull == 0) return false;
        double body = 0;
        int n = 0;
        for (int y = h / 3; y < h - Math.max(1, h / 8); y++) { body += rows[y]; n++; }
        body = n == 0 ? 0 : body / n;
        return body >= 0.5 && body <= 0.92 && coverage(m, w, h, 0.18, 0.35, 0.18, 0.9) + coverage(m, w, h, 0.82, 0.35, 0.82, 0.9) >= 1.4;
    }

    /** Number of teeth on the outline, seen from the ink centroid. */
    static int teeth(boolean[] m, int w, int h) {
        double cx = 0, cy = 0;
        int n = 0;
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) if (m[y * w + x]) { cx += x; cy += y; n++; }
        cx /= n;
        cy /= n;
        int bins = 72;
        double[] r = new double[bins];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (!m[y * w + x]) continue;
                double dx = x - cx, dy = y - cy;
                int b = (int) ((Math.atan2(dy, dx) + Math.PI) / (2 * Math.PI) * bins) % bins;
                r[b] = Math.max(r[b], Math.hypot(dx, dy));
            }
        }
        double[] s = new double[bins];
        double mean = 0;
        for (int i = 0; i < bins; i++) {
            s[i] = (r[(i + bins - 1) % bins] + 2 * r[i] + r[(i + 1) % bins]) / 4;
            mean += s[i];
        }
        mean /= bins;
        double lo = Double.MAX_VALUE, hi = 0;
        for (double v : s) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
        if (hi - lo < 0.08 * mean) return 0;
        double mid = (hi + lo) / 2;
        int crossings = 0;
        for (int i = 0; i < bins; i++) {
            boolean a = s[i] >= mid, b = s[(i + 1) % bins] >= mid;
            if (a && !b) crossings++;
        }
        return crossings;
    }

    /** One hole, centred in the ink's box, covering a good part of it: an outline of a box or disc. */
    public static boolean centredRing(boolean[] mask, int w, int h) {
        int[] lab = components(mask, w, h, false);
        if (lab[0] < 1) return false;
        double hx = 0, hy = 0;
        int n = 0;
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) if (lab[1 + y * w + x] > 0) { hx += x; hy += y; n++; }
        if (n < 0.2 * w * h) return false;
        return Math.abs(hx / n - (w - 1) / 2.0) <= 0.1 * w && Math.abs(hy / n - (h - 1) / 2.0) <= 0.1 * h;
    }

    /**
     * A bell's foot: a rim (a row inked across most of the ink's width) with a small clapper apart under its middle,
     * which no other icon a count badge sits on has. What a large badge leaves of a small bell is often little more.
     */
    public static boolean bellFoot(boolean[] mask, int w, int h) {
        int[] lab = components(mask, w, h, true);
        int[] ink = IconTemplates.inkBox(mask, w, h);
        if (ink == null || lab[0] < 2) return false;
        int x0 = ink[0], y0 = ink[1], x1 = ink[2], y1 = ink[3];
        int iw = x1 - x0 + 1;
        // the lowest component is the clapper: its box
        int first = x0;
        while (!mask[y1 * w + first]) first++;
        int low = lab[1 + y1 * w + first];
        int cx0 = w, cy0 = h, cx1 = -1, cy1 = -1;
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) if (lab[1 + y * w + x] == low) {
            cx0 = Math.min(cx0, x); cy0 = Math.min(cy0, y); cx1 = Math.max(cx1, x); cy1 = Math.max(cy1, y);
        }
        int cw = cx1 - cx0 + 1, ch = cy1 - cy0 + 1;
        if (cw > 0.45 * iw || ch > 0.35 * iw || cy0 - y0 < 2) return false;
        // the rim: a row just above the clapper inked across most of the width, its middle over the clapper
        for (int y = cy0 - 1; y >= Math.max(y0, cy0 - 4); y--) {
            int a = -1, b = -1, n = 0;
            for (int x = x0; x <= x1; x++) if (mask[y * w + x] && lab[1 + y * w + x] != low) { n++; if (a < 0) a = x; b = x; }
            double mid = (cx0 + cx1) / 2.0;
            if (n >= 0.6 * iw && Math.abs(mid - (a + b) / 2.0) <= 0.15 * iw) return true;
        }
        return false;
    }

    /** A ring off-centre in its box, the rest being a handle: the magnifier. */
    static boolean lensOffset(boolean[] m, int w, int h) {
        // centroid of enclosed background (the lens hole) vs box centre
        int[] lab = components(m, w, h, false);
        double hx = 0, hy = 0;
        int n = 0;
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            if (lab[1 + y * w + x] > 0) { hx += x; hy += y; n++; }
        }
        if (n == 0) return false;
        hx = hx / n / (w - 1);
        hy = hy / n / (h - 1);
        return Math.abs(hx - 0.5) >= 0.07 && Math.abs(hy - 0.5) >= 0.07;
    }

    /**
     * Labels ink (8-neighbourhood) or background (4-neighbourhood) components. Element 0 of the
     * result is the count, elements 1.. the labels (0 = not of the kind asked). For background,
     * components touching the border are dropped (label 0), so only holes keep a label.
     */
    static int[] components(boolean[] m, int w, int h, boolean ink) {
        int[] out = new int[1 + w * h];
        int[] stack = new int[w * h];
        boolean[] border = new boolean[w * h + 1];
        int count = 0;
        for (int s = 0; s < w * h; s++) {
            if (m[s] != ink || out[1 + s] != 0) continue;
            count++;
            int top = 0;
            stack[top++] = s;
            out[1 + s] = count;
            while (top > 0) {
                int q = stack[--top];
                int qx = q % w, qy = q / w;
                if (qx == 0 || qy == 0 || qx == w - 1 || qy == h - 1) border[count] = true;
                for (int dy = -1; dy <= 1; dy++) for (int dx = -1; dx <= 1; dx++) {
                    if (dx == 0 && dy == 0) continue;
                    if (!ink && dx != 0 && dy != 0) continue;
                    int nx = qx + dx, ny = qy + dy;
                    if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
                    int p = ny * w + nx;
                    if (m[p] == ink && out[1 + p] == 0) { out[1 + p] = count; stack[top++] = p; }
                }
            }
        }
        out[0] = count;
        if (!ink) {
            int kept = 0;
            for (int c = 1; c <= count; c++) if (!border[c]) kept++;
            for (int i = 1; i < out.length; i++) if (out[i] > 0 && border[out[i]]) out[i] = 0;
            out[0] = kept;
        }
        return out;
    }

    static int holes(boolean[] m, int w, int h) {
        int[] lab = components(m, w, h, false);
        // count distinct positive labels with at least 2 pixels (ignore single anti-aliasing gaps)
        java.util.Map<Integer, Integer> sizes = new java.util.HashMap<>();
        for (int i = 1; i < lab.length; i++) if (lab[i] > 0) sizes.merge(lab[i], 1, Integer::sum);
        int n = 0;
        for (int v : sizes.values()) if (v >= 2) n++;
        return n;
    }
}
