package dev.seepoint.perception.resolve;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.resolve.Query.Kind;
import dev.seepoint.perception.resolve.SceneBuilder.Segment;
import dev.seepoint.perception.widget.WidgetKind;
import java.util.List;

/**
 * How sliders, progress bars and knobs get their names. Such a control carries no text of its own:
 * its caption is written just under or over it (centred on it, or at its left edge, as panels and
 * forms print "TREBLE" under a knob or "Volume" over a slider), or on its left in the same row. Scale
 * marks at its ends ("L", "R", "0", "1:12") are values, not names. A control nothing names may still
 * be asked for by its kind with any words ("the volume slider" when only one slider is on the
 * screen), more surely when an icon beside it shows those words (a speaker beside the slider).
 */
final class RangeNames {

    /** Match given to the only control of the asked kind when the words name nothing on it. */
    static final double UNNAMED = 0.6;
    /** Match when an icon beside the control shows the words. */
    static final double ICON_BESIDE = 0.85;

    private RangeNames() {
    }

    /** The caption of a slider, progress bar or knob at {@code box}, or null. */
    static Segment caption(Box box, List<Segment> segments, double dpr) {
        Segment best = null;
        double bestCost = Double.MAX_VALUE;
        double reach = Math.max(28 * dpr, 0.4 * Math.min(box.height(), 120 * dpr));
        for (Segment s : segments) {
            Box b = s.box();
            if (s.text().codePoints().filter(Character::isLetter).count() < 2) {
                continue; // a scale mark or a value
            }
            boolean underOrOver = Math.abs(b.centerX() - box.centerX()) <= 0.25 * box.width()
                    || Math.abs(b.left() - box.left()) <= 8 * dpr && b.width() < box.width();
            double cost;
            if (underOrOver && b.top() >= box.bottom() - 2 * dpr && b.top() - box.bottom() <= reach) {
                cost = b.top() - box.bottom();
            } else if (underOrOver && b.bottom() <= box.top() + 2 * dpr && box.top() - b.bottom() <= reach) {
                cost = box.top() - b.bottom() + 2;
            } else if (b.right() <= box.left() + 2 * dpr && box.left() - b.right() <= 160 * dpr
                    && (b.verticalOverlap(box) > 0.3 || Math.abs(b.centerY() - box.centerY()) < 0.6 * Math.max(b.height(), box.height()))) {
                cost = (box.left() - b.right()) * 0.8 + 2;
            } else {
                continue;
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = s;
            }
        }
        return best;
    }

    /** True when {@code e} is a range control named by nothing, asked for with words by a range kind. */
    static boolean applies(Query query, Element e) {
        boolean rangeQuery = query.kind() == Kind.SLIDER || query.kind() == Kind.PROGRESS || query.kind() == Kind.KNOB
                || query.kind() == Kind.CONTROL;
        boolean rangeWidget = e.widget() == WidgetKind.SLIDER || e.widget() == WidgetKind.PROGRESS || e.widget() == WidgetKind.KNOB;
        return rangeQuery && rangeWidget && query.hasText() && !query.quoted() && e.label().isEmpty() && e.text().isBlank();
    }

    /** The match of an unnamed control: higher when an icon in its row, just beside it, shows the words. */
    static double unnamed(Scene scene, Query query, Element e) {
        Box c = e.box();
        for (Element o : scene.elements()) {
            if (o.widget() != WidgetKind.ICON || o.icon() == null) {
                continue;
            }
            Box b = o.box();
            boolean row = b.verticalOverlap(c) > 0.3 || Math.abs(b.centerY() - c.centerY()) < Math.max(b.height(), c.height());
            if (row && b.gapTo(c) <= 2.5 * Math.max(b.height(), b.width()) && Resolver.iconMatch(query, o) > 0) {
                return ICON_BESIDE;
            }
        }
        return UNNAMED;
    }
}
