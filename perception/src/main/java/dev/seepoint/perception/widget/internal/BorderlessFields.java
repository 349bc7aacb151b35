package dev.seepoint.perception.widget.internal;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.text.TextLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Text inputs drawn without a box of their own (a to-do list's "What needs to be done?" row): a line of
 * light, placeholder-grey text at the start of a band that rules or a background change close above and
 * below, with nothing to its right up to an edge that runs the band's whole height (the container's
 * side). A row of a list, an accordion or a table ends in a control or more text instead, and a heading
 * is written darker or in capitals.
 */
public final class BorderlessFields {

    /** Ink of placeholder grey or lighter: at most this far from the background in luminance. */
    private static final double PLACEHOLDER_INK = 150;

    private BorderlessFields() {
    }

    /** Boxes of such fields, one per qualifying line, outside every box in {@code taken}. */
    public static List<Box> find(Raster raster, List<TextLine> lines, List<Box> taken) {
        List<Box> out = new ArrayList<>();
        for (TextLine line : lines) {
            Box t = line.box();
            String words = line.text().strip();
            boolean capitals = words.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
            if (t.height() < raster.px(8) || words.length() < 3 || capitals || t.left() < 4
                    || taken.stream().anyMatch(b -> b.intersects(t))) {
                continue;
            }
            Box field = field(raster, t);
            if (field != null && taken.stream().noneMatch(b -> b.intersects(field)) && !afterWords(raster, lines, line, field)) {
                out.add(field);
            }
        }
        return out;
    }

    private static Box field(Raster raster, Box t) {
        int h = t.height();
        int bg = background(raster, t);
        if (bg == -1 || contrast(raster, t, bg) > PLACEHOLDER_INK) {
            return null;
        }
        int bandTop = Math.max(0, t.top() - h / 2);
        int bandBottom = Math.min(raster.height - 1, t.bottom() + h / 2);
        // nothing to the right up to an edge as tall as the band
        int right = -1;
        for (int x = t.right() + 2; x < raster.width; x++) {
            int differ = differing(raster, x, bandTop, bandBottom + 1, bg);
            if (differ > 0) {
                int above = Math.max(0, bandTop - h);
                int below = Math.min(raster.height - 1, bandBottom + h);
                boolean side = Raster.dist(raster.rgb(x, above), bg) > 24 && Raster.dist(raster.rgb(x, below), bg) > 24;
                if (differ < 0.8 * (bandBottom - bandTop + 1) || !side) {
                    return null; // an icon, a control or more words: a row, not a field
                }
                right = x;
                break;
            }
        }
        if (right < 0 || right - t.right() < Math.max(3 * h, t.width() / 2)) {
            return null;
        }
        int top = rule(raster, t, right, bg, -1);
        int bottom = rule(raster, t, right, bg, 1);
        if (top < 0 || bottom < 0) {
            return null;
        }
        return new Box(Math.max(0, t.left() - h / 2), top + 1, right, bottom);
    }

    /**
     * Whether words stand before the line on its row with no edge between (an inactive tab after the active one, in a
     * tab bar ruled above and below): a field's placeholder starts its band.
     */
    private static boolean afterWords(Raster raster, List<TextLine> lines, TextLine line, Box field) {
        Box t = line.box();
        int bg = background(raster, t);
        for (TextLine other : lines) {
            Box o = other.box();
            // (a search field's lens read as "Q" is no word before it)
            boolean worded = other.text().codePoints().filter(Character::isLetter).count() >= 2;
            if (other == line || !worded || o.right() > t.left() || o.verticalOverlap(t) < 0.5
                    || o.bottom() <= field.top() || o.top() >= field.bottom()) {
                continue;
            }
            boolean edge = false;
            for (int x = o.right() + 1; x < t.left() - 1 && !edge; x++) {
                edge = differing(raster, x, field.top(), field.bottom(), bg) >= 0.8 * field.height();
            }
            if (!edge) {
                return true;
            }
        }
        return false;
    }

    /** How many pixels of column {@code x}, from {@code top} to before {@code bottom}, are not of the background. */
    private static int differing(Raster raster, int x, int top, int bottom, int bg) {
        int differ = 0;
        for (int y = top; y < bottom; y++) {
            if (Raster.dist(raster.rgb(x, y), bg) > 24) {
                differ++;
            }
        }
        return differ;
    }

    /** The nearest row above (dir -1) or below (dir 1) the line, within 1.5 line heights, that differs from the background across the band's width. */
    private static int rule(Raster raster, Box t, int right, int bg, int dir) {
        int reach = (int) Math.round(1.5 * t.height());
        int start = dir < 0 ? t.top() - 1 : t.bottom() + 1;
        for (int i = 0; i < reach; i++) {
            int y = start + dir * i;
            if (y < 0 || y >= raster.height) {
                return -1;
            }
            int differ = 0;
            int n = 0;
            for (int x = t.left(); x < right; x += 2) {
                n++;
                if (Raster.dist(raster.rgb(x, y), bg) > 12) {
                    differ++;
                }
            }
            if (differ >= 0.85 * n) {
                return y;
            }
        }
        return -1;
    }

    /** The colour just around the line (above and below it), or -1 when those differ. */
    private static int background(Raster raster, Box t) {
        int above = raster.rgb((int) t.centerX(), Math.max(0, t.top() - 2));
        int below = raster.rgb((int) t.centerX(), Math.min(raster.height - 1, t.bottom() + 1));
        return Raster.dist(above, below) <= 12 ? above : -1;
    }

    /** The strongest luminance difference from the background inside the line, a text cursor at its left aside. */
    private static double contrast(Raster raster, Box t, int bg) {
        int from = t.left() + Math.max(3, t.height() / 3);
        double max = 0;
        for (int y = t.top(); y < t.bottom(); y++) {
            for (int x = from; x < t.right(); x++) {
                max = Math.max(max, Math.abs(Raster.lum(raster.rgb(x, y)) - Raster.lum(bg)));
            }
        }
        return max;
    }
}
