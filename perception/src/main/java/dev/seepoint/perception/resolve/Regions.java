package dev.seepoint.perception.resolve;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.resolve.Query.Region;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Screen regions found from pixels, computed on first use: a top bar (a band at the top with its
 * own background), a dialog (a panel over a dimmed backdrop), a sidebar and a footer.
 */
public final class Regions {

    private final Screenshot shot;
    private final Map<Region, Optional<Box>> cache = new HashMap<>();
    private int[] rowBackground;

    public Regions(Screenshot shot) {
        this.shot = shot;
    }

    /** The box of {@code region}, or empty when it cannot be seen on this frame. */
    public synchronized Optional<Box> find(Region region) {
        return cache.computeIfAbsent(region, this::compute);
    }

    private Optional<Box> compute(Region region) {
        int w = shot.width();
        int h = shot.height();
        return switch (region) {
            case ANYWHERE -> Optional.of(shot.bounds());
            case TOP_BAR -> Optional.of(topBar());
            case TOOLBAR -> Optional.of(topBar()); // most often the page's top bar; a list's own toolbar is found softly
            case FOOTER -> Optional.of(footer());
            case DIALOG -> dialog();
            case SIDEBAR -> Optional.of(sidebar());
            case SIDE_PANEL -> rightPanel().or(() -> Optional.of(sidebar()));
            case TOP -> Optional.of(new Box(0, 0, w, h / 3));
            case BOTTOM -> Optional.of(new Box(0, h - h / 3, w, h));
            case LEFT -> Optional.of(new Box(0, 0, w / 2, h));
            case RIGHT -> Optional.of(new Box(w - w / 2, 0, w, h));
            case TOP_LEFT -> Optional.of(new Box(0, 0, w / 3, h / 3));
            case TOP_RIGHT -> Optional.of(new Box(w - w / 3, 0, w, h / 3));
            case BOTTOM_LEFT -> Optional.of(new Box(0, h - h / 3, w / 3, h));
            case BOTTOM_RIGHT -> Optional.of(new Box(w - w / 3, h - h / 3, w, h));
        };
    }

    private Box topBar() {
        int[] bg = rowBackgrounds();
        int h = shot.height();
        int first = bg[0];
        int y = 0;
        int limit = Math.min(h, (int) (h * 0.25));
        while (y < limit && (bg[y] == first || bg[y] == -1)) {
            y++;
        }
        int minBar = (int) Math.round(24 * shot.devicePixelRatio());
        if (first != -1 && y >= minBar && y < limit && bg[y] != -1 && bg[y] != first) {
            // a title bar over a toolbar: short bands stacked at the top, each its own colour, are one top bar
            for (int band = 0; band < 3; band++) {
                int colour = bg[y];
                int z = y;
                while (z < limit && (bg[z] == colour || bg[z] == -1)) {
                    z++;
                }
                if (z >= limit || z - y < minBar || bg[z] == -1) {
                    break;
                }
                y = z;
            }
            return new Box(0, 0, shot.width(), y);
        }
        return new Box(0, 0, shot.width(), Math.max((int) Math.round(72 * shot.devicePixelRatio()), h / 10));
    }

    private Box footer() {
        int h = shot.height();
        return footerBand().orElseGet(() -> new Box(0, h - Math.max((int) Math.round(72 * shot.devicePixelRatio()), h / 10),
                shot.width(), h));
    }

    /** A band at the bottom with its own background (a status bar, a call's controls), when there is one. */
    private Optional<Box> footerBand() {
        int[] bg = rowBackgrounds();
        int h = shot.height();
        int lastBg = bg[h - 1];
        int y = h - 1;
        int limit = h - (int) (h * 0.25);
        while (y > limit && (bg[y] == lastBg || bg[y] == -1)) {
            y--;
        }
        int minBar = (int) Math.round(24 * shot.devicePixelRatio());
        if (lastBg != -1 && h - 1 - y >= minBar && y > limit && bg[y] != -1 && bg[y] != lastBg) {
            return Optional.of(new Box(0, y + 1, shot.width(), h));
        }
        return Optional.empty();
    }

    private Box sidebar() {
        int w = shot.width();
        int h = shot.height();
        // a left column whose background differs from the column just right of it
        int sampleY = h / 2;
        int left = quant(shot.rgb(4, sampleY));
        int x = 4;
        int limit = (int) (w * 0.35);
        while (x < limit && quant(shot.rgb(x, sampleY)) == left) {
            x++;
        }
        int minWidth = (int) Math.round(120 * shot.devicePixelRatio());
        if (x >= minWidth && x < limit) {
            return new Box(0, 0, x, h);
        }
        return new Box(0, 0, w / 4, h);
    }

