package dev.seepoint.perception.text.internal;

import com.sun.jna.Pointer;
import dev.seepoint.perception.text.TesseractStatus;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.TessAPI;

/**
 * Tesseract handles through Tess4J's low-level {@link TessAPI} (its high-level class fails against
 * Debian 12's libraries). A handle costs ~50 ms to create, so each is created once, lent to one
 * thread at a time, and ended by {@link #close()}. At most 8 exist; a ninth concurrent reader waits.
 */
public final class TesseractPool implements AutoCloseable {

    private static volatile TesseractStatus status;

    static {
        OpenMpLimit.apply(); // before libtesseract, and the OpenMP it brings, is first loaded
    }

    /** Page segmentation: one line of text. */
    public static final int SINGLE_LINE = ITessAPI.TessPageSegMode.PSM_SINGLE_LINE;
    /** Page segmentation: one uniform block of text. */
    public static final int SINGLE_BLOCK = ITessAPI.TessPageSegMode.PSM_SINGLE_BLOCK;
    /** Page segmentation: automatic, without orientation detection. */
    public static final int AUTO = ITessAPI.TessPageSegMode.PSM_AUTO;
    /** Page segmentation: as much text as possible, in no particular order. */
    public static final int SPARSE = ITessAPI.TessPageSegMode.PSM_SPARSE_TEXT;

    private static final int MAX_HANDLES = 8;
    private static final long WAIT_NANOS = 30_000_000_000L;

    private final Path tessdata;
    private final String languages;
    private final ArrayDeque<ITessAPI.TessBaseAPI> idle = new ArrayDeque<>();
    private final List<ITessAPI.TessBaseAPI> all = new ArrayList<>();
    private boolean closed;

    /** One word read by Tesseract: its box in the image's pixels, confidence 0..1, line index. */
    public record TessWord(String text, int left, int top, int right, int bottom, double confidence, int line) {
    }

    /** A pool of English handles. */
    public TesseractPool(Path tessdata) {
        this(tessdata, "eng");
    }

    /**
     * @param languages Tesseract's language list, e.g. {@code "eng+ell+rus"}: each word is read by the
     *                  first language and re-read by the others when the first is unsure
     */
    public TesseractPool(Path tessdata, String languages) {
        this.tessdata = tessdata;
        this.languages = languages;
    }

    /**
     * Which of {@code wanted} (language codes such as {@code "ell"}) have a {@code .traineddata} file in
     * {@code tessdata}, in the given order.
     */
    public static List<String> installedLanguages(Path tessdata, List<String> wanted) {
        return wanted.stream().filter(l -> Files.isRegularFile(tessdata.resolve(l + ".traineddata"))).toList();
    }

    /** Whether libtesseract and eng.traineddata are present; probed once per process. */
    public static TesseractStatus status() {
        TesseractStatus s = status;
        if (s == null) {
            synchronized (TesseractPool.class) {
                if (status == null) {
                    status = probe();
                }
                s = status;
            }
        }
        return s;
    }

    private static TesseractStatus probe() {
        List<Path> searched = tessdataCandidates();
        Optional<Path> dir = searched.stream().filter(p -> Files.isRegularFile(p.resolve("eng.traineddata"))).findFirst();
        String version;
        try {
            version = TessAPI.INSTANCE.TessVersion();
            OpenMpLimit.check();
        } catch (UnsatisfiedLinkError | NoClassDefFoundError | IllegalStateException e) {
            return new TesseractStatus(false, Optional.empty(), dir,
                    Optional.of("libtesseract could not be loaded (" + e.getMessage() + "); " + TesseractStatus.INSTALL_HINT),
                    searched);
        }
        if (dir.isEmpty()) {
            return new TesseractStatus(false, Optional.ofNullable(version), Optional.empty(),
                    Optional.of("libtesseract " + version + " loaded but eng.traineddata was not found in " + searched
                            + "; " + TesseractStatus.INSTALL_HINT), searched);
        }
        return new TesseractStatus(true, Optional.ofNullable(version), dir, Optional.empty(), searched);
    }

    private static List<Path> tessdataCandidates() {
        Set<Path> out = new LinkedHashSet<>();
        String prefix = System.getenv("TESSDATA_PREFIX");
        if (prefix != null && !prefix.isBlank()) {
            Path p = Path.of(prefix.trim());
            out.add(p);
            out.add(p.resolve("tessdata"));
        }
        for (String s : List.of("/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
                "/usr/share/tesseract-ocr/tessdata", "/usr/share/tessdata", "/usr/local/share/tessdata",
                "/usr/local/share/tesseract-ocr/tessdata", "/opt/homebrew/share/tessdata", "/opt/local/share/tessdata")) {
            out.add(Path.of(s));
        }
        return new ArrayList<>(out);
    }

