package dev.seepoint.actions.internal;

import dev.seepoint.actions.BrowserOptions;
import dev.seepoint.actions.BrowserStartException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What starting Chromium needs: where the executables are, its switches, a viewport of the exact size. */
public final class ChromeSetup {

    private static final Logger LOG = LoggerFactory.getLogger(ChromeSetup.class);

    public static final String DEFAULT_CHROME = "/usr/bin/chromium";
    public static final String DEFAULT_CHROMEDRIVER = "/usr/bin/chromedriver";
    public static final String INSTALL_HINT = "install them with: apt-get install -y chromium chromium-driver";
    private static final int FIT_ATTEMPTS = 4;

    private ChromeSetup() {
    }

    /** The Chromium executable on this machine: the option, then -Dseepoint.chrome, SEEPOINT_CHROME, /usr/bin/chromium. */
    public static Path chrome(BrowserOptions options, Function<String, String> properties, Function<String, String> env) {
        return executable("Chromium", options.chromeBinary(), properties.apply("seepoint.chrome"), env.apply("SEEPOINT_CHROME"),
                DEFAULT_CHROME, "-Dseepoint.chrome=... or SEEPOINT_CHROME");
    }

    /** The ChromeDriver executable: the option, then -Dseepoint.chromedriver, SEEPOINT_CHROMEDRIVER, /usr/bin/chromedriver. */
    public static Path chromedriver(BrowserOptions options, Function<String, String> properties, Function<String, String> env) {
        return executable("ChromeDriver", options.chromedriver(), properties.apply("seepoint.chromedriver"),
                env.apply("SEEPOINT_CHROMEDRIVER"), DEFAULT_CHROMEDRIVER, "-Dseepoint.chromedriver=... or SEEPOINT_CHROMEDRIVER");
    }

    private static Path executable(String what, Optional<String> option, String property, String env, String fallback, String how) {
        String source;
        String value;
        if (option.isPresent()) {
            source = "BrowserOptions";
            value = option.get();
        } else if (property != null && !property.isBlank()) {
            source = "system property";
            value = property;
        } else if (env != null && !env.isBlank()) {
            source = "environment variable";
            value = env;
        } else {
            source = "default";
            value = fallback;
        }
        Path path = Path.of(value.strip());
        if (!Files.isRegularFile(path) || !Files.isExecutable(path)) {
            throw new BrowserStartException(what + " not found at " + path + " (" + source + "); "
                    + INSTALL_HINT + ", or point " + how + " at the executable");
        }
        return path;
    }

    /**
     * The Chromium options for {@code options}: the switches that work headless as root, the device
     * scale, a starting window the size of the viewport, and the profile folder when local.
     */
    public static ChromeOptions chromeOptions(BrowserOptions options, String binary, Path userDataDir) {
        List<String> args = new ArrayList<>();
        if (options.headless()) {
            args.add("--headless=new");
        }
        args.addAll(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars"));
        if (userDataDir != null) {
            args.add("--user-data-dir=" + userDataDir);
        }
        args.add("--window-size=" + options.viewport().width() + "," + options.viewport().height());
        args.add("--force-device-scale-factor=" + scale(options.devicePixelRatio()));
        args.addAll(options.extraArguments());
        ChromeOptions chrome = new ChromeOptions();
        chrome.setBinary(binary);
        chrome.addArguments(args);
        return chrome;
    }

    private static String scale(double ratio) {
        return ratio == Math.rint(ratio) ? Integer.toString((int) ratio) : String.format(Locale.ROOT, "%s", ratio);
    }

    /**
     * Resizes the window until the page's viewport is exactly {@code options.viewport()} CSS pixels
     * (headless Chromium keeps ~143 px of the window for its invisible frame), and checks the ratio.
     */
    public static PageMetrics fitViewport(WebDriver driver, BrowserOptions options) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        int wantW = options.viewport().width();
        int wantH = options.viewport().height();
        PageMetrics metrics = PageMetrics.fromScript(js.executeScript(PageMetrics.SCRIPT));
        Dimension window = null;
        for (int attempt = 0; attempt < FIT_ATTEMPTS; attempt++) {
            if (metrics.cssWidth() == wantW && metrics.cssHeight() == wantH) {
                break;
            }
            window = driver.manage().window().getSize();
            Dimension next = new Dimension(window.getWidth() + wantW - metrics.cssWidth(),
                    window.getHeight() + wantH - metrics.cssHeight());
            LOG.debug("viewport {}x{}, window {}; resizing the window to {}", metrics.cssWidth(), metrics.cssHeight(), window, next);
            driver.manage().window().setSize(next);
            metrics = PageMetrics.fromScript(js.executeScript(PageMetrics.SCRIPT));
        }
        if (metrics.cssWidth() != wantW || metrics.cssHeight() != wantH) {
            throw new BrowserStartException("asked for a " + options.viewport() + " viewport but the page has "
                    + metrics.cssWidth() + "x" + metrics.cssHeight() + " CSS pixels after " + FIT_ATTEMPTS
                    + " window resizes (window " + window + "); a headed window may be limited by the screen size");
        }
        if (Math.abs(metrics.devicePixelRatio() - options.devicePixelRatio()) > 0.01) {
            throw new BrowserStartException("asked for device-pixel ratio " + options.devicePixelRatio()
                    + " but the page reports " + metrics.devicePixelRatio() + " (the --force-device-scale-factor switch was ignored)");
        }
        return metrics;
    }

    /** Deletes a folder tree, retrying briefly while Chromium lets go of its files. */
    public static void deleteTree(Path folder) {
        if (folder == null) {
            return;
        }
        for (int attempt = 0; attempt < 5 && Files.exists(folder); attempt++) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                LOG.debug("deleting {} (attempt {}): {}", folder, attempt + 1, e.toString());
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        if (Files.exists(folder)) {
            LOG.warn("could not delete the Chromium profile folder {}", folder);
        }
    }
}
