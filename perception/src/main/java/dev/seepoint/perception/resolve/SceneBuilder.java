package dev.seepoint.perception.resolve;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.text.TextLine;
import dev.seepoint.perception.text.Word;
import dev.seepoint.perception.widget.Widget;
import dev.seepoint.perception.widget.WidgetKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Builds a {@link Scene}: each widget becomes an element with the text inside it and the label
 * beside or above it; text outside every widget becomes text elements, one per line.
 */
public final class SceneBuilder {

    public Scene build(Screenshot shot, List<TextLine> read, List<Widget> widgets) {
        double dpr = shot.devicePixelRatio();
        List<TextLine> lines = withoutBoxEdges(read, widgets);
        List<Element> elements = new ArrayList<>();
        List<Widget> sorted = new ArrayList<>(widgets);
        sorted.removeIf(w -> truncation(w, lines));
        sorted.sort(Comparator.comparingInt((Widget w) -> w.box().top()).thenComparingInt(w -> w.box().left()));
        List<Segment> segments = segments(lines, widgets); // label candidates, computed once per frame
        Regions regions = new Regions(shot);
        sorted.replaceAll(w -> wholeLink(shot, w, lines));
        widgets = List.copyOf(sorted);
        for (Widget w : sorted) {
            w = asSelect(w, sorted);
            List<Word> words = wordsInside(w.box(), lines);
            String inside = w.text().isEmpty() ? String.join(" ", words.stream().map(Word::text).toList()) : w.text();
            Segment label = switch (w.kind()) {
                case TEXT_FIELD, TEXT_AREA, SELECT -> fieldLabel(w.box(), segments, widgets, dpr);
                case CHECKBOX, RADIO, TOGGLE -> checkLabel(w.box(), segments, widgets, dpr, regions);
                case SLIDER, PROGRESS, KNOB -> RangeNames.caption(w.box(), segments, dpr);
                default -> null;
            };
            Element e = Element.widget(w, inside, label == null ? "" : label.text, label == null ? null : label.box);
            elements.add(e.withWords(words));
        }
        nearestRangeKeepsCaption(elements);
        for (TextLine line : lines) {
            List<Word> free = new ArrayList<>();
            Word prev = null;
            for (Word word : line.words()) {
                boolean gap = prev != null && word.box().left() - prev.box().right() > wideGap(line);
                if ((insideWidget(word.box(), widgets) || gap) && !free.isEmpty()) {
                    elements.add(Element.text(free));
                    free = new ArrayList<>();
                }
                prev = word;
                if (!insideWidget(word.box(), widgets)) {
                    free.add(word);
                }
            }
            if (!free.isEmpty()) {
                elements.add(Element.text(free));
            }
        }
        return new Scene(shot, lines, widgets, elements, regions);
    }

