package dev.seepoint.perception.resolve;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.text.TextLine;
import dev.seepoint.perception.widget.Widget;
import java.util.List;

/**
 * Everything perceived on one frame: the text lines, the widgets, and the elements the resolver
 * ranks (widgets with their labels, plus text not inside any widget).
 */
public record Scene(Screenshot screenshot, List<TextLine> lines, List<Widget> widgets, List<Element> elements,
        Regions regions) {

    public Scene {
        lines = List.copyOf(lines);
        widgets = List.copyOf(widgets);
        elements = List.copyOf(elements);
    }

    public Box bounds() {
        return screenshot.bounds();
    }
}
