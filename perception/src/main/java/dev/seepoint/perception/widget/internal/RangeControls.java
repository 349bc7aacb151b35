package dev.seepoint.perception.widget.internal;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.text.Word;
import dev.seepoint.perception.widget.IconKind;
import dev.seepoint.perception.widget.Widget;
import dev.seepoint.perception.widget.WidgetKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Range and round controls seen in flat-colour regions, wherever they were drawn (HTML or canvas):
 * <ul>
 *   <li>a <b>slider</b>: a thin straight track (one or more collinear bars) with a thumb, a disc or
 *       block taller than the track, centred on it;</li>
 *   <li>a <b>progress bar</b>: a thin track of two or more collinear bars in different colours
 *       (filled and unfilled) and no thumb;</li>
 *   <li>a <b>knob</b>: a disc with a pointer (a line or dot off its centre) and no text, grown to the
 *       arc of a scale drawn round it;</li>
 *   <li>an <b>icon button</b>: a box or disc without text holding one solid, centred mark (a square:
 *       stop; a disc: record; a triangle: play).</li>
 * </ul>
 */
public final class RangeControls {

    /** A button found here whose mark is none of the solid shapes named above; the caller names it. */
    public record MarkedButton(Widget widget, Box mark) {
    }

    private RangeControls() {
    }

    /** Sliders, progress bars, knobs and icon buttons; buttons whose mark has no name here have a null icon. */
    public static List<MarkedButton> find(Raster raster, Regions regions, List<Word> words) {
        List<MarkedButton> out = new ArrayList<>();
        List<Box> thumbs = new ArrayList<>();
        // a thumb run together with the short stretch of filled track before it (a slider near its minimum)
        List<Box> stubs = new ArrayList<>();
        List<Part> bars = new ArrayList<>();
        List<Integer> rounds = new ArrayList<>();
        int minThick = Math.max(3, raster.px(3));
        int maxThick = raster.px(12);
        int thumbMin = Math.max(6, raster.px(8));
        int thumbMax = raster.px(40);
        int roundMin = raster.px(24);
        int roundMax = raster.px(200);
        for (int r = 0; r < regions.count(); r++) {
            int w = regions.width(r);
            int h = regions.height(r);
            int thin = Math.min(w, h);
            int len = Math.max(w, h);
            if (regions.size(r) < 12) {
                continue;
            }
            if (thin >= minThick && thin <= maxThick && len >= Math.max(2 * thin, raster.px(4))
                    && len < 0.9 * Math.max(raster.width, raster.height) && regions.size(r) >= 0.7 * w * h) {
                bars.add(new Part(regions.box(r), regions.colour(r), null));
            } else if (thin > maxThick && thin <= thumbMax && len >= Math.max(raster.px(30), 3 * thin)) {
                Part p = withBump(regions, r, w >= h, minThick, maxThick, thumbMax);
                if (p != null) bars.add(p);
            }
            if (w >= thumbMin && h >= thumbMin && w <= thumbMax && h <= thumbMax && w <= 1.6 * h && h <= 1.6 * w
                    && regions.size(r) >= 0.5 * w * h) {
                thumbs.add(regions.box(r));
            } else if (thin >= thumbMin && len <= thumbMax && len <= 3 * thin && regions.size(r) >= 0.5 * w * h) {
                stubs.add(regions.box(r));
            }
            if (w >= roundMin && h >= roundMin && w <= roundMax && h <= roundMax && w <= 2.4 * h && h <= 2.4 * w) {
                rounds.add(r);
            }
        }
        tracks(raster, bars, thumbs, stubs, words, false, out);
        tracks(raster, bars, thumbs, stubs, words, true, out);
        for (int r : rounds) {
            round(raster, regions, r, words, out);
        }
        return out;
    }

    // ---------------------------------------------------------------- tracks

    private static int along0(Box b, boolean v) {
        return v ? b.top() : b.left();
    }

    private static int along1(Box b, boolean v) {
        return v ? b.bottom() : b.right();
    }

    private static double acrossC(Box b, boolean v) {
        return v ? b.centerX() : b.centerY();
    }

    private static int thick(Box b, boolean v) {
        return v ? b.width() : b.height();
    }

    /** A thin bar of one colour; {@code bump} is a thumb of the same colour grown out of it, or null. */
    private record Part(Box box, int colour, Box bump) {
    }

