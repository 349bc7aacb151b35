package dev.seepoint.perception;

/** The width and height of a frame in pixels. */
public record Size(int width, int height) {

    public Size {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("size must not be negative: " + width + "x" + height);
        }
    }

    public static Size of(int width, int height) {
        return new Size(width, height);
    }

    /** Parses {@code "1280x800"}. */
    public static Size parse(String text) {
        String[] parts = text.trim().toLowerCase(java.util.Locale.ROOT).split("x");
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected WIDTHxHEIGHT such as 1280x800, got '" + text + "'");
        }
        try {
            return new Size(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected WIDTHxHEIGHT such as 1280x800, got '" + text + "'");
        }
    }

    public long area() {
        return (long) width * height;
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
