package dev.seepoint.perception.widget.internal;

import dev.seepoint.perception.widget.IconKind;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Names a small ink mask by its nearest reference shape. The references are icons drawn here with
 * Java2D on a 24-unit grid (outline strokes of several widths, and filled versions where icons are
 * commonly filled), cropped to their ink and scaled into a {@value #N}-pixel square keeping their
 * aspect. A mask is compared to each by a symmetric chamfer distance (mean distance of each ink
 * pixel to the other's nearest ink pixel); the nearest kind wins when it is near enough and clearly
 * nearer than the nearest other kind, otherwise the answer is {@link IconKind#UNKNOWN}.
 */
public final class IconTemplates {

    /** Side of the normalised square. */
    static final int N = 20;
    /** Largest accepted distance (in normalised pixels). */
    static final double ACCEPT = 1.25;
    /** The best distance must be at most this fraction of the best other kind's distance. */
    static final double MARGIN = 0.8;
    /** Largest distance at which an icon too near two kinds is still reported as likely one of them. */
    static final double UNSURE = 0.5;
    /**
     * The kinds a count badge sits on (notifications, a cart's items, unread mail, favourites, requests): a badge
     * may hide half the drawing, and what is left is told apart among these only.
     */
    static final java.util.Set<IconKind> BADGEABLE = java.util.EnumSet.of(IconKind.BELL, IconKind.CART, IconKind.MAIL,
            IconKind.HEART, IconKind.USER, IconKind.STAR, IconKind.FILE, IconKind.FOLDER, IconKind.CALENDAR);
    /** The margin for an icon partly covered by a badge. */
    static final double BADGED_MARGIN = 0.88;

    /** A drawn icon, normalised; {@code on} lists the indices of its mask's set cells, for sparse sums. */
    private record Template(IconKind kind, boolean[] mask, float[] dist, int ink, double aspect, int parts, int[] on) {

        Template(IconKind kind, boolean[] mask, float[] dist, int ink, double aspect, int parts) {
            this(kind, mask, dist, ink, aspect, parts, setCells(mask));
        }
    }

    /** Indices of the set cells of {@code mask}, ascending. */
    private static int[] setCells(boolean[] mask) {
        int n = 0;
        for (boolean b : mask) {
            if (b) n++;
        }
        int[] out = new int[n];
        int k = 0;
        for (int i = 0; i < mask.length; i++) {
            if (mask[i]) out[k++] = i;
        }
        return out;
    }

    /** A classification with its distance and the runner-up's, for callers that weigh certainty. */
    /**
     * The nearest kind (UNKNOWN when none is near enough or two kinds are about as near), its distance and the
     * runner-up's; {@code likely} names the two nearest kinds when they were too close to tell apart.
     */
    public record Match(IconKind kind, double distance, double runnerUp, List<IconKind> likely) {

        public Match {
            likely = likely == null ? List.of() : List.copyOf(likely);
        }

        public Match(IconKind kind, double distance, double runnerUp) {
            this(kind, distance, runnerUp, List.of());
        }
    }

    private static final List<Template> TEMPLATES = build();
    /** Development aid: when set, {@link #match} appends the three nearest kinds and their distances. */
    public static final ThreadLocal<StringBuilder> EXPLAIN = new ThreadLocal<>();

    private IconTemplates() {
    }

    /** Nearest reference kind of the ink in {@code mask} ({@code width} x {@code height}, row-major). */
    public static Match match(boolean[] mask, int width, int height) {
        return match(mask, null, width, height);
    }

    /**
     * As {@link #match(boolean[], int, int)}, with the best kind taken when its distance is at most {@code margin} of the
     * runner-up's: a looser margin for ink already known to be an icon (the one drawing in an icon button).
     */
    public static Match match(boolean[] mask, int width, int height, double margin) {
        return match(normalise(mask, null, width, height, null), margin, null);
    }

    /**
     * As {@link #match(boolean[], int, int)}, with {@code hidden} (same size, may be null) marking
     * pixels where the icon is covered by something else (a badge): reference ink there is not missed.
     */
    public static Match match(boolean[] mask, boolean[] hidden, int width, int height) {
        if (hidden == null) {
            return match(normalise(mask, null, width, height, null), MARGIN, null);
        }
        // the covered part may hide the icon's true extent: try the visible ink's box grown into it
        int[] ink = inkBox(mask, width, height);
        if (ink == null) {
            return new Match(IconKind.UNKNOWN, Double.MAX_VALUE, Double.MAX_VALUE);
        }
        int[] cover = inkBox(hidden, width, height);
        if (cover == null) {
            return match(normalise(mask, null, width, height, null), MARGIN, null); // the cover hides none of this cell
        }
        Match best = null;
        int reach = Math.max(cover[2] - cover[0], cover[3] - cover[1]) / 2;
        for (int e = 0; e <= reach; e += Math.max(1, reach / 4)) {
            int[] f = ink.clone();
            if (cover[0] <= ink[0]) f[0] = Math.max(0, ink[0] - e);
            if (cover[2] >= ink[2]) f[2] = Math.min(width - 1, ink[2] + e);
            if (cover[1] <= ink[1]) f[1] = Math.max(0, ink[1] - e);
            if (cover[3] >= ink[3]) f[3] = Math.min(height - 1, ink[3] + e);
            // what a badge hides cannot tell kinds apart: a smaller lead suffices (the badge says "icon")
            Match m = match(normalise(mask, hidden, width, height, f), BADGED_MARGIN, BADGEABLE);
            if (best == null || m.distance() < best.distance()) {
                best = m;
            }
        }
        return best;
    }

    /** {x0, y0, x1, y1} (inclusive) of the set cells, or null when none is set. */
    public static int[] inkBox(boolean[] m, int w, int h) {
        int x0 = w, y0 = h, x1 = -1, y1 = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (m[y * w + x]) {
                    x0 = Math.min(x0, x); x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y); y1 = Math.max(y1, y);
                }
            }
        }
        return x1 < 0 ? null : new int[] {x0, y0, x1, y1};
    }

    /** {@code only}: the kinds that may be meant (null: all). */
    private static Match match(Norm q, double margin, java.util.Set<IconKind> only) {
        if (q == null) {
            return new Match(IconKind.UNKNOWN, Double.MAX_VALUE, Double.MAX_VALUE);
        }
        float[] qd = distance(q.mask);
        int qParts = parts(q.mask);
        int[] qOn = setCells(q.mask);
        IconKind best = IconKind.UNKNOWN;
        double bestD = Double.MAX_VALUE;
        double[] perKind = new double[IconKind.values().length];
        java.util.Arrays.fill(perKind, Double.MAX_VALUE);
        for (Template t : TEMPLATES) {
            if (only != null && !only.contains(t.kind)) {
                continue;
            }
            double ar = Math.abs(Math.log(q.aspect / t.aspect));
            if (ar > 0.7 || t.parts >= 3 && 2 * qParts < t.parts || t.parts >= 3 && qParts < 3 || qParts > t.parts + 2
                    || t.parts == 1 && qParts >= 3) { // three dots in a row are no broken line
                continue;
            }
            double a = 0;
            for (int i : qOn) {
                a += t.dist[i];
            }
            double b = 0;
            int seen = 0;
            for (int i : t.on) {
                if (q.hidden == null || !q.hidden[i]) {
                    b += qd[i];
                    seen++;
                }
            }
            double d = 0.5 * (a / Math.max(1, q.ink) + b / Math.max(1, seen)) + 1.5 * ar;
            int k = t.kind.ordinal();
            if (d < perKind[k]) perKind[k] = d;
            if (d < bestD) {
                bestD = d;
                best = t.kind;
            }
        }
        if (EXPLAIN.get() != null) {
            StringBuilder sb = EXPLAIN.get();
            Integer[] order = new Integer[perKind.length];
            for (int i = 0; i < order.length; i++) order[i] = i;
            java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(i -> perKind[i]));
            for (int i = 0; i < 3; i++) sb.append(IconKind.values()[order[i]]).append(String.format("=%.2f ", perKind[order[i]]));
        }
        double second = Double.MAX_VALUE;
        IconKind secondKind = IconKind.UNKNOWN;
        for (IconKind k : IconKind.values()) {
            if (k != best && perKind[k.ordinal()] < second) {
                second = perKind[k.ordinal()];
                secondKind = k;
            }
        }
        if (bestD > ACCEPT) {
            return new Match(IconKind.UNKNOWN, bestD, second);
        }
        if (bestD > margin * second) {
            // near enough to be an icon of one of two kinds, too near to both to say which
            return new Match(IconKind.UNKNOWN, bestD, second, bestD <= UNSURE ? List.of(best, secondKind) : List.of());
        }
        return new Match(best, bestD, second);
    }

    private record Norm(boolean[] mask, boolean[] hidden, int ink, double aspect) {
    }

    static Norm normalise(boolean[] m, int w, int h) {
        return normalise(m, null, w, h, null);
    }

    /** Crops to the ink, scales the longer side to N keeping the aspect, centres it; null when too little ink. */
    static Norm normalise(boolean[] m, boolean[] hide, int w, int h, int[] frame) {
        int[] box = frame != null ? frame : inkBox(m, w, h);
        if (box == null) {
            return null;
        }
        int x0 = box[0], y0 = box[1], x1 = box[2], y1 = box[3];
        if (x1 < 0 || x1 - x0 < 2 && y1 - y0 < 2) {
            return null;
        }
        int cw = x1 - x0 + 1;
        int ch = y1 - y0 + 1;
        double s = N / (double) Math.max(cw, ch);
        int ow = Math.max(1, (int) Math.round(cw * s));
        int oh = Math.max(1, (int) Math.round(ch * s));
        int ox = (N - ow) / 2;
        int oy = (N - oh) / 2;
        boolean[] out = new boolean[N * N];
        boolean[] hidden = hide == null ? null : new boolean[N * N];
        int ink = 0;
        for (int y = 0; y < oh; y++) {
            double sy0 = y0 + y / s;
            double sy1 = y0 + (y + 1) / s;
            for (int x = 0; x < ow; x++) {
                double sx0 = x0 + x / s;
                double sx1 = x0 + (x + 1) / s;
                // any ink under the cell keeps thin strokes when shrinking; the centre sample when growing
                boolean v;
                if (s >= 1) {
                    v = m[(int) Math.min(y1, (sy0 + sy1) / 2) * w + (int) Math.min(x1, (sx0 + sx1) / 2)];
                } else {
                    int hit = 0, all = 0;
                    for (int yy = (int) sy0; yy < Math.min(y1 + 1, Math.ceil(sy1)); yy++) {
                        for (int xx = (int) sx0; xx < Math.min(x1 + 1, Math.ceil(sx1)); xx++) {
                            all++;
                            if (m[yy * w + xx]) hit++;
                        }
                    }
                    v = all > 0 && hit * 3 >= all;
                }
                if (v) {
                    out[(y + oy) * N + x + ox] = true;
                    ink++;
                }
                if (hidden != null) {
                    int cy = (int) Math.min(y1, (sy0 + sy1) / 2);
                    int cx = (int) Math.min(x1, (sx0 + sx1) / 2);
                    hidden[(y + oy) * N + x + ox] = hide[cy * w + cx];
                }
            }
        }
        if (ink < 4) {
            return null;
        }
        return new Norm(out, hidden, ink, cw / (double) ch);
    }

    /** Euclidean-ish (3-4 chamfer, divided by 3) distance of every cell to the nearest ink cell. */
    static float[] distance(boolean[] m) {
        float inf = 1e6f;
        float[] d = new float[N * N];
        for (int i = 0; i < d.length; i++) d[i] = m[i] ? 0 : inf;
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                int i = y * N + x;
                float v = d[i];
                if (x > 0) v = Math.min(v, d[i - 1] + 3);
                if (y > 0) {
                    v = Math.min(v, d[i - N] + 3);
                    if (x > 0) v = Math.min(v, d[i - N - 1] + 4);
                    if (x < N - 1) v = Math.min(v, d[i - N + 1] + 4);
                }
                d[i] = v;
            }
        }
        for (int y = N - 1; y >= 0; y--) {
            for (int x = N - 1; x >= 0; x--) {
                int i = y * N + x;
                float v = d[i];
                if (x < N - 1) v = Math.min(v, d[i + 1] + 3);
                if (y < N - 1) {
                    v = Math.min(v, d[i + N] + 3);
                    if (x < N - 1) v = Math.min(v, d[i + N + 1] + 4);
                    if (x > 0) v = Math.min(v, d[i + N - 1] + 4);
                }
                d[i] = v;
            }
        }
        for (int i = 0; i < d.length; i++) d[i] = Math.min(d[i] / 3f, 8f);
        return d;
    }

    // ------------------------------------------------------------------ reference shapes

    /** One reference drawing: strokes (drawn with the stroke width) and fills, in 24-unit coordinates. */
    private record Drawing(IconKind kind, List<Shape> strokes, List<Shape> fills) {
    }

    private static Drawing d(IconKind kind, Shape... strokes) {
        return new Drawing(kind, List.of(strokes), List.of());
    }

    private static Drawing filled(IconKind kind, Shape... fills) {
        return new Drawing(kind, List.of(), List.of(fills));
    }

    private static Drawing mixed(IconKind kind, List<Shape> strokes, List<Shape> fills) {
        return new Drawing(kind, strokes, fills);
    }

    private static Line2D line(double x1, double y1, double x2, double y2) {
        return new Line2D.Double(x1, y1, x2, y2);
    }

    private static Path2D poly(boolean close, double... xy) {
        Path2D p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) p.lineTo(xy[i], xy[i + 1]);
        if (close) p.closePath();
        return p;
    }

    private static Ellipse2D circle(double cx, double cy, double r) {
        return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    }

    private static Shape heart() {
        Path2D p = new Path2D.Double();
        p.moveTo(12, 21);
        p.curveTo(5, 15.5, 2, 12, 2, 8);
        p.curveTo(2, 5, 4.5, 3, 7, 3);
        p.curveTo(9, 3, 11, 4.5, 12, 6.5);
        p.curveTo(13, 4.5, 15, 3, 17, 3);
        p.curveTo(19.5, 3, 22, 5, 22, 8);
        p.curveTo(22, 12, 19, 15.5, 12, 21);
        p.closePath();
        return p;
    }

    private static Shape bell() {
        Path2D p = new Path2D.Double();
        p.moveTo(4, 17);
        p.lineTo(20, 17);
        p.curveTo(18.5, 15.5, 18, 14, 18, 11);
        p.curveTo(18, 6.5, 15.5, 4, 12, 4);
        p.curveTo(8.5, 4, 6, 6.5, 6, 11);
        p.curveTo(6, 14, 5.5, 15.5, 4, 17);
        p.closePath();
        return p;
    }

    private static Shape star() {
        Path2D p = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? 10 : 4.2;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double x = 12 + r * Math.cos(a);
            double y = 12.5 + r * Math.sin(a);
            if (i == 0) p.moveTo(x, y); else p.lineTo(x, y);
        }
        p.closePath();
        return p;
    }

    private static Shape gear(int teeth) {
        Path2D p = new Path2D.Double();
        int n = teeth * 4;
        for (int i = 0; i < n; i++) {
            double a = i * 2 * Math.PI / n;
            double r = (i % 4 == 0 || i % 4 == 1) ? 10 : 7.5;
            double x = 12 + r * Math.cos(a);
            double y = 12 + r * Math.sin(a);
            if (i == 0) p.moveTo(x, y); else p.lineTo(x, y);
        }
        p.closePath();
        return p;
    }

    private static Shape arcArrowBody(double start, double extent) {
        return new Arc2D.Double(4, 5, 16, 16, start, extent, Arc2D.OPEN);
    }

    private static List<Drawing> drawings() {
        List<Drawing> all = new ArrayList<>();
        all.add(d(IconKind.CLOSE, line(5, 5, 19, 19), line(19, 5, 5, 19)));
        all.add(d(IconKind.MENU, line(3, 6, 21, 6), line(3, 12, 21, 12), line(3, 18, 21, 18)));
        all.add(d(IconKind.SEARCH, circle(10.5, 10.5, 6.5), line(15.5, 15.5, 21, 21)));
        all.add(mixed(IconKind.SETTINGS, List.of(gear(8), circle(12, 12, 3.2)), List.of()));
        all.add(new Drawing(IconKind.SETTINGS, List.of(), List.of(subtract(gear(8), circle(12, 12, 3.5)))));
        all.add(d(IconKind.SETTINGS, circle(12, 12, 3.5), line(12, 2, 12, 5.5), line(12, 18.5, 12, 22), line(2, 12, 5.5, 12),
                line(18.5, 12, 22, 12), line(4.9, 4.9, 7.3, 7.3), line(16.7, 16.7, 19.1, 19.1), line(4.9, 19.1, 7.3, 16.7),
                line(16.7, 7.3, 19.1, 4.9)));
        all.add(d(IconKind.PLUS, line(12, 4, 12, 20), line(4, 12, 20, 12)));
        all.add(d(IconKind.MINUS, line(4, 12, 20, 12)));
        all.add(d(IconKind.CHEVRON_LEFT, poly(false, 15, 5, 8, 12, 15, 19)));
        all.add(d(IconKind.CHEVRON_RIGHT, poly(false, 9, 5, 16, 12, 9, 19)));
        all.add(d(IconKind.CHEVRON_UP, poly(false, 5, 15, 12, 8, 19, 15)));
        all.add(d(IconKind.CHEVRON_DOWN, poly(false, 5, 9, 12, 16, 19, 9)));
        all.add(filled(IconKind.CHEVRON_DOWN, poly(true, 6, 9, 18, 9, 12, 16)));
        all.add(filled(IconKind.CHEVRON_UP, poly(true, 6, 15, 18, 15, 12, 8)));
        all.add(d(IconKind.CHEVRON_UP, line(12, 20, 12, 4), poly(false, 5, 11, 12, 4, 19, 11)));
        all.add(d(IconKind.CHEVRON_DOWN, line(12, 4, 12, 20), poly(false, 5, 13, 12, 20, 19, 13)));
        all.add(d(IconKind.CHEVRON_LEFT, line(20, 12, 4, 12), poly(false, 11, 5, 4, 12, 11, 19)));
        all.add(d(IconKind.CHEVRON_RIGHT, line(4, 12, 20, 12), poly(false, 13, 5, 20, 12, 13, 19)));
        all.add(d(IconKind.TRASH, line(3, 6, 21, 6), poly(false, 9, 6, 9, 3, 15, 3, 15, 6),
                poly(false, 5, 6, 6, 21, 18, 21, 19, 6)));
        all.add(d(IconKind.TRASH, line(3, 6, 21, 6), poly(false, 9, 6, 9, 3, 15, 3, 15, 6),
                poly(false, 5, 6, 6, 21, 18, 21, 19, 6), line(10, 10, 10, 17), line(14, 10, 14, 17)));
        all.add(d(IconKind.HEART, heart()));
        all.add(filled(IconKind.HEART, heart()));
        all.add(mixed(IconKind.BELL, List.of(bell(), new Arc2D.Double(10, 18, 4, 4, 180, 180, Arc2D.OPEN)), List.of()));
        all.add(filled(IconKind.BELL, bell(), circle(12, 20, 2)));
        // a bell with a flared rim wider than its body, and the clapper as a small arc under it
        Path2D flared = new Path2D.Double();
        flared.moveTo(3, 17);
        flared.curveTo(5, 16, 6, 13, 6, 9);
        flared.curveTo(6, 5.5, 8.5, 3, 12, 3);
        flared.curveTo(15.5, 3, 18, 5.5, 18, 9);
        flared.curveTo(18, 13, 19, 16, 21, 17);
        flared.closePath();
        all.add(d(IconKind.BELL, flared, new Arc2D.Double(10, 19, 4, 3, 180, 180, Arc2D.OPEN)));
        all.add(d(IconKind.BELL, flared)); // the clapper often stands apart from the bell: a glyph of its own
        all.add(mixed(IconKind.CART, List.of(poly(false, 1, 3, 5, 3, 7.5, 15, 19, 15, 21.5, 7, 6, 7)),
                List.of(circle(9, 20, 1.6), circle(18, 20, 1.6))));
        // small wheels drawn close under the basket blend into it at icon sizes
        all.add(mixed(IconKind.CART, List.of(poly(false, 2, 3, 5, 3, 7.7, 16.5, 18.5, 16.5, 21, 7, 6, 7)),
                List.of(circle(9, 19.5, 2), circle(18, 19.5, 2))));
        all.add(d(IconKind.CART, poly(true, 5, 8, 19, 8, 18, 21, 6, 21), new Arc2D.Double(8, 3, 8, 9, 0, 180, Arc2D.OPEN)));
        all.add(d(IconKind.USER, circle(12, 7.5, 4), new Arc2D.Double(4, 14, 16, 14, 0, 180, Arc2D.OPEN)));
        all.add(filled(IconKind.USER, circle(12, 7.5, 4.5), new Arc2D.Double(3.5, 14, 17, 14, 0, 180, Arc2D.CHORD)));
        all.add(d(IconKind.USER, circle(12, 12, 10), circle(12, 10, 3.5), new Arc2D.Double(6, 15, 12, 10, 30, 120, Arc2D.OPEN)));
        all.add(d(IconKind.HOME, poly(false, 3, 11, 12, 3, 21, 11), poly(false, 5, 10, 5, 21, 19, 21, 19, 10)));
        all.add(filled(IconKind.HOME, poly(true, 12, 3, 22, 12, 19, 12, 19, 21, 5, 21, 5, 12, 2, 12)));
        Shape eye = eye();
        all.add(d(IconKind.EYE, eye, circle(12, 12, 3)));
        all.add(mixed(IconKind.EYE, List.of(eye), List.of(circle(12, 12, 3.5))));
        all.add(filled(IconKind.PLAY, poly(true, 7, 4, 20, 12, 7, 20)));
        all.add(d(IconKind.PLAY, poly(true, 7, 4, 20, 12, 7, 20)));
        all.add(filled(IconKind.PAUSE, new Rectangle2D.Double(6, 4, 4, 16), new Rectangle2D.Double(14, 4, 4, 16)));
        all.add(filled(IconKind.STOP, new Rectangle2D.Double(5, 5, 14, 14)));
        all.add(filled(IconKind.NEXT, poly(true, 5, 5, 15, 12, 5, 19), new Rectangle2D.Double(16, 5, 3, 14)));
        all.add(filled(IconKind.PREVIOUS, poly(true, 19, 5, 9, 12, 19, 19), new Rectangle2D.Double(5, 5, 3, 14)));
        all.add(d(IconKind.NEXT, poly(true, 5, 5, 15, 12, 5, 19), line(18, 5, 18, 19)));
        all.add(d(IconKind.PREVIOUS, poly(true, 19, 5, 9, 12, 19, 19), line(6, 5, 6, 19)));
        all.add(filled(IconKind.MORE, circle(12, 4, 2), circle(12, 12, 2), circle(12, 20, 2)));
        all.add(filled(IconKind.MORE, circle(4, 12, 2), circle(12, 12, 2), circle(20, 12, 2)));
        all.add(mixed(IconKind.SHARE, List.of(line(8, 11, 16, 7), line(8, 13, 16, 17)),
                List.of(circle(6, 12, 3), circle(18, 6, 3), circle(18, 18, 3))));
        all.add(d(IconKind.SHARE, poly(false, 4, 12, 4, 20, 20, 20, 20, 12), line(12, 3, 12, 15), poly(false, 8, 7, 12, 3, 16, 7)));
        // the phone-style share: a deep tray, as tall as it is wide, the arrow rising from inside it
        all.add(d(IconKind.SHARE, poly(false, 4, 12, 4, 22, 20, 22, 20, 12), line(12, 2, 12, 15), poly(false, 8, 6, 12, 2, 16, 6)));
        all.add(d(IconKind.DOWNLOAD, poly(false, 3, 15, 3, 20, 21, 20, 21, 15), line(12, 3, 12, 15), poly(false, 7, 10, 12, 15, 17, 10)));
        all.add(d(IconKind.UPLOAD, poly(false, 3, 15, 3, 20, 21, 20, 21, 15), line(12, 15, 12, 3), poly(false, 7, 8, 12, 3, 17, 8)));
        // an arrow down onto a line (a tray drawn as its floor alone), and an arrow up from one
        all.add(d(IconKind.DOWNLOAD, line(12, 3, 12, 15), poly(false, 7, 10, 12, 15, 17, 10), line(5, 20, 19, 20)));
        all.add(d(IconKind.UPLOAD, line(12, 20, 12, 8), poly(false, 7, 13, 12, 8, 17, 13), line(5, 3, 19, 3)));
        all.add(d(IconKind.EDIT, poly(true, 16, 3, 21, 8, 8, 21, 3, 21, 3, 16)));
        all.add(d(IconKind.EDIT, poly(true, 16, 3, 21, 8, 8, 21, 3, 21, 3, 16), line(13, 6, 18, 11)));
        // a pen over a line it writes ("edit" drawn as a pen on a baseline)
        all.add(d(IconKind.EDIT, poly(true, 17, 3, 20.5, 6.5, 7, 19.5, 3, 20.5, 4, 16.5), line(12, 20.5, 21, 20.5)));
        all.add(d(IconKind.SAVE, poly(true, 3, 3, 17, 3, 21, 7, 21, 21, 3, 21), poly(false, 7, 3, 7, 8, 15, 8, 15, 3),
                new Rectangle2D.Double(7, 13, 10, 8)));
        all.add(d(IconKind.SAVE, poly(true, 3, 3, 17, 3, 21, 7, 21, 21, 3, 21), poly(false, 7, 3, 7, 8, 15, 8), circle(12, 15, 2.5)));
        all.add(d(IconKind.SAVE, poly(true, 5, 3, 16, 3, 19, 6, 19, 21, 5, 21), poly(false, 8, 3, 8, 8, 15, 8, 15, 3),
                poly(false, 8, 21, 8, 14, 16, 14, 16, 21)));
        all.add(d(IconKind.UNDO, new Arc2D.Double(5, 7, 16, 12, 90, -200, Arc2D.OPEN), line(13, 7, 5, 7), poly(false, 9, 3, 5, 7, 9, 11)));
        all.add(d(IconKind.REDO, new Arc2D.Double(3, 7, 16, 12, 90, 200, Arc2D.OPEN), line(11, 7, 19, 7), poly(false, 15, 3, 19, 7, 15, 11)));
        all.add(d(IconKind.UNDO, poly(false, 9, 14, 4, 9, 9, 4), new Arc2D.Double(4, 9, 16, 12, 90, -180, Arc2D.OPEN), line(4, 9, 12, 9)));
        all.add(d(IconKind.REDO, poly(false, 15, 14, 20, 9, 15, 4), new Arc2D.Double(4, 9, 16, 12, 90, 180, Arc2D.OPEN), line(20, 9, 12, 9)));
        Path2D q = new Path2D.Double();
        q.moveTo(9.1, 9);
        q.curveTo(9.5, 6.5, 14.5, 6.5, 14.9, 9.5);
        q.curveTo(15, 11.5, 12, 12, 12, 14);
        all.add(mixed(IconKind.HELP, List.of(circle(12, 12, 10), q), List.of(circle(12, 17.3, 1.1))));
        all.add(mixed(IconKind.INFO, List.of(circle(12, 12, 10), line(12, 11, 12, 17)), List.of(circle(12, 7.5, 1.1))));
        all.add(d(IconKind.STAR, star()));
        all.add(filled(IconKind.STAR, star()));
        all.add(d(IconKind.FILTER, poly(true, 3, 4, 21, 4, 14, 12.5, 14, 20, 10, 18, 10, 12.5)));
        all.add(d(IconKind.FILTER, line(4, 6, 20, 6), line(7, 12, 17, 12), line(10, 18, 14, 18)));
        all.add(d(IconKind.CALENDAR, new RoundRectangle2D.Double(3, 4, 18, 18, 2, 2), line(3, 10, 21, 10), line(8, 2, 8, 6), line(16, 2, 16, 6)));
        all.add(d(IconKind.REFRESH, new Arc2D.Double(3, 3, 18, 18, 60, 290, Arc2D.OPEN), poly(false, 21, 3, 21, 9, 15, 9)));
        all.add(filled(IconKind.GRID, sq(3, 3), sq(10, 3), sq(17, 3), sq(3, 10), sq(10, 10), sq(17, 10), sq(3, 17), sq(10, 17), sq(17, 17)));
        all.add(d(IconKind.GRID, new Rectangle2D.Double(3, 3, 7, 7), new Rectangle2D.Double(14, 3, 7, 7),
                new Rectangle2D.Double(3, 14, 7, 7), new Rectangle2D.Double(14, 14, 7, 7)));
        all.add(d(IconKind.SHUFFLE, poly(false, 16, 3, 21, 3, 21, 8), line(4, 20, 21, 3), poly(false, 21, 16, 21, 21, 16, 21),
                line(15, 15, 21, 21), line(4, 4, 9, 9)));
        all.add(d(IconKind.REPEAT, poly(false, 17, 1, 21, 5, 17, 9), poly(false, 3, 11, 3, 9, 6, 5, 21, 5),
                poly(false, 7, 23, 3, 19, 7, 15), poly(false, 21, 13, 21, 15, 18, 19, 3, 19)));
        Path2D cone = poly(true, 3, 9, 7, 9, 12, 5, 12, 19, 7, 15, 3, 15);
        all.add(mixed(IconKind.SPEAKER, List.of(new Arc2D.Double(9, 7.5, 7, 9, -60, 120, Arc2D.OPEN),
                new Arc2D.Double(8, 4, 12, 16, -60, 120, Arc2D.OPEN)), List.of(cone)));
        all.add(d(IconKind.SPEAKER, cone, new Arc2D.Double(9, 7.5, 7, 9, -60, 120, Arc2D.OPEN),
                new Arc2D.Double(8, 4, 12, 16, -60, 120, Arc2D.OPEN)));
        all.add(mixed(IconKind.SPEAKER, List.of(line(16, 9, 22, 15), line(22, 9, 16, 15)), List.of(cone)));
        all.add(d(IconKind.FILE, poly(true, 5, 2, 14, 2, 19, 7, 19, 22, 5, 22), poly(false, 14, 2, 14, 7, 19, 7)));
        all.add(d(IconKind.FILE, poly(true, 5, 2, 14, 2, 19, 7, 19, 22, 5, 22), poly(false, 14, 2, 14, 7, 19, 7),
                line(12, 11, 12, 18), line(8.5, 14.5, 15.5, 14.5)));
        for (double notch : new double[] {17, 14}) { // a ribbon cut shallow or deep at its foot
            all.add(d(IconKind.BOOKMARK, poly(true, 5, 3, 19, 3, 19, 21, 12, notch, 5, 21)));
            all.add(filled(IconKind.BOOKMARK, poly(true, 5, 3, 19, 3, 19, 21, 12, notch, 5, 21)));
        }
        all.add(d(IconKind.FOLDER, poly(true, 2, 5, 9, 5, 11, 8, 22, 8, 22, 20, 2, 20)));
        all.add(filled(IconKind.FOLDER, poly(true, 2, 5, 9, 5, 11, 8, 22, 8, 22, 20, 2, 20)));
        all.add(d(IconKind.LOCK, new RoundRectangle2D.Double(4, 11, 16, 11, 2, 2), new Arc2D.Double(7, 3, 10, 14, 0, 180, Arc2D.OPEN),
                line(7, 10, 7, 11), line(17, 10, 17, 11)));
        all.add(d(IconKind.MAIL, new Rectangle2D.Double(2, 5, 20, 14), poly(false, 2, 5, 12, 13, 22, 5)));
        all.add(d(IconKind.CHECK, poly(false, 4, 12, 9, 17, 20, 6)));
        all.add(d(IconKind.SPLIT, new RoundRectangle2D.Double(3, 4, 18, 16, 2, 2), line(12, 4, 12, 20)));
        // mail and list toolbars: archive box, label tag, reply and forward arrows, a filled trash can
        Shape box = new Area(new Rectangle2D.Double(3, 4, 18, 4));
        ((Area) box).add(new Area(new RoundRectangle2D.Double(4, 8, 16, 13, 2, 2)));
        Path2D downArrow = poly(true, 12, 18, 7, 13, 10, 13, 10, 10, 14, 10, 14, 13, 17, 13);
        all.add(new Drawing(IconKind.ARCHIVE, List.of(), List.of(subtract(box, downArrow))));
        all.add(d(IconKind.ARCHIVE, new Rectangle2D.Double(2, 3, 20, 5), poly(false, 4, 8, 4, 21, 20, 21, 20, 8), line(10, 12, 14, 12)));
        Path2D tag = poly(true, 3, 6, 16, 6, 21, 12, 16, 18, 3, 18);
        all.add(d(IconKind.LABEL, tag));
        all.add(filled(IconKind.LABEL, tag));
        Path2D shortTag = poly(true, 3, 5, 16, 5, 21, 12, 16, 19, 3, 19); // Material's proportions: hardly wider than tall
        all.add(d(IconKind.LABEL, shortTag));
        Path2D replyTail = new Path2D.Double();
        replyTail.moveTo(4, 12);
        replyTail.lineTo(14, 12);
        replyTail.curveTo(18, 12, 20, 14.5, 20, 19);
        all.add(d(IconKind.REPLY, poly(false, 9, 7, 4, 12, 9, 17), replyTail));
        Path2D forwardTail = new Path2D.Double();
        forwardTail.moveTo(20, 12);
        forwardTail.lineTo(10, 12);
        forwardTail.curveTo(6, 12, 4, 14.5, 4, 19);
        all.add(d(IconKind.FORWARD, poly(false, 15, 7, 20, 12, 15, 17), forwardTail));
        // chat and mail composers: a paper plane to send, a paper clip to attach, a smiley for emoji
        all.add(filled(IconKind.SEND, poly(true, 3, 4, 21, 12, 3, 20, 5.5, 12)));
        all.add(d(IconKind.SEND, poly(true, 21, 3, 14, 21, 11, 13, 3, 10), line(21, 3, 11, 13)));
        Path2D clip = new Path2D.Double();
        clip.moveTo(19.5, 11);
        clip.lineTo(11.5, 19);
        clip.quadTo(8, 22.5, 4.8, 19.2);
        clip.quadTo(1.5, 16, 5, 12.5);
        clip.lineTo(13, 4.5);
        clip.quadTo(15.5, 2, 18, 4.5);
        clip.quadTo(20.5, 7, 18, 9.5);
        clip.lineTo(10.5, 17);
        clip.quadTo(9, 18.5, 7.5, 17);
        clip.quadTo(6, 15.5, 7.5, 14);
        clip.lineTo(14.5, 7);
        all.add(d(IconKind.ATTACH, clip));
        Arc2D smile = new Arc2D.Double(7, 6, 10, 10, 210, 120, Arc2D.OPEN);
        all.add(mixed(IconKind.EMOJI, List.of(circle(12, 12, 10), smile), List.of(circle(8.5, 9, 1.4), circle(15.5, 9, 1.4))));
        // "add reaction": the smiley's ring open at its top right, where a small plus stands
        all.add(mixed(IconKind.EMOJI, List.of(new Arc2D.Double(2.5, 4, 17, 17, 90, 270, Arc2D.OPEN),
                new Arc2D.Double(6.5, 7.5, 9, 9, 210, 120, Arc2D.OPEN), line(19, 1.5, 19, 7.5), line(16, 4.5, 22, 4.5)),
                List.of(circle(8, 10.5, 1.2), circle(14, 10.5, 1.2))));
        // a speech bubble for comments, square with its tail at the bottom left (a round one drawn whole is left out:
        // at 14-18 px it is as near a thin heart as the heart's own references, and favourites matter more)
        Area squareBubble = new Area(new RoundRectangle2D.Double(3, 4, 18, 13, 4, 4));
        squareBubble.add(new Area(poly(true, 6, 16, 6, 21, 11, 16)));
        all.add(d(IconKind.COMMENT, squareBubble));
        all.add(filled(IconKind.COMMENT, squareBubble));
        // a round bubble whose tail, at 14-18 px, is only a square corner at its bottom left; its thin top comes out
        // faint, so the ink is wider than tall
        Area roundBubble = new Area(new Ellipse2D.Double(3, 4, 19, 15));
        roundBubble.add(new Area(poly(true, 3, 19, 3, 12, 10, 19)));
        all.add(d(IconKind.COMMENT, roundBubble));
        // a picture: a frame with a sun and a hill, or two peaks
        all.add(d(IconKind.IMAGE, new RoundRectangle2D.Double(3, 3, 18, 18, 3, 3), circle(8.5, 8.5, 1.8), poly(false, 21, 15, 16, 10, 5, 21)));
        all.add(d(IconKind.IMAGE, new RoundRectangle2D.Double(3, 4, 18, 16, 3, 3), circle(8.5, 9, 1.6),
                poly(false, 3, 18, 9, 12, 13, 16, 16, 13, 21, 18)));
        all.add(d(IconKind.CAMERA, poly(true, 2, 8, 7, 8, 9, 5, 15, 5, 17, 8, 22, 8, 22, 20, 2, 20), circle(12, 13.5, 4)));
        Path2D pin = new Path2D.Double();
        pin.moveTo(12, 22);
        pin.curveTo(7, 17.5, 4.5, 13.5, 4.5, 9.5);
        pin.curveTo(4.5, 5.4, 7.9, 2, 12, 2);
        pin.curveTo(16.1, 2, 19.5, 5.4, 19.5, 9.5);
        pin.curveTo(19.5, 13.5, 17, 17.5, 12, 22);
        pin.closePath();
        all.add(d(IconKind.LOCATION, pin, circle(12, 9.5, 2.5)));
        all.add(filled(IconKind.LOCATION, subtract(pin, circle(12, 9.5, 2.8))));
        all.add(d(IconKind.CLOCK, circle(12, 12, 10), poly(false, 12, 6, 12, 12, 16, 14)));
        all.add(d(IconKind.PRINT, poly(false, 6, 9, 6, 2, 18, 2, 18, 9), new RoundRectangle2D.Double(2, 9, 20, 9, 2, 2),
                new Rectangle2D.Double(6, 14, 12, 8)));
        // the body open where the sheet comes out under it
        all.add(d(IconKind.PRINT, poly(false, 6, 9, 6, 2, 18, 2, 18, 9),
                poly(false, 6, 18, 4, 18, 2, 16, 2, 11, 4, 9, 20, 9, 22, 11, 22, 16, 20, 18, 18, 18),
                new Rectangle2D.Double(6, 14, 12, 8)));
        all.add(d(IconKind.COPY, new RoundRectangle2D.Double(8, 8, 13, 13, 2, 2), poly(false, 16, 8, 16, 4, 4, 4, 4, 16, 8, 16)));
        // the sheet behind drawn from the top left corner, its rounded ends stopping short of the front one
        all.add(d(IconKind.COPY, new RoundRectangle2D.Double(9, 9, 13, 13, 2, 2),
                poly(false, 5, 15, 4, 15, 2, 13, 2, 4, 4, 2, 13, 2, 15, 4, 15, 5)));
        all.add(d(IconKind.FLAG, line(5, 22, 5, 3), poly(true, 5, 3, 19, 3, 16, 8, 19, 13, 5, 13)));
        all.add(d(IconKind.FLAG, line(5, 22, 5, 3), poly(true, 5, 4, 19, 4, 19, 14, 5, 14)));
        Path2D waving = new Path2D.Double();
        waving.moveTo(4.5, 3.5);
        waving.curveTo(9, 1, 12, 6, 19.5, 3.5);
        waving.lineTo(19.5, 14.5);
        waving.curveTo(12, 17, 9, 12, 4.5, 14.5);
        all.add(d(IconKind.FLAG, line(4.5, 22, 4.5, 3.5), waving));
        // a ring open at the top with a bar dropping into it (IEC 5009)
        all.add(d(IconKind.POWER, new Arc2D.Double(3, 4, 18, 18, 135, 270, Arc2D.OPEN), line(12, 2, 12, 12)));
        Area can = new Area(new Rectangle2D.Double(6, 8, 12, 13));
        can.add(new Area(new Rectangle2D.Double(5, 4, 14, 2)));
        can.add(new Area(new Rectangle2D.Double(9, 3, 6, 1.5)));
        all.add(new Drawing(IconKind.TRASH, List.of(), List.of(can)));
        return all;
    }

    private static Rectangle2D sq(double x, double y) {
        return new Rectangle2D.Double(x, y, 4, 4);
    }

    private static Shape eye() {
        Path2D p = new Path2D.Double();
        p.moveTo(1, 12);
        p.curveTo(4, 6, 8, 5, 12, 5);
        p.curveTo(16, 5, 20, 6, 23, 12);
        p.curveTo(20, 18, 16, 19, 12, 19);
        p.curveTo(8, 19, 4, 18, 1, 12);
        p.closePath();
        return p;
    }

    private static Shape subtract(Shape a, Shape b) {
        Area area = new Area(a);
        area.subtract(new Area(b));
        return area;
    }

    /** A {@code px}×{@code px} ink mask of what {@code painter} draws in white on black, anti-aliased and thresholded. */
    static boolean[] drawnMask(int px, java.util.function.Consumer<Graphics2D> painter) {
        BufferedImage img = new BufferedImage(px, px, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, px, px);
        g.setColor(Color.WHITE);
        painter.accept(g);
        g.dispose();
        boolean[] m = new boolean[px * px];
        for (int i = 0; i < m.length; i++) {
            m[i] = img.getRaster().getSample(i % px, i / px, 0) >= 110;
        }
        return m;
    }

    private static List<Template> build() {
        List<Template> out = new ArrayList<>();
        int px = 48;
        double scale = px / 24.0;
        for (Drawing dr : drawings()) {
            double[] widths = dr.strokes.isEmpty() ? new double[] {0} : new double[] {1.2, 2, 3};
            for (double sw : widths) {
                boolean[] m = drawnMask(px, g -> {
                    g.transform(AffineTransform.getScaleInstance(scale, scale));
                    for (Shape s : dr.fills) g.fill(s);
                    if (sw > 0) {
                        g.setStroke(new BasicStroke((float) sw, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                        for (Shape s : dr.strokes) g.draw(s);
                    }
                });
                Norm n = normalise(m, px, px);
                if (n != null) {
                    out.add(new Template(dr.kind, n.mask, distance(n.mask), n.ink, n.aspect, parts(n.mask)));
                }
            }
        }
        return List.copyOf(out);
    }

    /** Ink parts (8-connected) of a normalised mask, ignoring single cells. */
    static int parts(boolean[] m) {
        int[] lab = IconShapes.components(m, N, N, true);
        int[] sizes = new int[lab[0] + 1];
        for (int i = 1; i < lab.length; i++) if (lab[i] > 0) sizes[lab[i]]++;
        int n = 0;
        for (int i = 1; i < sizes.length; i++) if (sizes[i] >= 2) n++;
        return n;
    }

    private static final java.util.Map<String, List<Template>> LETTERS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * How far the ink is from the character {@code text} as a sans-serif font draws it (plain, bold,
     * italic), on the scale of {@link Match#distance()}: a glyph OCR read as "B" that is nearer the
     * letter than any icon is the letter. Max value when the text is not one drawable character.
     */
    public static double letterDistance(boolean[] mask, int width, int height, String text) {
        Norm q = normalise(mask, width, height);
        if (q == null || text.codePointCount(0, text.length()) != 1) {
            return Double.MAX_VALUE;
        }
        float[] qd = distance(q.mask);
        double best = Double.MAX_VALUE;
        for (Template t : LETTERS.computeIfAbsent(text, IconTemplates::letterTemplates)) {
            double ar = Math.abs(Math.log(q.aspect / t.aspect));
            double a = 0;
            for (int i = 0; i < N * N; i++) if (q.mask[i]) a += t.dist[i];
            double b = 0;
            for (int i = 0; i < N * N; i++) if (t.mask[i]) b += qd[i];
            best = Math.min(best, 0.5 * (a / Math.max(1, q.ink) + b / Math.max(1, t.ink)) + 1.5 * ar);
        }
        return best;
    }

    private static List<Template> letterTemplates(String text) {
        List<Template> out = new ArrayList<>();
        int px = 64;
        for (int style : new int[] {java.awt.Font.PLAIN, java.awt.Font.BOLD, java.awt.Font.ITALIC}) {
            boolean[] m = drawnMask(px, g -> {
                g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, style, 40));
                g.drawString(text, 12, 48);
            });
            Norm n = normalise(m, px, px);
            if (n != null) {
                out.add(new Template(IconKind.UNKNOWN, n.mask, distance(n.mask), n.ink, n.aspect, parts(n.mask)));
            }
        }
        return List.copyOf(out);
    }

    /** Development aid: the normalised masks of the templates of one kind. */
    public static String dump(IconKind kind) {
        StringBuilder sb = new StringBuilder();
        for (Template t : TEMPLATES) {
            if (t.kind != kind) continue;
            for (int y = 0; y < N; y++) {
                sb.append("\n    ");
                for (int x = 0; x < N; x++) sb.append(t.mask[y * N + x] ? '#' : '.');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** How many reference templates there are (for tests). */
    static int size() {
        return TEMPLATES.size();
    }
}
