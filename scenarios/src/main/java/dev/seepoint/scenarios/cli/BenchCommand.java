package dev.seepoint.scenarios.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seepoint.actions.Browser;
import dev.seepoint.actions.Browsers;
import dev.seepoint.agent.Agent;
import dev.seepoint.agent.AgentOptions;
import dev.seepoint.agent.SeepointAssertionError;
import dev.seepoint.perception.Point;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.testpages.TestPages;
import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import dev.seepoint.perception.DefaultGroundingModel;
import dev.seepoint.perception.GroundingModel;
import dev.seepoint.scenarios.bench.CaseFiles;
import dev.seepoint.scenarios.bench.GroundingBench;
import dev.seepoint.scenarios.bench.GroundingBench.Report;
import dev.seepoint.scenarios.bench.GroundingBench.Result;
import dev.seepoint.scenarios.bench.GroundingCase;
import dev.seepoint.scenarios.bench.Stats;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code seepoint bench}: speed and accuracy figures. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure speed and accuracy.",
        subcommands = {BenchCommand.Grounding.class, BenchCommand.AgentClicks.class, SuiteBenchCommand.class})
final class BenchCommand {

    /** {@code seepoint bench grounding}: the labelled cases in headless Chromium. */
    @Command(name = "grounding", mixinStandardHelpOptions = true,
            description = {"Run the labelled grounding cases of test-pages in headless Chromium.",
                    "Prints the hit rate (overall and by category), p50/p95 locate time, the raw floor",
                    "(screenshot + coordinate click) on the same pages and the ratio; writes JSON under target/."})
    static final class Grounding implements Callable<Integer> {

        @Option(names = "--cases", description = "case JSON files to run instead of the bundled ones")
        List<Path> caseFiles = new ArrayList<>();

        @Option(names = "--filter", description = "only cases whose id contains this text")
        String filter;

        @Option(names = "--out", description = "figures as JSON (default: ${DEFAULT-VALUE})",
                defaultValue = "target/seepoint-bench/grounding.json")
        Path out;

        @Option(names = "--warmup", description = "locates run before measuring (default: ${DEFAULT-VALUE})", defaultValue = "3")
        int warmup;

        @Option(names = {"-v", "--verbose"}, description = "print every case, not only misses")
        boolean verbose;

        @Option(names = "--reuse-frames", description = "perceive each screen once and reuse it for all its cases"
                + " (quicker for development; locate times then count only the first case of a screen)")
        boolean reuseFrames;

        @Option(names = "--save-frames", description = "write every screen's screenshot into this folder")
        Path saveFrames;

        @Override
        public Integer call() {
            List<GroundingCase> cases = new ArrayList<>();
            if (caseFiles.isEmpty()) {
                cases.addAll(CaseFiles.bundled());
            } else {
                caseFiles.forEach(f -> cases.addAll(CaseFiles.read(f)));
            }
            if (filter != null) {
                cases.removeIf(c -> !c.id().contains(filter));
            }
            if (cases.isEmpty()) {
                throw new IllegalArgumentException("no cases to run" + (filter != null ? " match --filter " + filter : ""));
            }
            Path misses = out.toAbsolutePath().getParent().resolve("misses");
            try (GroundingModel model = DefaultGroundingModel.create(reuseFrames ? DefaultGroundingModel.CACHE : 0)) {
                if (warmup > 0) {
                    new GroundingBench(model, null, r -> { }).run(cases.subList(0, Math.min(warmup, cases.size())));
                }
                System.out.printf("running %d cases...%n", cases.size());
                GroundingBench bench = new GroundingBench(model, misses, r -> {
                    if (verbose || !r.hit()) {
                        System.out.printf(Locale.ROOT, "  %-4s %-40s %-45s %6.0f ms  %s%n", r.hit() ? "ok" : "MISS",
                                r.testCase().id(), quote(r.testCase().expression()), r.locateMs(), r.hit() ? "" : r.verdict());
                    }
                });
                if (saveFrames != null) {
                    bench.saveFrames(saveFrames);
                }
                Report report = bench.run(cases);
                print(report);
                write(report, out);
                System.out.println("figures: " + out.toAbsolutePath());
                if (report.hits() < report.results().size()) {
                    System.out.println("annotated misses: " + misses);
                }
                return 0;
            }
        }

