package dev.seepoint.agent.internal;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;

/** Did the screen (or a region of it) change between two frames? */
public final class ScreenDiff {

    /** A channel must move this much for a pixel to count as changed. */
    private static final int CHANNEL = 24;

    private ScreenDiff() {
    }

    /** Number of changed pixels inside {@code region} (the whole frame when null); frames of different size all differ. */
    public static long changedPixels(Screenshot before, Screenshot after, Box region) {
        if (before.width() != after.width() || before.height() != after.height()) {
            return (long) after.width() * after.height();
        }
        Box r = (region == null ? before.bounds() : region).clip(before.size());
        long n = 0;
        for (int y = r.top(); y < r.bottom(); y++) {
            for (int x = r.left(); x < r.right(); x++) {
                int a = before.rgb(x, y);
                int b = after.rgb(x, y);
                if (a != b && (Math.abs(((a >> 16) & 255) - ((b >> 16) & 255)) > CHANNEL
                        || Math.abs(((a >> 8) & 255) - ((b >> 8) & 255)) > CHANNEL
                        || Math.abs((a & 255) - (b & 255)) > CHANNEL)) {
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * Changed pixels that always count as a change, however large the region: a short status line
     * ("Saved") or a radio button's dot, while a text caret's blink (about 20 pixels) stays below.
     */
    static final long ENOUGH = 120;

    /** True when at least a few pixels (1 in 2,000 of the region, or {@link #ENOUGH}) changed. */
    public static boolean changed(Screenshot before, Screenshot after, Box region) {
        Box r = (region == null ? before.bounds() : region).clip(before.size());
        long needed = Math.max(3, Math.min(ENOUGH, r.area() / 2000));
        return changedPixels(before, after, region) >= needed;
    }
}
