package dev.seepoint.perception;

import dev.seepoint.perception.resolve.BlankOptions;
import dev.seepoint.perception.resolve.Query;
import dev.seepoint.perception.resolve.QueryParser;
import dev.seepoint.perception.resolve.Resolver;
import dev.seepoint.perception.resolve.Scene;
import dev.seepoint.perception.resolve.SceneBuilder;
import dev.seepoint.perception.resolve.UnreadInitials;
import dev.seepoint.perception.text.NeuralTextReader;
import dev.seepoint.perception.text.TextLine;
import dev.seepoint.perception.text.TextReader;
import dev.seepoint.perception.text.Word;
import dev.seepoint.perception.widget.PixelWidgetDetector;
import dev.seepoint.perception.widget.Widget;
import dev.seepoint.perception.widget.WidgetDetector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

/**
 * Seepoint's own grounded model: neural text perception plus widget perception from pixels plus a
 * resolver for referring expressions, answering in Kosmos-2's grounded format. Pixel-only.
 *
 * <p>Small targets get a second, coarse-to-fine pass: the region around the first answer is cropped,
 * enlarged and perceived again, and the refined box is mapped back to the frame.
 *
 * <p>Thread-safe when its text reader is (the default one is). The last few perceived frames are
 * cached by content, so several expressions on one frame perceive it once. The widget detector's pixel
 * work runs on a helper thread while the text is read; {@link #close()} ends those threads and closes
 * the text reader.
 */
public final class DefaultGroundingModel implements GroundingModel {

    /** Frames whose perception is kept by default. */
    public static final int CACHE = 4;

