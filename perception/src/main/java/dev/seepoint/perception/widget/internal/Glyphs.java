package dev.seepoint.perception.widget.internal;

import dev.seepoint.perception.Box;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Small ink marks: pixels that belong to no large flat region (page, surface, border), grouped into
 * clusters by 8-neighbourhood with a one-pixel gap bridged. Letters, icons, ticks and knobs are such
 * clusters; the caller tells them apart.
 */
public final class Glyphs {

    private Glyphs() {
    }

    /** Clusters no larger than {@code maxSide} pixels either way. */
    public static List<Box> find(Regions regions, int maxSide) {
        Raster raster = regions.raster();
        int w = raster.width;
        int h = raster.height;
        int n = w * h;
        int bigArea = raster.px(20) * raster.px(20);
        int bigSide = raster.px(60);
        boolean[] large = new boolean[regions.count()];
        for (int r = 0; r < large.length; r++) {
            large[r] = regions.size(r) >= bigArea || regions.width(r) >= bigSide || regions.height(r) >= bigSide;
        }
        int[] label = regions.label;
        int[] mark = new int[n];
        int[] stack = new int[n];
        List<Box> out = new ArrayList<>();
        int next = 1;
        for (int start = 0; start < n; start++) {
            if (mark[start] != 0 || large[label[start]]) {
                continue;
            }
            int top = 0;
            stack[top++] = start;
            mark[start] = next;
            int x0 = start % w;
            int x1 = x0;
            int y0 = start / w;
            int y1 = y0;
            while (top > 0) {
                int q = stack[--top];
                int qx = q % w;
                int qy = q / w;
                if (qx < x0) x0 = qx;
                if (qx > x1) x1 = qx;
                if (qy < y0) y0 = qy;
                if (qy > y1) y1 = qy;
                for (int dy = -1; dy <= 1; dy++) {
                    int ny = qy + dy;
                    if (ny < 0 || ny >= h) continue;
                    for (int dx = -2; dx <= 2; dx++) {
                        int nx = qx + dx;
                        if (nx < 0 || nx >= w) continue;
                        int p = ny * w + nx;
                        if (mark[p] == 0 && !large[label[p]]) {
                            mark[p] = next;
                            stack[top++] = p;
                        }
                    }
                }
            }
            next++;
            if (x1 - x0 + 1 <= maxSide && y1 - y0 + 1 <= maxSide) {
                out.add(new Box(x0, y0, x1 + 1, y1 + 1));
            }
        }
        return out;
    }

    /**
     * A binary mask of the ink in {@code box}: pixels far (at least half the largest difference)
     * from the background colour found just around the box. Row-major, {@code box.width()} wide.
     */
    public static boolean[] mask(Raster raster, Box box) {
        int bg = raster.ringColour(box, 0);
        int bw = box.width();
        int bh = box.height();
        int[] d = new int[bw * bh];
        int max = 0;
        for (int y = 0; y < bh; y++) {
            for (int x = 0; x < bw; x++) {
                int v = Raster.dist(raster.rgb(box.left() + x, box.top() + y), bg < 0 ? 0xFFFFFF : bg);
                d[y * bw + x] = v;
                max = Math.max(max, v);
            }
        }
        boolean[] m = new boolean[bw * bh];
        int cut = Math.max(40, max / 2);
        for (int i = 0; i < m.length; i++) {
            m[i] = d[i] >= cut;
        }
        return m;
    }

    /**
     * How many ink parts of {@code box} stand side by side like the letters of a short word: 2 for the
     * "AL" of an avatar. Parts smaller than a speck are ignored; every other part must be at least half
     * as tall as the tallest, share most of its rows and stand clear of the others left to right. 0 when
     * they do not (a symbol in one stroke, or the hook and dot of "?" stacked).
     */
    public static int lettersSideBySide(Raster raster, Box box) {
        int w = box.width();
        int h = box.height();
        int[] label = IconShapes.components(mask(raster, box), w, h, true);
        int count = label[0];
        int[] x0 = new int[count + 1];
        int[] y0 = new int[count + 1];
        int[] x1 = new int[count + 1];
        int[] y1 = new int[count + 1];
        int[] size = new int[count + 1];
        Arrays.fill(x0, w);
        Arrays.fill(y0, h);
        Arrays.fill(x1, -1);
        Arrays.fill(y1, -1);
        for (int i = 0; i < w * h; i++) {
            int c = label[1 + i];
            if (c > 0) {
                size[c]++;
                x0[c] = Math.min(x0[c], i % w);
                x1[c] = Math.max(x1[c], i % w);
                y0[c] = Math.min(y0[c], i / w);
                y1[c] = Math.max(y1[c], i / w);
            }
        }
        List<Box> parts = new ArrayList<>();
        for (int c = 1; c <= count; c++) {
            if (size[c] >= 4) {
                parts.add(new Box(x0[c], y0[c], x1[c] + 1, y1[c] + 1));
            }
        }
        if (parts.size() < 2 || parts.size() > 3) {
            return 0;
        }
        Box tallest = parts.stream().max(Comparator.comparingInt(Box::height)).orElseThrow();
        for (Box p : parts) {
            int shared = Math.min(p.bottom(), tallest.bottom()) - Math.max(p.top(), tallest.top());
            if (p.height() * 2 < tallest.height() || shared < 0.7 * p.height()) {
                return 0;
            }
            for (Box o : parts) {
                if (o != p && Math.min(o.right(), p.right()) - Math.max(o.left(), p.left()) > 1) {
                    return 0;
                }
            }
        }
        return parts.size();
    }

