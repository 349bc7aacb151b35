package dev.seepoint.perception.widget;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.text.TextLine;
import dev.seepoint.perception.text.Word;
import dev.seepoint.perception.widget.Widget.State;
import dev.seepoint.perception.widget.internal.BorderlessFields;
import dev.seepoint.perception.widget.internal.Glyphs;
import dev.seepoint.perception.widget.internal.IconShapes;
import dev.seepoint.perception.widget.internal.IconTemplates;
import dev.seepoint.perception.widget.internal.Ink;
import dev.seepoint.perception.widget.internal.RangeControls;
import dev.seepoint.perception.widget.internal.Raster;
import dev.seepoint.perception.widget.internal.Regions;
import dev.seepoint.perception.widget.internal.Shape;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Finds controls from pixels alone, with the text already read on the frame.
 *
 * <p>The frame is cut into flat-colour regions. Regions shaped like rectangles, pills or discs are
 * surfaces; what a surface is follows from its size, shape, colour against its surroundings and
 * what lies inside it (a centred caption: a button; left-aligned or no text: a field; a chevron at
 * the right: a select; a knob at one end: a toggle). Small ink clusters outside text are icons,
 * named by their shape. Text in a colour of its own or underlined is a link; a row of short text
 * items with exactly one marked (bar under it, or its own colour) is a tab row.
 *
 * <p>Stateless and thread-safe; holds no native resources.
 */
public final class PixelWidgetDetector implements WidgetDetector {

    @Override
    public List<Widget> detect(Screenshot screenshot, List<TextLine> text) {
        return begin(screenshot).apply(text);
    }

    /**
     * Colour regions and ink clusters need no text, and are about two thirds of the work: done here,
     * so the grounded model runs them while the text is read.
     */
    @Override
    public Function<List<TextLine>, List<Widget>> begin(Screenshot screenshot) {
        Objects.requireNonNull(screenshot, "screenshot");
        Raster raster = new Raster(screenshot);
        Regions regions = new Regions(raster);
        // dots join before words mask anything: OCR reads a grid of dots as digits ("338", "::")
        List<Box> clusters = dots(raster, Glyphs.find(regions, raster.px(48)));
        return text -> detect(raster, regions, clusters, text);
    }

    private List<Widget> detect(Raster raster, Regions regions, List<Box> clusters, List<TextLine> text) {
        List<Word> words = words(text == null ? List.of() : text);
        List<Hidden> underShortWords = new ArrayList<>();
        List<Box> glyphs = glyphs(raster, clusters, words, underShortWords);
        List<Found> found = new ArrayList<>();
        surfaces(raster, regions, words, glyphs, found);
        outlines(raster, regions, words, glyphs, found);
        underlineFields(raster, regions, words, found);
        List<Widget> widgets = segmented(raster, notFields(dedupe(found), words, raster), words);
        widgets.addAll(tabs(raster, words, widgets));
        widgets.addAll(links(raster, words, widgets));
        List<Widget> replaced = new ArrayList<>();
        List<Widget> icons = icons(raster, glyphs, underShortWords, words, widgets, replaced);
        widgets.removeAll(replaced);
        widgets.addAll(icons);
        widgets = withoutIconRows(raster, widgets);
        rangeControls(raster, regions, words, widgets);
        // a field may hold icons (a lens, a placeholder letter taken for one); other controls rule it out
        List<Box> taken = widgets.stream().filter(w -> w.kind() != WidgetKind.ICON).map(Widget::box).toList();
        for (Box b : BorderlessFields.find(raster, text == null ? List.of() : text, taken)) {
            widgets.add(new Widget(WidgetKind.TEXT_FIELD, b, State.UNKNOWN, null, ""));
        }
        besideCheckboxes(widgets, words);
        // a switch is no icon button: its knob in the track is not a drawing to name (a dark pill read as a gear)
        List<Box> switches = widgets.stream().filter(w -> w.kind() == WidgetKind.TOGGLE).map(Widget::box).toList();
        widgets.removeIf(w -> w.kind() == WidgetKind.ICON && switches.stream().anyMatch(t -> t.iou(w.box()) >= 0.7));
        widgets.replaceAll(w -> likely(raster, w));
        widgets.sort(Comparator.comparingInt((Widget w) -> w.box().top()).thenComparingInt(w -> w.box().left()));
        return List.copyOf(widgets);
    }

    /**
     * The widgets without fields holding two or more framed icon buttons: a field may hold an icon (a lens, an eye),
     * not a row of buttons (a card's header, ruled above and below, with its download, share and print buttons).
     */
    private static List<Widget> withoutIconRows(Raster raster, List<Widget> widgets) {
        List<Widget> out = new ArrayList<>(widgets);
        out.removeIf(f -> FRAMED.contains(f.kind()) && widgets.stream().filter(i -> (i.kind() == WidgetKind.ICON
                || i.kind() == WidgetKind.BUTTON && i.text().isBlank()) && f.box().contains(i.box())
                && i.box().height() >= raster.px(24)).count() >= 2);
        return out;
    }

    /**
     * A segmented control taken for a text field holding all its captions ("Lunch  Dinner"): the captions stand apart
     * by more than a letter's height, and the chosen one sits on a thumb of its own colour reaching over most of the
     * box's height, while the others show the box's own fill. Each caption becomes a tab, the one on the thumb on.
     */
    private static List<Widget> segmented(Raster raster, List<Widget> widgets, List<Word> words) {
        List<Widget> out = new ArrayList<>(widgets.size());
        for (Widget w : widgets) {
            List<Widget> segments = w.kind() == WidgetKind.TEXT_FIELD ? segments(raster, w.box(), words) : List.of();
            if (segments.isEmpty()) {
                out.add(w);
            } else {
                out.addAll(segments);
            }
        }
        return out;
    }

