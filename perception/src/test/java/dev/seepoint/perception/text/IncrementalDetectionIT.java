package dev.seepoint.perception.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.perception.Screenshot;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Detection on the changed bands of a frame finds what detection on the whole frame finds. */
class IncrementalDetectionIT {

    private static Screenshot page(String status) {
        BufferedImage img = new BufferedImage(900, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 900, 500);
        g.setColor(new Color(30, 30, 30));
        g.setFont(new Font("DejaVu Sans", Font.PLAIN, 18));
        g.drawString("Shipping address", 40, 60);
        g.drawString("Billing details and invoices", 40, 140);
        g.drawString(status, 40, 300);
        g.drawString("Delivery window", 40, 334);
        g.drawString("Contact support", 40, 440);
        g.dispose();
        return Screenshot.of(img);
    }

    private static List<String> texts(List<TextLine> lines) {
        return lines.stream().map(TextLine::text).toList();
    }

    @Test
    void aChangedLineIsReadAgainAndTheOthersAreKept() {
        try (NeuralTextReader incremental = new NeuralTextReader(NeuralTextReader.Options.defaults(), true);
                NeuralTextReader fresh = new NeuralTextReader()) {
            incremental.read(page("Order pending"));
            List<TextLine> again = incremental.read(page("Order shipped today"));
            List<TextLine> whole = fresh.read(page("Order shipped today"));
            assertThat(texts(again)).containsExactlyElementsOf(texts(whole));
            assertThat(String.join(" ", texts(again))).contains("shipped").doesNotContain("pending")
                    .contains("Delivery window"); // a line just beside the changed band is not lost
        }
    }
}
