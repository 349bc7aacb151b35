package dev.seepoint.perception;

/** A point in integer screenshot pixels. */
public record Point(int x, int y) {

    public static Point of(int x, int y) {
        return new Point(x, y);
    }

    public Point translate(int dx, int dy) {
        return new Point(x + dx, y + dy);
    }

    /** Multiplies both coordinates by {@code factor}, rounding to the nearest pixel. */
    public Point scale(double factor) {
        return new Point((int) Math.round(x * factor), (int) Math.round(y * factor));
    }

    /** This point in CSS pixels, given the device-pixel ratio of the screenshot it came from. */
    public Point toCss(double devicePixelRatio) {
        return scale(1.0 / devicePixelRatio);
    }

    public double distanceTo(Point other) {
        return Math.hypot(x - other.x, y - other.y);
    }

    @Override
    public String toString() {
        return "(" + x + "," + y + ")";
    }
}
