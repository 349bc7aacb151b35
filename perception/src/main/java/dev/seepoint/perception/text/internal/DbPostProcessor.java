package dev.seepoint.perception.text.internal;

import dev.seepoint.perception.Box;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Differentiable-binarisation (DB) post-processing of a PP-OCR probability map: threshold it, find
 * the connected components, keep those whose mean probability is high enough and grow each box by
 * the DB "unclip" distance ({@code area * ratio / perimeter}), since the model predicts shrunken text.
 * UI text is horizontal, so boxes are axis-aligned.
 */
public final class DbPostProcessor {

    private final double threshold;
    private final double minScore;
    private final double unclipRatio;
    private final int minSide;
    private final int maxRegions;

    /**
     * @param threshold   probability above which a map pixel counts as text (PP-OCR uses 0.3)
     * @param minScore    least mean probability of a kept component (PP-OCR uses 0.6)
     * @param unclipRatio how much to grow the shrunken boxes (PP-OCR uses 1.5–2.0)
     * @param minSide     least width and height, in map pixels, of a kept component
     * @param maxRegions  bound on the number of regions returned (largest scores kept)
     */
    public DbPostProcessor(double threshold, double minScore, double unclipRatio, int minSide, int maxRegions) {
        this.threshold = threshold;
        this.minScore = minScore;
        this.unclipRatio = unclipRatio;
        this.minSide = minSide;
        this.maxRegions = maxRegions;
    }

    public static DbPostProcessor standard() {
        return new DbPostProcessor(0.3, 0.6, 1.6, 2, 2_000);
    }

    /**
     * Regions of text in a {@code width × height} probability map (row-major), in map pixels,
     * clipped to the map, sorted top to bottom then left to right.
     */
    public List<TextRegion> regions(float[] prob, int width, int height) {
        if (prob.length < width * height) {
            throw new IllegalArgumentException("probability map holds " + prob.length + " values, expected "
                    + width + "x" + height + " = " + width * height);
        }
        int[] label = new int[width * height];
        int[] stack = new int[width * height];
        List<TextRegion> out = new ArrayList<>();
        int next = 0;
        for (int start = 0; start < width * height; start++) {
            if (label[start] != 0 || prob[start] <= threshold) {
                continue;
            }
            next++;
            int top = 0;
            stack[top++] = start;
            label[start] = next;
            int minX = width, minY = height, maxX = -1, maxY = -1;
            double sum = 0;
            int count = 0;
            while (top > 0) {
                int p = stack[--top];
                int x = p % width;
                int y = p / width;
                sum += prob[p];
                count++;
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
                // 4-connectivity keeps neighbouring words on adjacent rows apart.
                if (x > 0) {
                    top = push(prob, label, stack, top, p - 1, next);
                }
                if (x < width - 1) {
                    top = push(prob, label, stack, top, p + 1, next);
                }
                if (y > 0) {
                    top = push(prob, label, stack, top, p - width, next);
                }
                if (y < height - 1) {
                    top = push(prob, label, stack, top, p + width, next);
                }
            }
            int w = maxX - minX + 1;
            int h = maxY - minY + 1;
            if (w < minSide || h < minSide) {
                continue;
            }
            double score = sum / count;
            if (score < minScore) {
                continue;
            }
            double grow = (double) w * h * unclipRatio / (2.0 * (w + h));
            int g = (int) Math.round(grow);
            Box box = new Box(minX - g, minY - g, maxX + 1 + g, maxY + 1 + g)
                    .clip(new dev.seepoint.perception.Size(width, height));
            out.add(new TextRegion(box, score));
        }
        if (out.size() > maxRegions) {
            out.sort(Comparator.comparingDouble(TextRegion::score).reversed());
            out = new ArrayList<>(out.subList(0, maxRegions));
        }
        out.sort(Comparator.comparingInt((TextRegion r) -> r.box().top()).thenComparingInt(r -> r.box().left()));
        return out;
    }

    private int push(float[] prob, int[] label, int[] stack, int top, int q, int id) {
        if (label[q] == 0 && prob[q] > threshold) {
            label[q] = id;
            stack[top++] = q;
        }
        return top;
    }
}
