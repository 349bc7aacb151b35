package dev.seepoint.perception.widget;

import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.text.TextLine;
import java.util.List;
import java.util.function.Function;

/** Finds controls in pixels, helped by the text lines already read on the same screenshot. */
public interface WidgetDetector {

    List<Widget> detect(Screenshot screenshot, List<TextLine> text);

    /**
     * Starts detecting on {@code screenshot} before its text is read and returns what finishes once the
     * text is there, so a caller can run the start alongside reading. The default starts nothing; a
     * detector with pixel work that needs no text does that work here.
     */
    default Function<List<TextLine>, List<Widget>> begin(Screenshot screenshot) {
        return text -> detect(screenshot, text);
    }
}
