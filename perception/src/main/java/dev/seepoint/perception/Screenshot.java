package dev.seepoint.perception;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * Immutable pixels of a screen, with the device-pixel ratio they were taken at.
 *
 * <p>A screenshot may be a crop of a larger frame: it then remembers where it came from
 * ({@link #origin()} in frame pixels) and how much it was enlarged ({@link #zoom()}), so that a box
 * found in the crop maps back to the frame with {@link #toFrame(Box)}.
 */
public final class Screenshot {

    /** Largest side accepted, in pixels. */
    public static final int MAX_SIDE = 16_384;
    /** Largest area accepted, in pixels (about 40 megapixels). */
    public static final long MAX_AREA = 40_000_000L;

    private final int width;
    private final int height;
    private final int[] rgb;
    private final double devicePixelRatio;
    private final Point origin;
    private final double zoom;
    private final Size frame;

    private Screenshot(int width, int height, int[] rgb, double devicePixelRatio, Point origin, double zoom, Size frame) {
        this.width = width;
        this.height = height;
        this.rgb = rgb;
        this.devicePixelRatio = devicePixelRatio;
        this.origin = origin;
        this.zoom = zoom;
        this.frame = frame;
    }

    /** Copies the pixels of {@code image}. */
    public static Screenshot of(BufferedImage image, double devicePixelRatio) {
        Objects.requireNonNull(image, "image");
        checkSize(image.getWidth(), image.getHeight());
        if (!(devicePixelRatio > 0) || devicePixelRatio > 10) {
            throw new BadInputException("device-pixel ratio must be in (0, 10], got " + devicePixelRatio);
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] px = image.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < px.length; i++) {
            px[i] &= 0xFFFFFF;
        }
        return new Screenshot(w, h, px, devicePixelRatio, new Point(0, 0), 1.0, new Size(w, h));
    }

    public static Screenshot of(BufferedImage image) {
        return of(image, 1.0);
    }

    /** Decodes PNG (or JPEG, GIF, BMP) bytes. */
    public static Screenshot decode(byte[] bytes, double devicePixelRatio) {
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return of(readImage(in, "the screenshot bytes"), devicePixelRatio);
        } catch (IOException e) {
            throw new BadInputException("cannot decode the screenshot bytes: " + e.getMessage(), e);
        }
    }

    /** Reads an image file (PNG, JPEG, GIF, BMP). */
    public static Screenshot read(Path file) {
        return read(file, 1.0);
    }

    public static Screenshot read(Path file, double devicePixelRatio) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("image file not found: " + file.toAbsolutePath()
                    + " (give the path of a PNG or JPEG screenshot)");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return of(readImage(in, file.toString()), devicePixelRatio);
        } catch (IOException e) {
            throw new BadInputException("cannot read image " + file + ": " + e.getMessage(), e);
        }
    }

    private static BufferedImage readImage(InputStream in, String what) throws IOException {
        BufferedImage image = ImageIO.read(in);
        if (image == null) {
            throw new BadInputException("cannot read " + what + ": not a PNG, JPEG, GIF or BMP image");
        }
        return image;
    }

    private static void checkSize(int w, int h) {
        if (w <= 0 || h <= 0) {
            throw new BadInputException("the image is empty (" + w + "x" + h + " pixels); a screenshot needs at least 1x1");
        }
        if (w > MAX_SIDE || h > MAX_SIDE || (long) w * h > MAX_AREA) {
            throw new BadInputException("the image is too large (" + w + "x" + h + " pixels); the limit is "
                    + MAX_SIDE + " pixels a side and " + MAX_AREA / 1_000_000 + " megapixels: crop or scale it down");
        }
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public Size size() {
        return new Size(width, height);
    }

    public Box bounds() {
        return new Box(0, 0, width, height);
    }

    public double devicePixelRatio() {
        return devicePixelRatio;
    }

    /** Top-left corner of this image in the pixels of the frame it was cropped from. */
    public Point origin() {
        return origin;
    }

    /** Pixels of this image per pixel of the frame it was cropped from (2.0 for a 2× zoom). */
    public double zoom() {
        return zoom;
    }

    /** Size of the full frame this image belongs to (its own size unless it is a crop). */
    public Size frame() {
        return frame;
    }

    public boolean isCrop() {
        return zoom != 1.0 || origin.x() != 0 || origin.y() != 0 || width != frame.width() || height != frame.height();
    }

    /** The packed {@code 0xRRGGBB} colour at {@code (x, y)}. */
    public int rgb(int x, int y) {
        return rgb[y * width + x];
    }

    /** A copy of all pixels, row by row, as packed {@code 0xRRGGBB}. */
    public int[] pixels() {
        return rgb.clone();
    }

    /** Grey level (0..255) of every pixel, row by row. */
    public int[] grey() {
        int[] out = new int[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            out[i] = grey(rgb[i]);
        }
        return out;
    }

    /** Grey level (0..255, ITU-R 601 luma) of one packed {@code 0xRRGGBB} pixel. */
    public static int grey(int rgb) {
        return (((rgb >> 16) & 0xFF) * 299 + ((rgb >> 8) & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
    }

    /** A new RGB image holding a copy of the pixels. */
    public BufferedImage toImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(rgb, 0, data, 0, rgb.length);
        return image;
    }

    /** The region {@code box} (clipped to this image) at the same scale. */
    public Screenshot crop(Box box) {
        return crop(box, 1.0);
    }

    /**
     * The region {@code box} (clipped to this image), enlarged by {@code factor} with bilinear
     * interpolation. The result maps its boxes back to the frame through {@link #toFrame(Box)}.
     */
    public Screenshot crop(Box box, double factor) {
        if (!(factor > 0) || factor > 8) {
            throw new BadInputException("zoom factor must be in (0, 8], got " + factor);
        }
        Box clipped = box.clip(size());
        if (clipped.isEmpty()) {
            throw new BadInputException("crop " + box + " lies outside the " + width + "x" + height + " image");
        }
        int w = Math.max(1, (int) Math.round(clipped.width() * factor));
        int h = Math.max(1, (int) Math.round(clipped.height() * factor));
        int[] out = new int[w * h];
        if (factor == 1.0) {
            for (int y = 0; y < h; y++) {
                System.arraycopy(rgb, (clipped.top() + y) * width + clipped.left(), out, y * w, w);
            }
        } else {
            BufferedImage src = toImage().getSubimage(clipped.left(), clipped.top(), clipped.width(), clipped.height());
            BufferedImage dst = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = dst.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(src, 0, 0, w, h, null);
            g.dispose();
            int[] data = ((DataBufferInt) dst.getRaster().getDataBuffer()).getData();
            System.arraycopy(data, 0, out, 0, out.length);
        }
        Point newOrigin = new Point(
                origin.x() + (int) Math.round(clipped.left() / zoom),
                origin.y() + (int) Math.round(clipped.top() / zoom));
        return new Screenshot(w, h, out, devicePixelRatio * factor, newOrigin, zoom * factor, frame);
    }

    /** Maps a box in this image's pixels to the pixels of the full frame. */
    public Box toFrame(Box box) {
        if (!isCrop()) {
            return box;
        }
        return new Box(
                origin.x() + (int) Math.floor(box.left() / zoom),
                origin.y() + (int) Math.floor(box.top() / zoom),
                origin.x() + (int) Math.ceil(box.right() / zoom),
                origin.y() + (int) Math.ceil(box.bottom() / zoom));
    }

    /** Maps a point in this image's pixels to the pixels of the full frame. */
    public Point toFrame(Point p) {
        if (!isCrop()) {
            return p;
        }
        return new Point(origin.x() + (int) Math.floor(p.x() / zoom), origin.y() + (int) Math.floor(p.y() / zoom));
    }

    /** Maps a box in frame pixels into this image's pixels (the inverse of {@link #toFrame(Box)}). */
    public Box fromFrame(Box box) {
        if (!isCrop()) {
            return box;
        }
        return new Box(
                (int) Math.floor((box.left() - origin.x()) * zoom),
                (int) Math.floor((box.top() - origin.y()) * zoom),
                (int) Math.ceil((box.right() - origin.x()) * zoom),
                (int) Math.ceil((box.bottom() - origin.y()) * zoom));
    }

    /** Writes this image as PNG. */
    public void writePng(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ImageIO.write(toImage(), "png", file.toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + file, e);
        }
    }

    /** True when both images have the same size and pixels. */
    public boolean samePixels(Screenshot other) {
        return width == other.width && height == other.height && java.util.Arrays.equals(rgb, other.rgb);
    }

    /** A cheap content fingerprint, handy as a cache key. */
    public long fingerprint() {
        long h = 1125899906842597L;
        h = 31 * h + width;
        h = 31 * h + height;
        for (int i = 0; i < rgb.length; i += 7) {
            h = 31 * h + rgb[i];
        }
        return h;
    }

    @Override
    public String toString() {
        return "Screenshot[" + width + "x" + height + (devicePixelRatio != 1.0 ? " @" + devicePixelRatio + "x" : "")
                + (isCrop() ? " crop at " + origin + " zoom " + zoom : "") + "]";
    }
}
