package dev.seepoint.perception.widget.internal;

import dev.seepoint.perception.Box;

/**
 * Outline measures of one region.
 *
 * @param box       bounding box
 * @param pixels    pixels in the region
 * @param rowFill   area between the leftmost and rightmost pixel of each row, over the box area
 *                  (1 for a rectangle, about 0.79 for a disc; holes do not lower it)
 * @param colFill   the same by columns
 * @param solidity  pixels over the row-span area (low for rings and outlines, 1 for flat fills)
 * @param leftEnd   height of the column just inside the left edge, over the box height (low for round ends)
 * @param rightEnd  the same at the right edge
 * @param holes     pixels inside the row spans that belong to other regions (text, knobs, ticks)
 * @param holeX     centroid of those pixels
 * @param holeY     centroid of those pixels
 */
public record Shape(Box box, int pixels, double rowFill, double colFill, double solidity,
                    double leftEnd, double rightEnd, int holes, double holeX, double holeY) {

    public double aspect() {
        return box.width() / (double) Math.max(1, box.height());
    }

    /** Straight-sided: a rectangle, perhaps with small rounded corners. */
    public boolean rectangular() {
        return rowFill >= 0.9 && colFill >= 0.9;
    }

    /** Both ends rounded like a pill or a disc. */
    public boolean roundEnds() {
        return leftEnd < 0.75 && rightEnd < 0.75 && rowFill >= 0.7 && colFill >= 0.7;
    }

    public boolean disc() {
        double a = aspect();
        return a > 0.8 && a < 1.25 && rowFill > 0.68 && rowFill < 0.88 && roundEnds();
    }
}