        private static String quote(String s) {
            String q = "\"" + s + "\"";
            return q.length() > 45 ? q.substring(0, 42) + "...\"" : q;
        }

        static void print(Report r) {
            List<Double> locate = r.locateMs();
            double p50 = Stats.percentile(locate, 50);
            double floor = Stats.percentile(r.floorMs(), 50);
            System.out.println();
            System.out.printf(Locale.ROOT, "hit rate      %d/%d = %.1f%%%n", r.hits(), r.results().size(), 100 * r.hitRate());
            for (Map.Entry<String, double[]> e : r.byCategory().entrySet()) {
                System.out.printf(Locale.ROOT, "  %-18s %3.0f/%-3.0f %5.1f%%%n", e.getKey(), e.getValue()[0], e.getValue()[1],
                        100 * e.getValue()[0] / e.getValue()[1]);
            }
            System.out.printf(Locale.ROOT, "locate        p50 %.0f ms, p95 %.0f ms (%d locates)%n", p50,
                    Stats.percentile(locate, 95), locate.size());
            System.out.printf(Locale.ROOT, "raw floor     p50 %.0f ms (screenshot + coordinate click, %d samples)%n", floor,
                    r.floorMs().size());
            System.out.printf(Locale.ROOT, "ratio         locate / floor = %.1f×%n", floor > 0 ? p50 / floor : 0);
            System.out.println("machine       " + r.machine());
        }

