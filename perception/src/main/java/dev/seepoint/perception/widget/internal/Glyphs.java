package dev.seepoint.perception.widget.internal;

import dev.seepoint.perception.Box;
import java.util.ArrayList;
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
}
