package dev.seepoint.perception.text.internal;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import java.util.Arrays;

/**
 * An 8-bit grey image prepared for OCR, with the mapping back to the screenshot it came from:
 * {@code screenshotX = origin.left + (x - pad) / scale}.
 */
public record GreyImage(byte[] pixels, int width, int height, Box source, int pad, double scale) {

    /** Grey level of each pixel of {@code box} in {@code shot}, row by row. */
    public static int[] greyOf(Screenshot shot, Box box) {
        int w = box.width();
        int h = box.height();
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out[y * w + x] = Screenshot.grey(shot.rgb(box.left() + x, box.top() + y));
            }
        }
        return out;
    }

    /** The most frequent grey level, counted in bins of 8 levels (the bin's mean is returned). */
    public static int mode(int[] grey) {
        int[] count = new int[32];
        long[] sum = new long[32];
        for (int v : grey) {
            count[v >> 3]++;
            sum[v >> 3] += v;
        }
        int best = 0;
        for (int b = 1; b < 32; b++) {
            if (count[b] > count[best]) {
                best = b;
            }
        }
        return count[best] == 0 ? 255 : (int) (sum[best] / count[best]);
    }

    /**
     * Whitens dark areas that touch two edges of the crop (or span its width): the corners of a
     * pill or button and border lines around a caption, which the detector's box includes but which
     * are not text. A letter clipped by one edge is kept.
     */
    static void clearBorderInk(int[] g, int w, int h) {
        int[] mark = new int[w * h];
        int[] stack = new int[w * h];
        int id = 0;
        for (int i = 0; i < w * h; i++) {
            int x = i % w;
            int y = i / w;
            boolean edge = x == 0 || y == 0 || x == w - 1 || y == h - 1;
            if (!edge || g[i] >= 128 || mark[i] != 0) {
                continue;
            }
            id++;
            int top = 0;
            stack[top++] = i;
            mark[i] = id;
            int edges = 0;
            int minX = x;
            int maxX = x;
            java.util.List<Integer> pixels = new java.util.ArrayList<>();
            while (top > 0) {
                int p = stack[--top];
                pixels.add(p);
                int px = p % w;
                int py = p / w;
                minX = Math.min(minX, px);
                maxX = Math.max(maxX, px);
                edges |= (px == 0 ? 1 : 0) | (px == w - 1 ? 2 : 0) | (py == 0 ? 4 : 0) | (py == h - 1 ? 8 : 0);
                int[] next = {px > 0 ? p - 1 : -1, px < w - 1 ? p + 1 : -1, py > 0 ? p - w : -1, py < h - 1 ? p + w : -1};
                for (int q : next) {
                    if (q >= 0 && mark[q] == 0 && g[q] < 128) {
                        mark[q] = id;
                        stack[top++] = q;
                    }
                }
            }
            if (Integer.bitCount(edges) >= 2 || maxX - minX + 1 >= w * 9 / 10) {
                for (int p : pixels) {
                    g[p] = 255;
                }
            }
        }
    }

    /** Median of grey levels 0..255. */
    public static int median(int[] grey) {
        int[] hist = new int[256];
        for (int v : grey) {
            hist[v]++;
        }
        int half = grey.length / 2;
        int seen = 0;
        for (int v = 0; v < 256; v++) {
            seen += hist[v];
            if (seen > half) {
                return v;
            }
        }
        return 255;
    }

    /** Median grey level of the outermost rows and columns: the background of a text crop. */
    public static int borderMedian(int[] grey, int w, int h) {
        int[] border = new int[2 * w + 2 * h];
        int n = 0;
        for (int x = 0; x < w; x++) {
            border[n++] = grey[x];
            border[n++] = grey[(h - 1) * w + x];
        }
        for (int y = 0; y < h; y++) {
            border[n++] = grey[y * w];
            border[n++] = grey[y * w + w - 1];
        }
        Arrays.sort(border, 0, n);
        return border[n / 2];
    }

    /**
     * Dark text on white: the crop {@code box} of {@code shot} in grey, each pixel as dark as it is far
     * from the background grey (so light-on-dark text is inverted), stretched so the strongest ink is
     * black, padded by
     * {@code pad} pixels of background and enlarged {@code scale} times (bilinear).
     */
    public static GreyImage forOcr(Screenshot shot, Box box, int pad, double scale) {
        int w = box.width();
        int h = box.height();
        int[] g = greyOf(shot, box);
        // The most common grey is the background: flat, while anti-aliased ink spreads over many
        // levels; this also holds for a coloured pill whose box corners show the page around it.
        int bg = mode(g);
        int spread = 0;
        for (int v : g) {
            spread = Math.max(spread, Math.abs(v - bg));
        }
        // Distance from the background becomes darkness: dark-on-light and light-on-dark both
        // come out as black text on white, stretched so the strongest ink is black.
        boolean stretch = spread >= 24;
        for (int i = 0; i < g.length; i++) {
            g[i] = stretch ? 255 - Math.min(255, Math.abs(g[i] - bg) * 255 / spread) : 255;
        }
        if (stretch) {
            clearBorderInk(g, w, h);
        }
        int pw = w + 2 * pad;
        int ph = h + 2 * pad;
        int[] padded = new int[pw * ph];
        Arrays.fill(padded, 255);
        for (int y = 0; y < h; y++) {
            System.arraycopy(g, y * w, padded, (y + pad) * pw + pad, w);
        }
        int ow = Math.max(1, (int) Math.round(pw * scale));
        int oh = Math.max(1, (int) Math.round(ph * scale));
        byte[] out = new byte[ow * oh];
        resize(padded, pw, ph, out, ow, oh);
        return new GreyImage(out, ow, oh, box, pad, ow / (double) pw);
    }

    /** Bilinear resampling of a grey image. */
    static void resize(int[] src, int sw, int sh, byte[] dst, int dw, int dh) {
        double fx = sw / (double) dw;
        double fy = sh / (double) dh;
        for (int y = 0; y < dh; y++) {
            double sy = Math.max(0, (y + 0.5) * fy - 0.5);
            int y0 = Math.min(sh - 1, (int) sy);
            int y1 = Math.min(sh - 1, y0 + 1);
            double wy = sy - y0;
            for (int x = 0; x < dw; x++) {
                double sx = Math.max(0, (x + 0.5) * fx - 0.5);
                int x0 = Math.min(sw - 1, (int) sx);
                int x1 = Math.min(sw - 1, x0 + 1);
                double wx = sx - x0;
                double top = src[y0 * sw + x0] * (1 - wx) + src[y0 * sw + x1] * wx;
                double bottom = src[y1 * sw + x0] * (1 - wx) + src[y1 * sw + x1] * wx;
                dst[y * dw + x] = (byte) (int) Math.round(top * (1 - wy) + bottom * wy);
            }
        }
    }

    /** Maps a box in this image's pixels back to screenshot pixels, clipped to the source box. */
    public Box toSource(int left, int top, int right, int bottom) {
        int l = source.left() + (int) Math.floor(left / scale) - pad;
        int t = source.top() + (int) Math.floor(top / scale) - pad;
        int r = source.left() + (int) Math.ceil(right / scale) - pad;
        int b = source.top() + (int) Math.ceil(bottom / scale) - pad;
        l = Math.max(source.left(), Math.min(l, source.right()));
        r = Math.max(l, Math.min(r, source.right()));
        t = Math.max(source.top(), Math.min(t, source.bottom()));
        b = Math.max(t, Math.min(b, source.bottom()));
        return new Box(l, t, r, b);
    }
}