    /** The tabs of a segmented control {@code box} (a field by its outline) holds, or none. */
    static List<Widget> segments(Raster raster, Box box, List<Word> words) {
        List<List<Word>> rows = rowsInside(words, box);
        if (rows.size() != 1 || rows.get(0).size() < 2 || box.height() > raster.px(56)) {
            return List.of();
        }
        int th = union(rows.get(0)).height();
        List<List<Word>> groups = new ArrayList<>();
        for (Word x : rows.get(0)) {
            List<Word> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && x.box().left() - last.get(last.size() - 1).box().right() < Math.max(raster.px(10), 0.8 * th)) {
                last.add(x);
            } else {
                groups.add(new ArrayList<>(List.of(x)));
            }
        }
        if (groups.size() < 2 || groups.size() > 6 || groups.stream().anyMatch(g -> g.size() > 3)) {
            return List.of();
        }
        // each caption's backdrop, above and below its words inside the box: one colour, or no plain backdrop at all
        int inset = Math.max(2, (int) Math.round(box.height() * 0.2));
        int[] backdrop = new int[groups.size()];
        for (int i = 0; i < groups.size(); i++) {
            Box g = union(groups.get(i));
            // OCR's boxes may reach past the box they stand in (to the frame's edge): then there is no backdrop to read
            if (g.top() - 1 < box.top() + 1 || g.bottom() >= box.bottom() - 1 || box.bottom() > raster.height) {
                return List.of();
            }
            int above = raster.rgb((int) g.centerX(), Math.min(g.top() - 1, box.top() + inset));
            int below = raster.rgb((int) g.centerX(), Math.max(g.bottom(), box.bottom() - 1 - inset));
            if (Raster.dist(above, below) > 12) {
                return List.of();
            }
            backdrop[i] = above;
        }
        List<Integer> odd = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            boolean apart = true;
            boolean othersAlike = true;
            for (int j = 0; j < groups.size(); j++) {
                if (j == i) continue;
                apart &= Raster.dist(backdrop[i], backdrop[j]) > 15;
                for (int k = 0; k < groups.size(); k++) {
                    if (k != i && k != j) othersAlike &= Raster.dist(backdrop[j], backdrop[k]) <= 8;
                }
            }
            if (apart && othersAlike) {
                odd.add(i);
            }
        }
        int thumb;
        if (odd.size() == 1) {
            thumb = odd.get(0);
        } else if (odd.size() == 2 && groups.size() == 2) {
            // two captions, each on its own colour: the thumb is the coloured one, or else the lighter (a white thumb on
            // a grey track, a grey one on a dark track)
            int a = backdrop[0];
            int b = backdrop[1];
            int chroma = Raster.chroma(a) - Raster.chroma(b);
            thumb = Math.abs(chroma) > 30 ? (chroma > 0 ? 0 : 1) : Raster.lum(a) >= Raster.lum(b) ? 0 : 1;
        } else {
            return List.of();
        }
        // a thumb reaches over most of the box's height (a key badge in a search field, "⌘K", does not)
        Box tg = union(groups.get(thumb));
        int x = (int) tg.centerX();
        int top = tg.top() - 1;
        while (top > box.top() && Raster.dist(raster.rgb(x, top - 1), backdrop[thumb]) <= 12) top--;
        int bottom = tg.bottom();
        while (bottom < box.bottom() - 1 && Raster.dist(raster.rgb(x, bottom + 1), backdrop[thumb]) <= 12) bottom++;
        if (bottom - top + 1 < 0.7 * box.height()) {
            return List.of();
        }
        List<Widget> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Box g = union(groups.get(i));
            int left = i == 0 ? box.left() : (union(groups.get(i - 1)).right() + g.left()) / 2;
            int right = i == groups.size() - 1 ? box.right() : (g.right() + union(groups.get(i + 1)).left()) / 2;
            out.add(new Widget(WidgetKind.TAB, new Box(left, box.top(), right, box.bottom()), i == thumb ? State.ON : State.OFF,
                    null, join(groups.get(i))));
        }
        return out;
    }

    /** Where across its ink's width (0 left, 1 right) the lowest rows of ink lie, on average. */
    static double lowestInkAt(boolean[] mask, int width, int height) {
        int[] ink = IconTemplates.inkBox(mask, width, height);
        if (ink == null) {
            return 0.5;
        }
        int left = ink[0];
        int top = ink[1];
        int right = ink[2];
        int bottom = ink[3];
        int rows = Math.max(1, (int) Math.round(0.15 * (bottom - top + 1)));
        double sum = 0;
        int n = 0;
        for (int y = bottom - rows + 1; y <= bottom; y++) {
            for (int x = left; x <= right; x++) {
                if (mask[y * width + x]) {
                    sum += x;
                    n++;
                }
            }
        }
        return right == left ? 0.5 : (sum / n - left) / (right - left);
    }

    /**
     * An icon of no sure kind, with the two kinds its drawing is nearest to when it is near both (an outline
     * trash can about as near a floppy disk): a query naming one of them may still find it, by a lower score.
     */
    private static Widget likely(Raster raster, Widget w) {
        if (w.kind() != WidgetKind.ICON || w.icon() != null && w.icon() != IconKind.UNKNOWN
                || w.box().width() > raster.px(40) || w.box().height() > raster.px(40)
                || w.text().codePoints().anyMatch(Character::isLetterOrDigit)) { // a letter OCR read ("H") is no drawing
            return w;
        }
        List<IconKind> likely = iconMatch(raster, w.box()).likely();
        return likely.isEmpty() ? w : new Widget(w.kind(), w.box(), w.state(), w.icon(), w.text(), likely);
    }

    /** An ink cluster under a short word, with the confidence OCR had in that word. */
    private record Hidden(Box box, double confidence) {
    }

    /** A candidate with a priority used when two candidates describe the same control. */
    private record Found(Widget widget, int priority) {
    }

    // ---------------------------------------------------------------- text

    private static List<Word> words(List<TextLine> lines) {
        List<Word> out = new ArrayList<>();
        for (TextLine line : lines) {
            if (line.words().isEmpty()) {
                out.add(new Word(line.box(), line.text(), line.confidence()));
            } else {
                for (Word w : line.words()) {
                    if (!w.text().isBlank() && !w.box().isEmpty()) {
                        out.add(w);
                    }
                }
            }
        }
        return out;
    }

    private static boolean mostlyInside(Box inner, Box outer) {
        return inner.intersect(outer).area() >= 0.7 * Math.max(1, inner.area());
    }

    /** Words inside {@code box}, grouped into rows (top to bottom), each row left to right. */
    private static List<List<Word>> rowsInside(List<Word> words, Box box) {
        List<Word> inside = new ArrayList<>();
        for (Word w : words) {
            if (mostlyInside(w.box(), box)) {
                inside.add(w);
            }
        }
        return rows(inside);
    }

    private static List<List<Word>> rows(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        // words first, then what may be an icon read as a character or two: a tall star ("☆") beside a line would
        // start a row of its height, take the line's short words and leave its tall ones ("ambiguous") out
        sorted.sort(Comparator.comparing((Word w) -> w.text().strip().length() <= 2).thenComparingDouble(w -> w.box().centerY()));
        List<List<Word>> rows = new ArrayList<>();
        for (Word w : sorted) {
            List<Word> target = null;
            for (List<Word> row : rows) {
                Box rb = union(row);
                double ratio = w.box().height() / (double) Math.max(1, rb.height());
                // a word of x-height letters only ("users", "or") is shorter than its row, but lies within it
                boolean within = w.box().top() >= rb.top() - 1 && w.box().bottom() <= rb.bottom() + 1;
                boolean taller = rb.top() >= w.box().top() - 1 && rb.bottom() <= w.box().bottom() + 1;
                double low = within ? 0.45 : 0.6;
                double high = taller ? 1 / 0.45 : 1.6;
                if (rb.verticalOverlap(w.box()) >= 0.6 && ratio > low && ratio < high) {
                    target = row;
                    break;
                }
            }
            if (target == null) {
                target = new ArrayList<>();
                rows.add(target);
            }
            target.add(w);
        }
        // an icon read as a character or two ("C" for a calendar, "vw" for a select's arrow) is smaller than the
        // words beside it, but on their row
        for (int i = rows.size() - 1; i >= 0; i--) {
            List<Word> row = rows.get(i);
            if (rows.size() < 2 || !row.stream().allMatch(w -> w.text().strip().length() <= 2)) {
                continue;
            }
            Box rb = union(row);
            for (List<Word> other : rows) {
                Box ob = union(other);
                if (other != row && !other.stream().allMatch(PixelWidgetDetector::iconLike)
                        && rb.centerY() >= ob.top() && rb.centerY() <= ob.bottom() && rb.height() <= ob.height()) {
                    other.addAll(row);
                    rows.remove(i);
                    break;
                }
            }
        }
        for (List<Word> row : rows) {
            row.sort(Comparator.comparingInt(w -> w.box().left()));
        }
        return rows;
    }

    private static Box union(List<Word> words) {
        Box b = words.get(0).box();
        for (Word w : words) {
            b = b.union(w.box());
        }
        return b;
    }

    private static String join(List<Word> words) {
        StringBuilder sb = new StringBuilder();
        for (Word w : words) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(w.text().trim());
        }
        return sb.toString();
    }

    /** A one-character line may be an icon read as a letter (×, +, ☰); it does not mask ink as text. */
    private static boolean shortWord(Word w) {
        String t = w.text().trim();
        return t.codePointCount(0, t.length()) <= 3;
    }

    /**
     * A short word of letters between two real words of a line ("agree [to] the", "charged [may] be"): a word of
     * the sentence, however unsure OCR was of it, not an icon read as junk.
     */
    private static boolean inSentence(Word w, List<Word> words) {
        if (!w.text().strip().chars().allMatch(Character::isLetter)) {
            return false;
        }
        int h = w.box().height();
        boolean left = false;
        boolean right = false;
        for (Word o : words) {
            if (o == w || o.box().verticalOverlap(w.box()) < 0.5 || o.text().strip().chars().filter(Character::isLetter).count() < 3) {
                continue;
            }
            int gapLeft = w.box().left() - o.box().right();
            int gapRight = o.box().left() - w.box().right();
            left |= gapLeft >= 0 && gapLeft <= h;
            right |= gapRight >= 0 && gapRight <= h;
        }
        return left && right;
    }

    private static boolean iconLike(Word w) {
        return w.text().trim().codePointCount(0, w.text().trim().length()) <= 1;
    }

    // ---------------------------------------------------------------- glyphs

    /**
     * Ink clusters that are not text. Clusters under a word of at most three characters go to
     * {@code underShortWords} instead: OCR often reads icons as such junk ("ao", "琼"), so they are
     * kept as icons when their shape is a known one.
     */
    private static List<Box> glyphs(Raster raster, List<Box> all, List<Word> words, List<Hidden> underShortWords) {
        List<Box> out = new ArrayList<>();
        int min = Math.max(3, raster.px(4));
        for (Box g : all) {
            if (g.width() < 2 || g.height() < 2) {
                continue;
            }
            Word under = null;
            for (Word w : words) {
                if (!iconLike(w) && w.box().expand(1).contains(g.center()) && mostlyInside(g, w.box().expand(2))) {
                    under = w;
                    break;
                }
            }
            if (under == null) {
                out.add(g);
            } else if (shortWord(under) && (g.width() >= min || g.height() >= min) && !inSentence(under, words)) {
                // one side is enough: the thin arcs of a speaker's waves, kept for joining into their icon
                underShortWords.add(new Hidden(g, under.confidence()));
            }
        }
        List<Box> kept = new ArrayList<>();
        for (Box g : out) {
            if (g.width() >= min || g.height() >= min) {
                kept.add(g);
            }
        }
        return enclosed(stackBars(kept));
    }

    /**
     * Joins three or more small blobs of one size in an evenly spaced line or grid (the dots of a
     * more-actions or apps icon) into one glyph.
     */
    private static List<Box> dots(Raster raster, List<Box> glyphs) {
        List<Box> out = new ArrayList<>(glyphs);
        boolean[] used = new boolean[out.size()];
        List<Box> joined = new ArrayList<>();
        int maxDot = raster.px(6);
        for (int i = 0; i < out.size(); i++) {
            Box a = out.get(i);
            int side = Math.max(a.width(), a.height());
            // a dot has body both ways: the one-pixel pieces of a chip's rounded outline are no dots
            if (used[i] || side > maxDot || Math.abs(a.width() - a.height()) > 1 || Math.min(a.width(), a.height()) < 2) {
                continue;
            }
            List<Integer> ids = dotsFrom(out, used, i, maxDot, true, true);
            if (!lineOrGrid(out, ids)) {
                // a kebab's column touching the row of dots ending a cut-off line ("Portla…") above it: the column alone
                ids = evenRun(out, dotsFrom(out, used, i, maxDot, false, true), i);
                if (ids.size() < 3) {
                    ids = evenRun(out, dotsFrom(out, used, i, maxDot, true, false), i);
                }
            } else if (!isGrid(out, ids)) {
                ids = evenRun(out, ids, i);
            }
            if (ids.size() >= 3 && ids.size() <= 16) {
                Box group = a;
                for (int m : ids) group = group.union(out.get(m));
                for (int m : ids) used[m] = true;
                joined.add(group);
            }
        }
        List<Box> result = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) if (!used[i]) result.add(out.get(i));
        result.addAll(joined);
        return result;
    }

    /** The dots joined to dot {@code seed}, along rows, columns or both: of its size, evenly apart. */
    private static List<Integer> dotsFrom(List<Box> out, boolean[] used, int seed, int maxDot, boolean rows, boolean columns) {
        Box a = out.get(seed);
        int side = Math.max(a.width(), a.height());
        List<Integer> ids = new ArrayList<>(List.of(seed));
        boolean grew = true;
        for (int round = 0; round < 16 && grew; round++) {
            grew = false;
            for (int j = 0; j < out.size(); j++) {
                if (used[j] || ids.contains(j)) continue;
                Box b = out.get(j);
                // anti-aliasing at a fractional position makes a dot a pixel narrower and taller than its neighbours
                if (Math.abs(b.width() - a.width()) > 2 || Math.abs(b.height() - a.height()) > 2
                        || Math.max(b.width(), b.height()) > maxDot || Math.min(b.width(), b.height()) < 2) continue;
                for (int k : ids) {
                    Box m = out.get(k);
                    double dx = Math.abs(b.centerX() - m.centerX());
                    double dy = Math.abs(b.centerY() - m.centerY());
                    // apart along the line, however close (a kebab's dots, anti-aliased, may be a pixel apart)
                    boolean row = rows && dy <= 1 && (b.left() >= m.right() || m.left() >= b.right()) && dx >= side && dx <= 3.2 * side;
                    boolean col = columns && dx <= 1 && (b.top() >= m.bottom() || m.top() >= b.bottom()) && dy >= side && dy <= 3.2 * side;
                    if (row || col) {
                        ids.add(j);
                        grew = true;
                        break;
                    }
                }
            }
        }
        return ids;
    }

    /**
     * The dots of a line that stand evenly apart with {@code seed}: a kebab's three, not the last dot of an ellipsis a
     * line of text ends with just above them.
     */
    private static List<Integer> evenRun(List<Box> out, List<Integer> ids, int seed) {
        if (ids.size() < 3) {
            return ids;
        }
        boolean column = ids.stream().mapToDouble(k -> out.get(k).centerX()).max().orElse(0)
                - ids.stream().mapToDouble(k -> out.get(k).centerX()).min().orElse(0) <= 1;
        List<Integer> sorted = new ArrayList<>(ids);
        sorted.sort(Comparator.comparingDouble(k -> column ? out.get(k).centerY() : out.get(k).centerX()));
        List<List<Integer>> runs = new ArrayList<>();
        List<Integer> run = new ArrayList<>(List.of(sorted.get(0)));
        double gap = -1;
        for (int n = 1; n < sorted.size(); n++) {
            Box p = out.get(sorted.get(n - 1));
            Box q = out.get(sorted.get(n));
            double g = column ? q.centerY() - p.centerY() : q.centerX() - p.centerX();
            if (gap >= 0 && Math.abs(g - gap) > Math.max(2, 0.35 * gap)) {
                runs.add(run);
                run = new ArrayList<>(List.of(sorted.get(n - 1)));
            }
            run.add(sorted.get(n));
            gap = g;
        }
        runs.add(run);
        return runs.stream().filter(r -> r.contains(seed)).max(Comparator.comparingInt(List::size)).orElse(List.of());
    }

    private static boolean isGrid(List<Box> out, List<Integer> ids) {
        return lineOrGrid(out, ids) && !line(out, ids);
    }

    private static boolean line(List<Box> out, List<Integer> ids) {
        double xs = ids.stream().mapToDouble(k -> out.get(k).centerX()).max().orElse(0) - ids.stream().mapToDouble(k -> out.get(k).centerX()).min().orElse(0);
        double ys = ids.stream().mapToDouble(k -> out.get(k).centerY()).max().orElse(0) - ids.stream().mapToDouble(k -> out.get(k).centerY()).min().orElse(0);
        return xs <= 1 || ys <= 1;
    }

    /** Whether the dots' centres lie on one line, or on a full grid (an apps icon's 3×3), not an L or a cross. */
    private static boolean lineOrGrid(List<Box> out, List<Integer> ids) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int k : ids) {
            double x = out.get(k).centerX();
            double y = out.get(k).centerY();
            if (xs.stream().noneMatch(v -> Math.abs(v - x) <= 1)) xs.add(x);
            if (ys.stream().noneMatch(v -> Math.abs(v - y) <= 1)) ys.add(y);
        }
        return xs.size() == 1 || ys.size() == 1 || xs.size() * ys.size() == ids.size();
    }

    /** A glyph lying inside another glyph's box (the pupil of an eye, the ? in a circle) joins it. */
    private static List<Box> enclosed(List<Box> glyphs) {
        List<Box> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingLong((Box b) -> -b.area()));
        List<Box> out = new ArrayList<>();
        boolean[] gone = new boolean[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            if (gone[i]) continue;
            Box a = sorted.get(i);
            for (int j = i + 1; j < sorted.size(); j++) {
                if (!gone[j] && a.contains(sorted.get(j)) && a.width() >= 6 && a.height() >= 6) {
                    gone[j] = true;
                }
            }
            out.add(a);
        }
        return out;
    }

    /** Joins thin horizontal bars stacked with equal ends (the three strokes of a menu icon) into one glyph. */
    private static List<Box> stackBars(List<Box> glyphs) {
        List<Box> out = new ArrayList<>(glyphs);
        boolean merged = true;
        for (int round = 0; round < 4 && merged; round++) {
            merged = false;
            for (int i = 0; i < out.size() && !merged; i++) {
                Box a = out.get(i);
                if (a.width() < 3 * Math.min(a.height(), a.width())) continue;
                for (int j = 0; j < out.size(); j++) {
                    if (j == i) continue;
                    Box b = out.get(j);
                    int tol = Math.max(2, a.width() / 10);
                    double gap = Math.max(a.top(), b.top()) - Math.min(a.bottom(), b.bottom());
                    if (Math.abs(a.left() - b.left()) <= tol && Math.abs(a.right() - b.right()) <= tol
                            && gap > 0 && gap <= 0.5 * a.width() && b.height() <= a.width()) {
                        out.set(Math.min(i, j), a.union(b));
                        out.remove(Math.max(i, j));
                        merged = true;
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static List<Box> glyphsInside(List<Box> glyphs, Box box) {
        List<Box> out = new ArrayList<>();
        for (Box g : glyphs) {
            if (box.expand(-1).contains(g) && g.area() < box.area() / 2) {
                out.add(g);
            }
        }
        return out;
    }

    /** A glyph in a corner of {@code box}: the anti-aliased arc of its rounded corner, not a mark it holds. */
    private static boolean inCorner(Box glyph, Box box, Raster raster) {
        int reach = raster.px(6);
        boolean side = glyph.left() - box.left() <= reach || box.right() - glyph.right() <= reach;
        boolean end = glyph.top() - box.top() <= reach || box.bottom() - glyph.bottom() <= reach;
        return side && end && glyph.width() <= reach && glyph.height() <= reach;
    }

    static IconKind iconOf(Raster raster, Box glyph) {
        return iconMatch(raster, glyph).kind();
    }

    /** The margin for the one drawing inside a small button: that it is an icon is known, only which one is asked. */
    private static final double BUTTON_MARGIN = 0.9;
    /** The largest distance at which the one drawing in a button is named by the looser margin. */
    private static final double BUTTON_ACCEPT = 0.6;

    /**
     * The kind of the one drawing inside a small button (a heart in a round outline): as {@link #iconOf}, but when the
     * references are unsure between two kinds, the nearer one is taken if it is clearly near.
     */
    static IconKind buttonIconOf(Raster raster, Box glyph) {
        IconTemplates.Match m = iconMatch(raster, glyph);
        if (m.kind() != IconKind.UNKNOWN || m.distance() > BUTTON_ACCEPT) {
            return m.kind();
        }
        Box b = raster.clip(glyph.expand(1));
        IconTemplates.Match loose = IconTemplates.match(Glyphs.mask(raster, b), b.width(), b.height(), BUTTON_MARGIN);
        return loose.distance() <= BUTTON_ACCEPT ? loose.kind() : IconKind.UNKNOWN;
    }

    /**
     * The nearest reference shape; the older hand-made descriptors still name bars (minus, menu)
     * and plain crosses when the references are unsure.
     */
    static IconTemplates.Match iconMatch(Raster raster, Box glyph) {
        Box b = raster.clip(glyph.expand(1));
        boolean[] mask = Glyphs.mask(raster, b);
        IconTemplates.Match m = IconTemplates.match(mask, b.width(), b.height());
        if (m.kind() == IconKind.UNKNOWN && m.likely().containsAll(List.of(IconKind.HEART, IconKind.COMMENT))) {
            // a thin heart and a speech bubble are both a closed loop: the heart's lowest ink is its point, in the
            // middle; a bubble's is its tail, at a side
            double low = lowestInkAt(mask, b.width(), b.height());
            return new IconTemplates.Match(low > 0.35 && low < 0.65 ? IconKind.HEART : IconKind.COMMENT, m.distance(), m.runnerUp());
        }
        if (m.kind() == IconKind.UNKNOWN && m.likely().containsAll(List.of(IconKind.SAVE, IconKind.TRASH))) {
            // a small can and a floppy are both a box with a bar in it: the can's lid stands out past its body
            boolean lid = lidded(mask, b.width(), b.height());
            return new IconTemplates.Match(lid ? IconKind.TRASH : IconKind.SAVE, m.distance(), m.runnerUp());
        }
        if (m.kind() != IconKind.UNKNOWN || !m.likely().isEmpty()) {
            return m; // unsure between two drawings it is near: still one of them, not a bar or a cross
        }
        IconKind old = IconShapes.classify(mask, b.width(), b.height());
        if (old == IconKind.MINUS || old == IconKind.MENU || old == IconKind.PLUS || old == IconKind.CLOSE) {
            return new IconTemplates.Match(old, m.distance(), m.runnerUp());
        }
        return m;
    }

    /** Whether the ink of {@code mask}, cut to its own box, has a lid wider than its body (a trash can's). */
    private static boolean lidded(boolean[] mask, int w, int h) {
        int[] ink = IconTemplates.inkBox(mask, w, h);
        if (ink == null) {
            return false;
        }
        int iw = ink[2] - ink[0] + 1;
        int ih = ink[3] - ink[1] + 1;
        boolean[] tight = new boolean[iw * ih];
        for (int y = 0; y < ih; y++) {
            for (int x = 0; x < iw; x++) {
                tight[y * iw + x] = mask[(y + ink[1]) * w + x + ink[0]];
            }
        }
        return IconShapes.lid(tight, iw, ih);
    }

    /** The nearest reference shape of an icon partly covered by a badge: what the badge hides is not missed. */
    static IconTemplates.Match badgedMatch(Raster raster, Box glyph, Box badge) {
        Box b = raster.clip(glyph.expand(1));
        boolean[] mask = Glyphs.maskWithout(raster, b, badge);
        IconTemplates.Match m = IconTemplates.match(mask, Glyphs.covered(b, badge), b.width(), b.height());
        if (m.kind() == IconKind.UNKNOWN && IconShapes.bellFoot(mask, b.width(), b.height())) {
            // a large badge over a small bell leaves its rim and clapper, and they are enough
            return new IconTemplates.Match(IconKind.BELL, m.distance(), m.runnerUp());
        }
        return m;
    }

    // ---------------------------------------------------------------- surfaces

    private static void surfaces(Raster raster, Regions regions, List<Word> words, List<Box> glyphs, List<Found> found) {
        int fw = raster.width;
        int fh = raster.height;
        int min = Math.max(8, raster.px(9));
        for (int r = 0; r < regions.count(); r++) {
            int w = regions.width(r);
            int h = regions.height(r);
            if (w < min || h < min || h > raster.px(420) || w > 0.96 * fw || (long) w * h > 0.35 * fw * fh
                    || regions.size(r) < 24) {
                continue;
            }
            Shape shape = regions.shape(r);
            Box box = shape.box();
            int colour = regions.colour(r);
            int outside = raster.ringColour(box, raster.px(3));
            if (outside < 0) {
                outside = colour;
            }
            if (Math.max(w, h) <= raster.px(30) || h <= raster.px(36) && w <= raster.px(80)) {
                smallControl(raster, shape, colour, outside, words, found);
            }
            if (h >= raster.px(14) && w >= raster.px(20) && shape.solidity() >= 0.45
                    && (shape.rectangular() || shape.roundEnds())) {
                int before = found.size();
                control(raster, shape, colour, outside, words, glyphs, found);
                if (box.left() <= 0 || box.right() >= fw) {
                    // a field draws its own four sides: a band that runs to the screen's side (a tab strip between a
                    // panel's rules) is no field, whatever its words
                    found.subList(before, found.size()).removeIf(f -> FRAMED.contains(f.widget().kind()));
                }
            }
        }
    }

    /**
     * Boxes outlined in a light colour with rounded corners (a pale grey field on a white card): the corners'
     * anti-aliased pixels let the inside run out into the page, so no region has the box's shape. Their top and
     * bottom edges remain, as two thin rules of one length, one above the other, with the sides between them
     * just beyond their ends; the box they frame is judged like any other control (a field, a dropdown, a worded
     * button; a text area when taller than a field).
     */
    private static void outlines(Raster raster, Regions regions, List<Word> words, List<Box> glyphs, List<Found> found) {
        int thin = raster.px(2);
        List<Integer> rules = new ArrayList<>();
        for (int r = 0; r < regions.count(); r++) {
            if (regions.height(r) <= thin && regions.width(r) >= raster.px(30) && regions.size(r) >= 0.9 * regions.width(r)) {
                rules.add(r);
            }
        }
        if (rules.size() < 2) {
            return;
        }
        rules.sort(Comparator.comparingInt((Integer r) -> regions.box(r).left()));
        List<Box> framed = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Box top = regions.box(rules.get(i));
            Box bottom = null;
            for (int j = 0; j < rules.size(); j++) {
                Box b = regions.box(rules.get(j));
                int gap = b.top() - top.bottom();
                if (j != i && Math.abs(b.left() - top.left()) <= 1 && Math.abs(b.right() - top.right()) <= 1
                        && gap >= raster.px(12) && gap <= raster.px(240) && Raster.dist(regions.colour(rules.get(j)), regions.colour(rules.get(i))) <= 40
                        && (bottom == null || b.top() < bottom.top())) {
                    bottom = b;
                }
            }
            if (bottom == null) {
                continue;
            }
            Box inner = new Box(top.left(), top.bottom(), top.right(), bottom.top());
            int paper = raster.rgb(inner.left() + 1, inner.top() + Math.max(1, raster.px(2)));
            int left = side(raster, inner, paper, -1);
            int right = side(raster, inner, paper, 1);
            if (left < 0 || right < 0 || !endsWithBox(raster, left, top, bottom) || !endsWithBox(raster, right, top, bottom)) {
                continue;
            }
            Box box = new Box(left, top.top(), right + 1, bottom.bottom());
            boolean known = found.stream().anyMatch(f -> same(f.widget().box(), box) || box.contains(f.widget().box())
                    && f.widget().kind() != WidgetKind.ICON)
                    || framed.stream().anyMatch(box::intersects);
            if (known) {
                continue;
            }
            framed.add(box);
            // what it holds must read as a field's or a button's words, or be empty: a stepper's "− 2 +" is neither
            boolean worded = words.stream().anyMatch(w -> box.contains(w.box().center())
                    && w.text().codePoints().filter(Character::isLetterOrDigit).count() >= 2);
            // the arcs of its rounded corners are no marks it holds
            List<Box> held = glyphs.stream().filter(g -> !(box.contains(g) && inCorner(g, box, raster))).toList();
            int marks = glyphsInside(held, box).size();
            boolean empty = words.stream().noneMatch(w -> box.contains(w.box().center())) && marks <= 1;
            // a number input's one-digit value ("1" near its left edge); a stepper's number sits in the middle
            List<Word> inside = words.stream().filter(w -> box.contains(w.box().center())).toList();
            boolean number = inside.size() == 1 && numberInput(inside.get(0), box, true, raster) && marks <= 1;
            if (!worded && !empty && !number) {
                continue;
            }
            Shape shape = new Shape(box, (int) box.area(), 1, 1, 1, 1, 1, 0, box.centerX(), box.centerY());
            int outside = raster.ringColour(box, raster.px(3));
            int before = found.size();
            control(raster, shape, paper, outside < 0 ? paper : outside, words, held, found);
            // fields, dropdowns and worded buttons only: a stepper's outline ("− 2 +") holds controls of its own;
            // taller than a field, a text area only (a notes box under a tab bar)
            boolean tall = box.height() > raster.px(64);
            found.subList(before, found.size()).removeIf(f -> tall ? f.widget().kind() != WidgetKind.TEXT_AREA : !FRAMED.contains(f.widget().kind())
                    && !(f.widget().kind() == WidgetKind.BUTTON && f.widget().text().codePoints().filter(Character::isLetterOrDigit).count() >= 2));
        }
    }

    /**
     * Two "checkboxes" side by side with nothing between them are a row's checkbox and the filled, marked tile of a
     * file-type icon (a PDF's red square, a text file's grey one) that follows it: the tile is an icon.
     */
    private static void besideCheckboxes(List<Widget> widgets, List<Word> words) {
        List<Widget> boxes = widgets.stream().filter(w -> w.kind() == WidgetKind.CHECKBOX).toList();
        for (Widget a : boxes) {
            for (Widget b : boxes) {
                int gap = b.box().left() - a.box().right();
                boolean beside = b != a && gap >= 0 && gap <= 3 * a.box().width()
                        && Math.abs(a.box().centerY() - b.box().centerY()) <= 0.3 * a.box().height()
                        && b.box().height() <= 1.6 * a.box().height() && a.box().height() <= 1.6 * b.box().height();
                if (!beside || b.state() != State.ON || a.state() != State.OFF) {
                    continue;
                }
                Box between = new Box(a.box().right(), Math.min(a.box().top(), b.box().top()), b.box().left(),
                        Math.max(a.box().bottom(), b.box().bottom()));
                int at = widgets.indexOf(b); // gone already when another box beside it turned it into an icon
                if (at >= 0 && words.stream().noneMatch(w -> between.width() > 0 && between.intersects(w.box()))) {
                    widgets.set(at, new Widget(WidgetKind.ICON, b.box(), State.UNKNOWN, IconKind.FILE, ""));
                }
            }
        }
    }

    /** A number off the centre of a plain bordered box, as a number input shows its value ("14" near its left edge). */
    private static boolean numberInput(Word value, Box box, boolean plain, Raster raster) {
        int left = value.box().left() - box.left();
        int right = box.right() - value.box().right();
        return plain && NUMBER.matcher(value.text().trim()).matches() && Math.abs(left - right) > Math.max(raster.px(8), 0.4 * Math.max(left, right));
    }

    /** Below this confidence a lone character OCR read may be a drawing (a chevron) rather than a letter. */
    private static final double UNSURE_GLYPH = 0.6;
    /** A value a number input holds: digits with separators, perhaps a sign, a currency or a percent. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?[$€£¥]?\\s?\\d[\\d,.' ]*\\s?%?");
    private static final java.util.Set<WidgetKind> FRAMED = java.util.EnumSet.of(WidgetKind.TEXT_FIELD, WidgetKind.TEXT_AREA, WidgetKind.SELECT);

    /**
     * Whether the side at column {@code x} ends with the box: a field's side stops at its corners, while a menu's
     * border runs on past a separator line and the menu's bottom (a row between them is no field).
     */
    private static boolean endsWithBox(Raster raster, int x, Box top, Box bottom) {
        int mid = (top.bottom() + bottom.top()) / 2;
        int edge = raster.rgb(x, mid);
        int above = top.top() - raster.px(3);
        int below = bottom.bottom() + raster.px(2);
        return (!raster.inside(x, above) || Raster.dist(raster.rgb(x, above), edge) > 40)
                && (!raster.inside(x, below) || Raster.dist(raster.rgb(x, below), edge) > 40);
    }

    /**
     * The column of a box's side, searched from just beyond the end of its top rule outwards (at most a rounded
     * corner's reach): the first column that differs from the paper inside along most of the box's middle; -1 if none.
     */
    private static int side(Raster raster, Box inner, int paper, int step) {
        int reach = raster.px(12);
        int from = step < 0 ? inner.left() - 1 : inner.right();
        int margin = Math.max(2, inner.height() / 4);
        int y0 = inner.top() + margin;
        int y1 = inner.bottom() - margin;
        if (y1 - y0 < 2) {
            return -1;
        }
        for (int k = 0, x = from; k < reach && raster.inside(x, y0); k++, x += step) {
            int edge = 0;
            for (int y = y0; y < y1; y++) {
                if (Raster.dist(raster.rgb(x, y), paper) >= 45) {
                    edge++;
                }
            }
            if (edge >= 0.9 * (y1 - y0)) {
                return x;
            }
        }
        return -1;
    }

    private static boolean overText(List<Word> words, Box box) {
        for (Word w : words) {
            if (w.box().contains(box.center()) && !iconLike(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The mark drawn inside a round outline when it is a stroke (a chevron, a plus) rather than the
     * solid dot of a checked radio: then the circle is an icon button, not a radio. Null otherwise.
     */
    private static Box strokeMarkInCircle(Raster raster, Box circle) {
        Box b = raster.clip(circle.expand(1));
        boolean[] m = Glyphs.mask(raster, b);
        int bw = b.width();
        int bh = b.height();
        double cx = (bw - 1) / 2.0;
        double cy = (bh - 1) / 2.0;
        double r = Math.min(bw, bh) / 2.0;
        int n = 0;
        int x0 = bw, y0 = bh, x1 = -1, y1 = -1;
        for (int y = 0; y < bh; y++) {
            for (int x = 0; x < bw; x++) {
                if (!m[y * bw + x] || Math.hypot(x - cx, y - cy) > 0.62 * r) continue;
                n++;
                x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
            }
        }
        if (n < 4) return null;
        double fill = n / (double) ((x1 - x0 + 1) * (y1 - y0 + 1));
        return fill < 0.5 ? new Box(b.left() + x0, b.top() + y0, b.left() + x1 + 1, b.top() + y1 + 1) : null;
    }

    /** Icons whose round outline is part of the icon: the whole shape names them, not the mark inside. */
    private static final java.util.Set<IconKind> RINGED = java.util.EnumSet.of(IconKind.SETTINGS, IconKind.HELP, IconKind.INFO,
            IconKind.USER, IconKind.EMOJI, IconKind.CLOCK);

    /**
     * The icon drawn as a ring with a mark inside: a gear's teeth, a question mark or a person in a
     * circle when the whole shape says so clearly, otherwise the mark (a chevron or plus on a round button).
     */
    private static IconKind ringedIcon(Raster raster, Box ring, Box mark) {
        IconTemplates.Match whole = iconMatch(raster, ring);
        if (RINGED.contains(whole.kind()) && whole.distance() < 0.6) {
            return whole.kind();
        }
        return iconOf(raster, mark);
    }

    /** A crisp square of checkbox size, its outline or the flat inside of it: no letter has this outline. */
    private static boolean squareOutline(Shape shape, Raster raster) {
        double a = shape.aspect();
        return a > 0.9 && a < 1.1 && shape.rowFill() >= 0.93 && shape.colFill() >= 0.93
                && (shape.solidity() < 0.5 || shape.solidity() >= 0.95) && shape.box().width() >= raster.px(10) && shape.box().width() <= raster.px(24);
    }

    /** Every word over {@code box} is a short one (OCR read the box as "C)", "[]", "O"). */
    private static boolean underShortWordOnly(List<Word> words, Box box) {
        for (Word w : words) {
            if (w.box().contains(box.center()) && !shortWord(w)) {
                return false;
            }
        }
        return true;
    }

    /** How near a pixel round a switch must be to the colour most of the ring has, and what share must be. */
    private static final int RING_TOLERANCE = 40;
    private static final double PLAIN_RING = 0.6;

    /** Whether most of a thin ring round {@code box} is one plain colour: a switch sits on a card, not on a photo. */
    private static boolean onPlainRing(Raster raster, Box box) {
        int around = raster.ringColour(box, raster.px(3));
        return around >= 0 && raster.ringShare(box, raster.px(3), around, RING_TOLERANCE) >= PLAIN_RING;
    }

    private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile("[1-9]\\d?\\+?");

    /**
     * Whether a word over {@code box} reads as a count ("3", "12", "9+"): a badge's number. The word may be the wider
     * (OCR's box for a badge on an icon's shoulder takes in the icon too).
     */
    private static boolean holdsCount(List<Word> words, Box box) {
        return words.stream().anyMatch(w -> (mostlyInside(w.box(), box) || mostlyInside(box, w.box()))
                && COUNT.matcher(w.text().strip()).matches());
    }

    private static void smallControl(Raster raster, Shape shape, int colour, int outside, List<Word> words, List<Found> found) {
        Box box = shape.box();
        double aspect = shape.aspect();
        // a switch's knob read as a letter or two ("o", "Ce") does not make the switch text
        boolean pill = aspect >= 1.4 && aspect <= 2.9 && shape.roundEnds();
        List<Word> over = pill ? words.stream().filter(w -> w.text().strip().length() > 2).toList() : words;
        if (overText(over, box) && !(squareOutline(shape, raster) && underShortWordOnly(words, box))) {
            return;
        }
        Box bitten = bittenPill(raster, shape, colour, outside);
        if (bitten != null) {
            // the knob's side says the state: at the right end the switch is on
            State state = bitten.right() > box.right() ? State.ON : State.OFF;
            found.add(new Found(new Widget(WidgetKind.TOGGLE, bitten, state, null, ""), 3));
            return;
        }
        if (aspect > 0.8 && aspect < 1.25 && shape.box().width() <= raster.px(26)) {
            WidgetKind kind = shape.disc() ? WidgetKind.RADIO : shape.rectangular() ? WidgetKind.CHECKBOX : null;
            if (kind == null) {
                return;
            }
            if (kind == WidgetKind.CHECKBOX && roundRim(raster, box)) {
                kind = WidgetKind.RADIO;
            }
            boolean filledAccent = shape.solidity() >= 0.5 && Raster.dist(colour, outside) > 150;
            boolean ring = shape.solidity() < 0.5;
            if (!ring && Raster.dist(colour, outside) < 60 && shape.box().width() < raster.px(11)) {
                return; // a speck of background, not a control
            }
            if (kind == WidgetKind.RADIO && holdsCount(words, box)) {
                return; // a count badge ("3" on a bell's shoulder, "2" in a pale disc after a tab's name), not a chosen radio
            }
            if (kind == WidgetKind.RADIO && !filledAccent) {
                Box mark = strokeMarkInCircle(raster, box);
                if (mark != null) {
                    found.add(new Found(new Widget(WidgetKind.ICON, box, State.UNKNOWN, ringedIcon(raster, box, mark), ""), 1));
                    return;
                }
            }
            if (kind == WidgetKind.RADIO && !ring && !markedLikeARadio(raster, box, colour, outside)) {
                // a filled sign with a bar cut through its middle (a report sign's "!"): an icon, not a chosen radio
                found.add(new Found(new Widget(WidgetKind.ICON, box, State.UNKNOWN, iconOf(raster, box), ""), 1));
                return;
            }
            double ink = inkInside(raster, box, colour, outside, ring);
            if (filledAccent && Raster.chroma(colour) < 40 && plainInside(raster, box, colour)) {
                // a light, unmarked box on a dark page is an empty checkbox (a dark theme's unchecked input), not a filled one
                filledAccent = false;
            }
            boolean on = filledAccent || ink >= 0.12;
            found.add(new Found(new Widget(kind, box, on ? State.ON : State.OFF, null, ""), 1));
            return;
        }
        int h = box.height();
        if (aspect >= 1.4 && aspect <= 2.9 && h >= raster.px(10) && h <= raster.px(36) && shape.roundEnds()) {
            // a knob read as a letter ("o", "©") is no caption; words inside make a pill button, a count ("3", "12",
            // "9+") a badge over an icon's corner
            if (holdsCount(words, box) || words.stream().anyMatch(w -> mostlyInside(w.box(), box) && w.text().strip().length() > 2)) {
                return;
            }
            if (!onPlainRing(raster, box)) {
                return; // a pill-shaped patch of a photo (a fence, a car's window) sits on no plain card
            }
            double spanArea = shape.pixels() / Math.max(0.01, shape.solidity());
            State state;
            int priority;
            if (shape.holes() >= 0.06 * spanArea && shape.solidity() >= 0.5
                    && Math.abs(shape.holeX() - box.centerX()) >= 0.12 * box.width()) {
                state = shape.holeX() > box.centerX() ? State.ON : State.OFF;
                priority = 3;
            } else {
                state = Raster.chroma(colour) >= 60 ? State.ON : State.OFF;
                priority = 2;
            }
            found.add(new Found(new Widget(WidgetKind.TOGGLE, box, state, null, ""), priority));
        }
    }

    /**
     * Whether what shows the page through a filled disc is a radio button's mark: nothing, a ring round a centred
     * dot, or a round dot at the centre. A tall cut-out through the centre (a report sign's "!") is not.
     */
    private static boolean markedLikeARadio(Raster raster, Box box, int colour, int outside) {
        int cx = (int) box.centerX();
        int cy = (int) box.centerY();
        if (!showsPage(raster.rgb(cx, cy), colour, outside)) {
            return true; // the centre is the disc's colour: a dot, or no cut-out there
        }
        int top = cy;
        int bottom = cy;
        int left = cx;
        int right = cx;
        while (top > box.top() && showsPage(raster.rgb(cx, top - 1), colour, outside)) {
            top--;
        }
        while (bottom < box.bottom() - 1 && showsPage(raster.rgb(cx, bottom + 1), colour, outside)) {
            bottom++;
        }
        while (left > box.left() && showsPage(raster.rgb(left - 1, cy), colour, outside)) {
            left--;
        }
        while (right < box.right() - 1 && showsPage(raster.rgb(right + 1, cy), colour, outside)) {
            right++;
        }
        return bottom - top + 1 <= 1.5 * (right - left + 1); // round, not a bar
    }

    /** A pixel nearer the page's colour than the shape's: the page showing through a cut-out (anti-aliased or not). */
    private static boolean showsPage(int rgb, int colour, int outside) {
        return Raster.dist(rgb, outside) < Raster.dist(rgb, colour);
    }

    /** Fraction of the central part of {@code box} inked in neither the page colour nor (unless a ring) the box colour. */
    /**
     * A switch whose knob, of the page's colour, bites into the end of its track: the track's colour is found as a
     * solid shape that stops at the knob, and along its middle row the knob (0.5 to 1 of its height across) is
     * followed by a thin rim of the track's colour and then the page. The whole switch's box, or null.
     */
    private static Box bittenPill(Raster raster, Shape shape, int colour, int outside) {
        Box box = shape.box();
        int h = box.height();
        if (h < raster.px(12) || h > raster.px(36) || shape.solidity() < 0.8 || shape.roundEnds()
                || box.width() < 0.8 * h || box.width() > 2.4 * h || Raster.dist(colour, outside) < 30) {
            return null;
        }
        int y = (int) box.centerY();
        for (int dx : new int[] {1, -1}) {
            int x = (int) box.centerX();
            while (raster.inside(x, y) && Raster.dist(raster.rgb(x, y), colour) <= 40 && Math.abs(x - box.centerX()) < box.width()) {
                x += dx;
            }
            int knob = 0;
            int knobFrom = x;
            while (raster.inside(x, y) && Raster.dist(raster.rgb(x, y), colour) > 40 && knob <= h) {
                knob++;
                x += dx;
            }
            if (!rimmed(raster, (knobFrom + x) / 2, box, colour, outside)) {
                continue; // the page between a switch and its caption, then the caption's first letter, is no knob
            }
            int rim = 0;
            while (raster.inside(x, y) && Raster.dist(raster.rgb(x, y), colour) < Raster.dist(raster.rgb(x, y), outside) && rim <= h / 4 + 1) {
                rim++;
                x += dx;
            }
            boolean page = raster.inside(x, y) && Raster.dist(raster.rgb(x, y), outside) <= 40;
            if (knob >= 0.5 * h && knob <= h && rim >= 1 && rim <= h / 4 + 1 && page) {
                Box whole = dx > 0 ? new Box(box.left(), box.top(), x, box.bottom()) : new Box(x + 1, box.top(), box.right(), box.bottom());
                double aspect = whole.width() / (double) h;
                return aspect >= 1.4 && aspect <= 2.9 && onPlainRing(raster, whole) ? whole : null;
            }
        }
        return null;
    }

    /**
     * Whether the track runs over and under a knob whose middle is at {@code x}: in the top and the bottom quarter of
     * {@code box}'s height, some pixel of that column is nearer the track's colour than the page's.
     */
    private static boolean rimmed(Raster raster, int x, Box box, int colour, int outside) {
        int quarter = Math.max(1, box.height() / 4);
        boolean over = false;
        boolean under = false;
        for (int d = 0; d < quarter; d++) {
            for (int y : new int[] {box.top() + d, box.bottom() - 1 - d}) {
                if (raster.inside(x, y) && Raster.dist(raster.rgb(x, y), colour) < Raster.dist(raster.rgb(x, y), outside)) {
                    over |= y < box.centerY();
                    under |= y > box.centerY();
                }
            }
        }
        return over && under;
    }

    /** Whether the middle of {@code box} is all of the box's own colour: no tick, dot or bar marks it. */
    private static boolean plainInside(Raster raster, Box box, int colour) {
        Box c = box.expand(-Math.max(1, box.width() / 4), -Math.max(1, box.height() / 4));
        for (int y = c.top(); y < c.bottom(); y++) {
            for (int x = c.left(); x < c.right(); x++) {
                if (Raster.dist(raster.rgb(x, y), colour) > 40) {
                    return false;
                }
            }
        }
        return !c.isEmpty();
    }

    private static double inkInside(Raster raster, Box box, int colour, int outside, boolean ring) {
        Box c = box.expand(-Math.max(1, box.width() / 4), -Math.max(1, box.height() / 4));
        if (c.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (int y = c.top(); y < c.bottom(); y++) {
            for (int x = c.left(); x < c.right(); x++) {
                int p = raster.rgb(x, y);
                if (Raster.dist(p, outside) > 120 && (ring || Raster.dist(p, colour) > 120)) {
                    n++;
                }
            }
        }
        return n / (double) c.area();
    }

    private static void control(Raster raster, Shape shape, int colour, int outside, List<Word> words,
                                List<Box> glyphs, List<Found> found) {
        Box box = shape.box();
        int w = box.width();
        int h = box.height();
        boolean borderedOnly = Raster.dist(colour, outside) <= 40;
        boolean paper = Raster.chroma(colour) < 40
                && (borderedOnly || Math.abs(Raster.lum(colour) - Raster.lum(outside)) < 70);
        List<List<Word>> rows = rowsInside(words, box);
        List<Box> inner = glyphsInside(glyphs, box);
        boolean squarish = w <= raster.px(64) && h <= raster.px(64) && shape.aspect() > 0.6 && shape.aspect() < 1.8;
        if (squarish && shape.disc() && !paper && rows.size() == 1 && rows.get(0).size() == 1
                && initials(rows.get(0).get(0).text().trim())) {
            // a coloured disc holding one or two capitals is a person's avatar; it keeps the initials
            found.add(new Found(new Widget(WidgetKind.ICON, box, State.UNKNOWN, IconKind.USER, rows.get(0).get(0).text().trim()), 2));
            return;
        }
        if (squarish && rows.size() == 1 && rows.get(0).size() == 1 && rows.get(0).get(0).text().trim().length() <= 2
                && !word(rows.get(0).get(0).text().trim()) && !numberInput(rows.get(0).get(0), box, paper && borderedOnly, raster)) {
            Box g = rows.get(0).get(0).box();
            for (Box b : inner) g = g.union(b);
            found.add(new Found(new Widget(WidgetKind.ICON, box, State.UNKNOWN, iconOf(raster, g), ""), 2));
            return;
        }
        if (rows.isEmpty() && inner.size() >= 2 && h >= raster.px(18) && h <= raster.px(64) && w >= 1.5 * h && !paper) {
            Box content = inner.get(0);
            for (Box b : inner) content = content.union(b);
            int left = content.left() - box.left();
            int right = box.right() - content.right();
            if (Math.abs(left - right) <= Math.max(raster.px(6), 0.2 * Math.max(left, right)) && content.height() <= 0.8 * h) {
                found.add(new Found(new Widget(WidgetKind.BUTTON, box, State.UNKNOWN, null, ""), 1));
                return;
            }
        }
        if (rows.isEmpty()) {
            if (squarish && shape.disc() && !paper && inner.size() == 1 && Glyphs.lettersSideBySide(raster, inner.get(0)) >= 2) {
                // a coloured disc holding two or three letters OCR did not read ("AL" in white on blue): an avatar
                found.add(new Found(new Widget(WidgetKind.ICON, box, State.UNKNOWN, IconKind.USER, ""), 2));
                return;
            }
            if (inner.size() == 1 && w <= raster.px(64) && h <= raster.px(64) && shape.aspect() > 0.6 && shape.aspect() < 1.8) {
                IconKind icon = buttonIconOf(raster, inner.get(0));
                found.add(new Found(new Widget(WidgetKind.ICON, box, State.UNKNOWN, icon, ""), 1));
                return;
            }
            if (h > raster.px(64) || h >= raster.px(50) && w >= 3 * h) {
                if (h <= raster.px(400) && w >= raster.px(100) && paper && borderedOnly && shape.rectangular()
                        && inner.size() <= 1) {
                    found.add(new Found(new Widget(WidgetKind.TEXT_AREA, box, State.UNKNOWN, null, ""), 1));
                }
                return;
            }
            if (paper && borderedOnly && inner.isEmpty() && shape.rectangular() && w >= 1.2 * h && w < 2.2 * h
                    && w <= raster.px(90) && h >= raster.px(24) && h <= raster.px(44)) {
                // a small empty box with a plain border: a short input (hours of a day, a quantity, a code's digit)
                found.add(new Found(new Widget(WidgetKind.TEXT_FIELD, box, State.UNKNOWN, null, ""), 1));
                return;
            }
            boolean compact = paper && borderedOnly && inner.size() <= 1 && w >= 2.2 * h && w >= raster.px(34)
                    && h >= raster.px(14) && h <= raster.px(40);
            if (compact && shape.rectangular() && !(w >= 3 * h && w >= raster.px(60))) {
                found.add(new Found(new Widget(WidgetKind.TEXT_FIELD, box, State.UNKNOWN, null, ""), 1));
                return;
            }
            if (w >= 3 * h && w >= raster.px(60) && h >= raster.px(16) && shape.rectangular()) {
                Box chevron = chevronAtRight(raster, inner, box);
                if (chevron != null) {
                    found.add(new Found(new Widget(WidgetKind.SELECT, box, State.UNKNOWN, null, ""), 2));
                } else if (paper && (inner.size() <= 1 || inner.size() <= 3 && smallMarks(inner, h))) {
                    // empty, or holding only small marks: masked password dots, an eye, a search lens
                    found.add(new Found(new Widget(WidgetKind.TEXT_FIELD, box, State.UNKNOWN, null, ""), 1));
                }
            }
            return;
        }
        if (rows.size() > 1 && rows.stream().allMatch(PixelWidgetDetector::symbolsOnly)) {
            List<Word> one = new ArrayList<>();
            rows.forEach(one::addAll);
            one.sort(Comparator.comparingInt(x -> x.box().left()));
            rows = List.of(one); // "--:-- --" read as dashes and a colon at different heights
        }
        if (rows.size() > 1 && !rows.stream().allMatch(PixelWidgetDetector::symbolsOnly)) {
            // a dash read lower than the words it stands between ("3-5 days) — free") belongs to their row
            List<List<Word>> merged = new ArrayList<>();
            for (List<Word> r : rows) {
                if (!symbolsOnly(r)) merged.add(new ArrayList<>(r));
            }
            for (List<Word> r : rows) {
                if (!symbolsOnly(r)) continue;
                Box sym = union(r);
                List<Word> home = null;
                for (List<Word> m : merged) {
                    Box u = union(m);
                    if (sym.centerY() >= u.top() - u.height() / 2 && sym.centerY() <= u.bottom() + u.height() / 2) home = m;
                }
                if (home == null) {
                    merged.add(new ArrayList<>(r));
                } else {
                    home.addAll(r);
                    home.sort(Comparator.comparingInt(x -> x.box().left()));
                }
            }
            rows = merged;
        }
        Box arrow = null; // a select's arrow OCR read as letters, so no glyph of its own
        if (rows.size() == 1 && rows.get(0).size() > 1) {
            // a select's arrow read as a letter ("Standard — free   v"): it is the arrow, not a word of the caption
            // ("No label   vw": two letters when the arrow is wide); the arrow's own pixels decide
            List<Word> row = rows.get(0);
            Word last = row.get(row.size() - 1);
            // (or as any one character read unsurely: "2" at 0.47 over a grey chevron)
            boolean arrowLike = last.text().strip().matches("[vVwW˅⌄▾▼∨]{1,2}")
                    || last.text().strip().length() == 1 && last.confidence() < UNSURE_GLYPH;
            if (arrowLike && box.right() - last.box().right() <= Math.max(raster.px(16), h * 0.6)
                    && last.box().left() - row.get(row.size() - 2).box().right() > 2 * h) {
                if (chevronAtRight(raster, inner, box) != null) {
                    rows = List.of(row.subList(0, row.size() - 1));
                } else if (last.box().height() <= 0.7 * h && iconOf(raster, last.box()) == IconKind.CHEVRON_DOWN) {
                    rows = List.of(row.subList(0, row.size() - 1));
                    arrow = last.box();
                }
            }
        }
        Box first = union(rows.get(0));
        // dashes and dots ("--:-- --", "...") are read with boxes far lower than the line of text they stand in
        // OCR's box for a lone number ("0" in an hours box) may be smaller than its ink
        int numberInk = rows.get(0).size() == 1 && NUMBER.matcher(rows.get(0).get(0).text().strip()).matches()
                ? inner.stream().filter(g -> g.intersects(first)).mapToInt(Box::height).max().orElse(0) : 0;
        int th = Math.max(Math.max(first.height(), symbolsOnly(rows.get(0)) ? raster.px(10) : 0), numberInk);
        if (rows.size() == 1 && h <= 3.6 * th) {
            Box content = first;
            for (Box g : inner) {
                if (g.verticalOverlap(first) > 0.5) content = content.union(g);
            }
            String caption = join(rows.get(0));
            int left = content.left() - box.left();
            int right = box.right() - content.right();
            boolean centred = Math.abs(left - right) <= Math.max(raster.px(6), 0.2 * Math.max(left, right));
            Box chevron = arrow != null ? arrow : chevronAtRight(raster, inner, box);
            List<Word> letters = new ArrayList<>();
            for (Word x : rows.get(0)) {
                if (!(iconLike(x) && inner.stream().anyMatch(g -> g.intersect(x.box()).area() > 0))) letters.add(x);
            }
            boolean trailingIcon = paper && w >= 2.5 * h && !letters.isEmpty() && trailingIcon(raster, inner, box, union(letters))
                    && first.left() - box.left() <= Math.max(raster.px(18), th); // inputs pad their text 8-16 px
            if (chevron != null && chevron.left() >= first.right() && w >= 2.5 * h) {
                found.add(new Found(new Widget(WidgetKind.SELECT, box, State.UNKNOWN, null, caption), 2));
            } else if (trailingIcon) {
                // a value at the left and an icon at the right end (date, time, password with an eye)
                found.add(new Found(new Widget(WidgetKind.TEXT_FIELD, box, State.UNKNOWN, null, join(letters)), 2));
            } else if (centred && !(paper && borderedOnly && first.width() >= 0.7 * w && w >= raster.px(150))) {
                found.add(new Found(new Widget(WidgetKind.BUTTON, box, State.UNKNOWN, null, caption), 2));
            } else if (left <= Math.max(raster.px(24), 2 * th) && w >= 2.5 * h
                    && (paper || w >= 4 * h && first.width() < 0.6 * w && h <= raster.px(56))) {
                found.add(new Found(new Widget(WidgetKind.TEXT_FIELD, box, State.UNKNOWN, null, caption), 2));
            } else if (paper && borderedOnly && shape.rectangular() && NUMBER.matcher(caption).matches()
                    && Math.min(left, right) <= Math.max(raster.px(18), th) && w >= 1.2 * h && h >= raster.px(20) && h <= raster.px(48)) {
                // a number at either end of a plain bordered box (centred ones are buttons: a pager's pages): a number
                // input (a quantity, a price, a password's length)
                found.add(new Found(new Widget(WidgetKind.TEXT_FIELD, box, State.UNKNOWN, null, caption), 2));
            } else if (!paper && h <= raster.px(48) && w <= raster.px(320)) {
                // off-centre text on a coloured box: a button only when compact (not a banner, a dialog header)
                found.add(new Found(new Widget(WidgetKind.BUTTON, box, State.UNKNOWN, null, caption), 1));
            }
            return;
        }
        // several rows, or one row high up in a tall box: a text area when it looks like paper
        if (paper && borderedOnly && w >= raster.px(100) && h >= 2.2 * th && h <= raster.px(400) && rows.size() <= 6
                && first.top() - box.top() <= 2 * th && first.left() - box.left() <= Math.max(raster.px(24), 2 * th)
                && rows.stream().allMatch(r -> join(r).length() <= 2 || union(r).left() - box.left() <= Math.max(raster.px(24), 2 * th))) {
            // typed text wraps back to the left edge: a row starting far right is another column (a card's button)
            List<Word> all = new ArrayList<>();
            rows.forEach(all::addAll);
            StringBuilder sb = new StringBuilder();
            for (List<Word> row : rows) {
                if (sb.length() > 0) sb.append('\n');
                sb.append(join(row));
            }
            found.add(new Found(new Widget(WidgetKind.TEXT_AREA, box, State.UNKNOWN, null, sb.toString()), 1));
        }
    }

    private static boolean smallMarks(List<Box> inner, int h) {
        return inner.stream().allMatch(g -> g.height() <= 0.6 * h);
    }

    /** One or two capital letters ("MK", "A"): the initials an avatar shows. */
    private static boolean initials(String t) {
        return !t.isEmpty() && t.length() <= 2 && t.chars().allMatch(c -> Character.isLetter(c) && Character.isUpperCase(c))
                && !java.util.Set.of("OK", "GO", "NO", "ON", "UP", "X").contains(t); // captions of round buttons
    }

    /** Two letters or more ("OK", "No", "Go"): a caption, not an icon read as text. */
    private static boolean word(String t) {
        return t.length() >= 2 && t.chars().allMatch(Character::isLetter) && Character.isUpperCase(t.charAt(0));
    }

    private static boolean symbolsOnly(List<Word> row) {
        for (Word w : row) {
            if (w.text().codePoints().anyMatch(Character::isLetterOrDigit)) {
                return false;
            }
        }
        return true;
    }

    /** An icon-sized glyph right of the text, near the right end of the box and clear of its edge. */
    private static boolean trailingIcon(Raster raster, List<Box> inner, Box box, Box text) {
        for (Box g : inner) {
            if (g.left() > text.right() + raster.px(4) && g.right() >= box.right() - Math.max(raster.px(28), box.height())
                    && g.height() >= raster.px(8) && g.height() <= 0.8 * box.height() && g.width() <= box.height()) {
                return true;
            }
        }
        return false;
    }

    /** A small chevron or triangle near the right end of a field. */
    private static Box chevronAtRight(Raster raster, List<Box> inner, Box box) {
        for (Box g : inner) {
            if (g.left() >= box.right() - Math.max(raster.px(40), box.height() * 1.4) && g.width() <= box.height()
                    && g.height() <= box.height() * 0.7) {
                if (!box.expand(-2).contains(g)) {
                    continue;
                }
                IconKind k = iconOf(raster, g);
                if (k == IconKind.CHEVRON_DOWN) {
                    return g;
                }
            }
        }
        return null;
    }

    /** Fields drawn as an underline only: a long thin line with at most a short left-aligned text above it. */
    private static void underlineFields(Raster raster, Regions regions, List<Word> words, List<Found> found) {
        int maxThick = Math.max(2, raster.px(2.5));
        for (int r = 0; r < regions.count(); r++) {
            int w = regions.width(r);
            int h = regions.height(r);
            if (h > maxThick || w < raster.px(80) || w > 0.6 * raster.width || regions.size(r) < 0.9 * w * h) {
                continue;
            }
            Box line = regions.box(r);
            int above = raster.ringColour(new Box(line.left(), line.top() - raster.px(4), line.right(), line.top() - raster.px(4)), 0);
            if (above < 0 || Raster.dist(above, regions.colour(r)) < 60 || !bareEnds(raster, line, above)) {
                continue;
            }
            Box band = new Box(line.left(), Math.max(0, line.top() - raster.px(34)), line.right(), line.top());
            List<List<Word>> rows = rowsInside(words, band);
            if (rows.size() > 1) {
                continue;
            }
            String value = "";
            if (rows.size() == 1) {
                Box rb = union(rows.get(0));
                if (rb.width() >= 0.7 * w || rb.left() - line.left() > raster.px(16) || rows.get(0).size() > 6
                        || line.top() - rb.bottom() > raster.px(16)) {
                    continue;
                }
                value = join(rows.get(0));
            }
            Box field = new Box(line.left(), Math.max(0, line.top() - raster.px(30)), line.right(), line.bottom());
            found.add(new Found(new Widget(WidgetKind.TEXT_FIELD, field, State.UNKNOWN, null, value), 0));
        }
    }

    /** Page colour below the line and around both of its ends: an underline, not the edge of a box. */
    private static boolean bareEnds(Raster raster, Box line, int page) {
        int d = raster.px(3);
        int[][] probes = {
            {line.left() - d, line.top()}, {line.right() - 1 + d, line.top()},
            {line.left(), line.top() - d}, {line.right() - 1, line.top() - d},
            {line.left(), line.bottom() - 1 + d}, {line.right() - 1, line.bottom() - 1 + d},
            {(line.left() + line.right()) / 2, line.bottom() - 1 + d}};
        for (int[] p : probes) {
            if (!raster.inside(p[0], p[1]) || Raster.dist(raster.rgb(p[0], p[1]), page) > 40) {
                return false;
            }
        }
        // no side of a box rising or falling from either end: ink in every row just above or below the end (the
        // caret of a focused field, or its text, stops short of the line)
        int near = raster.px(3);
        int far = raster.px(6);
        for (int end : new int[] {line.left(), line.right() - 1}) {
            if (inkInEveryRow(raster, end, line.top() - far, line.top() - near, page)
                    || inkInEveryRow(raster, end, line.bottom() - 1 + near, line.bottom() - 1 + far, page)) {
                return false;
            }
        }
        return true;
    }

    /** Whether every row from {@code y0} to {@code y1} holds ink (off {@code page}) near {@code end} of a line. */
    private static boolean inkInEveryRow(Raster raster, int end, int y0, int y1, int page) {
        for (int y = y0; y <= y1; y++) {
            boolean ink = false;
            for (int x = end - raster.px(8); x <= end + raster.px(2) && !ink; x++) {
                ink = raster.inside(x, y) && Raster.dist(raster.rgb(x, y), page) > 40;
            }
            if (!ink) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- merging

    private static boolean small(WidgetKind k) {
        return k == WidgetKind.CHECKBOX || k == WidgetKind.RADIO || k == WidgetKind.TOGGLE;
    }

    private static boolean same(Box a, Box b) {
        Box i = a.intersect(b);
        return a.iou(b) >= 0.4 || i.area() >= 0.8 * Math.min(a.area(), b.area());
    }

    private static List<Widget> dedupe(List<Found> found) {
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((Found f) -> -f.priority()).thenComparingLong(f -> -f.widget().box().area()));
        List<Found> kept = new ArrayList<>();
        for (Found f : sorted) {
            Widget w = f.widget();
            int match = -1;
            for (int i = 0; i < kept.size(); i++) {
                Widget k = kept.get(i).widget();
                boolean related = k.kind() == w.kind() || small(k.kind()) && small(w.kind());
                // a field inside a much larger "field" (a dialog's body taken for a text area) is its own
                // widget: merged, it would vanish with the container when that is dropped for holding controls
                boolean nested = !small(w.kind()) && Math.max(k.box().area(), w.box().area()) > 3L * Math.min(k.box().area(), w.box().area());
                if (related && !nested && same(k.box(), w.box())) {
                    match = i;
                    break;
                }
            }
            if (match < 0) {
                kept.add(f);
                continue;
            }
            Found k = kept.get(match);
            Widget kw = k.widget();
            Box box = kw.box().union(w.box());
            State state = kw.state();
            if ((kw.kind() == WidgetKind.CHECKBOX || kw.kind() == WidgetKind.RADIO) && w.state() == State.ON) {
                state = State.ON;
            }
            String text = kw.text().isEmpty() ? w.text() : kw.text();
            kept.set(match, new Found(new Widget(kw.kind(), box, state, kw.icon(), text), k.priority()));
        }
        // a field drawn as an underline under a field already found is the same field
        List<Widget> out = new ArrayList<>();
        for (Found f : kept) {
            out.add(f.widget());
        }
        // a switch taken for a button because its knob read as a letter or two ("Ce") is the switch
        out.removeIf(b -> b.kind() == WidgetKind.BUTTON && b.text().strip().length() <= 2
                && out.stream().anyMatch(t -> t.kind() == WidgetKind.TOGGLE && t.box().iou(b.box()) > 0.8));
        return out;
    }

    /**
     * Drops "fields" that are not: boxes holding other controls (a table row with its buttons) or
     * text in separate columns (a row of a table, a menu beside a paragraph).
     */
    private static List<Widget> notFields(List<Widget> widgets, List<Word> words, Raster raster) {
        List<Widget> out = new ArrayList<>();
        for (Widget w : widgets) {
            if (w.kind() == WidgetKind.SELECT && (roundButtonInside(w, widgets, raster) || holdsButton(w, widgets))) {
                continue; // an accordion row with its expand button, a toolbar holding Send: not a select
            }
            if (w.kind() == WidgetKind.TEXT_FIELD || w.kind() == WidgetKind.TEXT_AREA) {
                int held = 0;
                for (Widget o : widgets) {
                    if (o != w && o.kind() != WidgetKind.ICON && w.box().contains(o.box()) && o.box().area() < w.box().area() / 2) {
                        held++;
                    }
                }
                boolean holdsControl = held >= (w.kind() == WidgetKind.TEXT_AREA ? 1 : 2) // a text area holds no button
                        || optionCard(w, widgets);
                if (holdsControl || stacked(w, widgets, raster) || columns(rowsInside(words, w.box()), raster.px(10), held == 0)) {
                    continue;
                }
            }
            out.add(w);
        }
        return out;
    }

    /**
     * A bordered option: a radio or checkbox at the left end of the box and its caption beside it ("( ) Low",
     * "(o) Medium" drawn as cards side by side). The control and its caption stand for themselves; the box is no field.
     */
    private static boolean optionCard(Widget w, List<Widget> widgets) {
        if (w.kind() != WidgetKind.TEXT_FIELD) {
            return false;
        }
        for (Widget o : widgets) {
            if ((o.kind() == WidgetKind.RADIO || o.kind() == WidgetKind.CHECKBOX) && w.box().contains(o.box())
                    && o.box().left() - w.box().left() <= 2 * o.box().width() + 4
                    && Math.abs(o.box().centerY() - w.box().centerY()) <= w.box().height() / 4.0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A box of text with another box of the same width touching it above or below: rows of a list,
     * a card or an accordion, which fields never are (fields stand apart, with a label between).
     */
    private static boolean stacked(Widget w, List<Widget> widgets, Raster raster) {
        if (w.text().isEmpty()) {
            return false;
        }
        int tol = raster.px(3);
        for (Widget o : widgets) {
            if (o == w || o.kind() == WidgetKind.ICON || small(o.kind())) continue;
            Box a = w.box();
            Box b = o.box();
            boolean sameColumn = Math.abs(a.left() - b.left()) <= tol && Math.abs(a.right() - b.right()) <= tol;
            boolean touching = Math.abs(a.bottom() - b.top()) <= tol || Math.abs(b.bottom() - a.top()) <= tol;
            if (w.kind() == WidgetKind.TEXT_AREA && Math.abs(a.bottom() - b.top()) <= tol && holdsButton(o, widgets)) {
                continue; // an editor over its own toolbar (format icons, Send): not a row of a list
            }
            if (sameColumn && touching) return true;
        }
        return false;
    }

    /** Whether a button lies inside {@code strip} (a toolbar's Send or Resolve). */
    private static boolean holdsButton(Widget strip, List<Widget> widgets) {
        return widgets.stream().anyMatch(o -> o != strip && o.kind() == WidgetKind.BUTTON && strip.box().contains(o.box())
                && o.box().area() < strip.box().area() / 2);
    }

    /** A chevron drawn on a button of its own, standing clear of the box's edges (a select's arrow is bare). */
    private static boolean roundButtonInside(Widget select, List<Widget> widgets, Raster raster) {
        Box s = select.box();
        int gap = raster.px(4);
        for (Widget o : widgets) {
            Box b = o.box();
            if (o.kind() == WidgetKind.ICON && o.icon() != null && o.icon().words().contains("chevron") && s.contains(b)
                    && b.height() >= 0.35 * s.height() && b.height() <= 0.7 * s.height()
                    && b.top() - s.top() >= gap && s.bottom() - b.bottom() >= gap && s.right() - b.right() >= gap) {
                return true;
            }
        }
        return false;
    }

    /** True when some row of words has a gap wider than four text heights: separate columns. */
    private static boolean columns(List<List<Word>> rows, int minHeight, boolean iconAtEnd) {
        for (List<Word> all : rows) {
            // an icon read as one character at a lone field's end (a calendar's "C") is no column of text
            List<Word> row = iconAtEnd && all.size() > 1 && iconLike(all.get(all.size() - 1)) ? all.subList(0, all.size() - 1) : all;
            for (int i = 1; i < row.size(); i++) {
                int th = Math.max(minHeight, Math.max(row.get(i).box().height(), row.get(i - 1).box().height()));
                if (row.get(i).box().left() - row.get(i - 1).box().right() > 4 * th) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean insideAny(Box b, List<Widget> widgets) {
        for (Widget w : widgets) {
            if (w.box().expand(2).contains(b.center()) && w.box().expand(2).intersect(b).area() >= 0.6 * b.area()) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- tabs and links

    private static List<Widget> tabs(Raster raster, List<Word> words, List<Widget> widgets) {
        List<Word> free = new ArrayList<>();
        for (Word w : words) {
            if (!insideAny(w.box(), widgets)) free.add(w);
        }
        List<Widget> out = new ArrayList<>();
        for (List<Word> row : rows(free)) {
            Box rb = union(row);
            int th = rb.height();
            if (th > raster.px(30)) continue;
            List<List<Word>> items = new ArrayList<>();
            List<Word> cur = new ArrayList<>();
            for (Word w : row) {
                if (!cur.isEmpty() && w.box().left() - cur.get(cur.size() - 1).box().right() > 1.1 * th) {
                    items.add(cur);
                    cur = new ArrayList<>();
                }
                cur.add(w);
            }
            items.add(cur);
            // a count after a tab's name ("Stock levels  12", in a pill of its own) is the tab's badge, not a tab
            for (int i = items.size() - 1; i > 0; i--) {
                List<Word> item = items.get(i);
                if (item.size() == 1 && item.get(0).text().matches("\\(?\\d{1,4}\\+?\\)?")
                        && items.get(i - 1).stream().anyMatch(w -> w.text().codePoints().anyMatch(Character::isLetter))
                        && item.get(0).box().left() - union(items.get(i - 1)).right() <= 2.5 * th) {
                    items.get(i - 1).addAll(item);
                    items.remove(i);
                }
            }
            // a row may hold several groups far apart (a sidebar's heading, then the tabs): each is judged alone
            List<List<List<Word>>> runs = new ArrayList<>();
            List<List<Word>> run = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (i > 0 && union(items.get(i)).left() - union(items.get(i - 1)).right() > 6 * th) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
                run.add(items.get(i));
            }
            runs.add(run);
            for (List<List<Word>> r : runs) {
                tabRun(raster, r, runs.size() > 1 ? 3 : 2, out);
            }
        }
        return out;
    }

    /**
     * The items of one run of a row as tabs, when there are at least {@code fewest}, each named in words, and exactly
     * one is marked as the current one.
     */
    private static void tabRun(Raster raster, List<List<Word>> items, int fewest, List<Widget> out) {
        if (items.size() < fewest || items.size() > 10) return;
        for (List<Word> item : items) {
            // a count beside a tab's name ("Fines & fees 4") is its badge, not one of its words
            long worded = item.stream().filter(w -> w.text().codePoints().anyMatch(Character::isLetter)).count();
            if (worded > 3 || worded == 0 && fewest > 2) return;
        }
        if (fewest > 2) {
            // a run cut out of a longer row is a tab bar only when evenly spaced (tabs are; words of a form's options and
            // of a panel beside them are not)
            int min = Integer.MAX_VALUE;
            int max = 0;
            for (int i = 1; i < items.size(); i++) {
                int gap = union(items.get(i)).left() - union(items.get(i - 1)).right();
                min = Math.min(min, gap);
                max = Math.max(max, gap);
            }
            if (max > 1.5 * min + raster.px(4)) return;
        }
        int n = items.size();
        Box[] boxes = new Box[n];
        Ink[] inks = new Ink[n];
        boolean[] bar = new boolean[n];
        for (int i = 0; i < n; i++) {
            boxes[i] = union(items.get(i));
            inks[i] = Ink.of(raster, boxes[i]);
            bar[i] = barUnder(raster, boxes[i], inks[i].background());
        }
        int marked = -1;
        int bars = 0;
        for (int i = 0; i < n; i++) if (bar[i]) { bars++; marked = i; }
        if (bars != 1) {
            marked = -1;
            // exactly one item in a colour of its own, the others alike
            for (int i = 0; i < n && marked < 0; i++) {
                boolean alone = true;
                for (int j = 0; j < n && alone; j++) {
                    if (j != i && Raster.dist(inks[i].ink(), inks[j].ink()) < 90) alone = false;
                }
                boolean othersAlike = true;
                for (int j = 0; j < n; j++) for (int k = 0; k < n; k++) {
                    if (j != i && k != i && Raster.dist(inks[j].ink(), inks[k].ink()) > 60) othersAlike = false;
                }
                if (alone && othersAlike && n >= 3) marked = i;
            }
            // marked by its colour alone, the run must also stand evenly spaced as tabs do: a table row's cells, one of
            // them coloured (an orange "Unassigned"), do not
            int min = Integer.MAX_VALUE;
            int max = 0;
            for (int i = 1; i < n; i++) {
                int gap = boxes[i].left() - boxes[i - 1].right();
                min = Math.min(min, gap);
                max = Math.max(max, gap);
            }
            if (max > 2 * min + raster.px(4)) return;
        }
        if (marked < 0) return;
        int padX = raster.px(10);
        int padY = raster.px(6);
        for (int i = 0; i < n; i++) {
            out.add(new Widget(WidgetKind.TAB, raster.clip(boxes[i].expand(padX, padY)), i == marked ? State.ON : State.OFF,
                    null, join(items.get(i))));
        }
    }

    /** A bar (at least two pixels thick) under the item, not running far past it on either side. */
    private static boolean barUnder(Raster raster, Box item, int bg) {
        int from = item.bottom() + 1;
        int to = Math.min(raster.height, item.bottom() + raster.px(24)); // tabs padded 12-20 px over their bar
        int thick = 0;
        for (int y = from; y < to; y++) {
            int hit = 0;
            for (int x = item.left(); x < item.right(); x++) {
                if (Raster.dist(raster.rgb(x, y), bg) >= 90) hit++;
            }
            if (hit >= 0.95 * item.width()) {
                thick++;
            } else if (thick > 0) {
                break;
            }
        }
        if (thick < Math.max(2, raster.px(2))) {
            return false;
        }
        // the bar should end near the item: check a point well past each side on the same rows
        int y = from;
        while (y < to && countRow(raster, item, y, bg) < 0.95 * item.width()) y++;
        int reach = item.height() * 3;
        int lx = item.left() - reach;
        int rx = item.right() + reach;
        boolean leftInk = lx >= 0 && Raster.dist(raster.rgb(lx, y), bg) >= 90;
        boolean rightInk = rx < raster.width && Raster.dist(raster.rgb(rx, y), bg) >= 90;
        return !(leftInk && rightInk);
    }

    private static int countRow(Raster raster, Box item, int y, int bg) {
        int hit = 0;
        for (int x = item.left(); x < item.right(); x++) {
            if (Raster.dist(raster.rgb(x, y), bg) >= 90) hit++;
        }
        return hit;
    }

    private static List<Widget> links(Raster raster, List<Word> words, List<Widget> widgets) {
        List<Word> free = new ArrayList<>();
        for (Word w : words) {
            if (!insideAny(w.box(), widgets) && !iconLike(w)) free.add(w);
        }
        if (free.isEmpty()) return List.of();
        Map<Word, Ink> inks = new HashMap<>();
        Map<Integer, Integer> votes = new HashMap<>();
        for (Word w : free) {
            Ink ink = Ink.of(raster, w.box());
            inks.put(w, ink);
            int q = quant(ink.ink());
            votes.merge(q, w.text().length(), Integer::sum);
        }
        int bodyQ = votes.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
        List<Widget> out = new ArrayList<>();
        for (List<Word> row : rows(free)) {
            List<Word> run = new ArrayList<>();
            for (Word w : row) {
                Ink ink = inks.get(w);
                boolean coloured = Raster.chroma(ink.ink()) >= 60 && quant(ink.ink()) != bodyQ
                        && Raster.dist(ink.ink(), ink.background()) >= 120
                        && (Raster.blueish(ink.ink()) || distQ(quant(ink.ink()), bodyQ) >= 150);
                boolean link = (coloured || ink.underlined()) && w.box().height() <= raster.px(32);
                if (!link && !run.isEmpty()) {
                    // the next word of an underlined link: same ink, close by, the line running on under it
                    Word last = run.get(run.size() - 1);
                    link = inks.get(last).underlined() && Raster.dist(inks.get(last).ink(), ink.ink()) <= 60
                            && w.box().left() - last.box().right() <= 0.8 * w.box().height() && Ink.lineUnder(raster, w.box(), ink);
                }
                if (link && !run.isEmpty()) {
                    Word last = run.get(run.size() - 1);
                    if (w.box().left() - last.box().right() > 0.8 * w.box().height()
                            || Raster.dist(inks.get(last).ink(), ink.ink()) > 80) {
                        out.add(link(run));
                        run = new ArrayList<>();
                    }
                }
                if (link) {
                    run.add(w);
                } else if (!run.isEmpty()) {
                    out.add(link(run));
                    run = new ArrayList<>();
                }
            }
            if (!run.isEmpty()) out.add(link(run));
        }
        return out;
    }

    /** A coloured run in capitals (HELP, LEARN MORE) is a text button; otherwise a link. */
    private static Widget link(List<Word> run) {
        String text = join(run);
        boolean caps = text.chars().filter(Character::isLetter).count() >= 3 && text.equals(text.toUpperCase(java.util.Locale.ROOT));
        return new Widget(caps ? WidgetKind.BUTTON : WidgetKind.LINK, union(run), State.UNKNOWN, null, text);
    }

    private static int quant(int p) {
        return (((p >> 19) & 0x1F) << 10) | (((p >> 11) & 0x1F) << 5) | ((p >> 3) & 0x1F);
    }

    private static int distQ(int a, int b) {
        return 8 * (Math.abs((a >> 10) - (b >> 10)) + Math.abs(((a >> 5) & 0x1F) - ((b >> 5) & 0x1F)) + Math.abs((a & 0x1F) - (b & 0x1F)));
    }

    // ---------------------------------------------------------------- icons

    /**
     * Whether the ink's four sides are drawn along most of their length (within the outer two rows or columns of the
     * ink's box), as an empty checkbox's square is.
     */
    private static boolean closedSides(boolean[] m, int w, int h) {
        int[] ink = IconTemplates.inkBox(m, w, h);
        if (ink == null || ink[2] - ink[0] < 4 || ink[3] - ink[1] < 4) {
            return false;
        }
        int x0 = ink[0];
        int y0 = ink[1];
        int x1 = ink[2];
        int y1 = ink[3];
        int top = 0, bottom = 0, left = 0, right = 0;
        for (int x = x0; x <= x1; x++) {
            if (m[y0 * w + x] || m[(y0 + 1) * w + x]) top++;
            if (m[y1 * w + x] || m[(y1 - 1) * w + x]) bottom++;
        }
        for (int y = y0; y <= y1; y++) {
            if (m[y * w + x0] || m[y * w + x0 + 1]) left++;
            if (m[y * w + x1] || m[y * w + x1 - 1]) right++;
        }
        double across = 0.75 * (x1 - x0 + 1);
        double down = 0.75 * (y1 - y0 + 1);
        return top >= across && bottom >= across && left >= down && right >= down;
    }

    /**
     * Whether the square-looking inside of a small control ({@code inside}) is framed by a thin circle: the inside of a
     * radio button of 16 px or less, its anti-aliased rim taken into it, has the outline of a square with cut corners,
     * as a checkbox's inside has; the rim drawn round it tells them apart (a checkbox's rim inks its corners).
     */
    private static boolean roundRim(Raster raster, Box inside) {
        if (inside.width() > raster.px(16)) {
            return false;
        }
        Box around = raster.clip(inside.expand(raster.px(3)));
        boolean[] m = Glyphs.mask(raster, around);
        int[] ink = IconTemplates.inkBox(m, around.width(), around.height());
        if (ink == null) {
            return false;
        }
        Box rim = new Box(around.left() + ink[0], around.top() + ink[1], around.left() + ink[2] + 1, around.top() + ink[3] + 1);
        if (rim.left() >= inside.left() || rim.top() >= inside.top() || rim.right() <= inside.right() || rim.bottom() <= inside.bottom()) {
            return false; // no outline beyond the inside on every side
        }
        double a = rim.width() / (double) rim.height();
        if (a < 0.85 || a > 1.18) {
            return false;
        }
        Box b = raster.clip(rim.expand(1));
        return !inkedCorners(Glyphs.mask(raster, b), b.width(), b.height());
    }

    /** Whether a mask inks its four corner triangles, as a square outline does (even with rounded corners); a circle leaves them bare. */
    private static boolean inkedCorners(boolean[] m, int bw, int bh) {
        int cornerInk = 0;
        double reach = 0.24 * (bw + bh) / 2.0 + 1;
        for (int y = 0; y < bh; y++) {
            for (int x = 0; x < bw; x++) {
                if (!m[y * bw + x]) continue;
                int cx = Math.min(x, bw - 1 - x);
                int cy = Math.min(y, bh - 1 - y);
                if (cx + cy < reach) cornerInk++;
            }
        }
        return cornerInk >= 4;
    }

    /** A small square or round outline around its centre: a checkbox or radio button; ON when its centre is inked. */
    private static Widget ringControl(Raster raster, Box g) {
        double a = g.width() / (double) g.height();
        if (a < 0.85 || a > 1.18 || g.width() < raster.px(10) || g.width() > raster.px(26)) return null;
        Box b = raster.clip(g.expand(1));
        boolean[] m = Glyphs.mask(raster, b);
        int bw = b.width();
        int bh = b.height();
        if (!IconShapes.centredRing(m, bw, bh)) return null;
        boolean corner = inkedCorners(m, bw, bh);
        boolean centre = m[(bh / 2) * bw + bw / 2];
        if (corner && !centre && !closedSides(m, bw, bh)) {
            return null; // an open drawing (a truck, a building on a dark sidebar) only looks square from afar
        }
        if (!corner) {
            Box mark = strokeMarkInCircle(raster, g);
            if (mark != null) {
                return new Widget(WidgetKind.ICON, g, State.UNKNOWN, ringedIcon(raster, g, mark), "");
            }
        }
        return new Widget(corner ? WidgetKind.CHECKBOX : WidgetKind.RADIO, g, centre ? State.ON : State.OFF, null, "");
    }

    /**
     * Kinds whose outline no checkbox, radio or switch has: such a shape is an icon, whatever its
     * outline region suggested. (Not USER: a person in a circle looks too much like a checked radio.)
     */
    private static final java.util.Set<IconKind> NOT_A_CONTROL = java.util.EnumSet.of(IconKind.HEART, IconKind.BELL, IconKind.EYE,
            IconKind.STAR, IconKind.HOME, IconKind.CART, IconKind.SEARCH, IconKind.SETTINGS, IconKind.HELP,
            IconKind.INFO, IconKind.PLAY, IconKind.TRASH, IconKind.LOCK, IconKind.MAIL, IconKind.FILE, IconKind.FOLDER,
            IconKind.SPEAKER, IconKind.SHARE, IconKind.EDIT, IconKind.UNDO, IconKind.REDO, IconKind.FILTER, IconKind.CALENDAR,
            IconKind.SPLIT, IconKind.ARCHIVE, IconKind.LABEL, IconKind.REPLY, IconKind.FORWARD, IconKind.COMMENT, IconKind.IMAGE,
            IconKind.CAMERA, IconKind.LOCATION, IconKind.CLOCK, IconKind.PRINT, IconKind.COPY, IconKind.FLAG);

    /** Icons a switch's round knob at the end of its track looks like: such a match never replaces the switch. */
    private static final java.util.Set<IconKind> KNOB_LIKE = java.util.EnumSet.of(IconKind.COMMENT);

    private static List<Widget> icons(Raster raster, List<Box> glyphs, List<Hidden> underShortWords, List<Word> words,
                                      List<Widget> widgets, List<Widget> replaced) {
        List<Widget> out = new ArrayList<>();
        List<Box> barsInHosts = new ArrayList<>();
        int min = raster.px(8);
        int max = raster.px(40);
        List<Box> loose = new ArrayList<>(glyphs);
        List<Hidden> looseHidden = new ArrayList<>(underShortWords);
        parts(raster, loose, looseHidden);
        glyphs = loose;
        underShortWords = looseHidden;
        List<Box> all = new ArrayList<>(glyphs);
        underShortWords.forEach(h -> all.add(h.box()));
        for (int i = 0; i < all.size(); i++) {
            Glyphs.Badged badged = Glyphs.withoutBadge(raster, all.get(i));
            Box g = badged == null ? all.get(i) : badged.icon();
            Box badge = badged == null ? null : badged.badge();
            // a badge twice as large as what it leaves of the icon (a rim and a clapper) stands on the icon's button: the
            // whole is the icon's box, so its centre is not a sliver's
            Box shown = badge != null && g.area() < 0.5 * badge.area() ? all.get(i) : g;
            double lead = badge == null ? 0.75 : 0.88; // a badge already says "icon": a smaller lead suffices
            boolean hidden = i >= glyphs.size();
            if (g.width() > max || g.height() > max || Math.max(g.width(), g.height()) < min) continue;
            if (insideAny(g, out)) continue;
            Widget host = host(g, widgets);
            if (host != null && small(host.kind()) && host.box().iou(g.expand(1)) >= 0.35) {
                IconTemplates.Match m = badge == null ? iconMatch(raster, g) : badgedMatch(raster, g, badge);
                if (badge == null && !host.box().equals(g)) {
                    // the glyph's box may hold a faint rim the control's box leaves out: the tighter one may read better
                    IconTemplates.Match tight = iconMatch(raster, host.box());
                    m = tight.distance() < m.distance() ? tight : m;
                }
                if (NOT_A_CONTROL.contains(m.kind()) && !KNOB_LIKE.contains(m.kind()) && m.distance() < 0.6
                        && m.distance() <= lead * m.runnerUp()) {
                    replaced.add(host);
                    out.add(new Widget(WidgetKind.ICON, g, State.UNKNOWN, m.kind(), ""));
                }
                continue;
            }
            if (host != null && host.kind() == WidgetKind.ICON && (host.icon() == null || host.icon() == IconKind.UNKNOWN)
                    && host.box().iou(g) >= 0.5) {
                // an icon found earlier by its outline alone (a ring) whose drawing, matched whole, is clearly one kind
                IconTemplates.Match m = badge == null ? iconMatch(raster, g) : badgedMatch(raster, g, badge);
                if (m.kind() != IconKind.UNKNOWN && m.distance() < 0.5 && m.distance() <= 0.75 * m.runnerUp()) {
                    replaced.add(host);
                    out.add(new Widget(WidgetKind.ICON, host.box(), State.UNKNOWN, m.kind(), ""));
                }
                continue;
            }
            if (host != null && (host.kind() == WidgetKind.ICON || small(host.kind()) || host.kind() == WidgetKind.SELECT)) {
                continue;
            }
            IconTemplates.Match match = badge == null ? iconMatch(raster, g) : badgedMatch(raster, g, badge);
            IconKind kind = match.kind();
            double limit = hidden && underShortWords.get(i - glyphs.size()).confidence() < 0.7 ? 0.9 : 0.5;
            // a badge over the corner (a bell with "2" read as "ee") already says icon: the smaller lead suffices
            if (hidden && (match.distance() > limit || match.distance() > (badge == null ? 0.75 : lead) * match.runnerUp())) {
                continue; // read as text and not clearly an icon: the text stands
            }
            if (kind != IconKind.UNKNOWN && (readAsItsLetter(raster, g, words, match) || endsCapitals(g, words))) {
                continue; // a toolbar's bold "B" is a letter, however much it looks like a page
            }
            if (kind == IconKind.STOP && host == null) {
                kind = IconKind.UNKNOWN; // any solid square (a swatch, a photo's corner) looks like a stop mark
            }
            if (host != null || hidden) {
                // an icon beside a caption in a button, inside a field (eye, calendar), or read as junk text
                if (kind != IconKind.UNKNOWN && kind != IconKind.MINUS && kind != IconKind.CHECK) {
                    out.add(new Widget(WidgetKind.ICON, shown, State.UNKNOWN, kind, ""));
                } else if (kind == IconKind.MINUS && host != null) {
                    barsInHosts.add(g);
                }
                continue;
            }
            Widget ring = ringControl(raster, g);
            boolean icon = NOT_A_CONTROL.contains(kind) && match.distance() < 0.6 && match.distance() <= lead * match.runnerUp();
            // an outline with a mark inside that is no control either (a trash can's body and its lines): the drawing
            // matched whole names it better than its mark alone
            boolean drawing = ring != null && ring.kind() == WidgetKind.ICON && kind != IconKind.UNKNOWN;
            if (ring != null && !icon && !drawing) {
                out.add(ring);
                continue;
            }
            if (kind == IconKind.UNKNOWN) {
                double a = g.width() / (double) g.height();
                if (a < 0.6 || a > 1.7 || Math.max(g.width(), g.height()) < raster.px(12)) continue;
            }
            out.add(new Widget(WidgetKind.ICON, shown, State.UNKNOWN, kind, ""));
        }
        out.addAll(stepperMinuses(raster, barsInHosts, out, widgets));
        return out;
    }

    /**
     * The − of a stepper drawn as one outlined box "− 1 +": a bar inside a control is mostly a dash of its caption,
     * but one with a + further along the same row of the same control is the button that lowers the count.
     */
    private static List<Widget> stepperMinuses(Raster raster, List<Box> bars, List<Widget> icons, List<Widget> widgets) {
        List<Widget> out = new ArrayList<>();
        for (Box bar : bars) {
            Widget host = host(bar, widgets);
            for (Widget plus : icons) {
                Box p = plus.box();
                if (plus.icon() == IconKind.PLUS && host(p, widgets) == host && p.left() > bar.right()
                        && p.left() - bar.right() <= raster.px(120) && Math.abs(p.centerY() - bar.centerY()) <= raster.px(3)) {
                    out.add(new Widget(WidgetKind.ICON, bar, State.UNKNOWN, IconKind.MINUS, ""));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Adds sliders, progress bars, knobs and icon buttons ({@link RangeControls}) not already found;
     * the small marks they hold (a button's symbol taken for a checkbox or icon, a knob's pointer) go.
     */
    private static void rangeControls(Raster raster, Regions regions, List<Word> words, List<Widget> widgets) {
        for (RangeControls.MarkedButton found : RangeControls.find(raster, regions, words)) {
            Widget w = found.widget();
            if (w.kind() == WidgetKind.BUTTON && w.icon() == null) {
                w = new Widget(w.kind(), w.box(), w.state(), buttonIconOf(raster, found.mark()), "");
            }
            Box b = w.box();
            widgets.removeIf(o -> (small(o.kind()) || o.kind() == WidgetKind.ICON && (o.icon() == null || o.icon() == IconKind.UNKNOWN))
                    && b.contains(o.box()) && o.box().area() < b.area() / 2);
            IconKind named = w.icon();
            if (named != null && named != IconKind.UNKNOWN) {
                // the same round button found before by its outline alone: it keeps its box and gets the drawing's name
                widgets.replaceAll(o -> o.kind() == WidgetKind.ICON && (o.icon() == null || o.icon() == IconKind.UNKNOWN)
                        && o.text().isBlank() && o.box().iou(b) >= 0.5 ? new Widget(o.kind(), o.box(), o.state(), named, "") : o);
            }
            if (widgets.stream().noneMatch(o -> !small(o.kind()) && o.box().iou(b) >= 0.5)) {
                widgets.add(w);
            }
        }
    }

    /**
     * Joins glyphs lying a stroke's gap apart into one when together they clearly draw a known icon
     * that has separate strokes (the two arrows of repeat, a speaker's cone and waves). Members read
     * under a short word stay "hidden" in the union, with the lowest confidence among them.
     */
    /** The largest distance at which glyphs joined into one are taken for the icon they draw together. */
    private static final double JOIN_ACCEPT = 0.55;
    /** How clearly the joined drawing must be nearer its kind than any other (a thin repeat: 0.55 against 0.75). */
    private static final double JOIN_LEAD = 0.75;

    private static void parts(Raster raster, List<Box> glyphs, List<Hidden> hidden) {
        int n0 = glyphs.size();
        List<Box> all = new ArrayList<>(glyphs);
        List<Double> conf = new ArrayList<>();
        for (int i = 0; i < n0; i++) conf.add(1.0);
        for (Hidden h : hidden) {
            all.add(h.box());
            conf.add(h.confidence());
        }
        int gap = Math.max(2, raster.px(3));
        int side = raster.px(34);
        int minSide = raster.px(10);
        boolean[] used = new boolean[all.size()];
        List<Box> joined = new ArrayList<>();
        List<Double> joinedConf = new ArrayList<>();
        List<Boolean> joinedHidden = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (used[i] || Math.max(all.get(i).width(), all.get(i).height()) > side) continue;
            List<Integer> members = new ArrayList<>(List.of(i));
            Box union = all.get(i);
            boolean grew = true;
            for (int round = 0; round < 6 && grew; round++) {
                grew = false;
                for (int j = 0; j < all.size(); j++) {
                    if (used[j] || members.contains(j)) continue;
                    Box b = all.get(j);
                    Box u = union.union(b);
                    if (u.width() > side || u.height() > side || !union.expand(gap).intersects(b)) continue;
                    members.add(j);
                    union = u;
                    grew = true;
                }
            }
            if (members.size() < 2 || members.size() > 4 || Math.max(union.width(), union.height()) < minSide) continue;
            double aspect = union.width() / (double) union.height();
            if (aspect < 0.6 || aspect > 1.7) continue;
            IconTemplates.Match m = iconMatch(raster, union);
            if (m.kind() == IconKind.UNKNOWN || m.distance() > JOIN_ACCEPT || m.distance() > JOIN_LEAD * m.runnerUp()) continue;
            double c = 1;
            boolean anyHidden = false;
            for (int k : members) {
                used[k] = true;
                c = Math.min(c, conf.get(k));
                anyHidden |= k >= n0;
            }
            joined.add(union);
            joinedConf.add(c);
            joinedHidden.add(anyHidden);
        }
        glyphs.clear();
        hidden.clear();
        for (int i = 0; i < all.size(); i++) {
            if (used[i]) continue;
            if (i < n0) glyphs.add(all.get(i)); else hidden.add(new Hidden(all.get(i), conf.get(i)));
        }
        for (int i = 0; i < joined.size(); i++) {
            if (joinedHidden.get(i)) hidden.add(new Hidden(joined.get(i), joinedConf.get(i))); else glyphs.add(joined.get(i));
        }
    }

    /**
     * OCR read the glyph as one letter or digit, and the glyph is nearer that character as a font
     * draws it than (nearly) any icon: it is the character. Icons OCR misreads ("Q" for a magnifier,
     * "9" for a heart) lie far from the character they were taken for.
     */
    private static boolean readAsItsLetter(Raster raster, Box g, List<Word> words, IconTemplates.Match match) {
        for (Word w : words) {
            String t = w.text().strip();
            if (!iconLike(w) || t.isEmpty() || !w.box().expand(1).contains(g.center())) continue;
            int c = t.codePointAt(0);
            if (!Character.isLetterOrDigit(c) || c == 'x' || c == 'X') continue;
            Box b = raster.clip(g.expand(1));
            double letter = IconTemplates.letterDistance(Glyphs.mask(raster, b), b.width(), b.height(), t);
            return letter < 0.5 && letter <= 1.4 * match.distance();
        }
        return false;
    }

    /**
     * Whether {@code g} is read as one letter or digit that ends a run of capitals and digits, set as they are: the
     * same top and bottom as the word just before it, a word space away ("HB 7730 V" on a number plate, whose bold
     * monospace V looks like a trash can). An icon after words is rarely exactly as tall as their capitals.
     */
    private static boolean endsCapitals(Box g, List<Word> words) {
        boolean letter = words.stream().anyMatch(w -> iconLike(w) && w.box().expand(1).contains(g.center())
                && w.text().strip().codePoints().allMatch(Character::isLetterOrDigit));
        if (!letter) {
            return false;
        }
        for (Word w : words) {
            Box b = w.box();
            String t = w.text().strip();
            int gap = g.left() - b.right();
            if (gap >= 0 && gap <= g.height() && Math.abs(b.top() - g.top()) <= 1 && Math.abs(b.bottom() - g.bottom()) <= 1
                    && t.length() >= 2 && w.confidence() >= 0.85
                    && t.codePoints().allMatch(c -> Character.isDigit(c) || Character.isUpperCase(c))) {
                return true;
            }
        }
        return false;
    }

    /** The widget {@code g} lies in, if any. */
    private static Widget host(Box g, List<Widget> widgets) {
        for (Widget w : widgets) {
            if (w.box().expand(2).contains(g.center()) && w.box().expand(2).intersect(g).area() >= 0.6 * g.area()) {
                return w;
            }
        }
        return null;
    }
}