        static void write(Report r, Path out) {
            ObjectNode root = GroundingJson.MAPPER.createObjectNode();
            root.put("machine", r.machine());
            root.put("cases", r.results().size());
            root.put("hits", r.hits());
            root.put("hitRate", r.hitRate());
            root.put("locateP50Ms", Stats.percentile(r.locateMs(), 50));
            root.put("locateP95Ms", Stats.percentile(r.locateMs(), 95));
            root.put("floorP50Ms", Stats.percentile(r.floorMs(), 50));
            ObjectNode cats = root.putObject("byCategory");
            r.byCategory().forEach((k, v) -> cats.put(k, v[0] / v[1]));
            ArrayNode list = root.putArray("results");
            for (Result res : r.results()) {
                ObjectNode n = list.addObject();
                n.put("id", res.testCase().id());
                n.put("expression", res.testCase().expression());
                n.put("category", res.testCase().category());
                n.put("hit", res.hit());
                n.put("verdict", res.verdict());
                n.put("locateMs", res.locateMs());
                n.set("grounding", GroundingJson.of(res.grounding()));
            }
            try {
                Files.createDirectories(out.toAbsolutePath().getParent());
                GroundingJson.MAPPER.writeValue(out.toFile(), root);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + out, e);
            }
        }
    }

    /**
     * {@code seepoint bench agent}: the cost of one grounded click against the raw floor, on the test pages in one run.
     * For each labelled "found" case (1280x800, ratio 1) on a freshly loaded page: the grounded click (screenshot +
     * locate + click), the raw floor (screenshot + coordinate click at the same point), and the agent's whole tap
     * (plan step, screenshot, locate, click, settle) without and with its verification (frame diff, zoomed
     * re-grounding when nothing changed). The model keeps no frame cache, so every locate perceives afresh.
     * Before timing, every case runs once on a throwaway model so the JIT has warmed up (steady state, as a
     * test suite sees it after its first steps), while the timed model's line cache starts empty.
     */
    @Command(name = "agent", mixinStandardHelpOptions = true,
            description = {"Time one grounded click (screenshot + locate + click) against the raw floor (screenshot +",
                    "coordinate click at the same point), and the agent's tap with and without verification, on the",
                    "test pages; prints p50/p95 and the ratio, writes JSON under target/."})
    static final class AgentClicks implements Callable<Integer> {

        @Option(names = "--limit", description = "most cases to time, spread over the pages (default: ${DEFAULT-VALUE})",
                defaultValue = "30")
        int limit;

        @Option(names = "--filter", description = "only cases whose id contains this text")
        String filter;

        @Option(names = "--out", description = "figures as JSON (default: ${DEFAULT-VALUE})",
                defaultValue = "target/seepoint-bench/agent.json")
        Path out;

        @Override
        public Integer call() {
            List<GroundingCase> cases = pick(CaseFiles.bundled(), filter, limit);
            if (cases.isEmpty()) {
                throw new IllegalArgumentException("no cases to run" + (filter != null ? " match --filter " + filter : ""));
            }
            List<Double> grounded = new ArrayList<>();
            List<Double> groundedFirst = new ArrayList<>();
            List<Double> groundedSeen = new ArrayList<>();
            Set<String> screens = new HashSet<>();
            List<Double> floor = new ArrayList<>();
            List<Double> tapPlain = new ArrayList<>();
            List<Double> tapVerified = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            System.out.printf("timing %d cases...%n", cases.size());
            try (GroundingModel model = DefaultGroundingModel.create(0); TestPages pages = TestPages.start();
                    Browser browser = Browsers.chrome()) {
                AgentOptions base = AgentOptions.defaults().withReportDir(null).withTimeout(Duration.ofMillis(500));
                Agent plain = Agent.builder().device(browser).model(model).options(base.withVerifyActions(false)).build();
                Agent verified = Agent.builder().device(browser).model(model).options(base.withVerifyActions(true)).build();
                warmUp(browser, pages, cases);
                // the timed model's own first run (sessions, Tesseract handles) on a screen no case shows
                model.locate(rehearsal(), "the Continue button");
                for (GroundingCase c : cases) {
                    open(browser, pages, c);
                    long t0 = System.nanoTime();
                    Screenshot shot = browser.screenshot();
                    double shotMs = ms(t0);
                    dev.seepoint.perception.Grounding g = model.locate(shot, c.expression());
                    if (!g.isUnique()) {
                        skipped.add(c.id() + " (" + (g.isAmbiguous() ? "ambiguous" : "not found") + ")");
                        continue;
                    }
                    Point at = g.point().orElseGet(() -> g.requireBox().center());
                    browser.click(at);
                    grounded.add(ms(t0));
                    // the first case on a screen perceives it cold; later ones reuse the line cache's readings
                    boolean first = screens.add(c.screenKey());
                    (first ? groundedFirst : groundedSeen).add(grounded.get(grounded.size() - 1));

                    open(browser, pages, c);
                    t0 = System.nanoTime();
                    browser.screenshot();
                    browser.click(at);
                    floor.add(ms(t0));

                    time(browser, pages, c, plain, tapPlain, skipped, "without verification");
                    time(browser, pages, c, verified, tapVerified, skipped, "with verification");
                    System.out.printf(Locale.ROOT, "  %-32s grounded %4.0f ms (shot %3.0f, %s)  floor %4.0f ms  %s%n", c.id(),
                            grounded.get(grounded.size() - 1), shotMs, stages(g),
                            floor.get(floor.size() - 1), first ? "first on its screen" : "screen seen before");
                }
            }
            ObjectNode root = GroundingJson.MAPPER.createObjectNode();
            root.put("machine", GroundingBench.machine());
            root.put("cases", cases.size());
            root.put("timed", grounded.size());
            root.put("modelFrameCache", 0);
            root.put("jitWarmUp", "every case once on a throwaway model before timing");
            figures(root.putObject("floor"), "raw floor      (screenshot + coordinate click)", floor);
            figures(root.putObject("groundedClick"), "grounded click (screenshot + locate + click)", grounded);
            figures(root.putObject("groundedClickFirstOnScreen"), "  of which first on their screen", groundedFirst);
            figures(root.putObject("groundedClickScreenSeen"), "  of which on a screen seen before", groundedSeen);
            figures(root.putObject("agentTap"), "agent tap      (no verification, with settle)", tapPlain);
            figures(root.putObject("agentTapVerified"), "agent tap      (with verification)", tapVerified);
            double f = Stats.percentile(floor, 50);
            double ratio = f > 0 ? Stats.percentile(grounded, 50) / f : 0;
            double ratioVerified = f > 0 ? Stats.percentile(tapVerified, 50) / f : 0;
            root.put("ratioGroundedToFloorP50", ratio);
            root.put("ratioAgentTapToFloorP50", f > 0 ? Stats.percentile(tapPlain, 50) / f : 0);
            root.put("ratioAgentTapVerifiedToFloorP50", ratioVerified);
            root.put("targetRatio", 3.0);
            ArrayNode sk = root.putArray("skipped");
            skipped.forEach(sk::add);
            System.out.printf(Locale.ROOT, "ratio          grounded click / floor = %.1fx (target <= 3x), verified agent tap / floor = %.1fx%n",
                    ratio, ratioVerified);
            if (!skipped.isEmpty()) {
                System.out.println("skipped        " + skipped.size() + ": " + String.join("; ", skipped));
            }
            System.out.println("machine        " + GroundingBench.machine());
            try {
                Files.createDirectories(out.toAbsolutePath().getParent());
                GroundingJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), root);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + out, e);
            }
            System.out.println("figures: " + out.toAbsolutePath());
            return 0;
        }

        private static void time(Browser browser, TestPages pages, GroundingCase c, Agent agent, List<Double> into,
                List<String> skipped, String how) {
            open(browser, pages, c);
            long t0 = System.nanoTime();
            try {
                agent.tap(c.expression());
                into.add(ms(t0));
            } catch (SeepointAssertionError e) {
                skipped.add(c.id() + " (agent tap " + how + " failed: " + e.evidence().lines().findFirst().orElse("") + ")");
            }
        }

        /** Found cases at 1280x800 and ratio 1, spread evenly over the list, at most {@code limit}. */
        static List<GroundingCase> pick(List<GroundingCase> all, String filter, int limit) {
            List<GroundingCase> usable = new ArrayList<>();
            for (GroundingCase c : all) {
                if (c.expect() == GroundingCase.Expect.FOUND && c.dpr() == 1.0 && "1280x800".equals(c.viewport())
                        && (filter == null || c.id().contains(filter))) {
                    usable.add(c);
                }
            }
            if (usable.size() <= limit) {
                return usable;
            }
            List<GroundingCase> picked = new ArrayList<>();
            double step = usable.size() / (double) limit;
            for (int i = 0; i < limit; i++) {
                picked.add(usable.get((int) (i * step)));
            }
            return picked;
        }

        private static void open(Browser browser, TestPages pages, GroundingCase c) {
            browser.navigate(pages.url(c.page()));
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.documentElement.style.scrollBehavior='auto'; window.scrollTo(0, arguments[0]);"
                            + "return document.fonts ? document.fonts.ready.then(() => true) : true;", c.scrollY());
            browser.settle(Duration.ofSeconds(3));
        }

        /**
         * Runs every case once on a throwaway model, so the JIT has compiled the perception code before
         * anything is timed; the timed model still starts with an empty line cache, so its first look at
         * each screen is a cold read (what "first on its screen" reports).
         */
        private static void warmUp(Browser browser, TestPages pages, List<GroundingCase> cases) {
            try (GroundingModel warm = DefaultGroundingModel.create(0)) {
                for (GroundingCase c : cases) {
                    open(browser, pages, c);
                    warm.locate(browser.screenshot(), c.expression());
                }
            }
        }

        /** A frame of a dozen lines of text that no test page shows, for the timed model's first run. */
        private static Screenshot rehearsal() {
            BufferedImage img = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 1280, 800);
            g.setColor(Color.DARK_GRAY);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
            for (int i = 0; i < 12; i++) {
                g.drawString("Rehearsal line " + (i + 1) + " before the timed cases", 80 + (i % 2) * 600, 80 + (i / 2) * 60);
            }
            g.drawString("Continue", 600, 600);
            g.dispose();
            return Screenshot.of(img);
        }

        /** "text 120 widgets 20 resolve 3 refine 40": where the locate's time went. */
        private static String stages(dev.seepoint.perception.Grounding g) {
            StringBuilder out = new StringBuilder();
            g.timings().forEach((stage, d) -> {
                if (!stage.equals("total") && !stage.equals("scene")) {
                    out.append(out.length() > 0 ? " " : "").append(stage).append(' ').append(d.toMillis());
                }
            });
            return out.toString();
        }

        private static double ms(long t0) {
            return (System.nanoTime() - t0) / 1e6;
        }

        private static void figures(ObjectNode node, String label, List<Double> values) {
            double p50 = Stats.percentile(values, 50);
            double p95 = Stats.percentile(values, 95);
            node.put("p50Ms", p50);
            node.put("p95Ms", p95);
            node.put("samples", values.size());
            System.out.printf(Locale.ROOT, "%s  p50 %6.0f ms  p95 %6.0f ms  (%d)%n", label, p50, p95, values.size());
        }
    }
}
