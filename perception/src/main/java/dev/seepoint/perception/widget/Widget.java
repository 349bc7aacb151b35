package dev.seepoint.perception.widget;

import dev.seepoint.perception.Box;
import java.util.List;

/**
 * A control seen in pixels.
 *
 * @param kind  what it looks like
 * @param box   where it is, in frame pixels
 * @param state checked/on state for checkboxes, radios and toggles; selected state for tabs
 * @param icon  the icon drawn on it, for icons and icon buttons; {@code null} otherwise
 * @param text  text read inside it (a button's caption, a field's value or placeholder); may be empty
 * @param likely for an icon whose drawing is about as near two kinds (icon {@link IconKind#UNKNOWN}), those two
 *               kinds, nearest first; empty otherwise
 */
public record Widget(WidgetKind kind, Box box, State state, IconKind icon, String text, List<IconKind> likely) {

    /** On/off state of a checkable widget. */
    public enum State { ON, OFF, UNKNOWN }

    public Widget {
        state = state == null ? State.UNKNOWN : state;
        text = text == null ? "" : text;
        likely = likely == null ? List.of() : List.copyOf(likely);
    }

    public Widget(WidgetKind kind, Box box, State state, IconKind icon, String text) {
        this(kind, box, state, icon, text, List.of());
    }

    public static Widget of(WidgetKind kind, Box box) {
        return new Widget(kind, box, State.UNKNOWN, null, "");
    }
}
