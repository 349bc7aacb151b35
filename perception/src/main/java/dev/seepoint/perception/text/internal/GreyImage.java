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
                int p = shot.rgb(box.left() + x, box.top() + y);
                out[y * w + x] = (((p >> 16) & 0xFF) * 299 + ((p >> 8) & 0xFF) * 587 + (p & 0xFF) * 114) / 1000;
            }
        }
        return out;
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
     * Dark text on white: the crop {@code box} of {@code shot} in grey, inverted when its background
     * is dark, contrast-stretched so the background is white and the darkest ink black, padded by
     * {@code pad} pixels of background and enlarged {@code scale} times (bilinear).
     */
    public static GreyImage forOcr(Screenshot shot, Box box, int pad, double scale) {
        int w = box.width();
        int h = box.height();
        int[] g = greyOf(shot, box);
        int bg = borderMedian(g, w, h);
        boolean invert = bg < 128;
        int lo = 255;
        for (int i = 0; i < g.length; i++) {
            if (invert) {
                g[i] = 255 - g[i];
            }
            lo = Math.min(lo, g[i]);
        }
        int white = invert ? 255 - bg : bg;
        int range = white - lo;
        if (range >= 24) {
            for (int i = 0; i < g.length; i++) {
                int v = (g[i] - lo) * 255 / range;
                g[i] = Math.max(0, Math.min(255, v));
            }
        }
        int pw = w + 2 * pad;
        int ph = h + 2 * pad;
        int[] padded = new int[pw * ph];
        Arrays.fill(padded, range >= 24 ? 255 : white);
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
