package dev.seepoint.perception.text;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import java.util.List;
import java.util.Set;

/** Finds and reads every line of text on a screenshot. Boxes are in the screenshot's own pixels. */
public interface TextReader extends AutoCloseable {

    List<TextLine> read(Screenshot screenshot);

    /**
     * Reads each of {@code boxes} of {@code screenshot} as one line (boxes the caller found text in
     * that the line detector passed over, such as a lone "L" on a size button); returns the lines
     * read, boxes with nothing readable left out. This default reads none.
     */
    default List<TextLine> readLines(Screenshot screenshot, List<Box> boxes) {
        return List.of();
    }

    /**
     * Reads {@code lines} of {@code screenshot} again looking for text in {@code scripts} (e.g. when an
     * instruction names "東京" and nothing read matched): returns the lines, those re-read in one of the
     * scripts replaced. This default re-reads nothing.
     */
    default List<TextLine> rereadFor(Screenshot screenshot, List<TextLine> lines, Set<Character.UnicodeScript> scripts) {
        return lines;
    }

    @Override
    default void close() {
    }
}
