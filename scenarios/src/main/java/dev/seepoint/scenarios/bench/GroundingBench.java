package dev.seepoint.scenarios.bench;

import dev.seepoint.actions.Browser;
import dev.seepoint.actions.BrowserOptions;
import dev.seepoint.actions.Browsers;
import dev.seepoint.perception.Annotator;
import dev.seepoint.perception.Box;
import dev.seepoint.perception.Grounding;
import dev.seepoint.perception.GroundingModel;
import dev.seepoint.perception.Point;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.Size;
import dev.seepoint.testpages.TestPages;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Runs labelled grounding cases in headless Chromium: each page is shot once, every case on it is
 * located on that frame, and the answer is checked against the element's rectangle read from the
 * DOM (the DOM is ground truth here, never an input to the grounder). On the same pages it also
 * measures the raw floor: a screenshot plus a coordinate click.
 */
public final class GroundingBench {

    /** The outcome of one case. */
    public record Result(GroundingCase testCase, boolean hit, String verdict, Grounding grounding, List<Box> truth,
            double locateMs) {
    }

    /** All outcomes and the floor measured beside them. */
    public record Report(List<Result> results, List<Double> floorMs, String machine) {

        public long hits() {
            return results.stream().filter(Result::hit).count();
        }

        public double hitRate() {
            return results.isEmpty() ? 0 : hits() / (double) results.size();
        }

        public List<Double> locateMs() {
            return results.stream().map(Result::locateMs).toList();
        }

        /** Hit rate per category, categories in first-seen order. */
        public Map<String, double[]> byCategory() {
            Map<String, double[]> out = new LinkedHashMap<>();
            for (Result r : results) {
                double[] c = out.computeIfAbsent(r.testCase().category(), k -> new double[2]);
                c[0] += r.hit() ? 1 : 0;
                c[1] += 1;
            }
            return out;
        }
    }

    private final GroundingModel model;
    private final Path annotateDir;
    private final Consumer<Result> progress;
    private Path framesDir;

    /** Also writes each screen's screenshot as PNG into {@code dir} (named after its first case). */
    public GroundingBench saveFrames(Path dir) {
        this.framesDir = dir;
        return this;
    }

    /**
     * @param annotateDir where to write annotated screenshots of misses, or null for none
     * @param progress    called after each case
     */
    public GroundingBench(GroundingModel model, Path annotateDir, Consumer<Result> progress) {
        this.model = model;
        this.annotateDir = annotateDir;
        this.progress = progress;
    }

    public Report run(List<GroundingCase> cases) {
        List<Result> results = new ArrayList<>();
        List<Double> floor = new ArrayList<>();
        Map<String, List<GroundingCase>> byBrowser = new LinkedHashMap<>();
        for (GroundingCase c : cases) {
            byBrowser.computeIfAbsent(c.viewport() + "@" + c.dpr(), k -> new ArrayList<>()).add(c);
        }
        try (TestPages pages = TestPages.start()) {
            for (List<GroundingCase> group : byBrowser.values()) {
                GroundingCase first = group.get(0);
                BrowserOptions options = BrowserOptions.defaults().withViewport(Size.parse(first.viewport()))
                        .withDevicePixelRatio(first.dpr());
                try (Browser browser = Browsers.chrome(options)) {
                    Map<String, List<GroundingCase>> byScreen = new LinkedHashMap<>();
                    for (GroundingCase c : group) {
                        byScreen.computeIfAbsent(c.screenKey(), k -> new ArrayList<>()).add(c);
                    }
                    for (List<GroundingCase> screen : byScreen.values()) {
                        runScreen(browser, pages, screen, results, floor);
                    }
                }
            }
        }
        return new Report(results, floor, machine());
    }

