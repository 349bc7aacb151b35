package dev.seepoint.perception.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Reads a form page rendered by headless Chromium and checks words and boxes against the DOM
 * (used only as ground truth: the reader sees pixels).
 */
class NeuralTextReaderIT {

    private static ChromeDriver driver;
    private static NeuralTextReader reader;
    private static Screenshot shot;
    private static List<TextLine> lines;
    private static Path profile;

    @BeforeAll
    static void renderAndRead() throws Exception {
        profile = Files.createTempDirectory("seepoint-chrome");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,943",
                "--force-device-scale-factor=1", "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.get(NeuralTextReaderIT.class.getResource("/text/form.html").toURI().toString());
        shot = Screenshot.decode(driver.getScreenshotAs(OutputType.BYTES), 1.0);
        reader = new NeuralTextReader();
        lines = reader.read(shot);
    }

    @AfterAll
    static void close() throws Exception {
        if (reader != null) {
            reader.close();
        }
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Box domBox(WebElement e) {
        @SuppressWarnings("unchecked")
        Map<String, Number> r = (Map<String, Number>) ((JavascriptExecutor) driver).executeScript(
                "const r = arguments[0].getBoundingClientRect(); return {l: r.left, t: r.top, r: r.right, b: r.bottom};", e);
        return new Box(r.get("l").intValue(), r.get("t").intValue(), (int) Math.ceil(r.get("r").doubleValue()),
                (int) Math.ceil(r.get("b").doubleValue()));
    }

    private static Optional<Word> word(String text, Box within) {
        return lines.stream().flatMap(l -> l.words().stream())
                .filter(w -> w.text().equals(text) && within.contains(w.box().center()))
                .findFirst();
    }

    private static String allText() {
        return String.join("\n", lines.stream().map(TextLine::text).toList());
    }

    @Test
    void oneWorkerAndTwoReadTheSameLines() {
        try (NeuralTextReader one = new NeuralTextReader(NeuralTextReader.Options.defaults().withWorkers(1).withCacheLines(0));
                NeuralTextReader two = new NeuralTextReader(NeuralTextReader.Options.defaults().withWorkers(2).withCacheLines(0))) {
            List<Box> boxes = one.detectLines(shot);
            List<String> byOne = one.readLines(shot, boxes).stream().map(l -> l.box() + " " + l.text()).toList();
            List<String> byTwo = two.readLines(shot, boxes).stream().map(l -> l.box() + " " + l.text()).toList();
            assertThat(byTwo).hasSizeGreaterThan(10).isEqualTo(byOne);
        }
    }

    @Test
    void aBatchOfNoLinesIsRefusedWithTheRangeItMustLieIn() {
        assertThatThrownBy(() -> new NeuralTextReader(NeuralTextReader.Options.defaults().withBatch(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("batch").hasMessageContaining("1..64").hasMessageContaining("got 0");
    }

    @Test
    void theScreenshotIsTheViewportSize() {
        assertThat(shot.width()).isEqualTo(1280);
        assertThat(shot.height()).isEqualTo(800);
    }

    @Test
    void eachNavigationLinkOfTheDarkToolbarGetsItsOwnWordBoxes() {
        WebElement signIn = driver.findElement(By.xpath("//div[@class='bar']/a[text()='Sign in']"));
        Box link = domBox(signIn);

        Word sign = word("Sign", link.expand(2)).orElseThrow(() -> new AssertionError("no 'Sign' in " + link + ":\n" + allText()));
        Word in = word("in", link.expand(2)).orElseThrow(() -> new AssertionError("no 'in' in " + link + ":\n" + allText()));
        assertThat(sign.box().right()).isLessThanOrEqualTo(in.box().left());
        assertThat(word("Reports", domBox(driver.findElement(By.xpath("//a[text()='Reports']"))).expand(2))).isPresent();
        assertThat(lines).noneMatch(l -> l.text().contains("Reports") && l.text().contains("Sign"));
    }

    @Test
    void theCaptionsOfAFilledAndAnOutlinedButtonAreRead() {
        Box primary = domBox(driver.findElement(By.cssSelector(".primary")));
        Box outline = domBox(driver.findElement(By.cssSelector(".outline")));

        assertThat(word("Sign", primary)).isPresent();
        assertThat(word("up", primary)).isPresent();
        assertThat(word("Cancel", outline)).isPresent();
    }

    @Test
    void lightGreyPlaceholdersAreRead() {
        List<WebElement> inputs = driver.findElements(By.tagName("input"));
        assertThat(word("ada@example.com", domBox(inputs.get(1)))).isPresent();
        assertThat(word("characters", domBox(inputs.get(2)))).isPresent();
    }

    @Test
    void smallTextPricesAndEmailsAreRead() {
        String text = allText();
        assertThat(text).contains("Version 2.4.1", "We will never share your email with anyone else.",
                "$86.50", "$12.99", "grace.hopper@navy.mil", "Privacy policy", "Create your account");
        assertThat(text.replace(" ", "")).contains("$1,299.00");
    }

    @Test
    void accentedLatinIsReadAtLeastWithoutItsAccents() {
        String folded = java.text.Normalizer.normalize(allText(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        assertThat(folded).contains("Cafe", "Paulo", "GmbH");
    }

    @Test
    void wordBoxesLieOnTheirDomText() {
        Box heading = domBox(driver.findElement(By.tagName("h1")));
        Word account = word("account", heading.expand(2)).orElseThrow();
        assertThat(account.box().height()).isBetween(12, 40);
        assertThat(heading.expand(4).contains(account.box())).isTrue();
    }

    @Test
    void linesAreOrderedTopToBottom() {
        for (int i = 1; i < lines.size(); i++) {
            assertThat(lines.get(i).box().top()).isGreaterThanOrEqualTo(lines.get(i - 1).box().top());
        }
    }
}