    /**
     * A link whose box holds only some words of its line ("Mark all as" of "Mark all as read") takes the words
     * next to it that are written in its colour; words in another colour ("I agree to the" before a "Terms" link)
     * stay out.
     */
    static Widget wholeLink(Screenshot shot, Widget w, List<TextLine> lines) {
        if (w.kind() != WidgetKind.LINK) {
            return w;
        }
        java.util.Set<String> ink = vivid(shot, w.box());
        if (ink.isEmpty()) {
            return w;
        }
        for (TextLine line : lines) {
            List<Word> words = line.words();
            int first = -1;
            int last = -1;
            for (int i = 0; i < words.size(); i++) {
                if (w.box().contains(words.get(i).box().center())) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (first < 0) {
                continue;
            }
            Box box = w.box();
            double gap = wideGap(line);
            for (int i = last + 1; i < words.size() && words.get(i).box().left() - box.right() <= gap
                    && !java.util.Collections.disjoint(ink, vivid(shot, words.get(i).box())); i++) {
                box = box.union(words.get(i).box());
            }
            for (int i = first - 1; i >= 0 && box.left() - words.get(i).box().right() <= gap
                    && !java.util.Collections.disjoint(ink, vivid(shot, words.get(i).box())); i--) {
                box = box.union(words.get(i).box());
            }
            return box.equals(w.box()) ? w : new Widget(w.kind(), box, w.state(), w.icon(), "");
        }
        return w;
    }

    /**
     * {@code lines} without the edge of a checkbox or radio that OCR read as the first character of its label
     * ("} 3. Bar and line charts"): the label then starts where its words do.
     */
    private static List<TextLine> withoutBoxEdges(List<TextLine> lines, List<Widget> widgets) {
        List<TextLine> out = new ArrayList<>(lines.size());
        for (TextLine line : lines) {
            List<Word> words = line.words();
            if (words.size() < 2 || !isBoxEdge(words.get(0), widgets)) {
                out.add(line);
                continue;
            }
            List<Word> rest = words.subList(1, words.size());
            Box box = rest.get(0).box();
            for (Word w : rest) {
                box = box.union(w.box());
            }
            String text = String.join(" ", rest.stream().map(Word::text).toList());
            out.add(new TextLine(box, text, line.confidence(), rest));
        }
        return out;
    }

    private static boolean isBoxEdge(Word word, List<Widget> widgets) {
        String t = word.text().strip();
        if (t.length() != 1 || Character.isLetterOrDigit(t.charAt(0))) {
            return false;
        }
        for (Widget w : widgets) {
            if ((w.kind() == WidgetKind.CHECKBOX || w.kind() == WidgetKind.RADIO)
                    && word.box().intersect(w.box()).area() >= 0.4 * word.box().area()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code w} is the ellipsis ending a cut-off line of text ("Portland, OR …") that the icon
     * detector took for a "more" icon: the three dots are the line's last word, read as such.
     */
    private static boolean truncation(Widget w, List<TextLine> lines) {
        if (w.kind() != WidgetKind.ICON) {
            return false;
        }
        for (TextLine line : lines) {
            List<Word> words = line.words();
            if (words.size() >= 2) {
                Word last = words.get(words.size() - 1);
                if (last.text().matches("\\.{2,3}|…") && last.box().iou(w.box()) > 0.5) {
                    return true;
                }
            }
        }
        return false;
    }

    private static java.util.Set<String> vivid(Screenshot shot, Box box) {
        java.util.Set<String> names = new java.util.HashSet<>(Colours.of(shot, box));
        names.removeAll(java.util.Set.of("white", "grey", "black"));
        return names;
    }

    private static final java.util.regex.Pattern TRAILING_CHEVRON = java.util.regex.Pattern.compile("^(.*?)\\s*[vVw~▾▼⌄˅∨⌵]$");

    /**
     * A wide "button" or "field" whose text ends in a down chevron read as a letter ("Royal Mail v", a native select
     * outlined in pale grey read as a field: "All categories v") is a select.
     */
    static Widget asSelect(Widget w, List<Widget> widgets) {
        if (w.kind() != WidgetKind.BUTTON && w.kind() != WidgetKind.TEXT_FIELD || w.box().width() < 3 * w.box().height()) {
            return w;
        }
        java.util.regex.Matcher m = TRAILING_CHEVRON.matcher(w.text().strip());
        if (m.matches() && !m.group(1).isBlank() && w.text().strip().matches(".*\\s\\S$|.*[▾▼⌄˅∨⌵]$")) {
            return new Widget(WidgetKind.SELECT, w.box(), w.state(), w.icon(), m.group(1).strip());
        }
        java.util.regex.Matcher noisy = NOISY_CHEVRON.matcher(w.text().strip());
        if (noisy.matches()) {
            // "Any status <", "All restaurants wv!": a select's chevron read as a mark or two letters and a stroke
            return new Widget(WidgetKind.SELECT, w.box(), w.state(), w.icon(), noisy.group(1).strip());
        }
        // a down chevron drawn at the right end ("High <" where OCR read the chevron as another mark): a dropdown
        java.util.regex.Matcher mark = TRAILING_MARK.matcher(w.text().strip());
        if (w.kind() == WidgetKind.TEXT_FIELD && mark.matches() && chevronAtRightEnd(w, widgets)) {
            return new Widget(WidgetKind.SELECT, w.box(), w.state(), w.icon(), mark.group(1).strip());
        }
        return w;
    }

    /** A wide control's text ending in what OCR makes of a down chevron: " <", " wv!", " vw". */
    private static final java.util.regex.Pattern NOISY_CHEVRON = java.util.regex.Pattern.compile("^(.*\\S)\\s+(?:<|[vw]{2}[!|]?|[vw][!|])$");

    /** A field's text ending in one mark OCR made of its arrow: "High <", "Automatic ^". */
    private static final java.util.regex.Pattern TRAILING_MARK = java.util.regex.Pattern.compile("^(.*\\S)\\s+[^\\p{L}\\p{N}\\s]$");

    /** Whether a down chevron lies inside the right end of {@code w}, centred on its height. */
    private static boolean chevronAtRightEnd(Widget w, List<Widget> widgets) {
        Box b = w.box();
        for (Widget o : widgets) {
            Box c = o.box();
            if (o.kind() == WidgetKind.ICON && o.icon() == dev.seepoint.perception.widget.IconKind.CHEVRON_DOWN && b.contains(c)
                    && b.right() - c.right() <= Math.max(24, b.height()) && Math.abs(c.centerY() - b.centerY()) <= b.height() / 4.0) {
                return true;
            }
        }
        return false;
    }

    /** A horizontal gap wide enough to separate two texts that OCR put on one line. */
    static double wideGap(TextLine line) {
        return Math.max(12, line.box().height() * 1.2);
    }

    static boolean insideWidget(Box box, List<Widget> widgets) {
        for (Widget w : widgets) {
            if (w.kind() == WidgetKind.TEXT_AREA && w.box().area() > 40L * box.area()) {
                continue; // long text in a big text area stays readable as text too
            }
            if (w.box().contains(box.center()) && w.box().area() < 60L * Math.max(1, box.area())) {
                return true;
            }
        }
        return false;
    }

    private static List<Word> wordsInside(Box box, List<TextLine> lines) {
        List<Word> out = new ArrayList<>();
        for (TextLine line : lines) {
            for (Word w : line.words()) {
                if (box.contains(w.box().center())) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /**
     * The text that names a field: just above it (left-aligned) or on its left in the same row. Text
     * above must start at the field's left edge, be centred over it (a heading over a wide field) or end at its
     * right edge (a number column's header aligns right with its values): text that starts well inside the field
     * is the previous entry of a list (a menu item over the next one), not its label. Words beat a bare number or
     * sign (a table row's number far left of its cells; a timesheet row's title, in words, still names every cell of
     * its row). A field labelled only by a number or sign is a cell of a column of like fields: the column's header
     * names it (a field with no label at all stays so, to be found by its column and row).
     */
    static Segment fieldLabel(Box field, List<Segment> segments, List<Widget> widgets, double dpr) {
        Segment best = null;
        double bestCost = Double.MAX_VALUE;
        Segment bestNamed = null;
        double namedCost = Double.MAX_VALUE;
        for (Segment s : segments) {
            Box b = s.box;
            double cost;
            if (b.bottom() <= field.top() + 4 * dpr && field.top() - b.bottom() < 40 * dpr
                    && b.horizontalOverlap(field) > 0.5 && b.left() >= field.left() - 24 * dpr
                    && b.left() < field.left() + field.width() * 0.6
                    && (b.left() <= field.left() + 24 * dpr || Math.abs(b.centerX() - field.centerX()) < field.width() * 0.15)) {
                cost = (field.top() - b.bottom()) + Math.abs(b.left() - field.left()) * 0.3;
            } else if (b.bottom() <= field.top() + 4 * dpr && field.top() - b.bottom() < 40 * dpr
                    && b.horizontalOverlap(field) > 0.5 && b.left() >= field.left() && Math.abs(b.right() - field.right()) <= 12 * dpr) {
                cost = (field.top() - b.bottom()) + Math.abs(b.left() - field.left()) * 0.3 + 8;
            } else if (b.right() <= field.left() + 4 * dpr && field.left() - b.right() < 360 * dpr
                    && b.verticalOverlap(field) > 0.5 // as far as a settings row's caption from the control at its end
                    && (field.left() - b.right() <= FAR_LABEL_HEIGHTS * b.height() || startsRow(s, segments))
                    && !(controlBetween(b, field, widgets) && s.text.codePoints().anyMatch(Character::isLetter))) {
                cost = (field.left() - b.right()) * 0.5 + 4;
            } else {
                continue;
            }
            boolean named = s.text.codePoints().anyMatch(Character::isLetter);
            if (named && cost < namedCost) {
                namedCost = cost;
                bestNamed = s;
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = s;
            }
        }
        if (bestNamed != null) {
            return bestNamed; // a row's number or a currency sign beside the field is no name when words are near
        }
        if (best == null) {
            return null; // no label at all (a timesheet row's boxes right of its project dropdown): found by column and row
        }
        // only a row's number: a cell of a column of like fields takes the column's header
        Segment header = columnHeader(field, segments, widgets, dpr);
        return header != null ? header : best;
    }

    /**
     * Whether another control stands on the row between a caption and a field to its right: "Sort" names the
     * dropdown just after it ("Newest first"), not the "View" menu beyond that one. A narrow switch between ("Discount
     * % $ [0]") is part of the field's row and keeps the caption on it.
     */
    private static boolean controlBetween(Box caption, Box field, List<Widget> widgets) {
        for (Widget w : widgets) {
            Box c = w.box();
            if (w.kind() != WidgetKind.ICON && !c.equals(field) && c.verticalOverlap(field) > 0.5
                    && c.left() >= caption.right() - 2 && c.right() <= field.left() + 2 && c.width() >= 3 * caption.height()) {
                return true;
            }
        }
        return false;
    }

    /** Beyond this many of its own heights, text on a field's left names it only when it starts its row. */
    private static final int FAR_LABEL_HEIGHTS = 6;

    /**
     * Whether no other text lies just left of {@code s} on its line: a settings row's caption starts its row, far
     * from the control at the row's end; an item of a top bar's menu ("Vault", "Reports", "Settings") follows the
     * one before it, and names no box further along the bar (a badge taken for a field).
     */
    private static boolean startsRow(Segment s, List<Segment> segments) {
        Box b = s.box;
        for (Segment o : segments) {
            if (o != s && o.box.right() <= b.left() && b.left() - o.box.right() <= FAR_LABEL_HEIGHTS * b.height()
                    && o.box.verticalOverlap(b) > 0.5) {
                return false;
            }
        }
        return true;
    }

    /**
     * A caption between two range controls (a password's strength bar above "Length", the length slider under it)
     * names the nearer one only.
     */
    private static void nearestRangeKeepsCaption(List<Element> elements) {
        for (int i = 0; i < elements.size(); i++) {
            Element a = elements.get(i);
            if (!isRange(a) || a.labelBox() == null) {
                continue;
            }
            for (int j = 0; j < elements.size(); j++) {
                Element b = elements.get(j);
                if (j != i && isRange(b) && a.labelBox().equals(b.labelBox()) && b.box().gapTo(b.labelBox()) < a.box().gapTo(a.labelBox())) {
                    elements.set(i, a.withLabel("", null));
                    break;
                }
            }
        }
    }

    private static boolean isRange(Element e) {
        return e.widget() == WidgetKind.SLIDER || e.widget() == WidgetKind.PROGRESS || e.widget() == WidgetKind.KNOB;
    }

    private static boolean isField(Widget w) {
        return w.kind() == WidgetKind.TEXT_FIELD || w.kind() == WidgetKind.SELECT || w.kind() == WidgetKind.TEXT_AREA;
    }

    /**
     * The header of the column of like fields {@code field} is in: the field above it has the same left and right
     * edges (within a few pixels), and so on up to the top field of the column, whose own label (above it) is
     * the header. Null when the field is alone or the top field has no label above it.
     */
    private static Segment columnHeader(Box field, List<Segment> segments, List<Widget> widgets, double dpr) {
        Box top = field;
        for (int step = 0; step < 50; step++) {
            Box cell = top;
            Optional<Box> above = widgets.stream().map(Widget::box)
                    .filter(x -> x.bottom() <= cell.top() + 2 * dpr && cell.top() - x.bottom() < Math.max(40 * dpr, cell.height())
                            && Math.abs(x.left() - cell.left()) <= 4 * dpr && Math.abs(x.right() - cell.right()) <= 4 * dpr)
                    .max(Comparator.comparingInt(Box::bottom));
            if (above.isEmpty() || !isFieldAt(above.get(), widgets)) {
                break;
            }
            top = above.get();
        }
        if (top == field) {
            return null;
        }
        Box head = top;
        // a header written on two lines ("Fri" over "13") is both: the day's name is what a tester calls the column
        List<Segment> lines = segments.stream()
                .filter(s -> s.box.bottom() <= head.top() + 4 * dpr && head.top() - s.box.bottom() < 40 * dpr
                        && s.box.horizontalOverlap(head) > 0.5 && s.box.left() >= head.left() - 24 * dpr && s.box.right() <= head.right() + 24 * dpr)
                .sorted(Comparator.comparingInt((Segment s) -> s.box.top()))
                .toList();
        return lines.isEmpty() ? null : joined(lines);
    }

    /** One segment of {@code lines} in their order: the box round them all, their words joined by spaces. */
    private static Segment joined(List<Segment> lines) {
        Box box = lines.get(0).box;
        StringBuilder text = new StringBuilder();
        for (Segment s : lines) {
            box = box.union(s.box);
            text.append(text.length() > 0 ? " " : "").append(s.text);
        }
        return new Segment(box, text.toString());
    }

    private static boolean isFieldAt(Box box, List<Widget> widgets) {
        return widgets.stream().anyMatch(w -> w.box().equals(box) && isField(w));
    }

    /**
     * The caption of a checkbox, radio or toggle: nearest text in the same row, right side first.
     * A control at the far end of a settings row takes the whole block of text on its left (title
     * and description) as its label.
     */
    static Segment checkLabel(Box box, List<Segment> segments, List<Widget> widgets, double dpr, Regions regions) {
        Segment near = nearLabel(box, segments, widgets, dpr);
        if (near != null && near.box.left() >= box.right() - 2 * dpr && regions != null
                && regions.leftEdge(near.box).map(Regions.Edge::x).orElse(Integer.MIN_VALUE) > box.right()) {
            near = null; // text beyond a card's edge on the right (the next card's icon read as "ap") is not its caption
        }
        if (near != null && near.box.left() >= box.right() - 2 * dpr) {
            return withContinuation(withTitle(near, box, segments, widgets, dpr), segments, widgets, dpr);
        }
        // text on the far side of a panel's edge (a sidebar's "Compose" left of a list's select-all box) is not its caption
        int wall = regions == null ? Integer.MIN_VALUE : regions.leftEdge(box).map(Regions.Edge::x).orElse(Integer.MIN_VALUE);
        if (near != null && near.box.right() <= wall) {
            near = null;
        }
        if (near != null && box.left() - near.box.right() < 60 * dpr) {
            return near;
        }
        // far left: gather the text block of the row (lines overlapping the control's extended band)
        int band = Math.max(box.height(), (int) (16 * dpr));
        Box row = new Box(0, box.top() - band, box.left(), box.bottom() + band);
        List<Segment> block = new ArrayList<>();
        for (Segment s : segments) {
            if (s.box.right() <= box.left() && s.box.right() > wall && s.box.verticalOverlap(row) > 0.5 && !blocked(box, s.box, widgets)
                    && s.box.top() >= row.top() && s.box.bottom() <= row.bottom()) {
                block.add(s);
            }
        }
        long letters = block.stream().mapToLong(s -> s.text.codePoints().filter(Character::isLetter).count()).sum();
        if (block.isEmpty() || letters < 3) {
            // nothing in the row, or only an icon OCR read as a letter or two ("ap"): the card's title under the switch
            Segment title = cardTitle(box, segments, widgets, dpr, regions);
            if (title != null || block.isEmpty()) {
                return title != null ? title : near;
            }
        }
        block.sort(java.util.Comparator.comparingInt((Segment s) -> s.box.top()).thenComparingInt(s -> s.box.left()));
        return joined(block);
    }

    /**
     * The name of a device card whose switch sits alone in its top corner ("Floor lamp" under the lamp's icon, the
     * switch at the right): the first line below the switch, to its left, in the same card, that has no control of
     * its own; null when there is none close by.
     */
    private static Segment cardTitle(Box box, List<Segment> segments, List<Widget> widgets, double dpr, Regions regions) {
        if (regions == null) {
            return null;
        }
        Optional<Box> card = regions.cardAround(box);
        if (card.isEmpty()) {
            return null;
        }
        List<Widget> inCard = widgets.stream().filter(w -> card.get().contains(w.box().center())).toList();
        Segment best = null;
        for (Segment s : segments) {
            if (card.get().contains(s.box.center()) && s.box.top() >= box.top() && s.box.top() - box.bottom() <= 48 * dpr
                    && s.box.right() <= box.left() && !hasOwnControl(s.box, inCard)
                    && (best == null || s.box.top() < best.box.top())) {
                best = s;
            }
        }
        return best;
    }

    /** A caption that wraps: the line just under it, starting at the same left edge, belongs to it. */
    private static Segment withContinuation(Segment first, List<Segment> segments, List<Widget> widgets, double dpr) {
        Segment out = first;
        for (int guard = 0; guard < 3; guard++) {
            Segment next = null;
            for (Segment s : segments) {
                if (Math.abs(s.box.left() - out.box.left()) <= 4 * dpr && s.box.top() >= out.box.bottom() - 2 * dpr
                        && s.box.top() - out.box.bottom() <= 0.8 * out.box.height()
                        && Math.abs(s.box.height() - first.box.height()) <= Math.max(3, first.box.height() * 0.3)
                        && !hasOwnControl(s.box, widgets)) {
                    next = s;
                    break;
                }
            }
            if (next == null) {
                break;
            }
            out = new Segment(out.box.union(next.box), out.text + " " + next.text);
        }
        return out;
    }

    /**
     * The caption taken from a line of description together with the title just above it, when the title still
     * stands beside the control and no other control has it ("PayPal" over "3.49% + 49¢", the box between them): the
     * title is the name a tester uses.
     */
    private static Segment withTitle(Segment near, Box control, List<Segment> segments, List<Widget> widgets, double dpr) {
        for (Segment s : segments) {
            boolean above = Math.abs(s.box.left() - near.box.left()) <= 4 * dpr && s.box.bottom() <= near.box.top() + 2 * dpr
                    && near.box.top() - s.box.bottom() <= Math.max(s.box.height(), near.box.height());
            boolean beside = s.box.centerY() >= control.top() - control.height() / 2.0 && s.box.centerY() <= control.bottom();
            if (above && beside && !hasOtherControl(s.box, control, widgets)) {
                return new Segment(s.box.union(near.box), s.text + " " + near.text);
            }
        }
        return near;
    }

    /** True when a checkbox, radio or toggle other than {@code control} sits in the row of {@code text}. */
    private static boolean hasOtherControl(Box text, Box control, List<Widget> widgets) {
        for (Widget w : widgets) {
            boolean checkable = w.kind() == WidgetKind.CHECKBOX || w.kind() == WidgetKind.RADIO || w.kind() == WidgetKind.TOGGLE;
            if (checkable && !w.box().equals(control) && w.box().verticalOverlap(text) > 0.3) {
                return true;
            }
        }
        return false;
    }

    /** True when a checkbox, radio or toggle sits in the row of {@code text}: the text is its caption. */
    private static boolean hasOwnControl(Box text, List<Widget> widgets) {
        for (Widget w : widgets) {
            boolean checkable = w.kind() == WidgetKind.CHECKBOX || w.kind() == WidgetKind.RADIO || w.kind() == WidgetKind.TOGGLE;
            if (checkable && w.box().verticalOverlap(text) > 0.3) {
                return true;
            }
        }
        return false;
    }

    private static Segment nearLabel(Box box, List<Segment> segments, List<Widget> widgets, double dpr) {
        Segment best = null;
        double bestCost = Double.MAX_VALUE;
        for (Segment s : segments) {
            Box b = s.box;
            if (b.verticalOverlap(box) < 0.3 && Math.abs(b.centerY() - box.centerY()) > Math.max(box.height(), b.height()) * 0.6) {
                continue;
            }
            double cost;
            if (b.left() >= box.right() - 2 * dpr) {
                cost = b.left() - box.right();
            } else if (b.right() <= box.left() + 2 * dpr) {
                cost = (box.left() - b.right()) * 1.3 + 6;
            } else {
                continue;
            }
            if (blocked(box, b, widgets)) {
                cost += 2000;
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = s;
            }
        }
        return best == null || bestCost > 2000 ? null : best;
    }

    /**
     * Whether a control stands between {@code a} and the text {@code b}. One icon alone does not: a list row's file-type
     * icon or avatar between its checkbox and its name leaves the name the checkbox's caption.
     */
    private static boolean blocked(Box a, Box b, List<Widget> widgets) {
        int left = Math.min(a.right(), b.right());
        int right = Math.max(a.left(), b.left());
        int icons = 0;
        for (Widget w : widgets) {
            Box x = w.box();
            if (x.equals(a) || x.contains(b.center())) {
                continue;
            }
            if (x.left() >= left && x.right() <= right && x.verticalOverlap(a) > 0.3) {
                if (w.kind() != WidgetKind.ICON || ++icons > 1) {
                    return true;
                }
            }
        }
        return false;
    }

    record Segment(Box box, String text) {
    }

    /** Word runs outside widgets, split where the horizontal gap is wide (separate labels on one OCR line). */
    private static List<Segment> segments(List<TextLine> lines, List<Widget> widgets) {
        List<Segment> out = new ArrayList<>();
        // a link inside a sentence is part of it: "I agree to the [Terms of Service]" labels one checkbox
        List<Widget> blocking = widgets.stream().filter(w -> w.kind() != WidgetKind.LINK).toList();
        for (TextLine line : lines) {
            Box box = null;
            StringBuilder sb = new StringBuilder();
            Word prev = null;
            for (Word w : line.words()) {
                boolean inside = insideWidget(w.box(), blocking);
                boolean gap = prev != null && w.box().left() - prev.box().right() > wideGap(line);
                if ((inside || gap) && box != null) {
                    out.add(new Segment(box, sb.toString()));
                    box = null;
                    sb.setLength(0);
                }
                prev = w;
                if (inside) {
                    continue;
                }
                box = box == null ? w.box() : box.union(w.box());
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(w.text());
            }
            if (box != null) {
                out.add(new Segment(box, sb.toString()));
            }
        }
        return out;
    }
}
