package dev.seepoint.actions.internal;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;

/**
 * How two consecutive frames differ: the number of changed pixels and the box around them.
 *
 * @param changed pixels whose colour differs ({@code -1} when the frames differ in size)
 * @param bounds  the smallest box around the changed pixels, or null when nothing changed
 * @param area    pixels per frame
 */
public record FrameDiff(long changed, Box bounds, long area) {

    /** Changes that cover at most this fraction of the frame can count as a blinking caret. */
    public static final double TINY_FRACTION = 0.0005;
    /** A caret is at most this many CSS pixels wide... */
    static final int CARET_MAX_CSS_WIDTH = 4;
    /** ...and at most this many CSS pixels tall. */
    static final int CARET_MAX_CSS_HEIGHT = 100;

    public static FrameDiff between(Screenshot a, Screenshot b) {
        long area = (long) b.width() * b.height();
        if (a.width() != b.width() || a.height() != b.height()) {
            return new FrameDiff(-1, b.bounds(), area);
        }
        int[] pa = a.pixels();
        int[] pb = b.pixels();
        int w = a.width();
        long changed = 0;
        int left = Integer.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        int right = -1;
        int bottom = -1;
        for (int i = 0; i < pa.length; i++) {
            if (pa[i] != pb[i]) {
                changed++;
                int x = i % w;
                int y = i / w;
                left = Math.min(left, x);
                right = Math.max(right, x);
                top = Math.min(top, y);
                bottom = Math.max(bottom, y);
            }
        }
        Box bounds = changed == 0 ? null : new Box(left, top, right + 1, bottom + 1);
        return new FrameDiff(changed, bounds, area);
    }

    public boolean identical() {
        return changed == 0;
    }

    /**
     * True when the frames are the same, or differ only by what a blinking text caret does: a tiny
     * fraction of the pixels, inside a thin upright box.
     */
    public boolean still(double devicePixelRatio) {
        if (changed == 0) {
            return true;
        }
        if (changed < 0 || changed > Math.max(1, area * TINY_FRACTION)) {
            return false;
        }
        return bounds.width() <= Math.ceil(CARET_MAX_CSS_WIDTH * devicePixelRatio)
                && bounds.height() <= Math.ceil(CARET_MAX_CSS_HEIGHT * devicePixelRatio);
    }

    @Override
    public String toString() {
        return changed < 0 ? "frame size changed" : changed + " of " + area + " pixels changed" + (bounds == null ? "" : " in " + bounds);
    }
}
