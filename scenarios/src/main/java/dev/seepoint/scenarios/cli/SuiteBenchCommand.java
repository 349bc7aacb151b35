package dev.seepoint.scenarios.cli;

import dev.seepoint.agent.Defaults;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seepoint.actions.Browser;
import dev.seepoint.actions.BrowserOptions;
import dev.seepoint.actions.Browsers;
import dev.seepoint.perception.GroundingModel;
import dev.seepoint.perception.text.OcrEngine;
import dev.seepoint.scenarios.RunListener;
import dev.seepoint.scenarios.RunOptions;
import dev.seepoint.scenarios.RunResult;
import dev.seepoint.scenarios.ScenarioResult;
import dev.seepoint.scenarios.Secrets;
import dev.seepoint.scenarios.Suite;
import dev.seepoint.scenarios.SuiteFiles;
import dev.seepoint.scenarios.SuiteRunner;
import dev.seepoint.scenarios.Suites;
import dev.seepoint.testpages.TestPages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code seepoint bench suite}: the example suites through Seepoint and, in the same run on the same
 * pages, the same scenarios hand-written for Selenium with CSS selectors; both times and the ratio.
 */
@Command(name = "suite", mixinStandardHelpOptions = true,
        description = {"Run the example suites through Seepoint and the equivalent hand-written Selenium tests (CSS",
                "selectors) on the same pages in the same run; print both times and the ratio; JSON under target/."})
final class SuiteBenchCommand implements Callable<Integer> {

    @Option(names = "--examples", paramLabel = "DIR", description = "the example suites (default: scenarios/examples)")
    Path examples;

    @Option(names = "--out", description = "figures as JSON (default: ${DEFAULT-VALUE})", defaultValue = "target/seepoint-bench/suite.json")
    Path out;

    /** A hand-written Selenium scenario: what it mirrors, and its steps. */
    record Baseline(String suite, String scenario, String page, Consumer<WebDriver> steps) {
    }

