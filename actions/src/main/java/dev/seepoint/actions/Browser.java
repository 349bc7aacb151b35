package dev.seepoint.actions;

import dev.seepoint.actions.internal.KeyChord;
import dev.seepoint.actions.internal.PageMetrics;
import dev.seepoint.actions.internal.Settler;
import dev.seepoint.actions.internal.W3cInput;
import dev.seepoint.actions.internal.WebDriverFailures;
import dev.seepoint.perception.BadInputException;
import dev.seepoint.perception.Point;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.Size;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.Interactive;
import org.openqa.selenium.interactions.PointerInput.MouseButton;
import org.openqa.selenium.interactions.Sequence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Device} over any WebDriver: a local ChromeDriver, a RemoteWebDriver on a Grid, or one
 * that {@link Browsers#chrome(BrowserOptions)} started.
 *
 * <pre>{@code
 * try (Browser browser = Browser.of(driver)) {      // the driver stays yours
 *     browser.navigate("http://localhost:8080/");
 *     Screenshot frame = browser.screenshot();
 *     browser.click(new Point(640, 400));            // screenshot pixels
 * }
 * }</pre>
 *
 * <p>All points are in screenshot pixels; this class alone converts them to CSS pixels, through the
 * page's {@code window.devicePixelRatio} (read once, re-read after navigation and whenever a
 * screenshot's size disagrees). Pointer input goes out as raw W3C sequences with zero-duration
 * moves. Use one Browser from one thread at a time.
 */
public final class Browser implements Device {

    private static final Logger LOG = LoggerFactory.getLogger(Browser.class);

    private static final String LOAD_CHECK_SCRIPT = "var t = (document.body && document.body.innerText) || '';"
            + "var m = t.match(/(net::)?ERR_[A-Z_]+/);"
            + "return [location.href, document.title, m ? m[0] : ''];";

    private final WebDriver driver;
    private final Runnable release;
    private final Settler settler;
    private PageMetrics metrics;
    private boolean closed;

    private Browser(WebDriver driver, Runnable release, Settler settler) {
        this.driver = Objects.requireNonNull(driver, "driver");
        List<Class<?>> needed = List.of(TakesScreenshot.class, JavascriptExecutor.class, Interactive.class);
        for (Class<?> type : needed) {
            if (!type.isInstance(driver)) {
                throw new IllegalArgumentException("a Browser needs a WebDriver that is also " + type.getSimpleName()
                        + "; " + driver.getClass().getName() + " is not (ChromeDriver and RemoteWebDriver are)");
            }
        }
        this.release = release;
        this.settler = settler;
    }

    /** A Browser over a driver the caller owns: {@link #close()} leaves it open. */
    public static Browser of(WebDriver driver) {
        return new Browser(driver, null, new Settler());
    }

    /** A Browser that owns its driver: {@link #close()} runs {@code release} (quit, delete the profile). */
    static Browser owning(WebDriver driver, Runnable release) {
        return new Browser(driver, Objects.requireNonNull(release, "release"), new Settler());
    }

    /** The underlying driver, for what a Device does not cover (and for tests reading the DOM as ground truth). */
    public WebDriver driver() {
        return driver;
    }

    /** True when {@link #close()} quits the driver. */
    public boolean ownsDriver() {
        return release != null;
    }

    @Override
    public Screenshot screenshot() {
        byte[] png = call("take a screenshot", () -> ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        BufferedImage image = decode(png);
        Size size = new Size(image.getWidth(), image.getHeight());
        PageMetrics current = metrics();
        if (!current.matches(size)) {
            current = refreshMetrics();
            if (!current.matches(size)) {
                double ratio = size.width() / (double) current.cssWidth();
                LOG.warn("screenshot is {} but the page reports {}x{} CSS pixels at device-pixel ratio {}; using ratio {}",
                        size, current.cssWidth(), current.cssHeight(), current.devicePixelRatio(), ratio);
                current = new PageMetrics(current.cssWidth(), current.cssHeight(), ratio);
                metrics = current;
            }
        }
        try {
            return Screenshot.of(image, current.devicePixelRatio());
        } catch (BadInputException e) {
            throw new ActionException("the browser returned an unusable screenshot: " + e.getMessage(), e);
        }
    }

    private static BufferedImage decode(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new ActionException("the browser returned a screenshot that is not an image (" + png.length + " bytes)");
            }
            return image;
        } catch (IOException e) {
            throw new ActionException("the browser returned a screenshot that cannot be decoded (" + png.length
                    + " bytes): " + e.getMessage(), e);
        }
    }

    @Override
    public Size viewport() {
        return metrics().viewport();
    }

    @Override
    public double devicePixelRatio() {
        return metrics().devicePixelRatio();
    }

    @Override
    public void click(Point at) {
        pointer("click", at, MouseButton.LEFT, 1);
    }

    @Override
    public void doubleClick(Point at) {
        pointer("double click", at, MouseButton.LEFT, 2);
    }

    @Override
    public void rightClick(Point at) {
        pointer("right click", at, MouseButton.RIGHT, 1);
    }

    @Override
    public void hover(Point at) {
        String action = "hover at " + at;
        Point css = toCss(at, action);
        perform(action, W3cInput.hover(css));
    }

    @Override
    public void type(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            return;
        }
        call("type " + quote(text), () -> {
            new Actions(driver).sendKeys(text).perform();
            return null;
        });
    }

    @Override
    public void press(String chord) {
        checkOpen("press " + chord);
        KeyChord parsed = KeyChord.parse(chord);
        perform("press " + chord, W3cInput.chord(parsed));
    }

    @Override
    public void scroll(Point at, int dx, int dy) {
        String action = "scroll by (" + dx + "," + dy + ") at " + at;
        Point css = toCss(at, action);
        PageMetrics m = metrics();
        perform(action, W3cInput.wheel(css, m.toCss(dx), m.toCss(dy)));
    }

    @Override
    public void select(Point at, String option) {
        Objects.requireNonNull(option, "option");
        if (option.isBlank()) {
            throw new ActionException("select at " + at + ": no option text given; name the option to choose");
        }
        // A coordinate click inside a native popup does not pick in headless Chromium. Measured on
        // Chromium 156: Escape after the click leaves the select focused and closed; Space then opens
        // its popup from that known state; type-ahead highlights the option (spaces included) and
        // Enter commits it and closes the popup, firing one change event. (Enter on a closed select
        // would open the popup instead, and type-ahead on a closed one fires a change per letter.)
        click(at);
        press("Escape");
        press("Space");
        type(option);
        press("Enter");
    }

    @Override
    public void navigate(String url) {
        if (url == null || url.isBlank()) {
            throw new ActionException("navigate: no URL given");
        }
        String action = "navigate to " + url;
        checkOpen(action);
        try {
            driver.get(url);
        } catch (WebDriverException e) {
            if (WebDriverFailures.isGone(e)) {
                throw WebDriverFailures.translate(action, e);
            }
            throw new ActionException("the page at " + url + " did not load: " + WebDriverFailures.firstLine(e)
                    + "; check that the address is right and the server is running", e);
        }
        List<?> loaded = call(action, () -> (List<?>) ((JavascriptExecutor) driver).executeScript(LOAD_CHECK_SCRIPT));
        String href = String.valueOf(loaded.get(0));
        if (href.startsWith("chrome-error://") || href.startsWith("about:neterror")) {
            String code = String.valueOf(loaded.get(2));
            throw new ActionException("the page at " + url + " did not load: the browser shows its error page"
                    + (code.isEmpty() ? "" : " (" + code + ")") + " titled '" + loaded.get(1)
                    + "'; check that the address is right and the server is running");
        }
        refreshMetrics();
    }

    @Override
    public String currentUrl() {
        return call("read the current URL", driver::getCurrentUrl);
    }

    @Override
    public Settled settle(Duration timeout) {
        checkOpen("settle");
        return settler.settle(this::screenshot, timeout);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (release != null) {
            release.run();
        }
    }

    @Override
    public String toString() {
        return "Browser[" + driver.getClass().getSimpleName() + (release != null ? ", owned" : ", caller's driver")
                + (closed ? ", closed" : "") + "]";
    }

    private void pointer(String verb, Point at, MouseButton button, int count) {
        String action = verb + " at " + at;
        Point css = toCss(at, action);
        perform(action, W3cInput.click(css, button, count));
    }

    private Point toCss(Point at, String action) {
        Objects.requireNonNull(at, "point");
        checkOpen(action);
        try {
            return metrics().toCss(at);
        } catch (ActionException e) {
            throw new ActionException(action + ": " + e.getMessage(), e);
        }
    }

    private void perform(String action, Sequence sequence) {
        call(action, () -> {
            ((Interactive) driver).perform(List.of(sequence));
            return null;
        });
    }

    private PageMetrics metrics() {
        PageMetrics m = metrics;
        return m != null ? m : refreshMetrics();
    }

    private PageMetrics refreshMetrics() {
        Object result = call("read the viewport size", () -> ((JavascriptExecutor) driver).executeScript(PageMetrics.SCRIPT));
        metrics = PageMetrics.fromScript(result);
        return metrics;
    }

    private <T> T call(String action, Supplier<T> work) {
        checkOpen(action);
        try {
            return work.get();
        } catch (ActionException e) {
            throw e;
        } catch (WebDriverException e) {
            throw WebDriverFailures.translate(action, e);
        }
    }

    private void checkOpen(String action) {
        if (closed) {
            throw new DeviceGoneException(action + ": this Browser was closed; start a new one", null);
        }
    }

    private static String quote(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return "'" + shown.replace("\n", "\\n") + "'";
    }
}
