package dev.seepoint.perception.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.seepoint.perception.Screenshot;
import java.awt.Color;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Greek, Cyrillic and Chinese words drawn in a UI font are read in their own letters: Greek and
 * Cyrillic by Tesseract's ell/rus (when installed), Chinese by the PP-OCR recogniser, at once or
 * when a query asks for that script.
 */
class NonLatinReadingIT {

    private static NeuralTextReader reader;
    private static Screenshot shot;
    private static List<TextLine> lines;

    @BeforeAll
    static void renderAndRead() {
        shot = new Rendered(640, 320, new Color(0xF4F1EA))
                .text("Αθήνα", 40, 30, "DejaVu Sans", 15, Color.DARK_GRAY)
                .text("Ελληνικά", 300, 30, "DejaVu Sans", 14, Color.DARK_GRAY)
                .text("Москва", 40, 110, "DejaVu Sans", 15, Color.DARK_GRAY)
                .text("東京", 300, 110, "Droid Sans Fallback", 15, Color.DARK_GRAY)
                .text("Sign in", 40, 190, "DejaVu Sans", 15, Color.DARK_GRAY)
                .text("Shipping address", 300, 190, "DejaVu Sans", 15, Color.DARK_GRAY)
                .shot();
        reader = new NeuralTextReader();
        lines = reader.read(shot);
    }

    @AfterAll
    static void close() {
        reader.close();
    }

    private static Optional<String> textNear(List<TextLine> read, int x, int y) {
        return read.stream().filter(l -> l.box().expand(6, 6).contains(new dev.seepoint.perception.Point(x, y)))
                .map(TextLine::text).findFirst();
    }

    private static void assumeScriptLanguages(String... languages) {
        assumeThat(reader.usesTesseract()).as("Tesseract installed").isTrue();
        try (TesseractOcr ocr = new TesseractOcr()) {
            assumeThat(ocr.scriptLanguages()).as("tesseract-ocr-ell/-rus installed").contains(languages);
        }
    }

    @Test
    void greekWordsAreReadInGreekLetters() {
        assumeScriptLanguages("ell");
        assertThat(textNear(lines, 60, 40)).hasValueSatisfying(t -> assertThat(fold(t)).isEqualTo("αθηνα"));
        assertThat(textNear(lines, 330, 40)).hasValueSatisfying(t -> assertThat(fold(t)).isEqualTo("ελληνικα"));
    }

    @Test
    void cyrillicWordsThatLookLatinAreReadInCyrillicWhenAQueryAsksForThem() {
        assumeScriptLanguages("rus");
        // "Москва" is all Latin look-alikes: English reads a confident "Mockba"
        List<TextLine> again = reader.rereadFor(shot, lines, Set.of(Character.UnicodeScript.CYRILLIC));
        assertThat(textNear(again, 60, 120)).hasValueSatisfying(t -> assertThat(fold(t)).isEqualTo("москва"));
        assertThat(textNear(again, 60, 200)).hasValue("Sign in");
    }

    @Test
    void chineseWordsAreFoundWhenAQueryAsksForThem() {
        List<TextLine> again = reader.rereadFor(shot, lines, Set.of(Character.UnicodeScript.HAN));
        assertThat(textNear(again, 315, 120)).hasValue("東京");
    }

    @Test
    void englishLinesStayAsTheyWereReadWhenAnotherScriptIsAskedFor() {
        assertThat(textNear(lines, 60, 200)).hasValue("Sign in");
        List<TextLine> again = reader.rereadFor(shot, lines, Set.of(Character.UnicodeScript.HAN, Character.UnicodeScript.GREEK));
        assertThat(textNear(again, 60, 200)).hasValue("Sign in");
        assertThat(textNear(again, 320, 200)).hasValue("Shipping address");
    }

    private static String fold(String s) {
        return java.text.Normalizer.normalize(s.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }
}