    static List<Baseline> baselines() {
        return List.of(
                new Baseline("Sign in", "Signs in with email and password", "sign-in.html", d -> {
                    d.findElement(By.cssSelector("#email")).sendKeys("ada@example.com");
                    d.findElement(By.cssSelector("#password")).sendKeys("correct-horse");
                    d.findElement(By.cssSelector("#sign-in")).click();
                    waitFor(d).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#welcome-title"),
                            "Welcome, ada@example.com"));
                }),
                new Baseline("Sign in", "Rejects a short password", "sign-in.html", d -> {
                    d.findElement(By.cssSelector("#email")).sendKeys("ada@example.com");
                    d.findElement(By.cssSelector("#password")).sendKeys("abc");
                    d.findElement(By.cssSelector("#sign-in")).click();
                    waitFor(d).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#error"),
                            "Invalid email or password."));
                }),
                new Baseline("To-do list", "Adds a to-do", "todo.html", d -> {
                    d.findElement(By.cssSelector("#new-todo")).sendKeys("Pay the rent", Keys.ENTER);
                    waitFor(d).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("body"), "Pay the rent"));
                    waitFor(d).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#count"), "4 items left"));
                }),
                new Baseline("Settings", "Renames the profile", "settings.html", d -> {
                    d.findElement(By.cssSelector("#display-name")).clear();
                    d.findElement(By.cssSelector("#display-name")).sendKeys("Mira K.");
                    d.findElement(By.cssSelector("#save-profile")).click();
                    waitFor(d).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#profile-saved")));
                }),
                new Baseline("Settings", "Turns on dark mode", "settings.html", d -> {
                    d.findElement(By.cssSelector("#t-dark")).click();
                    waitFor(d).until(ExpectedConditions.attributeToBe(By.cssSelector("#t-dark"), "aria-checked", "true"));
                }),
                new Baseline("Shop", "Goes to checkout", "shop.html", d -> {
                    d.findElement(By.cssSelector("#total")).getText();
                    d.findElement(By.cssSelector("#checkout-btn")).click();
                    waitFor(d).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#zip"))).sendKeys("10115");
                }),
                new Baseline("Sign in (Gherkin)", "Signs in and out", "sign-in.html", d -> {
                    d.findElement(By.cssSelector("#email")).sendKeys("grace@example.com");
                    d.findElement(By.cssSelector("#password")).sendKeys("hopper-1906");
                    d.findElement(By.cssSelector("#sign-in")).click();
                    waitFor(d).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#welcome-title"),
                            "Welcome, grace@example.com"));
                    d.findElement(By.cssSelector("#sign-out")).click();
                    waitFor(d).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("body"), "Welcome back"));
                }));
    }

    private static WebDriverWait waitFor(WebDriver d) {
        return new WebDriverWait(d, Duration.ofSeconds(5));
    }

    @Override
    public Integer call() {
        Path dir = examples != null ? examples : DemoCommand.findExamples();
        List<Suite> suites = new ArrayList<>();
        for (Path f : SuiteFiles.expand(List.of(dir.toString()), Path.of(""))) {
            suites.add(Suites.load(f));
        }
        Path reportDir = out.toAbsolutePath().getParent().resolve("suite-report");
        RunResult seepoint;
        try (GroundingModel model = Defaults.model(); OcrEngine ocr = Defaults.ocr()) {
            System.out.println("seepoint: running the example suites...");
            seepoint = new SuiteRunner(RunOptions.defaults().withReportDir(reportDir), new ConsoleProgress(System.out, new Secrets(), false),
                    new Secrets(), System::getenv).withModel(model, ocr).run(suites);
        }
        System.out.println("selenium: running the hand-written equivalents...");
        List<long[]> selenium = new ArrayList<>();
        List<String> seleniumStatus = new ArrayList<>();
        long seleniumTotal = 0;
        try (TestPages pages = TestPages.start()) {
            for (Baseline b : baselines()) {
                long t0 = System.nanoTime();
                String status = "PASSED";
                try (Browser browser = Browsers.chrome(BrowserOptions.defaults())) {
                    WebDriver d = browser.driver();
                    d.get(pages.url(b.page()));
                    b.steps().accept(d);
                } catch (RuntimeException e) {
                    status = "FAILED: " + e.getMessage().lines().findFirst().orElse("");
                }
                long ms = (System.nanoTime() - t0) / 1_000_000;
                seleniumTotal += ms;
                selenium.add(new long[] {ms});
                seleniumStatus.add(status);
                System.out.printf(Locale.ROOT, "  %-45s %6d ms  %s%n", b.suite() + " › " + b.scenario(), ms, status);
            }
        }
        long seepointTotal = seepoint.results().stream().mapToLong(ScenarioResult::durationMs).sum();
        System.out.println();
        System.out.printf(Locale.ROOT, "%-48s %10s %10s %7s%n", "scenario", "seepoint", "selenium", "ratio");
        ObjectNode root = GroundingJson.MAPPER.createObjectNode();
        ArrayNode rows = root.putArray("scenarios");
        List<Baseline> baselines = baselines();
        for (ScenarioResult r : seepoint.results()) {
            int i = indexOf(baselines, r);
            long sel = i < 0 ? -1 : selenium.get(i)[0];
            System.out.printf(Locale.ROOT, "%-48s %8d ms %8s ms %6s  %s%n", cut(r.title(), 48), r.durationMs(),
                    sel < 0 ? "-" : String.valueOf(sel), sel > 0 ? String.format(Locale.ROOT, "%.1f×", (double) r.durationMs() / sel) : "-",
                    r.status());
            ObjectNode n = rows.addObject();
            n.put("suite", r.suite());
            n.put("scenario", r.scenario());
            n.put("seepointMs", r.durationMs());
            n.put("seepointStatus", r.status().name());
            n.put("seleniumMs", sel);
            n.put("seleniumStatus", i < 0 ? "none" : seleniumStatus.get(i));
            n.put("steps", r.steps().size());
        }
        double ratio = seleniumTotal > 0 ? (double) seepointTotal / seleniumTotal : 0;
        System.out.printf(Locale.ROOT, "%-48s %8d ms %8d ms %6.1f×%n", "total (browser start included in both)", seepointTotal,
                seleniumTotal, ratio);
        root.put("seepointTotalMs", seepointTotal);
        root.put("seleniumTotalMs", seleniumTotal);
        root.put("ratio", ratio);
        root.put("seepointPassed", seepoint.results().stream().filter(ScenarioResult::passed).count());
        root.put("scenarios_count", seepoint.results().size());
        root.put("machine", Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + ", Java "
                + System.getProperty("java.version"));
        root.put("report", seepoint.html().toString());
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            GroundingJson.MAPPER.writeValue(out.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
        System.out.println("figures: " + out.toAbsolutePath());
        System.out.println("seepoint report: " + seepoint.html());
        return 0;
    }

    private static int indexOf(List<Baseline> baselines, ScenarioResult r) {
        for (int i = 0; i < baselines.size(); i++) {
            if (baselines.get(i).suite().equals(r.suite()) && baselines.get(i).scenario().equals(r.scenario())) {
                return i;
            }
        }
        return -1;
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
