package dev.seepoint.perception.resolve;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.text.TextLine;
import dev.seepoint.perception.widget.Widget;
import dev.seepoint.perception.widget.WidgetKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the boxes of a row of like options (sizes S · M · L · XL, pages 1 · 2 · 3, tips 10% · 15%)
 * whose caption the line detector missed: a lone narrow letter such as "L" or "1" is easily passed
 * over while its neighbours are found. Such a box is one of three or more boxed controls of one
 * size in a row, at least two of which hold short text, and it holds ink of the same height as
 * theirs, at the same place. Returns where that ink is, for the text reader to read.
 */
public final class BlankOptions {

    private static final int MAX_CAPTION = 4;
    private static final java.util.regex.Pattern CAPTION = java.util.regex.Pattern.compile("[\\p{L}\\p{N}%+$£€]{1,4}");

    private BlankOptions() {
    }

    /** The ink boxes of the captions missed in rows of like options; empty when there are none (most frames). */
    public static List<Box> in(Screenshot shot, List<TextLine> lines, List<Widget> widgets) {
        List<Widget> boxed = widgets.stream()
                .filter(w -> w.kind() == WidgetKind.BUTTON || w.kind() == WidgetKind.ICON || w.kind() == WidgetKind.TAB)
                .filter(w -> w.box().height() >= 16 && w.box().height() <= 80 && w.box().width() <= 3 * w.box().height())
                .sorted(Comparator.comparingInt((Widget w) -> w.box().left()))
                .toList();
        List<Box> out = new ArrayList<>();
        boolean[] used = new boolean[boxed.size()];
        for (int i = 0; i < boxed.size(); i++) {
            if (used[i]) {
                continue;
            }
            List<Box> row = new ArrayList<>(List.of(boxed.get(i).box()));
            used[i] = true;
            for (int j = i + 1; j < boxed.size(); j++) {
                Box last = row.get(row.size() - 1);
                Box next = boxed.get(j).box();
                if (!used[j] && alike(last, next) && next.left() > last.right() && next.left() - last.right() <= last.width()) {
                    row.add(next);
                    used[j] = true;
                }
            }
            if (row.size() >= 3) {
                out.addAll(missed(shot, row, lines));
            }
        }
        return out;
    }

    /** The readings of such boxes that look like an option's caption: up to four letters, digits or signs, read with some confidence. */
    public static List<TextLine> captions(List<TextLine> read) {
        return read.stream().filter(l -> l.confidence() >= 0.5 && CAPTION.matcher(l.text().strip()).matches()).toList();
    }

    private static boolean alike(Box a, Box b) {
        return Math.abs(a.top() - b.top()) <= 2 && Math.abs(a.height() - b.height()) <= 2
                && Math.abs(a.width() - b.width()) <= 0.25 * Math.max(a.width(), b.width());
    }

    private static List<Box> missed(Screenshot shot, List<Box> row, List<TextLine> lines) {
        List<Box> captions = new ArrayList<>();
        List<Box> blank = new ArrayList<>();
        for (Box b : row) {
            List<TextLine> inside = lines.stream().filter(l -> b.contains(l.box().center())).toList();
            if (inside.isEmpty()) {
                blank.add(b);
            } else if (inside.size() == 1 && inside.get(0).text().strip().length() <= MAX_CAPTION) {
                captions.add(inside.get(0).box());
            } else {
                return List.of(); // a row of real buttons with longer captions: nothing to guess
            }
        }
        if (captions.size() < 2 || blank.isEmpty()) {
            return List.of();
        }
        int textHeight = captions.stream().mapToInt(Box::height).max().orElse(0);
        double middle = captions.stream().mapToDouble(Box::centerY).average().orElse(0);
        List<Box> out = new ArrayList<>();
        for (Box b : blank) {
            ink(shot, b).filter(k -> Math.abs(k.height() - textHeight) <= Math.max(2, 0.25 * textHeight)
                            && Math.abs(k.centerY() - middle) <= Math.max(2, 0.3 * textHeight)
                            && k.width() <= 2.5 * textHeight)
                    .ifPresent(k -> out.add(k.expand(2, 2).clip(shot.size())));
        }
        return out;
    }

    /** The bounds of what differs from the box's inner background, its border left out; empty when nothing does. */
    static Optional<Box> ink(Screenshot shot, Box b) {
        int inset = Math.max(3, b.height() / 6);
        Box inner = new Box(b.left() + inset, b.top() + inset, b.right() - inset, b.bottom() - inset).clip(shot.size());
        if (inner.width() < 4 || inner.height() < 4) {
            return Optional.empty();
        }
        int bg = shot.rgb(inner.left(), inner.top());
        int left = Integer.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        int right = -1;
        int bottom = -1;
        for (int y = inner.top(); y < inner.bottom(); y++) {
            for (int x = inner.left(); x < inner.right(); x++) {
                if (Regions.dist(shot.rgb(x, y), bg) > 90) {
                    left = Math.min(left, x);
                    right = Math.max(right, x + 1);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y + 1);
                }
            }
        }
        return right < 0 ? Optional.empty() : Optional.of(new Box(left, top, right, bottom));
    }
}
