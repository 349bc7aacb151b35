package dev.seepoint.perception.text;

import dev.seepoint.perception.Screenshot;
import java.util.List;

/** Finds and reads every line of text on a screenshot. Boxes are in the screenshot's own pixels. */
public interface TextReader extends AutoCloseable {

    List<TextLine> read(Screenshot screenshot);

    @Override
    default void close() {
    }
}
