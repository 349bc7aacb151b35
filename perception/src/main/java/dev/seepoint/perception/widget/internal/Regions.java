package dev.seepoint.perception.widget.internal;

import dev.seepoint.perception.Box;
import java.util.Arrays;

/**
 * Connected components (4-neighbourhood) of pixels whose colour stays within a tolerance of the
 * component's seed colour: flat surfaces, borders, strokes, and many tiny anti-aliasing specks.
 */
public final class Regions {

    /** Largest summed channel difference from the seed colour that still joins a region. */
    static final int TOLERANCE = 36;

    private final Raster raster;
    /** Region id of every pixel. */
    public final int[] label;
    private int count;
    private int[] minX = new int[4096];
    private int[] minY = new int[4096];
    private int[] maxX = new int[4096];
    private int[] maxY = new int[4096];
    private int[] size = new int[4096];
    private int[] colour = new int[4096];

    public Regions(Raster raster) {
        this.raster = raster;
        int w = raster.width;
        int h = raster.height;
        int[] rgb = raster.rgb;
        int n = w * h;
        label = new int[n];
        Arrays.fill(label, -1);
        int[] stack = new int[n];
        for (int start = 0; start < n; start++) {
            if (label[start] >= 0) {
                continue;
            }
            int id = newRegion(rgb[start], start % w, start / w);
            int seed = rgb[start];
            int top = 0;
            stack[top++] = start;
            label[start] = id;
            int x0 = start % w;
            int x1 = x0;
            int y0 = start / w;
            int y1 = y0;
            int members = 0;
            while (top > 0) {
                int q = stack[--top];
                members++;
                int qx = q % w;
                int qy = q / w;
                if (qx < x0) x0 = qx;
                if (qx > x1) x1 = qx;
                if (qy < y0) y0 = qy;
                if (qy > y1) y1 = qy;
                if (qx > 0 && label[q - 1] < 0 && Raster.dist(rgb[q - 1], seed) <= TOLERANCE) {
                    label[q - 1] = id;
                    stack[top++] = q - 1;
                }
                if (qx < w - 1 && label[q + 1] < 0 && Raster.dist(rgb[q + 1], seed) <= TOLERANCE) {
                    label[q + 1] = id;
                    stack[top++] = q + 1;
                }
                if (qy > 0 && label[q - w] < 0 && Raster.dist(rgb[q - w], seed) <= TOLERANCE) {
                    label[q - w] = id;
                    stack[top++] = q - w;
                }
                if (qy < h - 1 && label[q + w] < 0 && Raster.dist(rgb[q + w], seed) <= TOLERANCE) {
                    label[q + w] = id;
                    stack[top++] = q + w;
                }
            }
            minX[id] = x0;
            maxX[id] = x1;
            minY[id] = y0;
            maxY[id] = y1;
            size[id] = members;
        }
    }

    private int newRegion(int rgb, int x, int y) {
        if (count == size.length) {
            int grown = count * 2;
            minX = Arrays.copyOf(minX, grown);
            minY = Arrays.copyOf(minY, grown);
            maxX = Arrays.copyOf(maxX, grown);
            maxY = Arrays.copyOf(maxY, grown);
            size = Arrays.copyOf(size, grown);
            colour = Arrays.copyOf(colour, grown);
        }
        colour[count] = rgb;
        return count++;
    }

    public int count() {
        return count;
    }

    public int width(int r) {
        return maxX[r] - minX[r] + 1;
    }

    public int height(int r) {
        return maxY[r] - minY[r] + 1;
    }

    public int size(int r) {
        return size[r];
    }

    public int colour(int r) {
        return colour[r];
    }

    public Box box(int r) {
        return new Box(minX[r], minY[r], maxX[r] + 1, maxY[r] + 1);
    }

    public Raster raster() {
        return raster;
    }

    /** The outline measures of region {@code r} (scans its bounding box). */
    public Shape shape(int r) {
        int w = raster.width;
        int bw = width(r);
        int bh = height(r);
        long spanArea = 0;
        long holeX = 0;
        long holeY = 0;
        int holes = 0;
        int[] colFirst = new int[bw];
        int[] colLast = new int[bw];
        Arrays.fill(colFirst, -1);
        int rowsWithInk = 0;
        for (int y = minY[r]; y <= maxY[r]; y++) {
            int first = -1;
            int last = -1;
            int base = y * w;
            for (int x = minX[r]; x <= maxX[r]; x++) {
                if (label[base + x] == r) {
                    if (first < 0) first = x;
                    last = x;
                    int c = x - minX[r];
                    if (colFirst[c] < 0) colFirst[c] = y;
                    colLast[c] = y;
                }
            }
            if (first >= 0) {
                rowsWithInk++;
                spanArea += last - first + 1;
                for (int x = first; x <= last; x++) {
                    if (label[base + x] != r) {
                        holes++;
                        holeX += x;
                        holeY += y;
                    }
                }
            }
        }
        long colArea = 0;
        for (int c = 0; c < bw; c++) {
            if (colFirst[c] >= 0) colArea += colLast[c] - colFirst[c] + 1;
        }
        int inset = Math.min(bw / 4, Math.max(1, (int) Math.round(raster.scale)));
        double leftEnd = colSpan(colFirst, colLast, inset) / (double) bh;
        double rightEnd = colSpan(colFirst, colLast, bw - 1 - inset) / (double) bh;
        double area = (double) bw * bh;
        return new Shape(box(r), size[r], spanArea / area, colArea / area,
                spanArea == 0 ? 0 : size[r] / (double) spanArea, leftEnd, rightEnd,
                holes, holes == 0 ? 0 : holeX / (double) holes, holes == 0 ? 0 : holeY / (double) holes);
    }

    private static int colSpan(int[] first, int[] last, int c) {
        if (c < 0 || c >= first.length || first[c] < 0) {
            return 0;
        }
        return last[c] - first[c] + 1;
    }
}
