package dev.seepoint.perception.resolve;

import dev.seepoint.perception.widget.IconKind;
import java.util.List;
import java.util.Optional;

/**
 * A referring expression taken apart: the text that names the element, the kind of element,
 * an ordinal, spatial relations to anchors, and a screen region.
 *
 * @param expression the expression as written
 * @param text       words naming the element (caption, label, placeholder); empty when only a kind is given
 * @param quoted     true when the text was quoted: it must match closely
 * @param kind       the element kind asked for, or {@link Kind#ANY}
 * @param icons      icon kinds the words may name (e.g. "gear" names SETTINGS)
 * @param ordinal    1-based position among equally good candidates in reading order; negative counts
 *                   from the end (-1 = last); 0 when none was given
 * @param relations  spatial relations, each with its anchor expression
 * @param region     a screen region the element must lie in, or {@link Region#ANYWHERE}
 * @param colour     a colour the element shows ("the red button"): red, orange, yellow, green, blue, purple,
 *                   pink, black, white or grey; null when none was named
 */
public record Query(String expression, String text, boolean quoted, Kind kind, List<IconKind> icons, int ordinal,
        List<Relation> relations, Region region, String colour) {

    public Query {
        icons = List.copyOf(icons);
        relations = List.copyOf(relations);
    }

    /** A query without a colour. */
    public Query(String expression, String text, boolean quoted, Kind kind, List<IconKind> icons, int ordinal,
            List<Relation> relations, Region region) {
        this(expression, text, quoted, kind, icons, ordinal, relations, region, null);
    }

    /** Kinds of element an expression can ask for. */
    public enum Kind { ANY, BUTTON, LINK, FIELD, TEXT_AREA, CHECKBOX, RADIO, TOGGLE, TAB, ICON, DROPDOWN, BOX, TEXT, CHECKABLE, CONTROL, SLIDER, PROGRESS, KNOB, SWATCH }

    /** Screen regions an expression can name. */
    public enum Region { ANYWHERE, TOP_BAR, TOOLBAR, DIALOG, SIDEBAR, SIDE_PANEL, FOOTER, TOP, BOTTOM, LEFT, RIGHT, TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT }

    /** A spatial relation to another element, itself described by an expression. */
    public record Relation(Type type, String anchor, int rowOrdinal) {

        public enum Type { NEXT_TO, BELOW, ABOVE, LEFT_OF, RIGHT_OF, SAME_ROW, ROW_ORDINAL, INSIDE, NEAR, SECTION, OWNER, COLUMN }

        public static Relation to(Type type, String anchor) {
            return new Relation(type, anchor, 0);
        }

        public static Relation row(int ordinal) {
            return new Relation(Type.ROW_ORDINAL, "", ordinal);
        }
    }

    public boolean hasText() {
        return !text.isEmpty();
    }

    public Optional<Integer> ordinalValue() {
        return ordinal == 0 ? Optional.empty() : Optional.of(ordinal);
    }
}
