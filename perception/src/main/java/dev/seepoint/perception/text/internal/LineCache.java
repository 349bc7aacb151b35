package dev.seepoint.perception.text.internal;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.Size;
import dev.seepoint.perception.text.TextLine;
import dev.seepoint.perception.text.Word;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers the reading of line crops by their exact pixels, so a line that looks the same in the
 * next frame (the agent re-reads mostly unchanged pages) is not recognised again. A crop is first
 * trimmed to its ink (the rows and columns that differ from its corner's colour), so the same line
 * found in a slightly different box (after a scroll, or when something nearby changed) is still
 * known. The box must still frame the ink much as it did (each side within {@link #SLACK} pixels):
 * a speck of ink matches specks anywhere, and a reading made in a wide box is no reading of a
 * narrow one. Bounded (least recently used entries go first) and thread-safe. Readings are stored
 * relative to the trimmed crop.
 */
public final class LineCache {

    /** How far each side of a box may move around the same ink for a reading to be reused. */
    static final int SLACK = 3;

    private final int capacity;
    private final Map<Key, Entry> entries;

    private record Key(int width, int height, long hash) {
    }

    /** A reading relative to the ink's corner, and how far the box it was read in reached past the ink. */
    private record Entry(Optional<TextLine> line, int left, int top, int right, int bottom) {

        boolean frames(Box box, Box inked) {
            return Math.abs(inked.left() - box.left() - left) <= SLACK && Math.abs(inked.top() - box.top() - top) <= SLACK
                    && Math.abs(box.right() - inked.right() - right) <= SLACK
                    && Math.abs(box.bottom() - inked.bottom() - bottom) <= SLACK;
        }
    }

    public LineCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(Math.max(16, capacity), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > LineCache.this.capacity;
            }
        };
    }

    private static Key key(Screenshot shot, Box inked) {
        long h = 0xcbf29ce484222325L;
        for (int y = inked.top(); y < inked.bottom(); y++) {
            for (int x = inked.left(); x < inked.right(); x++) {
                h = (h ^ shot.rgb(x, y)) * 0x100000001b3L;
            }
        }
        return new Key(inked.width(), inked.height(), h);
    }

    /**
     * {@code box} without its outer rows and columns of the corner's colour (the box itself when that
     * leaves nothing).
     */
    static Box inked(Screenshot shot, Box box) {
        Box b = box.clip(shot.size());
        if (b.isEmpty()) {
            return box;
        }
        int bg = shot.rgb(b.left(), b.top());
        int top = b.top();
        int bottom = b.bottom();
        int left = b.left();
        int right = b.right();
        while (top < bottom && plainRow(shot, top, left, right, bg)) {
            top++;
        }
        while (bottom > top && plainRow(shot, bottom - 1, left, right, bg)) {
            bottom--;
        }
        while (left < right && plainColumn(shot, left, top, bottom, bg)) {
            left++;
        }
        while (right > left && plainColumn(shot, right - 1, top, bottom, bg)) {
            right--;
        }
        return top < bottom && left < right ? new Box(left, top, right, bottom) : b;
    }

    private static boolean plainRow(Screenshot shot, int y, int left, int right, int colour) {
        for (int x = left; x < right; x++) {
            if (shot.rgb(x, y) != colour) {
                return false;
            }
        }
        return true;
    }

    private static boolean plainColumn(Screenshot shot, int x, int top, int bottom, int colour) {
        for (int y = top; y < bottom; y++) {
            if (shot.rgb(x, y) != colour) {
                return false;
            }
        }
        return true;
    }

    /**
     * A remembered reading of a box: its line (boxes in screenshot pixels), or none when nothing
     * could be read there. Pixels read to nothing once read to nothing again, so they are not re-read.
     */
    public record Hit(Optional<TextLine> line) {
    }

    /** The reading remembered for a box with the same pixels, moved to {@code box}; empty when none is. */
    public Optional<Hit> get(Screenshot shot, Box box) {
        if (capacity == 0) {
            return Optional.empty();
        }
        Box inked = inked(shot, box);
        Entry hit;
        synchronized (entries) {
            hit = entries.get(key(shot, inked));
        }
        if (hit == null || !hit.frames(box, inked)) {
            return Optional.empty();
        }
        // clipped: a word box that reached past the ink where it was read may reach past the frame here
        return Optional.of(new Hit(hit.line().map(l -> move(l, inked.left(), inked.top(), shot.size()))));
    }

    /** Remembers {@code line} (boxes in screenshot pixels) as the reading of {@code box}; null when nothing was read. */
    public void put(Screenshot shot, Box box, TextLine line) {
        if (capacity == 0) {
            return;
        }
        Box inked = inked(shot, box);
        Optional<TextLine> relative = Optional.ofNullable(line).map(l -> move(l, -inked.left(), -inked.top(), null));
        Entry entry = new Entry(relative, inked.left() - box.left(), inked.top() - box.top(),
                box.right() - inked.right(), box.bottom() - inked.bottom());
        synchronized (entries) {
            entries.put(key(shot, inked), entry);
        }
    }

    /** {@code l} moved by (dx, dy), its boxes clipped to {@code frame} unless that is null. */
    private static TextLine move(TextLine l, int dx, int dy, Size frame) {
        List<Word> words = new ArrayList<>(l.words().size());
        for (Word w : l.words()) {
            words.add(new Word(moved(w.box(), dx, dy, frame), w.text(), w.confidence()));
        }
        return new TextLine(moved(l.box(), dx, dy, frame), l.text(), l.confidence(), words);
    }

    private static Box moved(Box b, int dx, int dy, Size frame) {
        Box m = b.translate(dx, dy);
        return frame == null ? m : m.clip(frame);
    }
}