    /**
     * A region that is a thin bar along most of its length with one thick stretch (a filled track
     * and its thumb in one colour): the bar at its usual thickness, and the stretch as a thumb.
     */
    private static Part withBump(Regions regions, int r, boolean horizontal, int minThick, int maxThick, int thumbMax) {
        Box b = regions.box(r);
        int n = horizontal ? b.width() : b.height();
        int across = horizontal ? b.height() : b.width();
        int[] count = new int[n];
        int[] first = new int[n];
        int[] last = new int[n];
        int w = regions.raster().width;
        for (int i = 0; i < n; i++) {
            first[i] = -1;
            for (int j = 0; j < across; j++) {
                int x = horizontal ? b.left() + i : b.left() + j;
                int y = horizontal ? b.top() + j : b.top() + i;
                if (regions.label[y * w + x] == r) {
                    count[i]++;
                    if (first[i] < 0) first[i] = j;
                    last[i] = j;
                }
            }
        }
        int[] sorted = count.clone();
        java.util.Arrays.sort(sorted);
        int median = sorted[n / 2];
        if (median < minThick || median > maxThick) {
            return null;
        }
        int b0 = -1, b1 = -1, lo = across, hi = -1, core = 0;
        java.util.List<Integer> tops = new ArrayList<>();
        java.util.List<Integer> bottoms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (count[i] > 1.4 * median) {
                if (b0 < 0) b0 = i;
                b1 = i;
                lo = Math.min(lo, first[i]);
                hi = Math.max(hi, last[i]);
            } else if (count[i] > 0) {
                core++;
                tops.add(first[i]);
                bottoms.add(last[i]);
            }
        }
        if (b0 < 0 || core < 0.6 * n || b1 - b0 + 1 > thumbMax) {
            return null;
        }
        tops.sort(null);
        bottoms.sort(null);
        int t0 = tops.get(tops.size() / 2);
        int t1 = bottoms.get(bottoms.size() / 2) + 1;
        Box bar = horizontal ? new Box(b.left(), b.top() + t0, b.right(), b.top() + t1)
                : new Box(b.left() + t0, b.top(), b.left() + t1, b.bottom());
        Box bump = horizontal ? new Box(b.left() + b0, b.top() + lo, b.left() + b1 + 1, b.top() + hi + 1)
                : new Box(b.left() + lo, b.top() + b0, b.left() + hi + 1, b.top() + b1 + 1);
        return new Part(bar, regions.colour(r), bump);
    }

    private static void tracks(Raster raster, List<Part> bars, List<Box> thumbs, List<Box> stubs, List<Word> words,
                               boolean vertical, List<MarkedButton> out) {
        List<Part> parts = new ArrayList<>();
        for (Part p : bars) {
            Box b = p.box();
            if (vertical ? b.height() > b.width() : b.width() > b.height()) {
                parts.add(p);
            }
        }
        parts.sort(Comparator.comparingInt(p -> along0(p.box(), vertical)));
        boolean[] used = new boolean[parts.size()];
        int tol = Math.max(2, raster.px(2));
        int join = Math.max(2, raster.px(3));
        for (int i = 0; i < parts.size(); i++) {
            if (used[i]) continue;
            Box track = parts.get(i).box();
            int t = thick(track, vertical);
            List<Integer> colours = new ArrayList<>(List.of(parts.get(i).colour()));
            Box thumb = parts.get(i).bump();
            used[i] = true;
            for (int j = i + 1; j < parts.size(); j++) {
                if (used[j]) continue;
                Box p = parts.get(j).box();
                if (Math.abs(acrossC(p, vertical) - acrossC(track, vertical)) > tol
                        || Math.abs(thick(p, vertical) - t) > tol) {
                    continue;
                }
                int gap = along0(p, vertical) - along1(track, vertical);
                if (gap > raster.px(60)) break;
                Box bridge = null;
                if (gap > join) {
                    bridge = thumbOver(thumbs, track, along1(track, vertical), along0(p, vertical), vertical, raster);
                    if (bridge == null) continue;
                }
                if (gap < -join) continue;
                used[j] = true;
                track = track.union(p);
                colours.add(parts.get(j).colour());
                if (bridge != null) thumb = bridge;
                if (parts.get(j).bump() != null) thumb = parts.get(j).bump();
            }
            int len = vertical ? track.height() : track.width();
            if (len < Math.max(raster.px(40), 8 * t) || onText(track, words)) {
                continue;
            }
            if (thumb == null) {
                thumb = thumbOver(thumbs, track, along0(track, vertical), along1(track, vertical), vertical, raster);
            }
            if (thumb == null) { // a thumb with its stub of fill, at either end of the track it leaves unfilled
                thumb = thumbOver(stubs, track, along0(track, vertical), along0(track, vertical), vertical, raster);
                if (thumb == null) {
                    thumb = thumbOver(stubs, track, along1(track, vertical), along1(track, vertical), vertical, raster);
                }
            }
            if (thumb != null) {
                out.add(new MarkedButton(new Widget(WidgetKind.SLIDER, track.union(thumb), Widget.State.UNKNOWN, null, ""), null));
            } else if (twoColours(colours)) {
                out.add(new MarkedButton(new Widget(WidgetKind.PROGRESS, track, Widget.State.UNKNOWN, null, ""), null));
            }
        }
    }

    /** Letters on or across the track: strokes of text, not a control. */
    private static boolean onText(Box track, List<Word> words) {
        for (Word w : words) {
            if (w.box().intersect(track).area() > 0.2 * Math.min(track.area(), w.box().area())) {
                return true;
            }
        }
        return false;
    }

    private static boolean twoColours(List<Integer> colours) {
        for (int a : colours) {
            for (int b : colours) {
                if (Raster.dist(a, b) >= 60) return true;
            }
        }
        return false;
    }

    /** A thumb centred on the track's line, thicker than it, lying over the stretch {@code from..to}. */
    private static Box thumbOver(List<Box> thumbs, Box track, int from, int to, boolean v, Raster raster) {
        int t = thick(track, v);
        Box best = null;
        for (Box b : thumbs) {
            int bt = thick(b, v);
            if (bt < 1.4 * t || Math.abs(acrossC(b, v) - acrossC(track, v)) > Math.max(2, raster.px(3))) continue;
            if (along0(b, v) > to + raster.px(2) || along1(b, v) < from - raster.px(2)) continue;
            if (best == null || b.area() > best.area()) best = b;
        }
        return best;
    }

    // ---------------------------------------------------------------- knobs and icon buttons

    private static void round(Raster raster, Regions regions, int r, List<Word> words, List<MarkedButton> out) {
        Shape shape = regions.shape(r);
        Box box = shape.box();
        if (shape.solidity() < 0.5 || !(shape.rectangular() || shape.roundEnds())) {
            return;
        }
        for (Word w : words) {
            String t = w.text().strip();
            if (box.contains(w.box().center()) && t.codePointCount(0, t.length()) > 1) {
                return; // a caption: a text button, not an icon button or knob
            }
        }
        Holes holes = holes(raster, regions, r);
        if (holes.count == 0) {
            return;
        }
        double cx = box.left() + (box.width() - 1) / 2.0;
        double cy = box.top() + (box.height() - 1) / 2.0;
        double radius = Math.min(box.width(), box.height()) / 2.0;
        if (shape.disc() && box.width() >= raster.px(28)) {
            double off = Math.hypot(holes.sumX / (double) holes.count - cx, holes.sumY / (double) holes.count - cy);
            double share = holes.count / (Math.PI * radius * radius);
            Box m = holes.box;
            boolean pointer = off >= 0.3 * radius && share <= 0.15 && share >= 0.002
                    && m.width() <= 1.1 * radius && m.height() <= 1.1 * radius;
            if (pointer) {
                Box knob = withScale(raster, box, cx, cy, radius);
                out.add(new MarkedButton(new Widget(WidgetKind.KNOB, knob, Widget.State.UNKNOWN, null, ""), null));
                return;
            }
        }
        if (Math.max(box.width(), box.height()) > raster.px(120)) {
            return;
        }
        Box m = holes.box;
        int side = Math.min(box.width(), box.height());
        boolean centred = Math.abs(m.centerX() - box.centerX()) <= Math.max(2, 0.12 * box.width())
                && Math.abs(m.centerY() - box.centerY()) <= Math.max(2, 0.12 * box.height());
        double fill = holes.count / (double) Math.max(1, m.area());
        if (!centred || Math.max(m.width(), m.height()) < 0.2 * side || Math.max(m.width(), m.height()) > 0.75 * side
                || fill < 0.42) {
            return;
        }
        IconKind icon = solidMark(holes, m, fill);
        out.add(new MarkedButton(new Widget(WidgetKind.BUTTON, box, Widget.State.UNKNOWN, icon, ""), m));
    }

    /** Pixels inside a region's row spans, of other regions and colours: what is drawn on the surface. */
    private record Holes(int count, long sumX, long sumY, Box box, boolean[] mask, Box area) {
    }

    private static Holes holes(Raster raster, Regions regions, int r) {
        Box b = regions.box(r);
        int w = raster.width;
        int count = 0;
        long sx = 0, sy = 0;
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = -1, y1 = -1;
        boolean[] mask = new boolean[b.width() * b.height()];
        int surface = regions.colour(r);
        for (int y = b.top(); y < b.bottom(); y++) {
            int first = -1, last = -1;
            for (int x = b.left(); x < b.right(); x++) {
                if (regions.label[y * w + x] == r) {
                    if (first < 0) first = x;
                    last = x;
                }
            }
            for (int x = first; first >= 0 && x <= last; x++) {
                // an enclosed patch of the surface's own colour (the inside of an outlined heart) is no ink
                if (regions.label[y * w + x] != r && Raster.dist(raster.rgb[y * w + x], surface) >= 60) {
                    count++;
                    sx += x;
                    sy += y;
                    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
                    mask[(y - b.top()) * b.width() + x - b.left()] = true;
                }
            }
        }
        Box hb = count == 0 ? b : new Box(x0, y0, x1 + 1, y1 + 1);
        return new Holes(count, sx, sy, hb, mask, b);
    }

    /** Square: stop; disc: record; a triangle pointing right: play; otherwise null. */
    private static IconKind solidMark(Holes holes, Box m, double fill) {
        double a = m.width() / (double) m.height();
        boolean square = a > 0.8 && a < 1.25;
        if (square && fill >= 0.88) {
            return IconKind.STOP;
        }
        if (square && fill >= 0.68 && fill < 0.88) {
            return IconKind.RECORD;
        }
        if (fill >= 0.4 && fill <= 0.62 && a > 0.6 && a < 1.4) {
            // a right-pointing triangle has its base, and most of its ink, on the left
            long left = 0;
            long right = 0;
            double mid = m.centerX();
            Box area = holes.area();
            for (int i = 0; i < holes.mask().length; i++) {
                if (!holes.mask()[i]) continue;
                if (area.left() + i % area.width() < mid) left++; else right++;
            }
            return left > 1.6 * right ? IconKind.PLAY : null;
        }
        return null;
    }

    /** The knob grown to an arc of a scale drawn round it, when one is there. */
    private static Box withScale(Raster raster, Box disc, double cx, double cy, double r) {
        int bins = 72;
        int steps = 12;
        int[] colours = new int[bins * steps];
        int n = 0;
        for (int i = 0; i < bins; i++) {
            double ang = 2 * Math.PI * i / bins;
            for (int s = 0; s < steps; s++) {
                double rr = r * (1.08 + 0.5 * s / (steps - 1));
                int x = (int) Math.round(cx + rr * Math.cos(ang));
                int y = (int) Math.round(cy + rr * Math.sin(ang));
                colours[n++] = raster.inside(x, y) ? raster.rgb(x, y) : -1;
            }
        }
        int bg = raster.ringColour(disc.expand((int) Math.round(0.6 * r)), 0);
        if (bg < 0) {
            return disc;
        }
        int inked = 0;
        double reach = 0;
        for (int i = 0; i < bins; i++) {
            boolean hit = false;
            for (int s = 0; s < steps; s++) {
                int c = colours[i * steps + s];
                if (c >= 0 && Raster.dist(c, bg) >= 60) {
                    hit = true;
                    reach = Math.max(reach, r * (1.08 + 0.5 * s / (steps - 1)));
                }
            }
            if (hit) inked++;
        }
        if (inked < 0.4 * bins) {
            return disc;
        }
        int g = (int) Math.ceil(reach - r) + 1;
        return raster.clip(disc.expand(g));
    }
}
