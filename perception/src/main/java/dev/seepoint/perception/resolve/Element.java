package dev.seepoint.perception.resolve;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.text.Word;
import dev.seepoint.perception.widget.IconKind;
import dev.seepoint.perception.widget.Widget;
import dev.seepoint.perception.widget.WidgetKind;
import java.util.List;

/**
 * Something on the screen the resolver can point at: a widget, or a run of words not inside one.
 *
 * @param widget the widget kind, or {@code null} for plain text
 * @param box    where it is
 * @param text   text read on it (caption, value, placeholder, the words themselves)
 * @param label  text that names it from outside (a field's label, a checkbox's caption); may be empty
 * @param labelBox where that label is, or {@code null}
 * @param state  on/off state of checkables and tabs
 * @param icon   icon drawn on it, or {@code null}
 * @param confidence how sure perception was, 0..1
 * @param words      for text, the words with their boxes (so a sub-span can be pointed at); empty for widgets
 * @param likely     for an icon of no sure kind, the two kinds its drawing is nearest to; empty otherwise
 */
public record Element(WidgetKind widget, Box box, String text, String label, Box labelBox, Widget.State state,
        IconKind icon, double confidence, List<Word> words, List<IconKind> likely) {

    public Element {
        text = text == null ? "" : text;
        label = label == null ? "" : label;
        state = state == null ? Widget.State.UNKNOWN : state;
        words = words == null ? List.of() : List.copyOf(words);
        likely = likely == null ? List.of() : List.copyOf(likely);
    }

    public static Element widget(Widget w, String text, String label, Box labelBox) {
        return new Element(w.kind(), w.box(), text, label, labelBox, w.state(), w.icon(), 1.0, List.of(), w.likely());
    }

    /** A run of words outside any widget. */
    public static Element text(List<Word> words) {
        Box box = words.get(0).box();
        StringBuilder sb = new StringBuilder();
        double conf = 1;
        for (Word w : words) {
            box = box.union(w.box());
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.text());
            conf = Math.min(conf, w.confidence());
        }
        return new Element(null, box, sb.toString(), "", null, Widget.State.UNKNOWN, null, conf, words, List.of());
    }

    public boolean isText() {
        return widget == null;
    }

    /** Plain words for the kind: {@code button}, {@code text field}, {@code text}... */
    public String kindLabel() {
        return widget == null ? "text" : widget.label();
    }

    public Element withLabel(String newLabel, Box newLabelBox) {
        return new Element(widget, box, text, newLabel, newLabelBox, state, icon, confidence, words, likely);
    }

    /** A copy carrying the words read inside it. */
    public Element withWords(List<Word> inside) {
        return new Element(widget, box, text, label, labelBox, state, icon, confidence, inside, likely);
    }

    /** {@code button "Sign in"} */
    public String describe() {
        String shown = !text.isEmpty() ? text : label;
        String iconName = icon != null && icon != IconKind.UNKNOWN ? " " + icon.words().get(0) : "";
        return kindLabel() + iconName + (shown.isEmpty() ? "" : " \"" + shown + "\"")
                + (!label.isEmpty() && !text.isEmpty() ? " (label \"" + label + "\")" : "");
    }
}
