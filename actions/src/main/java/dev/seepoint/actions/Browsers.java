package dev.seepoint.actions;

import dev.seepoint.actions.internal.ChromeSetup;
import dev.seepoint.actions.internal.WebDriverFailures;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts browsers that the returned {@link Browser} owns: {@link Browser#close()} quits them.
 *
 * <pre>{@code
 * try (Browser browser = Browsers.chrome()) { ... }                                   // headless, 1280x800
 * try (Browser browser = Browsers.chrome(BrowserOptions.defaults().withDevicePixelRatio(2))) { ... }
 * try (Browser browser = Browsers.chrome(BrowserOptions.defaults().withGrid("http://127.0.0.1:4444"))) { ... }
 * }</pre>
 */
public final class Browsers {

    private static final Logger LOG = LoggerFactory.getLogger(Browsers.class);

    private Browsers() {
    }

    /** A headless Chromium on this machine with a 1280x800 viewport. */
    public static Browser chrome() {
        return chrome(BrowserOptions.defaults());
    }

    /** A Chromium as {@code options} say: local (ChromeDriver) or on a Grid (RemoteWebDriver). */
    public static Browser chrome(BrowserOptions options) {
        return options.grid().isPresent() ? remote(options, options.grid().get()) : local(options);
    }

    private static Browser local(BrowserOptions options) {
        Path chrome = ChromeSetup.chrome(options, System::getProperty, System::getenv);
        Path chromedriver = ChromeSetup.chromedriver(options, System::getProperty, System::getenv);
        Path profile;
        try {
            profile = Files.createTempDirectory("seepoint-chrome-");
        } catch (IOException e) {
            throw new BrowserStartException("cannot create a temporary Chromium profile folder: " + e.getMessage(), e);
        }
        ChromeOptions chromeOptions = ChromeSetup.chromeOptions(options, chrome.toString(), profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        WebDriver driver;
        try {
            driver = new ChromeDriver(service, chromeOptions);
        } catch (WebDriverException e) {
            service.stop();
            ChromeSetup.deleteTree(profile);
            throw new BrowserStartException("cannot start Chromium " + chrome + " with ChromeDriver " + chromedriver + ": "
                    + WebDriverFailures.firstLine(e) + " (do their versions match? " + ChromeSetup.INSTALL_HINT + ")", e);
        }
        Runnable release = () -> {
            quietly(driver);
            service.stop();
            endOrphans(profile);
            ChromeSetup.deleteTree(profile);
        };
        return prepare(driver, options, release);
    }

    private static Browser remote(BrowserOptions options, URI grid) {
        ChromeOptions chromeOptions = ChromeSetup.chromeOptions(options,
                options.chromeBinary().orElse(ChromeSetup.DEFAULT_CHROME), null);
        WebDriver driver;
        try {
            driver = new RemoteWebDriver(grid.toURL(), chromeOptions);
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new BrowserStartException("the Grid address " + grid + " is not a URL: " + e.getMessage()
                    + "; give one like http://127.0.0.1:4444", e);
        } catch (WebDriverException e) {
            throw new BrowserStartException("cannot start Chromium on the Selenium Grid at " + grid + ": "
                    + WebDriverFailures.firstLine(e) + "; is the Grid running and reachable from here, and does a node offer "
                    + "chrome with its binary at " + chromeOptions.asMap().get("goog:chromeOptions") + "?", e);
        }
        return prepare(driver, options, () -> quietly(driver));
    }

    private static Browser prepare(WebDriver driver, BrowserOptions options, Runnable release) {
        try {
            driver.manage().timeouts().pageLoadTimeout(options.pageLoadTimeout());
            ChromeSetup.fitViewport(driver, options);
        } catch (RuntimeException e) {
            release.run();
            if (e instanceof BrowserStartException) {
                throw e;
            }
            throw new BrowserStartException("Chromium started but could not be set up: " + WebDriverFailures.firstLine(e), e);
        }
        return Browser.owning(driver, release);
    }

    /**
     * Ends Chromium processes still running on our private profile: when ChromeDriver died first (killed,
     * crashed), quitting cannot reach the browser and it would outlive the run.
     */
    private static void endOrphans(Path profile) {
        String marker = "--user-data-dir=" + profile;
        ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
                .forEach(p -> {
                    p.descendants().forEach(ProcessHandle::destroy);
                    p.destroy();
                });
    }

    private static void quietly(WebDriver driver) {
        try {
            driver.quit();
        } catch (RuntimeException e) {
            LOG.debug("quitting the browser: {}", e.toString());
        }
    }
}
