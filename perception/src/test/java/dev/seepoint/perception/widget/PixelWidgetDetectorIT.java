package dev.seepoint.perception.widget;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.text.TextLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Renders the fixture pages under {@code widgets/} in headless Chromium at device-pixel ratios 1
 * and 2, runs the detector on the screenshots (text lines from Tesseract) and scores the detections
 * against the DOM rectangles of the elements marked {@code data-w} (ground truth only).
 */
class PixelWidgetDetectorIT {

    private static final List<String> PAGES = List.of("defaults.html", "bootstrap.html", "dark.html", "canvas.html");
    private static ChromeDriver driver;
    private static Path profile;

    record Truth(String kind, Box box, String state, String icon) {
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        profile = Files.createTempDirectory("widgets-chrome");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,943", "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private Screenshot render(String page, int dpr) throws Exception {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 800, "deviceScaleFactor", dpr, "mobile", false));
        driver.get(getClass().getResource("/widgets/" + page).toString());
        Thread.sleep(150);
        return Screenshot.decode(driver.getScreenshotAs(OutputType.BYTES), dpr);
    }

    @SuppressWarnings("unchecked")
    private List<Truth> truth(int dpr) {
        List<List<Object>> rows = (List<List<Object>>) driver.executeScript(
                "return [...document.querySelectorAll('[data-w]')].map(e => {"
                        + " let r = e.getBoundingClientRect();"
                        + " let g = e.dataset.gt ? e.dataset.gt.split(',').map(Number) : [r.left, r.top, r.width, r.height];"
                        + " return [e.dataset.w, g[0], g[1], g[2], g[3], e.dataset.state || '', e.dataset.icon || '']; })");
        List<Truth> out = new ArrayList<>();
        for (List<Object> r : rows) {
            double x = ((Number) r.get(1)).doubleValue() * dpr;
            double y = ((Number) r.get(2)).doubleValue() * dpr;
            double w = ((Number) r.get(3)).doubleValue() * dpr;
            double h = ((Number) r.get(4)).doubleValue() * dpr;
            out.add(new Truth(((String) r.get(0)).toUpperCase(), Box.ofSize((int) x, (int) y, (int) Math.ceil(w), (int) Math.ceil(h)),
                    (String) r.get(5), (String) r.get(6)));
        }
        return out;
    }

    static boolean matches(Box detected, Box truth) {
        return detected.iou(truth) >= 0.5 || truth.contains(detected.center()) && detected.contains(truth.center());
    }

    @Test
    void findsTheMarkedControlsOnEveryFixturePage() throws Exception {
        PixelWidgetDetector detector = new PixelWidgetDetector();
        Map<String, int[]> stats = new TreeMap<>(); // kind -> truths, found, detections, correct detections
        int states = 0, statesRight = 0, icons = 0, iconsRight = 0;
        List<Long> times = new ArrayList<>();
        List<Long> times2 = new ArrayList<>();
        StringBuilder misses = new StringBuilder();
        for (int dpr : new int[] {1, 2}) {
            for (String page : PAGES) {
                Screenshot shot = render(page, dpr);
                List<Truth> truths = truth(dpr);
                List<TextLine> text = TesseractLines.read(shot);
                List<Widget> found = detector.detect(shot, text);
                for (int i = 0; i < 5; i++) {
                    long t0 = System.nanoTime();
                    detector.detect(shot, text);
                    (dpr == 1 ? times : times2).add((System.nanoTime() - t0) / 1_000_000);
                }
                for (Truth t : truths) {
                    int[] s = stats.computeIfAbsent(t.kind(), k -> new int[4]);
                    s[0]++;
                    Widget hit = found.stream().filter(w -> w.kind().name().equals(t.kind()) && matches(w.box(), t.box()))
                            .findFirst().orElse(null);
                    if (hit == null) {
                        misses.append(String.format("  miss %s@%d %s %s; near: %s%n", page, dpr, t.kind(), t.box(),
                                found.stream().filter(w -> w.box().intersects(t.box())).map(w -> w.kind() + w.box().toString()).toList()));
                        continue;
                    }
                    s[1]++;
                    if (!t.state().isEmpty()) {
                        states++;
                        if (hit.state().name().equalsIgnoreCase(t.state())) statesRight++;
                        else misses.append(String.format("  state %s@%d %s %s: %s%n", page, dpr, t.kind(), t.box(), hit.state()));
                    }
                    if (!t.icon().isEmpty()) {
                        icons++;
                        if (hit.icon() != null && hit.icon().name().equalsIgnoreCase(t.icon())) iconsRight++;
                        else misses.append(String.format("  icon %s@%d %s: %s%n", page, dpr, t.icon(), hit.icon()));
                    }
                }
                for (Widget w : found) {
                    int[] s = stats.computeIfAbsent(w.kind().name(), k -> new int[4]);
                    s[2]++;
                    boolean right = truths.stream().anyMatch(t -> t.kind().equals(w.kind().name()) && matches(w.box(), t.box()));
                    if (right) s[3]++;
                    else misses.append(String.format("  false %s@%d %s %s '%s'%n", page, dpr, w.kind(), w.box(), w.text()));
                }
            }
        }
        int truths = 0, hits = 0, dets = 0, good = 0;
        StringBuilder report = new StringBuilder("kind         recall     precision\n");
        for (var e : stats.entrySet()) {
            int[] s = e.getValue();
            truths += s[0]; hits += s[1]; dets += s[2]; good += s[3];
            report.append(String.format("%-12s %3d/%-3d    %3d/%-3d%n", e.getKey(), s[1], s[0], s[3], s[2]));
        }
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] sorted2 = times2.stream().mapToLong(Long::longValue).sorted().toArray();
        report.append(String.format("all          %3d/%-3d    %3d/%-3d%nstates %d/%d, icon kinds %d/%d, detect() on 1280x800 median %d ms, max %d ms; on 2560x1600 median %d ms%n",
                hits, truths, good, dets, statesRight, states, iconsRight, icons, sorted[sorted.length / 2], sorted[sorted.length - 1], sorted2[sorted2.length / 2]));
        System.out.println(report);
        System.out.println(misses);
        assertThat(hits / (double) truths).as("overall recall\n" + report + misses).isGreaterThanOrEqualTo(0.7);
        assertThat(good / (double) dets).as("overall precision\n" + report + misses).isGreaterThanOrEqualTo(0.6);
        assertThat(statesRight / (double) states).as("state accuracy\n" + report + misses).isGreaterThanOrEqualTo(0.8);
    }
}
