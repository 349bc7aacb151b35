package dev.seepoint.perception.widget;

import dev.seepoint.perception.Box;

/**
 * A control seen in pixels.
 *
 * @param kind  what it looks like
 * @param box   where it is, in frame pixels
 * @param state checked/on state for checkboxes, radios and toggles; selected state for tabs
 * @param icon  the icon drawn on it, for icons and icon buttons; {@code null} otherwise
 * @param text  text read inside it (a button's caption, a field's value or placeholder); may be empty
 */
public record Widget(WidgetKind kind, Box box, State state, IconKind icon, String text) {

    /** On/off state of a checkable widget. */
    public enum State { ON, OFF, UNKNOWN }

    public Widget {
        state = state == null ? State.UNKNOWN : state;
        text = text == null ? "" : text;
    }

    public static Widget of(WidgetKind kind, Box box) {
        return new Widget(kind, box, State.UNKNOWN, null, "");
    }
}
