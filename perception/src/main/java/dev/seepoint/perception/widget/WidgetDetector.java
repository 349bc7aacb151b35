package dev.seepoint.perception.widget;

import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.text.TextLine;
import java.util.List;

/** Finds controls in pixels, helped by the text lines already read on the same screenshot. */
public interface WidgetDetector {

    List<Widget> detect(Screenshot screenshot, List<TextLine> text);
}
