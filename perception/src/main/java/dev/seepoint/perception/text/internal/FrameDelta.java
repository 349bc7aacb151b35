package dev.seepoint.perception.text.internal;

import dev.seepoint.perception.Screenshot;
import java.util.ArrayList;
import java.util.List;

/**
 * Which horizontal bands of a frame changed since an earlier frame of the same size, so text
 * detection can run on those bands alone and keep the lines found elsewhere.
 */
public final class FrameDelta {

    /** A band of rows {@code [top, bottom)}. */
    public record Band(int top, int bottom) {
        public int height() {
            return bottom - top;
        }
    }

    private FrameDelta() {
    }

    /**
     * Changed bands, each grown by {@code margin} rows and merged with neighbours closer than
     * {@code 2 * margin}; empty when the frames are the same. Null when the frames differ in size.
     */
    public static List<Band> changedBands(Screenshot before, int[] beforePixels, Screenshot after, int[] afterPixels, int margin) {
        if (before.width() != after.width() || before.height() != after.height()) {
            return null;
        }
        int w = after.width();
        int h = after.height();
        List<Band> bands = new ArrayList<>();
        int start = -1;
        int last = -1;
        for (int y = 0; y < h; y++) {
            boolean changed = false;
            int row = y * w;
            for (int x = 0; x < w; x++) {
                if (beforePixels[row + x] != afterPixels[row + x]) {
                    changed = true;
                    break;
                }
            }
            if (!changed) {
                continue;
            }
            if (start >= 0 && y - last <= 2 * margin) {
                last = y;
                continue;
            }
            if (start >= 0) {
                bands.add(new Band(Math.max(0, start - margin), Math.min(h, last + 1 + margin)));
            }
            start = y;
            last = y;
        }
        if (start >= 0) {
            bands.add(new Band(Math.max(0, start - margin), Math.min(h, last + 1 + margin)));
        }
        // merge overlaps created by the margins
        List<Band> merged = new ArrayList<>();
        for (Band b : bands) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1).bottom() >= b.top()) {
                Band prev = merged.remove(merged.size() - 1);
                merged.add(new Band(prev.top(), Math.max(prev.bottom(), b.bottom())));
            } else {
                merged.add(b);
            }
        }
        return merged;
    }
}
