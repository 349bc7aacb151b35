package dev.seepoint.perception.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.perception.Box;
import java.util.List;
import org.junit.jupiter.api.Test;

class DbPostProcessorTest {

    private static final int W = 100;
    private static final int H = 40;

    private static void fill(float[] map, int left, int top, int right, int bottom, float value) {
        for (int y = top; y < bottom; y++) {
            for (int x = left; x < right; x++) {
                map[y * W + x] = value;
            }
        }
    }

    @Test
    void twoSeparateBlobsBecomeTwoBoxesGrownByTheUnclipDistance() {
        float[] map = new float[W * H];
        fill(map, 10, 10, 30, 14, 0.9f); // 20 x 4: grow = 80 * 1.5 / 48 = 2.5 -> 3 (rounded)
        fill(map, 50, 20, 90, 26, 0.8f); // 40 x 6: grow = 240 * 1.5 / 92 = 3.9 -> 4
        List<TextRegion> regions = new DbPostProcessor(0.3, 0.6, 1.5, 2, 100).regions(map, W, H);

        assertThat(regions).extracting(TextRegion::box)
                .containsExactly(new Box(7, 7, 33, 17), new Box(46, 16, 94, 30));
        assertThat(regions.get(0).score()).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void componentsWhoseMeanProbabilityIsLowAreDropped() {
        float[] map = new float[W * H];
        fill(map, 10, 10, 30, 14, 0.45f);
        fill(map, 50, 10, 70, 14, 0.95f);
        List<TextRegion> regions = new DbPostProcessor(0.3, 0.6, 1.5, 2, 100).regions(map, W, H);

        assertThat(regions).hasSize(1);
        assertThat(regions.get(0).box().left()).isLessThan(50).isGreaterThan(40);
    }

    @Test
    void specksSmallerThanTheMinimumSideAreIgnored() {
        float[] map = new float[W * H];
        fill(map, 5, 5, 6, 30, 0.99f);
        assertThat(new DbPostProcessor(0.3, 0.6, 1.5, 2, 100).regions(map, W, H)).isEmpty();
    }

    @Test
    void grownBoxesAreClippedToTheMap() {
        float[] map = new float[W * H];
        fill(map, 0, 0, 40, 8, 0.9f);
        List<TextRegion> regions = DbPostProcessor.standard().regions(map, W, H);

        assertThat(regions).singleElement().extracting(TextRegion::box)
                .satisfies(b -> assertThat(b.left()).isZero())
                .satisfies(b -> assertThat(b.top()).isZero());
    }

    @Test
    void regionsAreOrderedTopToBottomThenLeftToRight() {
        float[] map = new float[W * H];
        fill(map, 60, 5, 80, 9, 0.9f);
        fill(map, 10, 5, 30, 9, 0.9f);
        fill(map, 10, 25, 30, 29, 0.9f);
        List<TextRegion> regions = new DbPostProcessor(0.3, 0.6, 1.5, 2, 100).regions(map, W, H);

        assertThat(regions).extracting(r -> r.box().left()).containsExactly(7, 57, 7);
    }

    @Test
    void theNumberOfRegionsIsBounded() {
        float[] map = new float[W * H];
        for (int i = 0; i < 10; i++) {
            fill(map, i * 10, 10, i * 10 + 5, 14, 0.7f + i * 0.02f);
        }
        List<TextRegion> regions = new DbPostProcessor(0.3, 0.6, 1.0, 2, 3).regions(map, W, H);

        assertThat(regions).hasSize(3).allSatisfy(r -> assertThat(r.score()).isGreaterThan(0.83));
    }
}
