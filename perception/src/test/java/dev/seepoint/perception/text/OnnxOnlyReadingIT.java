package dev.seepoint.perception.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The PP-OCR recogniser path, used where Tesseract is missing: text and word boxes from CTC steps. */
class OnnxOnlyReadingIT {

    @Test
    void withoutTesseractLinesAreReadByThePpOcrRecogniserWithWordBoxes() {
        Rendered r = new Rendered(640, 120, Color.WHITE)
                .text("Forgot password", 40, 30, "DejaVu Sans", 16, Color.BLACK)
                .text("Register", 300, 30, "DejaVu Sans", 16, Color.BLACK)
                .fill(new Color(0x0d, 0x6e, 0xfd), 30, 70, 120, 36)
                .text("Submit", 60, 78, "DejaVu Sans", 15, Color.WHITE);
        Screenshot shot = r.shot();

        try (NeuralTextReader reader = new NeuralTextReader(NeuralTextReader.Options.defaults().withTesseract(false))) {
            assertThat(reader.usesTesseract()).isFalse();
            List<TextLine> lines = reader.read(shot);
            List<Word> words = lines.stream().flatMap(l -> l.words().stream()).toList();

            assertThat(words).extracting(Word::text).contains("Register", "Submit");
            Word register = words.stream().filter(w -> w.text().equals("Register")).findFirst().orElseThrow();
            assertThat(register.box().center().x()).isBetween(r.box(1).left(), r.box(1).right());
            Box submit = words.stream().filter(w -> w.text().equals("Submit")).findFirst().orElseThrow().box();
            assertThat(r.box(2).expand(4).contains(submit.center())).isTrue();
            String text = String.join(" ", lines.stream().map(TextLine::text).toList());
            assertThat(text.replace(" ", "")).contains("Forgotpassword");
        }
    }

    @Test
    void regionOcrReadsRowsOfAPanelJoinedWithNewlines() {
        Screenshot shot = new Rendered(500, 140, Color.WHITE)
                .text("Name", 20, 20, "DejaVu Sans", 14, Color.GRAY)
                .text("Ada Lovelace", 200, 20, "DejaVu Sans", 14, Color.BLACK)
                .fill(new Color(0x21, 0x25, 0x29), 0, 70, 500, 50)
                .text("Save changes", 20, 85, "DejaVu Sans", 14, Color.WHITE).shot();

        try (RegionOcr ocr = new RegionOcr()) {
            assertThat(ocr.read(shot).split("\n")).containsExactly("Name Ada Lovelace", "Save changes");
        }
    }
}