    private final TextReader text;
    private final WidgetDetector widgets;
    private final Resolver resolver = new Resolver();
    private final QueryParser parser = new QueryParser();
    private final SceneBuilder builder = new SceneBuilder();
    private final boolean refine;
    private final int cacheFrames;
    /** Threads that run the widget detector's pixel work while text is read; one per concurrent locate, idle ones end. */
    private final ExecutorService helpers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "seepoint-widgets");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, Scene> cache = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Scene> eldest) {
            return size() > cacheFrames;
        }
    };

    /** Frames (fingerprint and scripts) whose text was already re-read for a query's script; bounded. */
    private final Set<String> reread = Collections.newSetFromMap(new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > 64;
        }
    });

    public DefaultGroundingModel(TextReader text, WidgetDetector widgets) {
        this(text, widgets, true, CACHE);
    }

    /**
     * @param refine      whether small or weak answers get a second pass in an enlarged crop
     * @param cacheFrames how many perceived frames to keep (0 perceives every call afresh, as benchmarks want)
     */
    public DefaultGroundingModel(TextReader text, WidgetDetector widgets, boolean refine, int cacheFrames) {
        this.text = Objects.requireNonNull(text, "text reader");
        this.widgets = Objects.requireNonNull(widgets, "widget detector");
        this.refine = refine;
        if (cacheFrames < 0) {
            throw new IllegalArgumentException("cacheFrames must be >= 0, got " + cacheFrames);
        }
        this.cacheFrames = cacheFrames;
    }

    /** The default model: {@link NeuralTextReader} and {@link PixelWidgetDetector}, refinement on, a small frame cache. */
    public static DefaultGroundingModel create() {
        return create(CACHE);
    }

    /** The default model keeping {@code cacheFrames} perceived frames (0 for benchmarks that measure every perception). */
    public static DefaultGroundingModel create(int cacheFrames) {
        return new DefaultGroundingModel(new NeuralTextReader(), new PixelWidgetDetector(), true, cacheFrames);
    }

    @Override
    public String name() {
        return "seepoint-default";
    }

    @Override
    public Grounding locate(Screenshot shot, String expression) {
        Objects.requireNonNull(shot, "screenshot");
        long start = System.nanoTime();
        Query query = parser.parse(expression);
        Timed<Scene> scene = perceive(shot);
        long resolveStart = System.nanoTime();
        Grounding g = resolver.resolve(scene.value, expression);
        Set<Character.UnicodeScript> scripts = g.isFound() ? Set.of() : otherScripts(expression);
        if (!scripts.isEmpty()) {
            Scene again = rereadFor(scene.value, scripts);
            if (again != null) {
                Grounding second = resolver.resolve(again, expression);
                if (second.isFound()) {
                    g = second.withEvidence("reread", "text re-read for the " + scripts + " script");
                }
            }
        }
        long resolved = System.nanoTime();
        if (refine && needsRefinement(g, shot)) {
            Grounding better = refine(shot, query, g);
            if (better != null) {
                g = better;
            }
        }
        long end = System.nanoTime();
        Map<String, Duration> timings = new LinkedHashMap<>(scene.timings);
        timings.put("resolve", Duration.ofNanos(resolved - resolveStart));
        if (end - resolved > 100_000) {
            timings.put("refine", Duration.ofNanos(end - resolved));
        }
        timings.put("total", Duration.ofNanos(end - start));
        if (shot.isCrop()) {
            g = g.map(shot::toFrame, shot.frame());
        }
        return g.withTimings(timings);
    }

    /** Perceives a frame (or returns the cached scene of an identical frame). */
    public Scene scene(Screenshot shot) {
        return perceive(shot).value;
    }

    private record Timed<T>(T value, Map<String, Duration> timings) {
    }

    private Timed<Scene> perceive(Screenshot shot) {
        long key = shot.fingerprint();
        synchronized (cache) {
            Scene cached = cache.get(key);
            if (cached != null && cached.screenshot().samePixels(shot)) {
                return new Timed<>(cached, Map.of("cached", Duration.ZERO));
            }
        }
        long t0 = System.nanoTime();
        Future<Function<List<TextLine>, List<Widget>>> started = startWidgets(shot);
        List<TextLine> lines;
        try {
            lines = inFrame(text.read(shot), shot.size());
        } catch (RuntimeException e) {
            started.cancel(true);
            throw e;
        }
        long t1 = System.nanoTime();
        List<Widget> found = finish(started).apply(lines);
        lines = withMissedCaptions(shot, lines, found);
        long t2 = System.nanoTime();
        Scene scene = builder.build(shot, lines, found);
        long t3 = System.nanoTime();
        if (cacheFrames > 0) {
            synchronized (cache) {
                cache.put(key, scene);
            }
        }
        Map<String, Duration> timings = new LinkedHashMap<>();
        timings.put("text", Duration.ofNanos(t1 - t0));
        timings.put("widgets", Duration.ofNanos(t2 - t1));
        timings.put("scene", Duration.ofNanos(t3 - t2));
        return new Timed<>(scene, timings);
    }

    /**
     * The lines, with the captions of like options the detector passed over (see {@link BlankOptions}) and the initials
     * on avatars it passed over ({@link UnreadInitials}) read and added.
     */
    private List<TextLine> withMissedCaptions(Screenshot shot, List<TextLine> lines, List<Widget> found) {
        List<Box> missed = BlankOptions.in(shot, lines, found);
        List<Box> avatars = UnreadInitials.in(lines, found);
        if (missed.isEmpty() && avatars.isEmpty()) {
            return lines;
        }
        List<Box> boxes = new ArrayList<>(missed);
        boxes.addAll(avatars);
        List<TextLine> all = text.readLines(shot, boxes);
        List<TextLine> read = new ArrayList<>(BlankOptions.captions(all.stream().filter(l -> inAny(l, missed)).toList()));
        read.addAll(UnreadInitials.initials(all.stream().filter(l -> inAny(l, avatars)).toList()));
        if (read.isEmpty()) {
            return lines;
        }
        List<TextLine> out = new ArrayList<>(lines);
        out.addAll(read);
        return List.copyOf(out);
    }

    private static boolean inAny(TextLine line, List<Box> boxes) {
        return boxes.stream().anyMatch(b -> b.expand(2).contains(line.box().center()));
    }

    /**
     * The lines with their boxes inside the frame: the widget detector reads pixels around them, and a
     * reader (ours or a plugged-in one) may hand back a box reaching a pixel or two past an edge.
     */
    private static List<TextLine> inFrame(List<TextLine> lines, Size frame) {
        Box all = new Box(0, 0, frame.width(), frame.height());
        if (lines.stream().allMatch(l -> all.contains(l.box()) && l.words().stream().allMatch(w -> all.contains(w.box())))) {
            return lines;
        }
        return lines.stream().map(l -> new TextLine(l.box().clip(frame), l.text(), l.confidence(),
                l.words().stream().map(w -> new Word(w.box().clip(frame), w.text(), w.confidence()))
                        .toList())).toList();
    }

    /**
     * Starts the widget detector's pixel work on a helper thread, so it runs while the text is read
     * (on a 2-core machine the reader's threads leave gaps it fills); on this thread when the helpers
     * are gone (the model is closed).
     */
    private Future<Function<List<TextLine>, List<Widget>>> startWidgets(Screenshot shot) {
        try {
            return helpers.submit(() -> widgets.begin(shot));
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(widgets.begin(shot));
        }
    }

    private static Function<List<TextLine>, List<Widget>> finish(Future<Function<List<TextLine>, List<Widget>>> started) {
        try {
            return started.get();
        } catch (InterruptedException e) {
            started.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while detecting widgets", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("widget detection failed: " + cause, cause);
        }
    }

    /** The scripts of the instruction's letters other than Latin ("東京": Han; "Αθήνα": Greek). */
    static Set<Character.UnicodeScript> otherScripts(String expression) {
        Set<Character.UnicodeScript> out = EnumSet.noneOf(Character.UnicodeScript.class);
        expression.codePoints().filter(Character::isLetter).mapToObj(Character.UnicodeScript::of)
                .filter(s -> s != Character.UnicodeScript.LATIN && s != Character.UnicodeScript.COMMON
                        && s != Character.UnicodeScript.INHERITED)
                .forEach(out::add);
        return out;
    }

    /**
     * Has the text reader read the scene's lines again for text in {@code scripts}; when any reading
     * changed, rebuilds the scene (and caches it in place of the first) and returns it, else null.
     */
    private Scene rereadFor(Scene scene, Set<Character.UnicodeScript> scripts) {
        Screenshot shot = scene.screenshot();
        String done = shot.fingerprint() + " " + scripts;
        synchronized (reread) {
            if (!reread.add(done)) {
                return null; // this frame was read again for these scripts already (a not-found query asked twice)
            }
        }
        List<TextLine> lines = text.rereadFor(shot, scene.lines(), scripts);
        if (lines.equals(scene.lines())) {
            return null;
        }
        Scene again = builder.build(shot, lines, widgets.detect(shot, lines));
        if (cacheFrames > 0) {
            synchronized (cache) {
                cache.put(shot.fingerprint(), again);
            }
        }
        return again;
    }

    private static boolean needsRefinement(Grounding g, Screenshot shot) {
        if (!g.isFound() || g.isAmbiguous()) {
            return false;
        }
        if (g.score() < 0.7) {
            return true; // a weak reading: look again, closer
        }
        String kind = g.evidence().getOrDefault("kind", "");
        boolean textual = kind.equals("text") || kind.equals("link") || kind.equals("icon");
        return textual && g.requireBox().height() < 12 * shot.devicePixelRatio(); // small print
    }

    /** Crops around the answer, enlarges 2×, perceives again and keeps the refined box when it matches as well. */
    private Grounding refine(Screenshot shot, Query query, Grounding coarse) {
        Box b = coarse.requireBox();
        int mx = Math.max(b.width(), (int) (80 * shot.devicePixelRatio()));
        int my = Math.max(b.height() * 2, (int) (30 * shot.devicePixelRatio()));
        Box region = b.expand(mx, my).clip(shot.size());
        if (region.isEmpty()) {
            return null;
        }
        Screenshot crop = shot.crop(region, 2.0);
        Query local = new Query(query.expression(), query.text(), query.quoted(), query.kind(), query.icons(), 0,
                List.of(), Query.Region.ANYWHERE);
        List<TextLine> cropLines = text.read(crop);
        Scene scene = builder.build(crop, cropLines, widgets.detect(crop, cropLines));
        Grounding fine = resolver.resolve(scene, local);
        if (!fine.isFound()) {
            return null;
        }
        Box back = mapToParent(crop, fine.requireBox(), region);
        boolean sameThing = b.expand(Math.max(2, b.width() / 4), Math.max(2, b.height() / 4)).contains(back.center());
        boolean clearlyBetter = fine.score() >= coarse.score() + 0.15;
        if (!sameThing && !clearlyBetter) {
            return null; // the zoomed look settled on something else, no more convincingly: keep the first answer
        }
        String kind = coarse.evidence().getOrDefault("kind", "");
        boolean textual = kind.equals("text") || kind.equals("link") || kind.equals("icon");
        if (sameThing && !textual) {
            return null; // a control's own box is better than the words read inside it
        }
        if (fine.score() + 0.02 < coarse.score() && back.equals(b)) {
            return null;
        }
        Grounding result = fine.isAmbiguous() ? coarse : Grounding.found(coarse.expression(), coarse.frame(), back,
                back.center(), Math.max(coarse.score(), fine.score()), coarse.alternatives(), coarse.evidence());
        return result.withEvidence("refined", "2x crop " + region);
    }

    /** Maps a box in a 2× crop of {@code region} back to the pixels of the screenshot the crop came from. */
    private static Box mapToParent(Screenshot crop, Box box, Box region) {
        double z = crop.width() / (double) region.width();
        return new Box(region.left() + (int) Math.floor(box.left() / z), region.top() + (int) Math.floor(box.top() / z),
                region.left() + (int) Math.ceil(box.right() / z), region.top() + (int) Math.ceil(box.bottom() / z));
    }

    @Override
    public void close() {
        helpers.shutdownNow();
        text.close();
        synchronized (cache) {
            cache.clear();
        }
    }
}
