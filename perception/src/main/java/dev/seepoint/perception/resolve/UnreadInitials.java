package dev.seepoint.perception.resolve;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.text.TextLine;
import dev.seepoint.perception.widget.IconKind;
import dev.seepoint.perception.widget.Widget;
import dev.seepoint.perception.widget.WidgetKind;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Avatars whose initials the line detector passed over: a coloured disc holding "MC" in white is found as a person's
 * avatar from its shape, but with no text, so "the MC avatar" could not name it. Their boxes go to the text reader
 * once, and what it reads there is kept when it looks like initials.
 */
public final class UnreadInitials {

    /** One to three letters, as an avatar shows a person's initials ("A", "MC", "Jd"). */
    private static final Pattern INITIALS = Pattern.compile("\\p{L}{1,3}");
    /** How sure the reader must be: a person silhouette read as a letter is a guess. */
    private static final double SURE = 0.8;
    /** The largest avatar (px) whose letters are read: larger discs are pictures, not initials. */
    private static final int MAX_SIDE = 64;
    /** How far in from a disc's box its inscribed square lies, as a share of its diameter ((1 - 1/√2) / 2, rounded up). */
    private static final double INSET = 0.17;

    private UnreadInitials() {
    }

    /**
     * Where to read the letters of avatars holding no text read: the square inside each disc, so its rim and the page
     * around it do not unsettle the reader. Empty on most frames.
     */
    public static List<Box> in(List<TextLine> lines, List<Widget> widgets) {
        return widgets.stream()
                .filter(w -> w.kind() == WidgetKind.ICON && w.icon() == IconKind.USER && w.text().isBlank())
                .map(Widget::box)
                .filter(b -> b.width() <= MAX_SIDE && b.height() <= MAX_SIDE)
                .filter(b -> lines.stream().noneMatch(l -> b.contains(l.box().center())))
                .map(b -> b.expand(-(int) Math.round(INSET * Math.min(b.width(), b.height()))))
                .toList();
    }

    /** Of the lines read in those boxes, the ones that are initials. */
    public static List<TextLine> initials(List<TextLine> read) {
        return read.stream().filter(l -> l.confidence() >= SURE && INITIALS.matcher(l.text().strip()).matches()).toList();
    }
}
