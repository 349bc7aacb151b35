package dev.seepoint.perception.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.text.TextLine;
import dev.seepoint.perception.text.Word;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineCacheTest {

    /** Two identical dark marks on white, at (10,10) and (60,30), and a grey one at (10,50). */
    private static Screenshot frame() {
        return page(g -> {
            g.setColor(Color.BLACK);
            g.fillRect(12, 12, 6, 4);
            g.fillRect(62, 32, 6, 4);
            g.setColor(Color.GRAY);
            g.fillRect(12, 52, 6, 4);
        });
    }

    /** A white 100×80 frame with {@code marks} drawn on it. */
    private static Screenshot page(java.util.function.Consumer<Graphics2D> marks) {
        BufferedImage img = new BufferedImage(100, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 100, 80);
        marks.accept(g);
        g.dispose();
        return Screenshot.of(img);
    }

    @Test
    void aReadingIsFoundAgainAtAnotherPlaceWithTheSamePixels() {
        Screenshot shot = frame();
        LineCache cache = new LineCache(8);
        Box first = new Box(10, 10, 30, 20);
        cache.put(shot, first, new TextLine(first, "ok", 0.9, List.of(new Word(new Box(12, 12, 18, 16), "ok", 0.9))));

        LineCache.Hit hit = cache.get(shot, new Box(60, 30, 80, 40)).orElseThrow();

        assertThat(hit.line()).isPresent();
        assertThat(hit.line().get().text()).isEqualTo("ok");
        assertThat(hit.line().get().box()).isEqualTo(new Box(60, 30, 80, 40));
        assertThat(hit.line().get().words().get(0).box()).isEqualTo(new Box(62, 32, 68, 36));
    }

    @Test
    void theSameLineInABoxAFewPixelsOffIsStillKnownAndKeepsItsPlace() {
        Screenshot shot = frame();
        LineCache cache = new LineCache(8);
        Box detected = new Box(10, 10, 30, 20);
        cache.put(shot, detected, new TextLine(new Box(12, 12, 18, 16), "ok", 0.9, List.of(new Word(new Box(12, 12, 18, 16), "ok", 0.9))));

        LineCache.Hit hit = cache.get(shot, new Box(59, 29, 79, 41)).orElseThrow(); // the other mark, cut a pixel off

        assertThat(hit.line().orElseThrow().box()).isEqualTo(new Box(62, 32, 68, 36));
    }

    @Test
    void aBoxFramingTheSameInkVeryDifferentlyIsNotTheSameLine() {
        Screenshot shot = frame();
        LineCache cache = new LineCache(8);
        Box wide = new Box(10, 10, 58, 20); // the mark at (12,12) with much blank page to its right
        cache.put(shot, wide, new TextLine(wide, "ok", 0.9, List.of(new Word(new Box(12, 12, 18, 16), "ok", 0.9))));

        assertThat(cache.get(shot, new Box(60, 30, 80, 40))).isEmpty();
        assertThat(cache.get(shot, new Box(11, 9, 57, 21))).isPresent(); // the same box, a pixel off
    }

    @Test
    void aReadingFoundAgainAtTheFramesEdgeStaysInsideTheFrame() {
        Screenshot shot = page(g -> {
            g.setColor(Color.BLACK);
            g.fillRect(12, 12, 6, 4);
            g.fillRect(62, 0, 6, 4); // the same mark, touching the top edge (a strip at the top of a page)
        });
        LineCache cache = new LineCache(8);
        Box line = new Box(10, 10, 30, 20); // the reading's boxes reach 2 px above the ink
        cache.put(shot, line, new TextLine(line, "ok", 0.9, List.of(new Word(new Box(11, 10, 19, 17), "ok", 0.9))));

        TextLine moved = cache.get(shot, new Box(60, 0, 80, 8)).orElseThrow().line().orElseThrow();

        assertThat(moved.box()).isEqualTo(new Box(60, 0, 80, 8));
        assertThat(moved.words().get(0).box()).isEqualTo(new Box(61, 0, 69, 5));
    }

    @Test
    void remembersThatNothingCouldBeReadSoThePixelsAreNotReadAgain() {
        Screenshot shot = frame();
        LineCache cache = new LineCache(8);
        cache.put(shot, new Box(10, 10, 30, 20), null);

        assertThat(cache.get(shot, new Box(60, 30, 80, 40))).hasValueSatisfying(hit -> assertThat(hit.line()).isEmpty());
    }

    @Test
    void otherPixelsAndAZeroCapacityMiss() {
        Screenshot shot = frame();
        LineCache cache = new LineCache(8);
        cache.put(shot, new Box(10, 10, 30, 20), null);
        LineCache none = new LineCache(0);
        none.put(shot, new Box(10, 10, 30, 20), null);

        assertThat(cache.get(shot, new Box(10, 50, 30, 60))).isEmpty();
        assertThat(none.get(shot, new Box(10, 10, 30, 20))).isEmpty();
    }
}
