package dev.seepoint.perception.resolve;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Grounding;
import dev.seepoint.perception.Point;
import dev.seepoint.perception.resolve.Query.Relation;
import dev.seepoint.perception.widget.WidgetKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Seat D5", "seat 5 in row D", "12A", "B2": a place in a grid of like marks (a theatre's or a plane's seats, a
 * sheet's cells) named by the letter and the number that label its row and its column. The labels stand beside the
 * rows and over (or under) the columns; some may be unread (a lone "5" or "C" is easily missed), so a run of labels
 * that counts one a row or column tells where a missing one would be.
 */
final class SeatMap {

    /** "seat D5", "D-5", "12A", "the seat 12 A". */
    private static final Pattern CODE = Pattern.compile(
            "(?i)^(?:the\\s+)?(?:seat\\s+|place\\s+|spot\\s+)?(?:([a-z])\\s?-?\\s?(\\d{1,3})|(\\d{1,3})\\s?-?\\s?([a-z]))$");
    /** "row D, seat 5", "row 12 seat A". */
    private static final Pattern ROW_SEAT = Pattern.compile(
            "(?i)^(?:the\\s+)?row\\s+([a-z]|\\d{1,3})\\s*,?\\s*seat\\s+(?:number\\s+)?([a-z]|\\d{1,3})$");
    /** "seat 5", "seat number 5", with the row in a relation. */
    private static final Pattern SEAT = Pattern.compile("(?i)^(?:the\\s+)?seat\\s+(?:number\\s+)?([a-z]|\\d{1,3})$");
    /** "row D", an anchor naming the row. */
    private static final Pattern ROW = Pattern.compile("(?i)^(?:the\\s+)?row\\s+([a-z]|\\d{1,3})$");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z]|\\d{1,3}");
    /** Kinds a seat or a cell is seen as. */
    private static final List<WidgetKind> MARKS = List.of(WidgetKind.RADIO, WidgetKind.CHECKBOX, WidgetKind.ICON,
            WidgetKind.BUTTON, WidgetKind.TOGGLE);

    private SeatMap() {
    }

    /** The place the query names, or null when it names none or no labelled grid of marks holds it. */
    static Grounding find(Scene scene, Query query) {
        Ask ask = ask(query);
        if (ask == null) {
            return null;
        }
        Grid grid = Grid.of(scene);
        if (grid == null) {
            return null;
        }
        List<String[]> tries = new ArrayList<>(); // {the row's label, the column's}
        if (ask.row() != null) {
            tries.add(new String[] {ask.row(), ask.seat()});
        } else {
            tries.add(new String[] {ask.first(), ask.seat()});
            tries.add(new String[] {ask.seat(), ask.first()});
        }
        for (String[] labels : tries) {
            int[] t = {grid.rows.index(labels[0]), grid.columns.index(labels[1])};
            if (t[0] < 0 || t[1] < 0) {
                continue;
            }
            int x = grid.columns.centres.get(t[1]);
            int y = grid.rows.centres.get(t[0]);
            Box box = grid.markAt(x, y).orElse(new Box(x - grid.size / 2, y - grid.size / 2, x + grid.size / 2, y + grid.size / 2));
            Map<String, String> evidence = new LinkedHashMap<>();
            evidence.put("kind", "seat");
            evidence.put("text", labels[0] + labels[1]);
            evidence.put("reading", "the mark in row " + (t[0] + 1) + " and column " + (t[1] + 1) + " of a grid of "
                    + grid.rows.centres.size() + " by " + grid.columns.centres.size() + ", by the labels beside and over it");
            return Grounding.found(query.expression(), scene.screenshot().frame(), box, null, 0.9, List.of(), evidence);
        }
        return null;
    }

    /** What is asked for: the row's label when the query says which is the row, the other label, and the seat's. */
    private record Ask(String row, String first, String seat) {
    }

    private static Ask ask(Query query) {
        String text = query.text().strip();
        String row = null;
        for (Relation r : query.relations()) {
            Matcher m = ROW.matcher(r.anchor().strip());
            if (r.type() == Relation.Type.INSIDE && m.matches()) {
                row = m.group(1);
            } else if (r.type() != Relation.Type.INSIDE && r.type() != Relation.Type.NEAR) {
                return null; // "the seat next to …": a relation of another kind says where
            }
        }
        Matcher seat = SEAT.matcher(text);
        if (row != null) {
            return seat.matches() ? new Ask(upper(row), null, upper(seat.group(1))) : null;
        }
        Matcher both = ROW_SEAT.matcher(text);
        if (both.matches()) {
            return new Ask(upper(both.group(1)), null, upper(both.group(2)));
        }
        Matcher code = CODE.matcher(text);
        if (!code.matches()) {
            return null;
        }
        return code.group(1) != null ? new Ask(null, upper(code.group(1)), code.group(2))
                : new Ask(null, code.group(3), upper(code.group(4)));
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    /** Marks of one size in rows and columns, with the labels read beside its rows and along its columns. */
    private static final class Grid {
        final Axis rows;
        final Axis columns;
        final int size;
        final List<Box> marks;

        private Grid(Axis rows, Axis columns, int size, List<Box> marks) {
            this.rows = rows;
            this.columns = columns;
            this.size = size;
            this.marks = marks;
        }

        static Grid of(Scene scene) {
            double dpr = scene.screenshot().devicePixelRatio();
            List<Box> marks = new ArrayList<>();
            for (Element e : scene.elements()) {
                Box b = e.box();
                boolean shaped = b.width() >= 8 * dpr && b.height() >= 8 * dpr && b.width() <= 48 * dpr && b.height() <= 48 * dpr
                        && b.width() <= 1.7 * b.height() && b.height() <= 1.7 * b.width();
                if (!e.isText() && MARKS.contains(e.widget()) && shaped && e.text().strip().length() <= 3) {
                    marks.add(b);
                }
            }
            if (marks.size() < 9) {
                return null;
            }
            // the rows holding most marks (a seat map's), not a toolbar's few icons; then the marks of their usual size
            double rough = Math.max(3, 0.35 * median(marks.stream().map(Box::height).toList()));
            List<List<Box>> lines = clusters(marks, Box::centerY, rough);
            int most = lines.stream().mapToInt(List::size).max().orElse(0);
            List<Box> dense = lines.stream().filter(l -> l.size() >= Math.max(3, 0.4 * most)).flatMap(List::stream).toList();
            if (dense.isEmpty()) {
                return null;
            }
            int width = median(dense.stream().map(Box::width).toList());
            int size = median(dense.stream().map(Box::height).toList());
            List<Box> alike = dense.stream().filter(m -> Math.abs(m.height() - size) <= 0.3 * size
                    && Math.abs(m.width() - width) <= 0.3 * width).toList();
            double tol = Math.max(3, 0.35 * size);
            List<List<Box>> rowsOf = clusters(alike, Box::centerY, tol).stream().filter(l -> l.size() >= 3).toList();
            List<List<Box>> columnsOf = clusters(rowsOf.stream().flatMap(List::stream).toList(), Box::centerX, tol).stream()
                    .filter(l -> l.size() >= Math.max(2, 0.25 * rowsOf.size())).toList();
            if (rowsOf.size() < 3 || columnsOf.size() < 3) {
                return null;
            }
            List<Integer> rowCentres = rowsOf.stream().map(l -> centre(l, Box::centerY)).toList();
            List<Integer> columnCentres = columnsOf.stream().map(l -> centre(l, Box::centerX)).toList();
            List<Box> inRows = columnsOf.stream().flatMap(List::stream).toList();
            // the grid: what lies between its first and last rows and columns
            int left = columnCentres.get(0) - size;
            int right = columnCentres.get(columnCentres.size() - 1) + size;
            int top = rowCentres.get(0) - size;
            int bottom = rowCentres.get(rowCentres.size() - 1) + size;
            Map<Integer, String> rowLabels = new LinkedHashMap<>();
            Map<Integer, String> columnLabels = new LinkedHashMap<>();
            for (Element e : scene.elements()) {
                String t = e.text().strip();
                Box b = e.box();
                if (!LABEL.matcher(t).matches() || b.height() > 2.5 * size || inRows.stream().anyMatch(m -> m.intersects(b))) {
                    continue;
                }
                int row = nearest(rowCentres, b.centerY(), tol);
                int column = nearest(columnCentres, b.centerX(), tol);
                boolean beside = b.right() <= left + size / 2 || b.left() >= right - size / 2;
                boolean along = b.bottom() <= top + size / 2 || b.top() >= bottom - size / 2;
                if (row >= 0 && beside && b.centerX() >= left - 6 * size && b.centerX() <= right + 6 * size) {
                    rowLabels.putIfAbsent(row, upper(t));
                } else if (column >= 0 && along && b.centerY() >= top - 4 * size && b.centerY() <= bottom + 4 * size) {
                    columnLabels.putIfAbsent(column, upper(t));
                }
            }
            if (rowLabels.size() < 2 || columnLabels.size() < 2) {
                return null; // no grid named by labels: a plain block of icons
            }
            return new Grid(new Axis(rowCentres, rowLabels), new Axis(columnCentres, columnLabels), size, inRows);
        }

        /** The mark whose centre lies on {@code x, y}, if one was seen there. */
        Optional<Box> markAt(int x, int y) {
            return marks.stream().filter(b -> b.contains(new Point(x, y)))
                    .min(Comparator.comparingDouble(b -> Math.abs(b.centerX() - x) + Math.abs(b.centerY() - y)));
        }
    }

    /** The rows (or columns) of a grid: their centres in order, and the labels read for some of them. */
    private record Axis(List<Integer> centres, Map<Integer, String> labels) {

        /** The index labelled {@code wanted}, read or told by the labels' count; -1 when neither says. */
        int index(String wanted) {
            for (Map.Entry<Integer, String> e : labels.entrySet()) {
                if (e.getValue().equals(wanted)) {
                    return e.getKey();
                }
            }
            int value = value(wanted);
            if (value < 0) {
                return -1;
            }
            // every label of the same sort counting one a row up (or down): the missing one is where the count says
            for (int step : new int[] {1, -1}) {
                Integer offset = null;
                int agreeing = 0;
                boolean counts = true;
                for (Map.Entry<Integer, String> e : labels.entrySet()) {
                    int v = value(e.getValue());
                    if (v < 0 || Character.isDigit(e.getValue().charAt(0)) != Character.isDigit(wanted.charAt(0))) {
                        continue;
                    }
                    int o = v - step * e.getKey();
                    if (offset == null) {
                        offset = o;
                    }
                    counts &= o == offset;
                    agreeing++;
                }
                if (counts && agreeing >= 2) {
                    int index = (value - offset) * step;
                    return index >= 0 && index < centres.size() ? index : -1;
                }
            }
            return -1;
        }

        private static int value(String label) {
            if (label.chars().allMatch(Character::isDigit)) {
                return Integer.parseInt(label);
            }
            return label.length() == 1 && Character.isLetter(label.charAt(0)) ? label.charAt(0) - 'A' : -1;
        }
    }

    /** Runs of boxes whose {@code at} values lie no further than {@code tol} apart, in order of that value. */
    private static List<List<Box>> clusters(List<Box> boxes, ToDoubleFunction<Box> at, double tol) {
        List<Box> sorted = new ArrayList<>(boxes);
        sorted.sort(Comparator.comparingDouble(at));
        List<List<Box>> out = new ArrayList<>();
        for (Box b : sorted) {
            List<Box> last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && at.applyAsDouble(b) - at.applyAsDouble(last.get(last.size() - 1)) <= tol) {
                last.add(b);
            } else {
                out.add(new ArrayList<>(List.of(b)));
            }
        }
        return out;
    }

    private static int centre(List<Box> run, ToDoubleFunction<Box> at) {
        return (int) Math.round(run.stream().mapToDouble(at).average().orElse(0));
    }

    private static int median(List<Integer> values) {
        List<Integer> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    /** The index of the centre within {@code tol} of {@code v}, or -1. */
    private static int nearest(List<Integer> centres, double v, double tol) {
        int best = -1;
        for (int i = 0; i < centres.size(); i++) {
            if (Math.abs(centres.get(i) - v) <= tol && (best < 0 || Math.abs(centres.get(i) - v) < Math.abs(centres.get(best) - v))) {
                best = i;
            }
        }
        return best;
    }
}
