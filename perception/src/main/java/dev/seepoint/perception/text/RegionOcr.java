package dev.seepoint.perception.text;

import dev.seepoint.perception.Screenshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The {@link OcrEngine} the OCR tool uses on a region: PP-OCR finds the lines (buttons included,
 * which whole-region Tesseract misses) and each is read as {@link NeuralTextReader} does; when no
 * line is detected (a tiny crop) Tesseract reads the whole region if it is installed. Lines on the
 * same row are joined with a space, rows with {@code \n}. Owns its reader and closes it.
 */
public final class RegionOcr implements OcrEngine {

    private final NeuralTextReader reader;
    private final Optional<TesseractOcr> tesseract;

    public RegionOcr() {
        this(new NeuralTextReader());
    }

    /** Takes ownership of {@code reader}. */
    public RegionOcr(NeuralTextReader reader) {
        this.reader = reader;
        this.tesseract = reader.usesTesseract() ? TesseractOcr.open() : Optional.empty();
    }

    @Override
    public String read(Screenshot region) {
        List<TextLine> lines = reader.read(region);
        if (lines.isEmpty()) {
            return tesseract.map(t -> t.read(region)).orElse("");
        }
        return String.join("\n", rows(lines));
    }

    /** Texts of lines grouped into rows (lines overlapping vertically by half), top to bottom. */
    static List<String> rows(List<TextLine> lines) {
        List<TextLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble((TextLine l) -> l.box().centerY()));
        List<List<TextLine>> rows = new ArrayList<>();
        for (TextLine l : sorted) {
            List<TextLine> last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (last != null && last.get(0).box().verticalOverlap(l.box()) >= 0.5) {
                last.add(l);
            } else {
                List<TextLine> row = new ArrayList<>();
                row.add(l);
                rows.add(row);
            }
        }
        List<String> out = new ArrayList<>();
        for (List<TextLine> row : rows) {
            row.sort(Comparator.comparingInt(l -> l.box().left()));
            out.add(String.join(" ", row.stream().map(TextLine::text).toList()));
        }
        return out;
    }

    @Override
    public void close() {
        tesseract.ifPresent(TesseractOcr::close);
        reader.close();
    }
}
