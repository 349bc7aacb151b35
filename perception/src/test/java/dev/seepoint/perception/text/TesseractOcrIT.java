package dev.seepoint.perception.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TesseractOcrIT {

    private static TesseractOcr ocr;

    @BeforeAll
    static void open() {
        TesseractStatus status = TesseractStatus.detect();
        assertThat(status.available()).as("Tesseract must be installed where the integration tests run: %s",
                status.problem().orElse("")).isTrue();
        ocr = new TesseractOcr();
    }

    @AfterAll
    static void close() {
        ocr.close();
    }

    @Test
    void theStatusNamesTheVersionAndTheTessdataFolder() {
        TesseractStatus status = TesseractStatus.detect();
        assertThat(status.version()).hasValueSatisfying(v -> assertThat(v).startsWith("5"));
        assertThat(status.tessdataDir()).hasValueSatisfying(d -> assertThat(d.resolve("eng.traineddata")).exists());
        assertThat(status.problem()).isEmpty();
    }

    @Test
    void aSingleLineRegionIsReadWithWordBoxes() {
        Rendered r = new Rendered(400, 40, Color.WHITE)
                .text("Total due:", 10, 10, "DejaVu Sans", 14, Color.DARK_GRAY)
                .text("$1,299.00", 110, 10, "DejaVu Sans", 14, Color.DARK_GRAY);
        Screenshot shot = r.shot();

        List<TextLine> lines = ocr.lines(shot);

        assertThat(lines).singleElement().extracting(TextLine::text).isEqualTo("Total due: $1,299.00");
        Word price = lines.get(0).words().get(2);
        assertThat(price.text()).isEqualTo("$1,299.00");
        assertThat(price.box().left()).isBetween(r.box(1).left() - 3, r.box(1).left() + 3);
        assertThat(price.box().right()).isBetween(r.box(1).right() - 4, r.box(1).right() + 3);
        assertThat(r.box(1).expand(3).contains(price.box())).isTrue();
    }

    @Test
    void lightTextOnADarkToolbarIsRead() {
        Screenshot shot = new Rendered(300, 36, new Color(0x21, 0x25, 0x29))
                .text("Sign in", 20, 9, "Liberation Sans", 14, new Color(0xf8, 0xf9, 0xfa)).shot();

        assertThat(ocr.read(shot)).isEqualTo("Sign in");
    }

    @Test
    void aBlockOfSeveralLinesComesBackLineByLine() {
        Screenshot shot = new Rendered(500, 160, Color.WHITE)
                .text("Shipping address", 10, 10, "DejaVu Sans", 16, Color.BLACK)
                .text("ada@example.com", 10, 50, "DejaVu Sans", 14, Color.BLACK)
                .text("Order 4512 was shipped today", 10, 90, "DejaVu Sans", 14, Color.BLACK).shot();

        assertThat(ocr.read(shot).split("\n"))
                .containsExactly("Shipping address", "ada@example.com", "Order 4512 was shipped today");
    }

    @Test
    void aLineInsideALargerScreenshotIsReadAndBoxedInItsPixels() {
        Rendered r = new Rendered(600, 200, Color.WHITE)
                .text("Create account", 300, 120, "DejaVu Sans", 14, Color.BLACK);
        Screenshot shot = r.shot();
        Box truth = r.box(0);

        TextLine line = ocr.line(shot, truth.expand(6)).orElseThrow();

        assertThat(line.text()).isEqualTo("Create account");
        assertThat(line.box().iou(truth)).isGreaterThan(0.6);
    }

    @Test
    void concurrentReadersEachGetTheirOwnHandleAndTheSameText() throws Exception {
        Screenshot shot = new Rendered(300, 36, Color.WHITE)
                .text("Müller Straße 12", 10, 9, "DejaVu Sans", 14, Color.BLACK).shot();
        String alone = ocr.read(shot);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                results.add(pool.submit(() -> ocr.read(shot)));
            }
            for (var f : results) {
                assertThat(f.get()).isEqualTo(alone);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(alone).contains("12");
    }
}
