package dev.seepoint.perception;

/**
 * An axis-aligned rectangle in integer screenshot pixels. {@code left} and {@code top} are inclusive,
 * {@code right} and {@code bottom} exclusive, so {@code width = right - left}.
 */
public record Box(int left, int top, int right, int bottom) {

    public Box {
        if (right < left || bottom < top) {
            throw new IllegalArgumentException(
                    "box corners are swapped: [" + left + "," + top + "," + right + "," + bottom + "]");
        }
    }

    public static Box of(int left, int top, int right, int bottom) {
        return new Box(left, top, right, bottom);
    }

    public static Box ofSize(int left, int top, int width, int height) {
        return new Box(left, top, left + width, top + height);
    }

    public int width() {
        return right - left;
    }

    public int height() {
        return bottom - top;
    }

    public long area() {
        return (long) width() * height();
    }

    public boolean isEmpty() {
        return width() == 0 || height() == 0;
    }

    public Point center() {
        return new Point(left + width() / 2, top + height() / 2);
    }

    public double centerX() {
        return (left + right) / 2.0;
    }

    public double centerY() {
        return (top + bottom) / 2.0;
    }

    public boolean contains(Point p) {
        return p.x() >= left && p.x() < right && p.y() >= top && p.y() < bottom;
    }

    public boolean contains(Box other) {
        return other.left >= left && other.right <= right && other.top >= top && other.bottom <= bottom;
    }

    public Box translate(int dx, int dy) {
        return new Box(left + dx, top + dy, right + dx, bottom + dy);
    }

    /** Multiplies all coordinates by {@code factor}; left/top round down, right/bottom round up. */
    public Box scale(double factor) {
        return new Box((int) Math.floor(left * factor), (int) Math.floor(top * factor),
                (int) Math.ceil(right * factor), (int) Math.ceil(bottom * factor));
    }

    /** This box in CSS pixels, given the device-pixel ratio of the screenshot it came from. */
    public Box toCss(double devicePixelRatio) {
        return scale(1.0 / devicePixelRatio);
    }

    /** Grows (or, with a negative margin, shrinks) each side by {@code margin} pixels. */
    public Box expand(int margin) {
        return expand(margin, margin);
    }

    public Box expand(int dx, int dy) {
        int l = left - dx;
        int t = top - dy;
        int r = Math.max(l, right + dx);
        int b = Math.max(t, bottom + dy);
        return new Box(l, t, r, b);
    }

    /** Clips this box to {@code 0,0,size}; may return an empty box. */
    public Box clip(Size size) {
        int l = clamp(left, 0, size.width());
        int t = clamp(top, 0, size.height());
        int r = clamp(right, l, size.width());
        int b = clamp(bottom, t, size.height());
        return new Box(l, t, r, b);
    }

    public Box union(Box other) {
        return new Box(Math.min(left, other.left), Math.min(top, other.top),
                Math.max(right, other.right), Math.max(bottom, other.bottom));
    }

    /** The overlap with {@code other}, or an empty box at this box's corner when they do not overlap. */
    public Box intersect(Box other) {
        int l = Math.max(left, other.left);
        int t = Math.max(top, other.top);
        int r = Math.min(right, other.right);
        int b = Math.min(bottom, other.bottom);
        if (r <= l || b <= t) {
            return new Box(left, top, left, top);
        }
        return new Box(l, t, r, b);
    }

    public boolean intersects(Box other) {
        return Math.min(right, other.right) > Math.max(left, other.left)
                && Math.min(bottom, other.bottom) > Math.max(top, other.top);
    }

    /** Intersection over union, 0 when disjoint. */
    public double iou(Box other) {
        long inter = intersect(other).area();
        if (inter == 0) {
            return 0;
        }
        return inter / (double) (area() + other.area() - inter);
    }

    /** Overlap of the vertical extents, as a fraction of the smaller height. */
    public double verticalOverlap(Box other) {
        int overlap = Math.min(bottom, other.bottom) - Math.max(top, other.top);
        int smaller = Math.min(height(), other.height());
        return smaller <= 0 ? 0 : Math.max(0, overlap) / (double) smaller;
    }

    /** Overlap of the horizontal extents, as a fraction of the smaller width. */
    public double horizontalOverlap(Box other) {
        int overlap = Math.min(right, other.right) - Math.max(left, other.left);
        int smaller = Math.min(width(), other.width());
        return smaller <= 0 ? 0 : Math.max(0, overlap) / (double) smaller;
    }

    /** Shortest distance between the two rectangles' edges; 0 when they touch or overlap. */
    public double gapTo(Box other) {
        int dx = Math.max(0, Math.max(other.left - right, left - other.right));
        int dy = Math.max(0, Math.max(other.top - bottom, top - other.bottom));
        return Math.hypot(dx, dy);
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    @Override
    public String toString() {
        return "[" + left + "," + top + "," + right + "," + bottom + "]";
    }
}