    /** Words of an 8-bit grey image (row-major, {@code width × height}). */
    public List<TessWord> words(byte[] grey, int width, int height, int pageSegMode) {
        ITessAPI.TessBaseAPI api = borrow();
        try {
            TessAPI t = TessAPI.INSTANCE;
            t.TessBaseAPISetPageSegMode(api, pageSegMode);
            ByteBuffer buf = ByteBuffer.allocateDirect(grey.length);
            buf.put(grey).flip();
            t.TessBaseAPISetImage(api, buf, width, height, 1, width);
            if (t.TessBaseAPIRecognize(api, null) != 0) {
                return List.of();
            }
            ITessAPI.TessResultIterator it = t.TessBaseAPIGetIterator(api);
            if (it == null) {
                return List.of();
            }
            List<TessWord> out = new ArrayList<>();
            try {
                ITessAPI.TessPageIterator page = t.TessResultIteratorGetPageIterator(it);
                IntBuffer l = IntBuffer.allocate(1);
                IntBuffer tp = IntBuffer.allocate(1);
                IntBuffer r = IntBuffer.allocate(1);
                IntBuffer b = IntBuffer.allocate(1);
                int line = -1;
                int level = ITessAPI.TessPageIteratorLevel.RIL_WORD;
                for (int guard = 0; guard < 10_000; guard++) {
                    if (t.TessPageIteratorIsAtBeginningOf(page, ITessAPI.TessPageIteratorLevel.RIL_TEXTLINE) != 0) {
                        line++;
                    }
                    Pointer p = t.TessResultIteratorGetUTF8Text(it, level);
                    if (p != null) {
                        String text = p.getString(0, "UTF-8").strip();
                        t.TessDeleteText(p);
                        float conf = t.TessResultIteratorConfidence(it, level);
                        if (!text.isEmpty() && t.TessPageIteratorBoundingBox(page, level, l, tp, r, b) != 0) {
                            out.add(new TessWord(text, l.get(0), tp.get(0), r.get(0), b.get(0), conf / 100.0, Math.max(0, line)));
                        }
                    }
                    if (t.TessResultIteratorNext(it, level) == 0) {
                        break;
                    }
                }
            } finally {
                t.TessResultIteratorDelete(it);
            }
            return out;
        } finally {
            TessAPI.INSTANCE.TessBaseAPIClear(api);
            giveBack(api);
        }
    }

    private ITessAPI.TessBaseAPI borrow() {
        synchronized (this) {
            long deadline = System.nanoTime() + WAIT_NANOS;
            while (true) {
                if (closed) {
                    throw new IllegalStateException("the Tesseract pool is closed");
                }
                ITessAPI.TessBaseAPI api = idle.pollFirst();
                if (api != null) {
                    return api;
                }
                if (all.size() < MAX_HANDLES) {
                    break;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("no Tesseract handle came free within " + WAIT_NANOS / 1_000_000_000L
                            + " s: " + MAX_HANDLES + " handles are all in use");
                }
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for a Tesseract handle", e);
                }
            }
            all.add(null); // reserve a slot while the handle is created outside the lock
        }
        ITessAPI.TessBaseAPI api = TessAPI.INSTANCE.TessBaseAPICreate();
        int rc = TessAPI.INSTANCE.TessBaseAPIInit3(api, tessdata.toString(), languages);
        if (rc != 0) {
            TessAPI.INSTANCE.TessBaseAPIDelete(api);
            synchronized (this) {
                all.remove(null);
                notifyAll();
            }
            throw new IllegalStateException("Tesseract failed to initialise with the languages '" + languages + "' from " + tessdata
                    + " (code " + rc + "); " + TesseractStatus.INSTALL_HINT);
        }
        TessAPI.INSTANCE.TessBaseAPISetVariable(api, "debug_file", "/dev/null");
        // Crops arrive dark-on-light already; without this Tesseract 5 re-reads unsure lines inverted.
        TessAPI.INSTANCE.TessBaseAPISetVariable(api, "tessedit_do_invert", "0");
        synchronized (this) {
            all.remove(null);
            all.add(api);
        }
        return api;
    }

    private void giveBack(ITessAPI.TessBaseAPI api) {
        synchronized (this) {
            if (closed) {
                end(api);
            } else {
                idle.addFirst(api);
                notifyAll();
            }
        }
    }

    private static void end(ITessAPI.TessBaseAPI api) {
        TessAPI.INSTANCE.TessBaseAPIEnd(api);
        TessAPI.INSTANCE.TessBaseAPIDelete(api);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (ITessAPI.TessBaseAPI api : idle) {
            end(api);
        }
        idle.clear();
    }
}
