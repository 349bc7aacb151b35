package dev.seepoint.perception.text.internal;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.text.TextLine;
import dev.seepoint.perception.text.Word;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers the reading of line crops by their exact pixels, so a line that looks the same in the
 * next frame (the agent re-reads mostly unchanged pages) is not recognised again. Bounded (least
 * recently used entries go first) and thread-safe. Readings are stored relative to the box.
 */
public final class LineCache {

    private final int capacity;
    private final Map<Key, Optional<TextLine>> entries;

    private record Key(int width, int height, long hash) {
    }

    public LineCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(Math.max(16, capacity), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Optional<TextLine>> eldest) {
                return size() > LineCache.this.capacity;
            }
        };
    }

    private static Key key(Screenshot shot, Box box) {
        long h = 0xcbf29ce484222325L;
        for (int y = box.top(); y < box.bottom(); y++) {
            for (int x = box.left(); x < box.right(); x++) {
                h = (h ^ shot.rgb(x, y)) * 0x100000001b3L;
            }
        }
        return new Key(box.width(), box.height(), h);
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
        Optional<TextLine> hit;
        synchronized (entries) {
            hit = entries.get(key(shot, box));
        }
        return hit == null ? Optional.empty() : Optional.of(new Hit(hit.map(l -> move(l, box.left(), box.top()))));
    }

    /** Remembers {@code line} (boxes in screenshot pixels) as the reading of {@code box}; null when nothing was read. */
    public void put(Screenshot shot, Box box, TextLine line) {
        if (capacity == 0) {
            return;
        }
        Optional<TextLine> relative = Optional.ofNullable(line).map(l -> move(l, -box.left(), -box.top()));
        synchronized (entries) {
            entries.put(key(shot, box), relative);
        }
    }

    private static TextLine move(TextLine l, int dx, int dy) {
        List<Word> words = new ArrayList<>(l.words().size());
        for (Word w : l.words()) {
            words.add(new Word(w.box().translate(dx, dy), w.text(), w.confidence()));
        }
        return new TextLine(l.box().translate(dx, dy), l.text(), l.confidence(), words);
    }
}
