package dev.seepoint.perception.widget;

/** The kinds of control widget perception tells apart. */
public enum WidgetKind {
    TEXT_FIELD("text field"),
    TEXT_AREA("text area"),
    BUTTON("button"),
    LINK("link"),
    CHECKBOX("checkbox"),
    RADIO("radio button"),
    SELECT("dropdown"),
    TOGGLE("toggle"),
    TAB("tab"),
    ICON("icon"),
    /** A thin track with a thumb that moves along it. */
    SLIDER("slider"),
    /** A thin track, part filled, without a thumb. */
    PROGRESS("progress bar"),
    /** A round control turned about its centre, with a pointer. */
    KNOB("knob");

    private final String label;

    WidgetKind(String label) {
        this.label = label;
    }

    /** Plain words for reports, e.g. {@code text field}. */
    public String label() {
        return label;
    }
}