    /**
     * The glyph without a notification badge: a compact blob of one saturated colour sitting in a top
     * corner of a glyph whose other ink is not of that colour (a count on a bell or a cart). Returns
     * the box of the remaining ink and the badge (grown by its anti-aliased rim), or null when there is none.
     */
    public static Badged withoutBadge(Raster raster, Box glyph) {
        int bg = raster.ringColour(glyph, 0);
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = -1, y1 = -1, n = 0;
        int sr = 0, sg = 0, sb = 0;
        for (int y = glyph.top(); y < glyph.bottom(); y++) {
            for (int x = glyph.left(); x < glyph.right(); x++) {
                int p = raster.rgb(x, y);
                if (Raster.chroma(p) >= 90 && (bg < 0 || Raster.dist(p, bg) >= 100)) {
                    n++;
                    sr += (p >> 16) & 0xFF; sg += (p >> 8) & 0xFF; sb += p & 0xFF;
                    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
                }
            }
        }
        if (n < 6) {
            return null;
        }
        Box badge = new Box(x0, y0, x1 + 1, y1 + 1);
        int side = Math.max(glyph.width(), glyph.height());
        boolean sized = Math.max(badge.width(), badge.height()) <= 0.75 * side && Math.min(badge.width(), badge.height()) >= 0.2 * side;
        boolean compact = n >= 0.4 * badge.area() && badge.width() <= 2.5 * badge.height() && badge.height() <= 1.5 * badge.width();
        boolean corner = badge.top() - glyph.top() <= 2
                && (badge.left() - glyph.left() <= 2 || glyph.right() - badge.right() <= 2);
        if (!sized || !compact || !corner) {
            return null;
        }
        int colour = ((sr / n) << 16) | ((sg / n) << 8) | (sb / n);
        Box cut = badge.expand(2);
        boolean[] m = mask(raster, glyph);
        int gw = glyph.width();
        int ox0 = Integer.MAX_VALUE, oy0 = Integer.MAX_VALUE, ox1 = -1, oy1 = -1, rest = 0, same = 0;
        for (int y = 0; y < glyph.height(); y++) {
            for (int x = 0; x < gw; x++) {
                int ax = glyph.left() + x, ay = glyph.top() + y;
                if (!m[y * gw + x] || ax >= cut.left() && ax < cut.right() && ay >= cut.top() && ay < cut.bottom()) continue;
                rest++;
                if (Raster.dist(raster.rgb(ax, ay), colour) < 80) same++;
                ox0 = Math.min(ox0, ax); oy0 = Math.min(oy0, ay); ox1 = Math.max(ox1, ax); oy1 = Math.max(oy1, ay);
            }
        }
        if (rest < Math.max(8, n / 16) || same > 0.3 * rest) {
            return null; // the "badge" is part of a coloured icon, or the icon is nothing but it
        }
        return new Badged(new Box(ox0, oy0, ox1 + 1, oy1 + 1), cut);
    }

    /** An icon's box without its badge, and the badge's box (which may overlap the icon). */
    public record Badged(Box icon, Box badge) {
    }

    /** {@link #mask} of {@code box} with the pixels under {@code cover} cleared. */
    public static boolean[] maskWithout(Raster raster, Box box, Box cover) {
        boolean[] m = mask(raster, box);
        boolean[] hidden = covered(box, cover);
        for (int i = 0; i < m.length; i++) {
            if (hidden[i]) m[i] = false;
        }
        return m;
    }

    /** Pixels of {@code box} (row-major) that lie under {@code cover}. */
    public static boolean[] covered(Box box, Box cover) {
        boolean[] out = new boolean[box.width() * box.height()];
        for (int y = 0; y < box.height(); y++) {
            for (int x = 0; x < box.width(); x++) {
                int ax = box.left() + x, ay = box.top() + y;
                out[y * box.width() + x] = ax >= cover.left() && ax < cover.right() && ay >= cover.top() && ay < cover.bottom();
            }
        }
        return out;
    }
}
