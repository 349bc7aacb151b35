package dev.seepoint.perception.text;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.text.internal.DbPostProcessor;
import dev.seepoint.perception.text.internal.LineCache;
import dev.seepoint.perception.text.internal.FrameDelta;
import dev.seepoint.perception.text.internal.LineLayout;
import dev.seepoint.perception.text.internal.ModelResources;
import dev.seepoint.perception.text.internal.PpOcrDetector;
import dev.seepoint.perception.text.internal.PpOcrRecognizer;
import dev.seepoint.perception.text.internal.TextRegion;
import dev.seepoint.perception.text.internal.WordSplitter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link TextReader}: PP-OCR detection (ONNX Runtime) finds the lines, wide gaps cut
 * them apart, and each line is read by Tesseract (best measured on UI text) or, where Tesseract is
 * missing or unsure, by the PP-OCR recogniser. Every line comes with word boxes.
 *
 * <p>Thread-safe; lines are recognised on {@link Options#workers()} threads. {@link #close()} releases
 * the ONNX sessions, the Tesseract handles and the worker threads.
 */
public final class NeuralTextReader implements TextReader {

    private static final Logger LOG = LoggerFactory.getLogger(NeuralTextReader.class);
    private static final AtomicBoolean WARNED = new AtomicBoolean();
    private static final AtomicBoolean WARNED_SCRIPTS = new AtomicBoolean();
    /** Scripts the PP-OCR recogniser reads (its keys hold Chinese characters and Japanese kana). */
    private static final Set<Character.UnicodeScript> RECOGNIZER_SCRIPTS =
            EnumSet.of(Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA);
    /** A recogniser reading this sure is taken to be of Latin (or Chinese) letters, not a Greek or Cyrillic look-alike. */
    private static final double SURE_NEURAL = 0.9;
    /** Scripts read by Tesseract's extra languages ({@link TesseractOcr#SCRIPT_LANGUAGES}). */
    private static final Set<Character.UnicodeScript> TESSERACT_SCRIPTS =
            EnumSet.of(Character.UnicodeScript.GREEK, Character.UnicodeScript.CYRILLIC);

    /** Recognition settings; immutable, change one with a {@code with…} method. */
    public record Options(String detectorModel, int detectorMaxSide, int workers, boolean tesseract,
            double acceptTesseract, int batch, int cacheLines) {

        /**
         * v3 detection on screenshots scaled to at most 960 px a side, 2 workers, Tesseract first,
         * PP-OCR for lines Tesseract reads with less than 0.7 confidence, one line per recogniser run
         * ({@code batch}), 4,096 cached lines.
         *
         * <p>One line per run measured faster than six on 2 cores: a frame has a handful of unsure lines,
         * so one batch of six kept one worker busy and the other idle, and a batch pads every line to
         * the widest (151.6 against 138.7 ms of reading per frame, 22 test-page frames).
         */
        public static Options defaults() {
            return new Options(ModelResources.DET_V3, 960, 2, true, 0.70, 1, 4_096);
        }

        /** How many line readings to remember by their pixels (0: no cache). */
        public Options withCacheLines(int lines) {
            return new Options(detectorModel, detectorMaxSide, workers, tesseract, acceptTesseract, batch, lines);
        }

        public Options withDetectorModel(String resource) {
            return new Options(resource, detectorMaxSide, workers, tesseract, acceptTesseract, batch, cacheLines);
        }

        /** Scales screenshots whose longest side exceeds {@code side} down before detection (0: never). */
        public Options withDetectorMaxSide(int side) {
            return new Options(detectorModel, side, workers, tesseract, acceptTesseract, batch, cacheLines);
        }

        public Options withWorkers(int n) {
            return new Options(detectorModel, detectorMaxSide, n, tesseract, acceptTesseract, batch, cacheLines);
        }

        /** How many unsure lines of similar shape the recogniser reads in one run (1..64). */
        public Options withBatch(int lines) {
            return new Options(detectorModel, detectorMaxSide, workers, tesseract, acceptTesseract, lines, cacheLines);
        }

        /** Whether to read lines with Tesseract when it is installed ({@code false}: PP-OCR only). */
        public Options withTesseract(boolean use) {
            return new Options(detectorModel, detectorMaxSide, workers, use, acceptTesseract, batch, cacheLines);
        }
    }

    private final Options options;
    private final PpOcrDetector detector;
    private final PpOcrRecognizer recognizer;
    private final Optional<TesseractOcr> tesseract;
    private final ExecutorService workers;
    private final LineCache cache;
    /** Code points the PP-OCR recogniser can emit (its one-character keys). */
    private final Set<Integer> recognizerLetters;
    /** The detected box each recent reading came from, so a reading can be re-read from the same crop. */
    private final Map<TextLine, Box> origins;

    public NeuralTextReader() {
        this(Options.defaults());
    }

    public NeuralTextReader(Options options) {
        this(options, false);
    }

    /**
     * @param incrementalDetection detect text only in the bands of rows that changed since the previous
     *                             frame of the same size (faster on an agent's consecutive frames; the
     *                             lines found can differ slightly from a full detection, so it is off
     *                             by default)
     */
    public NeuralTextReader(Options options, boolean incrementalDetection) {
        this.incremental = incrementalDetection;
        if (options.workers() < 1 || options.workers() > 16) {
            throw new IllegalArgumentException("workers must be in 1..16, got " + options.workers());
        }
        if (options.batch() < 1 || options.batch() > 64) {
            throw new IllegalArgumentException("batch (lines per recogniser run) must be in 1..64, got " + options.batch());
        }
        this.options = options;
        this.detector = new PpOcrDetector(ModelResources.bytes(options.detectorModel()),
                Math.max(1, Runtime.getRuntime().availableProcessors()), options.detectorMaxSide(), DbPostProcessor.standard());
        List<String> classes = ModelResources.recognizerClasses();
        this.recognizer = new PpOcrRecognizer(ModelResources.bytes(ModelResources.REC_V4), classes, 1);
        this.recognizerLetters = classes.stream().filter(c -> c.codePointCount(0, c.length()) == 1)
                .map(c -> c.codePointAt(0)).collect(Collectors.toUnmodifiableSet());
        int remembered = Math.max(256, options.cacheLines());
        this.origins = new LinkedHashMap<>(512, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<TextLine, Box> eldest) {
                return size() > remembered;
            }
        };
        this.tesseract = options.tesseract() ? openTesseract() : Optional.empty();
        this.cache = new LineCache(Math.max(0, options.cacheLines()));
        AtomicInteger n = new AtomicInteger();
        this.workers = options.workers() > 1 ? Executors.newFixedThreadPool(options.workers() - 1, r -> {
            Thread t = new Thread(r, "seepoint-text-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }) : null;
    }

    private static Optional<TesseractOcr> openTesseract() {
        TesseractStatus status = TesseractStatus.detect();
        if (!status.available()) {
            if (WARNED.compareAndSet(false, true)) {
                LOG.warn("Tesseract is not available, so text is read by the PP-OCR recogniser alone (less accurate on "
                        + "spaces and accented Latin): {}", status.problem().orElse(""));
            }
            return Optional.empty();
        }
        TesseractOcr ocr = new TesseractOcr();
        if (!ocr.missingScriptLanguages().isEmpty() && WARNED_SCRIPTS.compareAndSet(false, true)) {
            LOG.warn("Tesseract lacks the languages {} here, so text in those scripts (Greek: ell, Cyrillic: rus) is not "
                    + "read; install them with: apt-get install {}", ocr.missingScriptLanguages(),
                    ocr.missingScriptLanguages().stream().map(l -> "tesseract-ocr-" + l).collect(Collectors.joining(" ")));
        }
        return Optional.of(ocr);
    }

    /** Whether lines are read by Tesseract (installed and enabled). */
    public boolean usesTesseract() {
        return tesseract.isPresent();
    }

    /**
     * Boxes of the text lines PP-OCR detects, cut at wide gaps, in the screenshot's pixels. When the
     * previous frame had the same size and only some bands of rows changed, detection runs on those
     * bands alone and the lines found elsewhere are kept (an agent's consecutive frames of one page).
     */
    public List<Box> detectLines(Screenshot shot) {
        int[] pixels = incremental ? shot.pixels() : null;
        Previous prev;
        synchronized (this) {
            prev = previous;
        }
        List<Box> lines = null;
        if (incremental && prev != null && !shot.isCrop() && prev.shot.devicePixelRatio() == shot.devicePixelRatio()) {
            int margin = (int) Math.round(16 * shot.devicePixelRatio());
            List<FrameDelta.Band> bands = FrameDelta.changedBands(prev.shot, prev.pixels, shot, pixels, margin);
            if (bands != null) {
                int changed = bands.stream().mapToInt(FrameDelta.Band::height).sum();
                bands = coverTouchedLines(bands, prev.lines, margin, shot.height());
                changed = bands.stream().mapToInt(FrameDelta.Band::height).sum();
                if (changed < shot.height() * 0.6) {
                    lines = new ArrayList<>();
                    for (Box b : prev.lines) {
                        boolean touched = false;
                        for (FrameDelta.Band band : bands) {
                            if (b.bottom() > band.top() && b.top() < band.bottom()) {
                                touched = true;
                                break;
                            }
                        }
                        if (!touched) {
                            lines.add(b);
                        }
                    }
                    for (FrameDelta.Band band : bands) {
                        Box area = new Box(0, band.top(), shot.width(), band.bottom());
                        Screenshot crop = shot.crop(area);
                        for (Box b : LineLayout.lines(crop, detector.detect(crop))) {
                            Box moved = b.translate(0, band.top());
                            // a line cut by the band's edge belongs to the band's inside only
                            if (moved.top() >= band.top() && moved.bottom() <= band.bottom()) {
                                lines.add(moved);
                            }
                        }
                    }
                    lines.sort(Comparator.comparingInt(Box::top).thenComparingInt(Box::left));
                }
            }
        }
        if (lines == null) {
            lines = LineLayout.lines(shot, detector.detect(shot));
        }
        if (incremental && !shot.isCrop()) {
            synchronized (this) {
                previous = new Previous(shot, pixels, List.copyOf(lines));
            }
        }
        return lines;
    }

    /**
     * Grows each band until every earlier line it touches lies wholly inside it (plus the margin), so a
     * line cut by a band's edge is detected again whole instead of being lost.
     */
    private static List<FrameDelta.Band> coverTouchedLines(List<FrameDelta.Band> bands, List<Box> lines, int margin, int height) {
        List<FrameDelta.Band> out = new ArrayList<>();
        for (FrameDelta.Band band : bands) {
            int top = band.top();
            int bottom = band.bottom();
            boolean grew = true;
            for (int guard = 0; grew && guard < 16; guard++) {
                grew = false;
                for (Box b : lines) {
                    if (b.bottom() > top && b.top() < bottom && (b.top() - margin < top || b.bottom() + margin > bottom)) {
                        int t = Math.max(0, Math.min(top, b.top() - margin));
                        int u = Math.min(height, Math.max(bottom, b.bottom() + margin));
                        if (t != top || u != bottom) {
                            top = t;
                            bottom = u;
                            grew = true;
                        }
                    }
                }
            }
            if (!out.isEmpty() && out.get(out.size() - 1).bottom() >= top) {
                FrameDelta.Band last = out.remove(out.size() - 1);
                out.add(new FrameDelta.Band(last.top(), Math.max(last.bottom(), bottom)));
            } else {
                out.add(new FrameDelta.Band(top, bottom));
            }
        }
        return out;
    }

    /** The last frame whose lines were detected, for incremental detection. */
    private record Previous(Screenshot shot, int[] pixels, List<Box> lines) {
    }

    private Previous previous;
    private final boolean incremental;

    @Override
    public List<TextLine> read(Screenshot shot) {
        return readLines(shot, detectLines(shot));
    }

    /**
     * Reads the given line boxes of {@code shot} on the worker threads. Each thread takes the next line
     * as it comes free, the widest first, so the threads finish together whatever the lines cost
     * (fixed halves left one thread idle for half the time on a sign-up form). A line Tesseract is
     * unsure of goes to the recogniser on the same thread at once when {@link Options#batch()} is 1
     * (so a frame's one or two unsure lines do not leave a thread idle at the end); with larger
     * batches the unsure lines are read afterwards, that many of similar shape a run, the same way.
     */
    @Override
    public List<TextLine> readLines(Screenshot shot, List<Box> lines) {
        List<Box> order = new ArrayList<>(lines);
        order.sort(Comparator.comparingDouble((Box b) -> -b.width() / (double) Math.max(1, b.height()))
                .thenComparingInt(Box::top).thenComparingInt(Box::left));
        FirstReading[] first = new FirstReading[order.size()];
        TextLine[] second = new TextLine[order.size()];
        boolean atOnce = options.batch() == 1;
        inParallel(order.size(), i -> {
            first[i] = readFirst(shot, order.get(i));
            if (atOnce && !first[i].done()) {
                second[i] = settle(shot, order.get(i), first[i].guess(), recognizer.read(shot, List.of(order.get(i))).get(0));
            }
        });
        List<TextLine> out = new ArrayList<>();
        List<Integer> unsure = new ArrayList<>();
        for (int i = 0; i < first.length; i++) {
            if (first[i].done()) {
                if (first[i].line() != null) {
                    out.add(first[i].line());
                }
            } else if (atOnce) {
                if (second[i] != null) {
                    out.add(second[i]);
                }
            } else {
                unsure.add(i);
            }
        }
        unsure.sort(Comparator.comparingDouble((Integer i) -> order.get(i).width() / (double) Math.max(1, order.get(i).height()))
                .thenComparingInt(i -> order.get(i).top()).thenComparingInt(i -> order.get(i).left()));
        List<List<Integer>> batches = new ArrayList<>();
        for (int start = 0; start < unsure.size(); start += options.batch()) {
            batches.add(unsure.subList(start, Math.min(unsure.size(), start + options.batch())));
        }
        inParallel(batches.size(), b -> {
            List<Integer> idx = batches.get(b);
            List<PpOcrRecognizer.Reading> readings = recognizer.read(shot, idx.stream().map(order::get).toList());
            for (int k = 0; k < idx.size(); k++) {
                int i = idx.get(k);
                second[i] = settle(shot, order.get(i), first[i].guess(), readings.get(k));
            }
        });
        for (int i : unsure) {
            if (second[i] != null) {
                out.add(second[i]);
            }
        }
        out.sort(Comparator.comparingInt((TextLine l) -> l.box().top()).thenComparingInt(l -> l.box().left()));
        return out;
    }

    /**
     * Runs {@code task} for 0..n-1 on this thread and the workers, each taking the next index as it
     * comes free; returns when all are done, rethrowing the first failure.
     */
    private void inParallel(int n, IntConsumer task) {
        AtomicInteger next = new AtomicInteger();
        Runnable drain = () -> {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                task.accept(i);
            }
        };
        List<Future<?>> helpers = new ArrayList<>();
        int extra = workers == null ? 0 : Math.min(options.workers() - 1, n - 1);
        for (int k = 0; k < extra; k++) {
            helpers.add(workers.submit(drain));
        }
        RuntimeException failure = null;
        try {
            drain.run();
        } catch (RuntimeException e) {
            failure = e;
            next.set(n);
        }
        for (Future<?> f : helpers) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading text", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (failure == null) {
                    failure = cause instanceof RuntimeException re ? re
                            : new IllegalStateException("reading text failed: " + cause, cause);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Tesseract's (or the cache's) reading of one line. When {@code done}, {@code line} is the reading
     * (null: the cache knows nothing can be read there); otherwise {@code guess} is Tesseract's unsure
     * reading (or null) for the recogniser to compete with.
     */
    private record FirstReading(boolean done, TextLine line, TextLine guess) {

        static FirstReading read(TextLine line) {
            return new FirstReading(true, line, null);
        }

        static FirstReading unsure(TextLine guess) {
            return new FirstReading(false, null, guess);
        }
    }

    private FirstReading readFirst(Screenshot shot, Box box) {
        Optional<LineCache.Hit> cached = cache.get(shot, box);
        if (cached.isPresent()) {
            return FirstReading.read(cached.get().line().map(l -> remember(l, box)).orElse(null));
        }
        if (tesseract.isEmpty()) {
            return FirstReading.unsure(null);
        }
        Optional<TextLine> line = tesseract.get().line(shot, box);
        if (line.isPresent() && line.get().confidence() >= options.acceptTesseract()) {
            cache.put(shot, box, line.get());
            return FirstReading.read(remember(line.get(), box));
        }
        return FirstReading.unsure(line.orElse(null));
    }

    /** The better of Tesseract's unsure reading and the recogniser's, remembered for the box (null: neither). */
    private TextLine settle(Screenshot shot, Box box, TextLine guess, PpOcrRecognizer.Reading reading) {
        TextLine neural = toLine(reading);
        TextLine best = pick(inOtherScript(shot, box, neural).orElse(guess), neural);
        cache.put(shot, box, best);
        return best == null ? null : remember(best, box);
    }

    /**
     * Tesseract's reading of an unsure line in every installed script language, when it holds Greek or
     * Cyrillic words: at least two letters the recogniser has no key for, a third of all. Unsure Latin
     * text also reads as Cyrillic look-alikes ("Express" as "Ехргезз"), so such a reading is only a
     * candidate against the recogniser's (see {@link #pick}). It is not tried when the recogniser is
     * sure (0.9 or more; 0.92-1.0 on Latin words) of Latin letters only, nor on an icon-sized box, where
     * a lone glyph passes for a Greek or Cyrillic letter. Reading a line in three languages costs two to
     * four times an English reading, so the recogniser goes first.
     */
    private Optional<TextLine> inOtherScript(Screenshot shot, Box box, TextLine neural) {
        if (tesseract.isEmpty() || box.width() < 1.5 * box.height() || sureOfLatin(neural)) {
            return Optional.empty();
        }
        return tesseract.get().lineInAnyScript(shot, box).filter(other -> other.confidence() >= options.acceptTesseract()
                && lettersBeyondRecognizer(other.text()) >= 2 && beyondRecognizer(other.text()));
    }

    private static boolean sureOfLatin(TextLine neural) {
        return neural != null && neural.confidence() >= SURE_NEURAL && neural.text().codePoints().filter(Character::isLetter)
                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
    }

    private TextLine remember(TextLine line, Box box) {
        synchronized (origins) {
            origins.put(line, box);
        }
        return line;
    }

    private TextLine pick(TextLine tess, TextLine neural) {
        if (neural == null) {
            return tess != null && tess.confidence() >= 0.4 ? tess : null;
        }
        if (tess == null) {
            return neural;
        }
        if (tess.confidence() >= options.acceptTesseract() && neural.confidence() < SURE_NEURAL && beyondRecognizer(tess.text())) {
            // Tesseract read letters (Greek, Cyrillic) that the recogniser has no key for, and the recogniser
            // is not sure of its Latin look-alikes (measured: 0.63-0.82 on Greek words, 0.92-1.0 on Latin ones)
            return tess;
        }
        return tess.confidence() >= neural.confidence() ? tess : neural;
    }

    /**
     * Whether at least a third of the letters of {@code text} are of a non-Latin script and have no key
     * in the PP-OCR recogniser, so it could not have read the text right.
     */
    boolean beyondRecognizer(String text) {
        long letters = letters(text);
        return letters > 0 && lettersBeyondRecognizer(text) * 3 >= letters;
    }

    /** How many letters of {@code text} are of a non-Latin script and have no key in the PP-OCR recogniser. */
    long lettersBeyondRecognizer(String text) {
        return text.codePoints().filter(cp -> Character.isLetter(cp)
                && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN && !recognizerLetters.contains(cp)).count();
    }

    /**
     * Re-reads the lines that hold no letter of the wanted scripts with a recogniser that knows them:
     * PP-OCR for Chinese characters and kana, Tesseract's Greek and Cyrillic languages (when installed)
     * first, English second, for those. For a query in a script that the first reading missed:
     * Tesseract in English reads a crisp "東京" as a confident "RR" and "Москва" as "Mockba". A line is replaced when its new reading holds letters of a wanted
     * script (PP-OCR: with at least 0.8 confidence; it strays into a Chinese character on unsure Greek,
     * "Me入L" at 0.76); the line cache then remembers the new reading. Lines already read in a non-Latin script
     * and lines this reader did not read recently (no detected box known) are kept as they are.
     */
    @Override
    public List<TextLine> rereadFor(Screenshot shot, List<TextLine> lines, Set<Character.UnicodeScript> scripts) {
        boolean neural = scripts.stream().anyMatch(RECOGNIZER_SCRIPTS::contains);
        boolean tess = tesseract.isPresent() && !tesseract.get().scriptLanguages().isEmpty()
                && scripts.stream().anyMatch(TESSERACT_SCRIPTS::contains);
        if (!neural && !tess) {
            return lines;
        }
        List<TextLine> out = new ArrayList<>(lines);
        List<Integer> todo = new ArrayList<>();
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            Box box;
            synchronized (origins) {
                box = origins.get(line);
            }
            if (box != null && !hasNonLatinLetter(line.text()) && box.right() <= shot.width() && box.bottom() <= shot.height()) {
                todo.add(i);
                boxes.add(box);
            }
        }
        if (neural) {
            List<Integer> order = new ArrayList<>();
            for (int k = 0; k < todo.size(); k++) {
                order.add(k);
            }
            order.sort(Comparator.comparingDouble(k -> boxes.get(k).width() / (double) Math.max(1, boxes.get(k).height())));
            for (int start = 0; start < order.size(); start += options.batch()) {
                List<Integer> part = order.subList(start, Math.min(order.size(), start + options.batch()));
                List<PpOcrRecognizer.Reading> readings = recognizer.read(shot, part.stream().map(boxes::get).toList());
                for (int k = 0; k < part.size(); k++) {
                    TextLine read = toLine(readings.get(k));
                    if (read != null && read.confidence() >= 0.8 && hasScript(read.text(), scripts)) {
                        replace(out, todo.get(part.get(k)), boxes.get(part.get(k)), read, shot);
                    }
                }
            }
        }
        if (tess) {
            for (Character.UnicodeScript script : scripts) {
                if (!TESSERACT_SCRIPTS.contains(script)) {
                    continue;
                }
                for (int k = 0; k < todo.size(); k++) {
                    int i = todo.get(k);
                    if (hasScript(out.get(i).text(), scripts)) {
                        continue;
                    }
                    Optional<TextLine> read = tesseract.get().lineInScript(script, shot, boxes.get(k));
                    if (read.isPresent() && read.get().confidence() >= 0.6 && hasScript(read.get().text(), Set.of(script))) {
                        replace(out, i, boxes.get(k), read.get(), shot);
                    }
                }
            }
        }
        return out;
    }

    private void replace(List<TextLine> lines, int index, Box box, TextLine read, Screenshot shot) {
        lines.set(index, remember(read, box));
        cache.put(shot, box, read);
    }

    private static long letters(String text) {
        return text.codePoints().filter(Character::isLetter).count();
    }

    /** Whether {@code text} holds a letter of a script other than Latin. */
    static boolean hasNonLatinLetter(String text) {
        return text.codePoints().anyMatch(cp -> Character.isLetter(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN);
    }

    /** Whether {@code text} holds a letter of one of {@code scripts}. */
    static boolean hasScript(String text, Set<Character.UnicodeScript> scripts) {
        return text.codePoints().anyMatch(cp -> Character.isLetter(cp) && scripts.contains(Character.UnicodeScript.of(cp)));
    }

    private static TextLine toLine(PpOcrRecognizer.Reading reading) {
        List<Word> words = new ArrayList<>();
        Box line = reading.box();
        for (WordSplitter.Span s : reading.spans()) {
            Box b = new Box((int) Math.floor(s.left()), line.top(), (int) Math.ceil(s.right()), line.bottom());
            words.add(new Word(b, s.text(), s.confidence()));
        }
        if (words.isEmpty() || reading.decoded().confidence() < 0.5) {
            return null;
        }
        double conf = reading.decoded().confidence();
        String text = String.join(" ", words.stream().map(Word::text).toList());
        return new TextLine(line, text, conf, words);
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
        tesseract.ifPresent(TesseractOcr::close);
        recognizer.close();
        detector.close();
    }
}
