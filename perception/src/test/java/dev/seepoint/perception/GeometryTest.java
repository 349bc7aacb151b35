package dev.seepoint.perception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class GeometryTest {

    @Test
    void aBoxKnowsItsSizeAndCentre() {
        Box b = Box.of(10, 20, 50, 40);
        assertThat(b.width()).isEqualTo(40);
        assertThat(b.height()).isEqualTo(20);
        assertThat(b.center()).isEqualTo(Point.of(30, 30));
        assertThat(b.contains(Point.of(49, 39))).isTrue();
        assertThat(b.contains(Point.of(50, 39))).isFalse();
    }

    @Test
    void swappedCornersAreRejected() {
        assertThatThrownBy(() -> Box.of(10, 10, 5, 20)).hasMessageContaining("swapped");
    }

    @Test
    void boxesConvertToCssPixels() {
        assertThat(Box.of(20, 40, 120, 80).toCss(2.0)).isEqualTo(Box.of(10, 20, 60, 40));
        assertThat(Point.of(21, 41).toCss(2.0)).isEqualTo(Point.of(11, 21));
    }

    @Test
    void overlapAndGapsAreMeasured() {
        Box a = Box.of(0, 0, 10, 10);
        assertThat(a.iou(Box.of(5, 0, 15, 10))).isCloseTo(1 / 3.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(a.gapTo(Box.of(13, 14, 20, 20))).isEqualTo(5.0);
        assertThat(a.intersect(Box.of(20, 20, 30, 30)).isEmpty()).isTrue();
        assertThat(a.clip(Size.of(5, 8))).isEqualTo(Box.of(0, 0, 5, 8));
    }

    @Test
    void aBoxFoundInAZoomedCropMapsBackToTheFrame() {
        Screenshot frame = Screenshot.of(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB));
        Screenshot crop = frame.crop(Box.of(100, 50, 200, 150), 2.0);
        assertThat(crop.width()).isEqualTo(200);
        assertThat(crop.origin()).isEqualTo(Point.of(100, 50));
        assertThat(crop.toFrame(Box.of(20, 40, 60, 80))).isEqualTo(Box.of(110, 70, 130, 90));
        Screenshot inner = crop.crop(Box.of(100, 100, 200, 200), 2.0);
        assertThat(inner.toFrame(Box.of(0, 0, 200, 200))).isEqualTo(Box.of(150, 100, 200, 150));
        assertThat(crop.fromFrame(Box.of(110, 70, 130, 90))).isEqualTo(Box.of(20, 40, 60, 80));
    }

    @Test
    void cropKeepsThePixels() {
        BufferedImage img = new BufferedImage(50, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(10, 10, 5, 5);
        g.dispose();
        Screenshot crop = Screenshot.of(img).crop(Box.of(10, 10, 20, 20));
        assertThat(crop.rgb(0, 0)).isEqualTo(0xFF0000);
        assertThat(crop.rgb(6, 6)).isEqualTo(0x000000);
    }

    @Test
    void emptyAndHugeImagesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> Screenshot.of(new BufferedImage(20000, 10, BufferedImage.TYPE_BYTE_GRAY)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("too large");
    }

    @Test
    void unreadableImageFilesAreRefusedWithTheReason(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path junk = dir.resolve("junk.png");
        java.nio.file.Files.writeString(junk, "not an image");
        assertThatThrownBy(() -> Screenshot.read(junk)).isInstanceOf(BadInputException.class).hasMessageContaining("not a PNG");
        assertThatThrownBy(() -> Screenshot.read(dir.resolve("missing.png"))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("not found");
    }

    @Test
    void sizesParseFromText() {
        assertThat(Size.parse("1280x800")).isEqualTo(Size.of(1280, 800));
        assertThatThrownBy(() -> Size.parse("big")).hasMessageContaining("WIDTHxHEIGHT");
    }
}