    /**
     * A panel along the right edge (a contact's details or a drawer slid in over the page): the leftmost column of
     * the right half where a straight vertical edge (a border, or where the panel's background meets the page's)
     * runs up from the bottom of the screen over at least half its height, with something shown inside. Above a band
     * across the bottom (a meeting's controls, a status bar) the edge runs up from that band.
     */
    private Optional<Box> rightPanel() {
        Optional<Box> above = footerBand().flatMap(f -> rightPanel(f.top()));
        return above.isPresent() ? above : rightPanel(shot.height());
    }

    /** A right panel whose edge runs up from {@code bottom}: the screen's, or that of a band across the bottom. */
    private Optional<Box> rightPanel(int bottom) {
        int w = shot.width();
        int h = bottom;
        int gap = (int) Math.round(24 * shot.devicePixelRatio());
        for (int x = w / 2; x < w - (int) Math.round(200 * shot.devicePixelRatio()); x++) {
            int top = h;
            int hits = 0;
            int miss = 0;
            for (int y = h - 1; y >= 0 && miss <= gap; y--) {
                if (dist(shot.rgb(x, y), shot.rgb(x - 3, y)) > 15) {
                    if (top == h && h - 1 - y > gap) {
                        break; // the edge must reach the bottom
                    }
                    top = y;
                    hits++;
                    miss = 0;
                } else {
                    miss++;
                }
            }
            if (top < h && h - top >= shot.height() / 2 && hits >= 0.85 * (h - top)) {
                Box panel = new Box(x, top, w, h);
                if (holdsSomething(panel)) {
                    return Optional.of(panel);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code box} is more than its background: some sampled pixels differ from its most common colour. */
    private boolean holdsSomething(Box box) {
        Map<Integer, Integer> counts = new HashMap<>();
        int n = 0;
        for (int y = box.top(); y < box.bottom(); y += 3) {
            for (int x = box.left() + 4; x < box.right(); x += 3) {
                counts.merge(quant(shot.rgb(x, y)), 1, Integer::sum);
                n++;
            }
        }
        int most = counts.values().stream().max(Integer::compare).orElse(0);
        return n > 0 && n - most >= 0.005 * n;
    }

    /**
     * A large uniform panel on the vertical centre line whose surroundings are darker (a modal
     * backdrop). The frame's centre is tried first, then points above and below it, because many
     * dialogs sit in the upper part of the screen.
     */
    private Optional<Box> dialog() {
        int w = shot.width();
        int h = shot.height();
        int[] px = shot.pixels();
        for (double at : new double[] {0.5, 0.4, 0.3, 0.2, 0.6}) {
            int cy = (int) (h * at);
            int panel = commonColour(px, w, h, w / 2, cy, at == 0.5 ? h / 6 : h / 12);
            if (panel == -1) {
                continue;
            }
            Box box = grow(px, w, h, panel, w / 2, cy);
            if (box != null) {
                box = alongMargins(px, w, h, panel, box);
            }
            if (box == null || box.area() < 0.03 * w * h || box.area() > 0.85 * w * h) {
                continue;
            }
            if (at != 0.5 && (Math.abs(box.center().x() - w / 2) > w * 0.08 || box.width() > 0.9 * w)) {
                continue; // away from the centre, only a horizontally centred panel counts as a dialog
            }
            int touching = (box.left() <= 2 ? 1 : 0) + (box.top() <= 2 ? 1 : 0) + (box.right() >= w - 2 ? 1 : 0)
                    + (box.bottom() >= h - 2 ? 1 : 0);
            if (touching >= 2) {
                continue; // a pane reaching two edges of the screen (a chat's message pane beside a dark sidebar) is the page
            }
            double inside = luminance(panel);
            double outside = ringLuminance(px, w, h, box);
            if (outside >= inside - 25 && (box.height() < 0.12 * h || box.width() > 6 * box.height())) {
                // no backdrop darker than it: a coloured band across the middle (a unit's header, a banner) with the light
                // page round it is no dialog, which stands taller (a dialog over a dimmed page may be found in part)
                continue;
            }
            if ((outside < inside - 25 || Math.abs(outside - inside) > 60) && shadedAllRound(px, w, h, box, inside, outside)) {
                return Optional.of(box);
            }
        }
        return Optional.empty();
    }

    /**
     * A panel whose middle holds a band of another colour (a dialog's tinted notice, a rule over its footer) is found
     * down to that band only: it goes on as far as its side margins keep the panel's colour while just outside them
     * the page does not, so the whole dialog, its buttons at the foot included, is one box.
     */
    private static Box alongMargins(int[] px, int w, int h, int panel, Box box) {
        int in = 3;
        int l = box.left() + in;
        int r = box.right() - 1 - in;
        if (box.left() < 2 * in || box.right() > w - 2 * in || r <= l) {
            return box;
        }
        int bottom = marginRun(px, w, h, panel, l, r, box.left() - in, box.right() - 1 + in, box.bottom(), 1);
        int top = marginRun(px, w, h, panel, l, r, box.left() - in, box.right() - 1 + in, box.top() - 1, -1);
        return new Box(box.left(), Math.min(box.top(), top), box.right(), Math.max(box.bottom(), bottom + 1));
    }

    /**
     * From row {@code from} in direction {@code dy}, the last row where columns {@code l} and {@code r} show the panel's
     * colour (gaps of up to 24 rows allowed) and columns {@code ol} and {@code or} just outside do not.
     */
    private static int marginRun(int[] px, int w, int h, int panel, int l, int r, int ol, int or, int from, int dy) {
        int last = from - dy;
        int miss = 0;
        for (int y = from; y >= 0 && y < h; y += dy) {
            if (quant(px[y * w + ol]) == panel || quant(px[y * w + or]) == panel) {
                break; // the page beside is the panel's colour: the panel's edge is gone
            }
            if (quant(px[y * w + l]) == panel && quant(px[y * w + r]) == panel) {
                last = y;
                miss = 0;
            } else if (++miss > 24) {
                break;
            }
        }
        return last;
    }

    /** The colour most common in a window around (cx, cy), or -1. */
    private static int commonColour(int[] px, int w, int h, int cx, int cy, int half) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = Math.max(0, cy - half); y < Math.min(h, cy + half); y += 3) {
            for (int x = Math.max(0, cx - w / 6); x < Math.min(w, cx + w / 6); x += 3) {
                counts.merge(quant(px[y * w + x]), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(-1);
    }

    private Box grow(int[] px, int w, int h, int colour, int cx, int cy) {
        int left = edge(px, w, h, colour, cx, cy, -1, 0);
        int right = edge(px, w, h, colour, cx, cy, 1, 0);
        int top = edge(px, w, h, colour, cx, cy, 0, -1);
        int bottom = edge(px, w, h, colour, cx, cy, 0, 1);
        if (right - left < 40 || bottom - top < 40) {
            return null;
        }
        // refine with the median extents of a few parallel scan lines
        int[] ys = {top + (bottom - top) / 4, (top + bottom) / 2, top + 3 * (bottom - top) / 4};
        int[] xs = {left + (right - left) / 4, (left + right) / 2, left + 3 * (right - left) / 4};
        int l = Integer.MAX_VALUE;
        int r = Integer.MIN_VALUE;
        for (int y : ys) {
            l = Math.min(l, edge(px, w, h, colour, cx, y, -1, 0));
            r = Math.max(r, edge(px, w, h, colour, cx, y, 1, 0));
        }
        int t = Integer.MAX_VALUE;
        int b = Integer.MIN_VALUE;
        for (int x : xs) {
            t = Math.min(t, edge(px, w, h, colour, x, cy, 0, -1));
            b = Math.max(b, edge(px, w, h, colour, x, cy, 0, 1));
        }
        return new Box(Math.max(0, l), Math.max(0, t), Math.min(w, r + 1), Math.min(h, b + 1));
    }

    /** Walks from (x, y) in direction (dx, dy) until a run of 24 pixels not of {@code colour}. */
    private static int edge(int[] px, int w, int h, int colour, int x, int y, int dx, int dy) {
        int lastIn = dy == 0 ? x : y;
        int miss = 0;
        while (x >= 0 && x < w && y >= 0 && y < h) {
            if (quant(px[y * w + x]) == colour) {
                lastIn = dy == 0 ? x : y;
                miss = 0;
            } else if (++miss > 24) {
                break;
            }
            x += dx;
            y += dy;
        }
        return lastIn;
    }

    /**
     * A modal dialog's overlay shades the page on every side the same way: no side (that the screen shows) may be
     * lighter than the panel when the rest is darker, or the other way round. A light panel with a dark picture on
     * one side and the light page on the other (a product photo's backdrop) is no dialog.
     */
    private static boolean shadedAllRound(int[] px, int w, int h, Box box, double inside, double outside) {
        double sign = Math.signum(outside - inside);
        int m = 12;
        Box[] sides = {new Box(box.left(), box.top() - m, box.right(), box.top() - m + 1),
                new Box(box.left(), box.bottom() + m, box.right(), box.bottom() + m + 1),
                new Box(box.left() - m, box.top(), box.left() - m + 1, box.bottom()),
                new Box(box.right() + m, box.top(), box.right() + m + 1, box.bottom())};
        for (Box side : sides) {
            double sum = 0;
            int n = 0;
            for (int y = Math.max(0, side.top()); y < Math.min(h, side.bottom()); y += 4) {
                for (int x = Math.max(0, side.left()); x < Math.min(w, side.right()); x += 4) {
                    sum += luminance(quant(px[y * w + x]));
                    n++;
                }
            }
            if (n > 0 && Math.signum(sum / n - inside) != sign) {
                return false;
            }
        }
        return true;
    }

    private static double ringLuminance(int[] px, int w, int h, Box box) {
        double sum = 0;
        int n = 0;
        int m = 12;
        for (int x = box.left(); x < box.right(); x += 4) {
            for (int y : new int[] {box.top() - m, box.bottom() + m}) {
                if (y >= 0 && y < h) {
                    sum += luminance(quant(px[y * w + x]));
                    n++;
                }
            }
        }
        for (int y = box.top(); y < box.bottom(); y += 4) {
            for (int x : new int[] {box.left() - m, box.right() + m}) {
                if (x >= 0 && x < w) {
                    sum += luminance(quant(px[y * w + x]));
                    n++;
                }
            }
        }
        return n == 0 ? luminance(0) : sum / n;
    }

    private int[] rowBackgrounds() {
        if (rowBackground != null) {
            return rowBackground;
        }
        int w = shot.width();
        int h = shot.height();
        int[] out = new int[h];
        int step = Math.max(1, w / 160);
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < h; y++) {
            counts.clear();
            int n = 0;
            for (int x = 0; x < w; x += step) {
                counts.merge(quant(shot.rgb(x, y)), 1, Integer::sum);
                n++;
            }
            int best = -1;
            int bestCount = 0;
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                if (e.getValue() > bestCount) {
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            }
            out[y] = bestCount * 2 > n ? best : -1;
        }
        rowBackground = out;
        return out;
    }

    /**
     * The card, tile or panel holding {@code anchor}: the nearest edges left and right of it that run
     * straight up and down well beyond the anchor (a border, or where the card's background meets the
     * page's), and how far those edges run. Empty when no such pair of edges is found.
     */
    public Optional<Box> cardAround(Box anchor) {
        // a list's card can be most of the page wide: its title at the left, its buttons at the far right
        return around(anchor, Math.max(4 * anchor.height(), (int) Math.round(60 * shot.devicePixelRatio())),
                (int) Math.round(1000 * shot.devicePixelRatio()));
    }

    /**
     * The band of a list's item holding {@code anchor} (a post of a feed, a row of a table): from the nearest long
     * horizontal edge above it (a rule between items, or a card's top) to the nearest one below, across
     * {@code across}'s columns. Empty when no such edges are found within reach.
     */
    public Optional<Box> bandAround(Box anchor, Box across) {
        int left = Math.max(0, across.left());
        int right = Math.min(shot.width(), across.right());
        if (right - left < Math.max(3 * anchor.width(), (int) Math.round(200 * shot.devicePixelRatio()))) {
            return Optional.empty();
        }
        int top = edgeRow(anchor.top() - 1, -1, left, right, (int) Math.round(240 * shot.devicePixelRatio()));
        int bottom = edgeRow(anchor.bottom() + 1, 1, left, right, (int) Math.round(600 * shot.devicePixelRatio()));
        if (top < 0 || bottom < 0 || bottom - top < 2 * anchor.height()) {
            return Optional.empty();
        }
        return Optional.of(new Box(left, top, right, bottom));
    }

    /** The first row from {@code y} in direction {@code dy} whose pixels differ from the row before on nine tenths of {@code left..right}, or -1. */
    private int edgeRow(int y, int dy, int left, int right, int reach) {
        for (int i = 0; i < reach; i++, y += dy) {
            if (y - dy < 0 || y - dy >= shot.height() || y < 0 || y >= shot.height()) {
                return -1;
            }
            int n = 0;
            int edge = 0;
            for (int x = left; x < right; x += 2) {
                n++;
                if (dist(shot.rgb(x, y), shot.rgb(x, y - dy)) > 12) {
                    edge++;
                }
            }
            if (edge >= 0.9 * n) {
                return y;
            }
        }
        return -1;
    }

    /**
     * The small tile holding {@code anchor} (a day of a week strip, a time slot, a size button): as
     * {@link #cardAround}, with shorter edges looked for nearer the anchor.
     */
    public Optional<Box> tileAround(Box anchor) {
        return around(anchor, Math.max(3 * anchor.height(), (int) Math.round(36 * shot.devicePixelRatio())),
                (int) Math.round(240 * shot.devicePixelRatio()));
    }

    /**
     * The panel a heading opens: like {@link #cardAround} but as large as the page allows (a settings section's card
     * may hold most of the screen).
     */
    public Optional<Box> panelAround(Box anchor) {
        return around(anchor, Math.max(4 * anchor.height(), (int) Math.round(60 * shot.devicePixelRatio())),
                (int) Math.round(1000 * shot.devicePixelRatio()), 1.0);
    }

    private Optional<Box> around(Box anchor, int minRun, int reach) {
        return around(anchor, minRun, reach, 0.4);
    }

    private Optional<Box> around(Box anchor, int minRun, int reach, double maxShare) {
        int w = shot.width();
        int h = shot.height();
        int y = (int) Math.min(h - 1, Math.max(0, anchor.centerY()));
        int[] left = edge(anchor.left() - 1, -1, y, minRun, w, reach);
        int[] right = edge(anchor.right() + 1, 1, y, minRun, w, reach);
        // a rule inside the card (between a car's details and its price column), or the side of a picture in it, meets
        // no edge running towards the anchor at either end: the card goes on past it
        for (int i = 0; i < 3 && right != null && !closes(right, -1, y); i++) {
            int[] further = edge(past(right, 1, y), 1, y, minRun, w, reach - (right[0] - anchor.right()));
            if (further == null) {
                break;
            }
            right = further;
        }
        for (int i = 0; i < 3 && left != null && !closes(left, 1, y); i++) {
            int[] further = edge(past(left, -1, y), -1, y, minRun, w, reach - (anchor.left() - left[0]));
            if (further == null) {
                break;
            }
            left = further;
        }
        if (left == null || right == null) {
            return Optional.empty();
        }
        Box card = new Box(left[0], Math.max(left[1], right[1]), right[0] + 1, Math.min(left[2], right[2]) + 1);
        if (card.width() < 1.5 * anchor.width() || card.height() < 2 * anchor.height() || card.area() > maxShare * w * h
                || !card.contains(anchor.center())) {
            return Optional.empty();
        }
        return Optional.of(card);
    }

    /**
     * Whether vertical edge {@code e} is the side of a box that holds what lies {@code toward} it (+1: to its right):
     * at its top or bottom (a rounded corner's curve apart) an edge runs that way, or the edge reaches the frame's border.
     */
    private boolean closes(int[] e, int toward, int y) {
        int inside = shot.rgb(Math.max(0, Math.min(shot.width() - 1, e[0] + toward * 3)), y);
        int corner = (int) Math.round(12 * shot.devicePixelRatio());
        boolean top = e[1] <= 1;
        boolean bottom = e[2] >= shot.height() - 2;
        if (top && bottom) {
            return true;
        }
        // an end cut off by the frame says nothing: the other end decides
        for (int r = e[1] - corner; r <= e[1] + 2 && !top; r++) {
            if (across(e[0], r, toward, inside)) {
                return true;
            }
        }
        for (int r = e[2] - 2; r <= e[2] + corner && !bottom; r++) {
            if (across(e[0], r, toward, inside)) {
                return true;
            }
        }
        return false;
    }

    /** Whether row {@code r} holds a line off the {@code inside} colour just past a corner's reach from column {@code x}. */
    private boolean across(int x, int r, int toward, int inside) {
        if (r < 0 || r >= shot.height()) {
            return false;
        }
        double dpr = shot.devicePixelRatio();
        for (int k = (int) Math.round(14 * dpr); k <= Math.round(24 * dpr); k += 2) {
            int cx = x + toward * k;
            if (cx < 0 || cx >= shot.width() || dist(shot.rgb(cx, r), inside) <= 12) {
                return false;
            }
        }
        return true;
    }

    /** The first column past edge {@code e} (walking by {@code dx} along row {@code y}) off the edge's own colour. */
    private int past(int[] e, int dx, int y) {
        int c = shot.rgb(e[0], y);
        int x = e[0] + dx;
        while (x > 0 && x < shot.width() - 1 && dist(shot.rgb(x, y), c) <= 24) {
            x += dx;
        }
        return x;
    }

    /**
     * The nearest straight vertical edge left of {@code anchor} (a card's border, or where its
     * background meets the page's), or empty when none lies within reach. Texts whose left edges are
     * the same line sit in the same container.
     */
    public Optional<Edge> leftEdge(Box anchor) {
        int y = (int) Math.min(shot.height() - 1, Math.max(0, anchor.centerY()));
        int minRun = Math.max(3 * anchor.height(), (int) Math.round(40 * shot.devicePixelRatio()));
        int[] e = edge(anchor.left() - 1, -1, y, minRun, shot.width(), (int) Math.round(420 * shot.devicePixelRatio()));
        return e == null ? Optional.empty() : Optional.of(new Edge(e[0], e[1], e[2]));
    }

    /** A straight vertical edge: its column and the rows it runs from and to (inclusive). */
    public record Edge(int x, int top, int bottom) {
    }

    /**
     * Walks along row {@code y} from {@code x} in direction {@code dx} to the first column whose pixel
     * starts a straight vertical edge at least {@code minRun} long, within {@code reach} columns; {x, top, bottom} or null.
     */
    private int[] edge(int x, int dx, int y, int minRun, int w, int reach) {
        int bg = usual(Math.max(0, Math.min(w - 1, x)), y);
        for (int i = 0; i < reach; i++, x += dx) {
            if (x < 0 || x >= w) {
                return null;
            }
            int c = shot.rgb(x, y);
            if (dist(c, bg) <= 12) {
                continue;
            }
            // the run goes on while the column keeps the edge's colour and still differs from the background
            // (a glyph's faint anti-aliased rim is within reach of the background itself)
            int top = y;
            while (top > 0 && dist(shot.rgb(x, top - 1), c) <= 24 && dist(shot.rgb(x, top - 1), bg) > 12) {
                top--;
            }
            int bottom = y;
            while (bottom < shot.height() - 1 && dist(shot.rgb(x, bottom + 1), c) <= 24 && dist(shot.rgb(x, bottom + 1), bg) > 12) {
                bottom++;
            }
            if (bottom - top >= minRun) {
                return new int[] {x, top, bottom};
            }
        }
        return null;
    }

    /**
     * The colour most pixels of column {@code x} have near row {@code y}: the background there, even where the row
     * itself starts on the anti-aliased rim of a glyph ("Renault Clio" with "or similar" right after it).
     */
    private int usual(int x, int y) {
        int reach = (int) Math.round(8 * shot.devicePixelRatio());
        int from = Math.max(0, y - reach);
        int to = Math.min(shot.height() - 1, y + reach);
        int best = shot.rgb(x, y);
        int most = 0;
        for (int a = from; a <= to; a++) {
            int c = shot.rgb(x, a);
            int n = 0;
            for (int b = from; b <= to; b++) {
                if (dist(c, shot.rgb(x, b)) <= 12) {
                    n++;
                }
            }
            if (n > most) {
                most = n;
                best = c;
            }
        }
        return best;
    }

    static int dist(int a, int b) {
        return Math.abs(((a >> 16) & 0xFF) - ((b >> 16) & 0xFF)) + Math.abs(((a >> 8) & 0xFF) - ((b >> 8) & 0xFF))
                + Math.abs((a & 0xFF) - (b & 0xFF));
    }

    /** Colour quantised to 4 bits a channel, so anti-aliasing noise does not split regions. */
    static int quant(int rgb) {
        return ((rgb >> 20) & 0xF) << 8 | ((rgb >> 12) & 0xF) << 4 | ((rgb >> 4) & 0xF);
    }

    private static double luminance(int q) {
        int r = (q >> 8) & 0xF;
        int g = (q >> 4) & 0xF;
        int b = q & 0xF;
        return (r * 299 + g * 587 + b * 114) / 1000.0 * 17;
    }
}