    private void runScreen(Browser browser, TestPages pages, List<GroundingCase> screen, List<Result> results,
            List<Double> floor) {
        GroundingCase first = screen.get(0);
        open(browser, pages, first);
        Screenshot shot = browser.screenshot();
        if (framesDir != null) {
            shot.writePng(framesDir.resolve(first.id().replaceAll("[^A-Za-z0-9._-]", "_") + ".png"));
        }
        for (GroundingCase c : screen) {
            List<Box> truth = truth(browser, c);
            long t0 = System.nanoTime();
            Grounding g = model.locate(shot, c.expression());
            double ms = (System.nanoTime() - t0) / 1e6;
            String verdict = judge(c, g, truth);
            Result r = new Result(c, verdict.isEmpty(), verdict.isEmpty() ? "hit" : verdict, g, truth, ms);
            results.add(r);
            if (!r.hit() && annotateDir != null) {
                Annotator.write(shot, g, annotateDir.resolve(c.id().replaceAll("[^A-Za-z0-9._-]", "_") + ".png"));
            }
            progress.accept(r);
        }
        // the raw floor on the same page: a screenshot and a coordinate click on a spot that does nothing
        Point idle = idlePoint(browser);
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            browser.screenshot();
            browser.click(idle);
            floor.add((System.nanoTime() - t0) / 1e6);
        }
    }

    private static void open(Browser browser, TestPages pages, GroundingCase c) {
        if (c.page().contains("#")) {
            // a change of fragment alone does not reload the page, so its start-up state would not apply
            browser.navigate("about:blank");
        }
        browser.navigate(pages.url(c.page()));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("document.documentElement.style.scrollBehavior='auto';"
                + "if (document.body) document.body.style.scrollBehavior='auto';"
                + "window.scrollTo(0, arguments[0]);", c.scrollY());
        js.executeScript("return document.fonts ? document.fonts.ready.then(() => true) : true;");
        browser.settle(Duration.ofSeconds(3));
    }

    /** The target rectangles in screenshot pixels. */
    @SuppressWarnings("unchecked")
    static List<Box> truth(Browser browser, GroundingCase c) {
        double dpr = browser.devicePixelRatio();
        List<Box> out = new ArrayList<>();
        if (c.rect().size() == 4) {
            List<Double> r = c.rect();
            out.add(new Box((int) Math.floor(r.get(0) * dpr), (int) Math.floor(r.get(1) * dpr),
                    (int) Math.ceil((r.get(0) + r.get(2)) * dpr), (int) Math.ceil((r.get(1) + r.get(3)) * dpr)));
        }
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        for (String selector : c.targets()) {
            List<Object> rects = (List<Object>) js.executeScript(
                    "return Array.from(document.querySelectorAll(arguments[0])).map(e => {"
                            + "const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; });", selector);
            if (rects == null || rects.isEmpty()) {
                throw new IllegalStateException("case " + c.id() + ": selector '" + selector + "' matches nothing on " + c.page());
            }
            for (Object o : rects) {
                List<Number> r = (List<Number>) o;
                out.add(new Box((int) Math.floor(r.get(0).doubleValue() * dpr), (int) Math.floor(r.get(1).doubleValue() * dpr),
                        (int) Math.ceil(r.get(2).doubleValue() * dpr), (int) Math.ceil(r.get(3).doubleValue() * dpr)));
            }
        }
        return out;
    }

    /** Empty when the answer is right, else what was wrong. */
    static String judge(GroundingCase c, Grounding g, List<Box> truth) {
        switch (c.expect()) {
            case NOT_FOUND:
                return g.isFound() ? "expected not-found, got " + g.describe() : "";
            case AMBIGUOUS:
                if (!g.isAmbiguous()) {
                    return "expected ambiguous, got " + g.describe();
                }
                return "";
            default:
                if (!g.isFound()) {
                    return "expected found, got " + g.describe();
                }
                if (g.isAmbiguous()) {
                    return "expected one element, got " + g.describe();
                }
                Point p = g.point().orElseThrow();
                for (Box t : truth) {
                    if (t.expand(1).contains(p)) {
                        return "";
                    }
                }
                return "pointed at " + p + " (" + g.describe() + ") outside the target " + truth;
        }
    }

    @SuppressWarnings("unchecked")
    private static Point idlePoint(Browser browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        List<Number> p = (List<Number>) js.executeScript(
                "const w = innerWidth, h = innerHeight;"
                        + "for (let y = h - 5; y > 0; y -= 23) for (let x = w - 5; x > 0; x -= 37) {"
                        + " const e = document.elementFromPoint(x, y);"
                        + " if (e === document.body || e === document.documentElement) return [x, y]; }"
                        + "return [w - 2, h - 2];");
        double dpr = browser.devicePixelRatio();
        return new Point((int) Math.round(p.get(0).doubleValue() * dpr), (int) Math.round(p.get(1).doubleValue() * dpr));
    }

    /** A one-line description of this machine for the figures. */
    public static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version") + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB";
    }
}
