package dev.seepoint.perception.text;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.text.internal.GreyImage;
import dev.seepoint.perception.text.internal.TesseractPool;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Tesseract (through Tess4J's low-level API) reading any region: a single line when the region is
 * a line's height, otherwise a block with automatic layout. Words come with their boxes. Thread-safe:
 * each concurrent caller gets its own Tesseract handle, created once and ended by {@link #close()}.
 */
public final class TesseractOcr implements OcrEngine {

    /** Regions at most this tall (in pixels) are read as one line of text. */
    static final int SINGLE_LINE_HEIGHT = 48;

    /** Line crops are enlarged towards this height (Tesseract reads ~30 px glyphs best)... */
    static final double LINE_HEIGHT = 44;
    /** ...but at most this much. */
    static final double LINE_SCALE_MAX = 3.0;

    /**
     * Tesseract languages for the non-Latin scripts a UI commonly shows and the PP-OCR recogniser cannot
     * read (its key list has Chinese, Japanese kana and Latin but almost no Greek or Cyrillic): Greek
     * ({@code tesseract-ocr-ell}) and Cyrillic ({@code tesseract-ocr-rus}). Each is used when installed.
     */
    public static final List<String> SCRIPT_LANGUAGES = List.of("ell", "rus");

    /** The script each of {@link #SCRIPT_LANGUAGES} is written in. */
    private static final Map<Character.UnicodeScript, String> LANGUAGE_OF_SCRIPT =
            Map.of(Character.UnicodeScript.GREEK, "ell", Character.UnicodeScript.CYRILLIC, "rus");

    private final TesseractPool pool;
    private final List<String> scriptLanguages;
    private final TesseractPool scriptPool;
    private final Path tessdata;
    /** Pools reading one script's language first (then English), created when first asked for. */
    private final Map<String, TesseractPool> firstPools = new HashMap<>();
    private boolean closed;

    /**
     * @throws IllegalStateException naming what is missing and how to install it, when
     *                               {@link TesseractStatus#detect()} says Tesseract is unavailable
     */
    public TesseractOcr() {
        TesseractStatus status = TesseractStatus.detect();
        if (!status.available()) {
            throw new IllegalStateException("Tesseract is not usable: " + status.problem().orElse("unknown reason"));
        }
        this.tessdata = status.tessdataDir().orElseThrow();
        this.pool = new TesseractPool(tessdata);
        this.scriptLanguages = TesseractPool.installedLanguages(tessdata, SCRIPT_LANGUAGES);
        this.scriptPool = scriptLanguages.isEmpty() ? null
                : new TesseractPool(tessdata, "eng+" + String.join("+", scriptLanguages));
    }

    /** The languages of {@link #SCRIPT_LANGUAGES} installed here (read by {@link #lineInAnyScript}). */
    public List<String> scriptLanguages() {
        return scriptLanguages;
    }

    /** Those of {@link #SCRIPT_LANGUAGES} that are not installed here. */
    public List<String> missingScriptLanguages() {
        return SCRIPT_LANGUAGES.stream().filter(l -> !scriptLanguages.contains(l)).toList();
    }

    /** A Tesseract engine when this machine has one, otherwise empty (see {@link TesseractStatus#detect()}). */
    public static Optional<TesseractOcr> open() {
        return TesseractStatus.detect().available() ? Optional.of(new TesseractOcr()) : Optional.empty();
    }

    @Override
    public String read(Screenshot region) {
        return lines(region).stream().map(TextLine::text).collect(Collectors.joining("\n"));
    }

    /** The lines of {@code region} with their words, boxes in the region's own pixels. */
    public List<TextLine> lines(Screenshot region) {
        boolean single = region.height() <= SINGLE_LINE_HEIGHT;
        return read(pool, region, region.bounds(), single);
    }

    /** Reads one line of text in {@code box} of {@code shot}: grey, dark-on-light, padded, 2× enlarged. */
    public Optional<TextLine> line(Screenshot shot, Box box) {
        return line(pool, shot, box);
    }

    /**
     * Reads one line like {@link #line} with English and every installed language of
     * {@link #SCRIPT_LANGUAGES} (Tesseract re-reads each word it is unsure of in the other languages
     * and keeps the surest), so Greek and Cyrillic words come out in their own letters. Empty when no
     * such language is installed or nothing was read.
     */
    public Optional<TextLine> lineInAnyScript(Screenshot shot, Box box) {
        return scriptPool == null ? Optional.empty() : line(scriptPool, shot, box);
    }

    /**
     * Reads one line like {@link #line} in the language of {@code script} first and English for the
     * words that language is unsure of: for lines whose letters look Latin to English ("Москва" reads
     * as a confident "Mockba"). Empty when no installed language of {@link #SCRIPT_LANGUAGES} writes
     * that script, or nothing was read.
     */
    public Optional<TextLine> lineInScript(Character.UnicodeScript script, Screenshot shot, Box box) {
        String language = LANGUAGE_OF_SCRIPT.get(script);
        if (language == null || !scriptLanguages.contains(language)) {
            return Optional.empty();
        }
        TesseractPool first;
        synchronized (firstPools) {
            if (closed) {
                throw new IllegalStateException("this Tesseract engine is closed");
            }
            first = firstPools.computeIfAbsent(language, l -> new TesseractPool(tessdata, l + "+eng"));
        }
        return line(first, shot, box);
    }

    private Optional<TextLine> line(TesseractPool using, Screenshot shot, Box box) {
        List<TextLine> lines = read(using, shot, box, true);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        if (lines.size() == 1) {
            return Optional.of(lines.get(0));
        }
        List<Word> words = new ArrayList<>();
        lines.forEach(l -> words.addAll(l.words()));
        return Optional.of(lineOf(words));
    }

    private static List<TextLine> read(TesseractPool pool, Screenshot shot, Box box, boolean singleLine) {
        double scale = singleLine ? Math.max(1.0, Math.min(LINE_SCALE_MAX, LINE_HEIGHT / (double) box.height()))
                : box.height() < 400 ? 2.0 : 1.0;
        GreyImage img = GreyImage.forOcr(shot, box, singleLine ? 8 : 12, scale);
        int psm = singleLine ? TesseractPool.SINGLE_LINE : TesseractPool.AUTO;
        List<TesseractPool.TessWord> words = pool.words(img.pixels(), img.width(), img.height(), psm);
        List<TextLine> lines = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        int line = -1;
        for (TesseractPool.TessWord w : words) {
            if (w.line() != line && !current.isEmpty()) {
                lines.add(lineOf(current));
                current = new ArrayList<>();
            }
            line = w.line();
            if (isJunk(w)) {
                continue;
            }
            Box b = img.toSource(w.left(), w.top(), w.right(), w.bottom());
            current.add(new Word(b, w.text(), Math.max(0, Math.min(1, w.confidence()))));
        }
        if (!current.isEmpty()) {
            lines.add(lineOf(current));
        }
        return lines;
    }

    /** An unsure word without letters or digits: usually a box corner or an icon read as punctuation. */
    private static boolean isJunk(TesseractPool.TessWord w) {
        return w.confidence() < 0.5 && w.text().codePoints().noneMatch(Character::isLetterOrDigit);
    }

    static TextLine lineOf(List<Word> words) {
        Box box = words.get(0).box();
        double sum = 0;
        StringBuilder text = new StringBuilder();
        for (Word w : words) {
            box = box.union(w.box());
            sum += w.confidence();
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(w.text());
        }
        return new TextLine(box, text.toString(), sum / words.size(), words);
    }

    @Override
    public void close() {
        pool.close();
        if (scriptPool != null) {
            scriptPool.close();
        }
        synchronized (firstPools) {
            closed = true;
            firstPools.values().forEach(TesseractPool::close);
            firstPools.clear();
        }
    }
}
