package dev.seepoint.perception.resolve;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import java.util.Optional;

/**
 * Looks at the pixels beside a label for the control it names, when widget perception saw none:
 * a compact mark just left of "Remember me" is its checkbox; a pill at the right end of the
 * "Weekly digest" row is its toggle.
 */
final class ControlProbe {

    private ControlProbe() {
    }

    /**
     * The area between two corners, empty where they cross: beside a caption that touches the screen's (or a zoomed
     * crop's) edge there is nothing to look at, not an error.
     */
    private static Box area(int left, int top, int right, int bottom) {
        return new Box(left, top, Math.max(left, right), Math.max(top, bottom));
    }

    /** A small, roughly square mark just left (or else right) of {@code label}. */
    static Optional<Box> checkableBeside(Screenshot shot, Box label) {
        int h = Math.max(8, label.height());
        Optional<Box> left = inkCluster(shot, area(Math.max(0, label.left() - 4 * h), label.top() - h / 2,
                label.left() - 1, label.bottom() + h / 2), true);
        if (left.isPresent() && plausibleMark(left.get(), h) && Math.abs(left.get().centerY() - label.centerY()) <= h * 0.5) {
            return left;
        }
        Optional<Box> right = inkCluster(shot, area(label.right() + 1, label.top() - h / 2,
                Math.min(shot.width(), label.right() + 4 * h), label.bottom() + h / 2), false);
        return right.filter(b -> plausibleMark(b, h) && Math.abs(b.centerY() - label.centerY()) <= h * 0.5);
    }

    /** The nearest wide, pill-like mark in the same row to the right of {@code label} (a switch at a row's end). */
    static Optional<Box> switchInRow(Screenshot shot, Box label, Box notBeyond, java.util.List<Box> texts) {
        int h = Math.max(8, label.height());
        Box band = area(label.right() + 1, label.top() - h / 3, notBeyond.right(), label.bottom() + h / 3).clip(shot.size());
        if (band.width() < 3 || band.height() < 3) {
            return Optional.empty();
        }
        int bg = background(shot, band);
        int x = band.left();
        for (int guard = 0; guard < 64 && x < band.right(); guard++) {
            Optional<Box> mark = inkCluster(shot, area(x, band.top(), band.right(), band.bottom()), false, bg);
            if (mark.isEmpty()) {
                return Optional.empty();
            }
            Box b = mark.get();
            if (b.width() >= 1.3 * b.height() && b.width() <= 5 * h && b.height() >= 0.5 * h
                    && Math.abs(b.centerY() - label.centerY()) <= h * 0.6 && !isText(b, texts)) {
                return mark;
            }
            x = b.right() + 1;
        }
        return Optional.empty();
    }

    /**
     * A graphic (knob, slider, switch) next to a caption written under, beside or over it: the
     * nearest ink cluster above the label, else left, else right, that is bigger than the text.
     */
    static Optional<Box> graphicNear(Screenshot shot, Box label) {
        int h = Math.max(8, label.height());
        int half = Math.max(label.width() / 2 + 2 * h, 5 * h);
        Box above = area(Math.max(0, (int) label.centerX() - half), Math.max(0, label.top() - 12 * h),
                Math.min(shot.width(), (int) label.centerX() + half), Math.max(0, label.top() - 1));
        Optional<Box> up = inkClusterUp(shot, above);
        if (up.isPresent() && up.get().height() >= 1.2 * h) {
            return up;
        }
        Optional<Box> left = inkCluster(shot, area(Math.max(0, label.left() - 12 * h), label.top() - h,
                label.left() - 1, label.bottom() + h), true);
        if (left.isPresent() && left.get().width() >= 1.5 * h) {
            return left;
        }
        Optional<Box> right = inkCluster(shot, area(label.right() + 1, label.top() - h,
                Math.min(shot.width(), label.right() + 12 * h), label.bottom() + h), false);
        return right.filter(b -> b.width() >= 1.5 * h);
    }

    /** Like {@link #inkCluster} but scanning rows upwards from the bottom of {@code area}. */
    private static Optional<Box> inkClusterUp(Screenshot shot, Box area) {
        Box a = area.clip(shot.size());
        if (a.width() < 3 || a.height() < 3) {
            return Optional.empty();
        }
        int bg = background(shot, a);
        int gapLimit = Math.max(3, (int) Math.round(4 * shot.devicePixelRatio()));
        int top = -1;
        int bottom = -1;
        int left = Integer.MAX_VALUE;
        int right = Integer.MIN_VALUE;
        int gap = 0;
        boolean inCluster = false;
        for (int y = a.bottom() - 1; y >= a.top(); y--) {
            int rowLeft = -1;
            int rowRight = -1;
            for (int x = a.left(); x < a.right(); x++) {
                if (differs(shot.rgb(x, y), bg)) {
                    if (rowLeft < 0) {
                        rowLeft = x;
                    }
                    rowRight = x;
                }
            }
            if (rowLeft >= 0) {
                inCluster = true;
                gap = 0;
                top = y;
                bottom = Math.max(bottom, y);
                left = Math.min(left, rowLeft);
                right = Math.max(right, rowRight);
            } else if (inCluster && ++gap > gapLimit) {
                break;
            }
        }
        if (!inCluster) {
            return Optional.empty();
        }
        return Optional.of(new Box(left, top, right + 1, bottom + 1));
    }

