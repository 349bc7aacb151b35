package dev.seepoint.perception.text;

import dev.seepoint.perception.Screenshot;

/** Reads the text of a region (a crop), as an OCR tool step does. */
public interface OcrEngine extends AutoCloseable {

    /** The text of {@code region}, lines separated by {@code \n}; empty when there is none. */
    String read(Screenshot region);

    @Override
    default void close() {
    }
}
