package dev.seepoint.perception.widget.internal;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;

/** The pixels of one frame as packed RGB and grey arrays, with the CSS-to-pixel scale. */
public final class Raster {

    public final int width;
    public final int height;
    public final int[] rgb;
    public final int[] grey;
    /** Pixels per CSS pixel (the device-pixel ratio, at least 1). */
    public final double scale;

    public Raster(Screenshot shot) {
        this.width = shot.width();
        this.height = shot.height();
        this.rgb = shot.pixels();
        this.grey = new int[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            grey[i] = lum(rgb[i]);
        }
        this.scale = Math.max(1.0, shot.devicePixelRatio());
    }

    /** {@code css} CSS pixels in frame pixels. */
    public int px(double css) {
        return (int) Math.round(css * scale);
    }

    public int rgb(int x, int y) {
        return rgb[y * width + x];
    }

    public boolean inside(int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height;
    }

    public Box clip(Box b) {
        return b.clip(new dev.seepoint.perception.Size(width, height));
    }

    public static int lum(int p) {
        return Screenshot.grey(p);
    }

    /** Sum of the absolute channel differences, 0..765. */
    public static int dist(int a, int b) {
        return Math.abs(((a >> 16) & 0xFF) - ((b >> 16) & 0xFF))
                + Math.abs(((a >> 8) & 0xFF) - ((b >> 8) & 0xFF))
                + Math.abs((a & 0xFF) - (b & 0xFF));
    }

    /** Chroma: max channel minus min channel, 0..255. */
    public static int chroma(int p) {
        int r = (p >> 16) & 0xFF;
        int g = (p >> 8) & 0xFF;
        int b = p & 0xFF;
        return Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
    }

    /** True for blue-ish colours as links usually have (blue dominant, some chroma). */
    public static boolean blueish(int p) {
        int r = (p >> 16) & 0xFF;
        int g = (p >> 8) & 0xFF;
        int b = p & 0xFF;
        return b >= r + 40 && b >= g + 10 && chroma(p) >= 50;
    }

    /**
     * The most frequent colour (quantised to 4 bits a channel, then averaged) on the one-pixel ring
     * just outside {@code box}, at distance {@code gap}; -1 when the ring is off the frame.
     */
    public int ringColour(Box box, int gap) {
        int l = box.left() - gap - 1;
        int t = box.top() - gap - 1;
        int r = box.right() + gap;
        int b = box.bottom() + gap;
        int[] hist = new int[4096];
        int[] sample = new int[4096];
        int total = 0;
        int perim = 2 * (r - l + b - t);
        int step = Math.max(1, perim / 400);
        int i = 0;
        for (int x = l; x <= r; x++, i++) {
            if (i % step == 0) {
                total += vote(x, t, hist, sample) + vote(x, b, hist, sample);
            }
        }
        for (int y = t + 1; y < b; y++, i++) {
            if (i % step == 0) {
                total += vote(l, y, hist, sample) + vote(r, y, hist, sample);
            }
        }
        if (total == 0) {
            return -1;
        }
        int best = 0;
        for (int q = 1; q < hist.length; q++) {
            if (hist[q] > hist[best]) {
                best = q;
            }
        }
        return sample[best];
    }

    /**
     * The share of the one-pixel ring just outside {@code box}, at distance {@code gap}, within {@code tolerance}
     * of {@code colour}: near 1 for a control set on a plain card, low for a shape found in a photo.
     */
    public double ringShare(Box box, int gap, int colour, int tolerance) {
        int l = box.left() - gap - 1;
        int t = box.top() - gap - 1;
        int r = box.right() + gap;
        int b = box.bottom() + gap;
        int near = 0;
        int total = 0;
        for (int x = l; x <= r; x++) {
            for (int y : new int[] {t, b}) {
                if (inside(x, y)) {
                    total++;
                    near += dist(rgb(x, y), colour) <= tolerance ? 1 : 0;
                }
            }
        }
        for (int y = t + 1; y < b; y++) {
            for (int x : new int[] {l, r}) {
                if (inside(x, y)) {
                    total++;
                    near += dist(rgb(x, y), colour) <= tolerance ? 1 : 0;
                }
            }
        }
        return total == 0 ? 0 : near / (double) total;
    }

    private int vote(int x, int y, int[] hist, int[] sample) {
        if (!inside(x, y)) {
            return 0;
        }
        int p = rgb[y * width + x];
        int q = (((p >> 20) & 0xF) << 8) | (((p >> 12) & 0xF) << 4) | ((p >> 4) & 0xF);
        hist[q]++;
        sample[q] = p;
        return 1;
    }
}