    /**
     * A text box under its label: the first long horizontal edge below the label (the field's top
     * border or underline), and the next one below that (its bottom border).
     */
    static Optional<Box> fieldBelow(Screenshot shot, Box label) {
        int h = Math.max(8, label.height());
        int left = Math.max(0, label.left() - h);
        int right = Math.min(shot.width(), label.left() + 50 * h);
        int top = label.bottom() + 1;
        int bottom = Math.min(shot.height(), label.bottom() + 5 * h);
        if (bottom - top < 4 || right - left < 4) {
            return Optional.empty();
        }
        int bg = background(shot, new Box(left, top, right, Math.min(shot.height(), top + 2)));
        int minRun = 6 * h;
        int[] first = null;
        for (int y = top; y < bottom; y++) {
            int[] run = longestRun(shot, y, left, right, bg);
            if (run[1] - run[0] >= minRun) {
                if (first == null) {
                    first = new int[] {run[0], y, run[1]};
                } else if (y - first[1] >= h && Math.abs(run[0] - first[0]) <= h && Math.abs(run[1] - first[2]) <= h) {
                    return Optional.of(new Box(first[0], first[1], first[2], y + 1));
                }
            } else if (first != null && y - first[1] > 4 * h) {
                break;
            }
        }
        if (first != null && first[1] - label.bottom() >= 1.5 * h) {
            // an underline field: the text sits above the line
            return Optional.of(new Box(first[0], Math.max(label.bottom() + 1, first[1] - 2 * h), first[2], first[1] + 1));
        }
        return Optional.empty();
    }

    /** The longest run of pixels on row {@code y} that differ from {@code bg}, as {@code [start, end)}. */
    private static int[] longestRun(Screenshot shot, int y, int left, int right, int bg) {
        int best = 0;
        int bestStart = left;
        int start = -1;
        for (int x = left; x <= right; x++) {
            boolean ink = x < right && differsLightly(shot.rgb(x, y), bg);
            if (ink && start < 0) {
                start = x;
            } else if (!ink && start >= 0) {
                if (x - start > best) {
                    best = x - start;
                    bestStart = start;
                }
                start = -1;
            }
        }
        return new int[] {bestStart, bestStart + best};
    }

    /** Borders of fields are often pale: a smaller difference than ink counts. */
    private static boolean differsLightly(int rgb, int bg) {
        int dr = Math.abs(((rgb >> 16) & 0xFF) - ((bg >> 16) & 0xF8));
        int dg = Math.abs(((rgb >> 8) & 0xFF) - ((bg >> 8) & 0xF8));
        int db = Math.abs((rgb & 0xFF) - (bg & 0xF8));
        return dr + dg + db > 36;
    }

    /** True when {@code b} is mostly a line of text perception already read. */
    private static boolean isText(Box b, java.util.List<Box> texts) {
        for (Box t : texts) {
            if (t.intersect(b).area() > 0.5 * b.area()) {
                return true;
            }
        }
        return false;
    }

    private static boolean plausibleMark(Box b, int h) {
        double aspect = b.width() / (double) Math.max(1, b.height());
        return b.height() >= 0.5 * h && b.height() <= 2.5 * h && aspect > 0.6 && aspect < 2.6;
    }

    /**
     * The bounding box of the ink cluster nearest to the label inside {@code area}: columns are
     * scanned from the label outwards; a cluster ends at a gap of background columns.
     */
    private static Optional<Box> inkCluster(Screenshot shot, Box area, boolean leftOfLabel) {
        Box a = area.clip(shot.size());
        if (a.width() < 3 || a.height() < 3) {
            return Optional.empty();
        }
        return inkCluster(shot, a, leftOfLabel, background(shot, a));
    }

    private static Optional<Box> inkCluster(Screenshot shot, Box area, boolean leftOfLabel, int bg) {
        Box a = area.clip(shot.size());
        if (a.width() < 1 || a.height() < 1) {
            return Optional.empty();
        }
        int gapLimit = Math.max(3, (int) Math.round(3 * shot.devicePixelRatio()));
        int start = leftOfLabel ? a.right() - 1 : a.left();
        int step = leftOfLabel ? -1 : 1;
        int left = -1;
        int right = -1;
        int top = Integer.MAX_VALUE;
        int bottom = Integer.MIN_VALUE;
        int gap = 0;
        boolean inCluster = false;
        for (int x = start; x >= a.left() && x < a.right(); x += step) {
            int colTop = -1;
            int colBottom = -1;
            for (int y = a.top(); y < a.bottom(); y++) {
                if (differs(shot.rgb(x, y), bg)) {
                    if (colTop < 0) {
                        colTop = y;
                    }
                    colBottom = y;
                }
            }
            if (colTop >= 0) {
                inCluster = true;
                gap = 0;
                left = left < 0 ? x : Math.min(left, x);
                right = Math.max(right, x);
                top = Math.min(top, colTop);
                bottom = Math.max(bottom, colBottom);
            } else if (inCluster && ++gap > gapLimit) {
                break;
            }
        }
        if (!inCluster) {
            return Optional.empty();
        }
        return Optional.of(new Box(left, top, right + 1, bottom + 1));
    }

    private static int background(Screenshot shot, Box a) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int x = a.left(); x < a.right(); x += 2) {
            counts.merge(shot.rgb(x, a.top()) & 0xF0F0F0, 1, Integer::sum);
            counts.merge(shot.rgb(x, a.bottom() - 1) & 0xF0F0F0, 1, Integer::sum);
        }
        int best = 0;
        int bestCount = -1;
        for (var e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    private static boolean differs(int rgb, int bg) {
        int dr = Math.abs(((rgb >> 16) & 0xFF) - ((bg >> 16) & 0xF8));
        int dg = Math.abs(((rgb >> 8) & 0xFF) - ((bg >> 8) & 0xF8));
        int db = Math.abs((rgb & 0xFF) - (bg & 0xF8));
        return dr + dg + db > 60;
    }
}
