package dev.seepoint.actions;

import dev.seepoint.perception.Size;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link Browsers#chrome(BrowserOptions)} starts Chromium: immutable, changed with {@code with...}
 * methods that return a new value.
 *
 * <pre>{@code
 * BrowserOptions.defaults().withViewport(1280, 800).withDevicePixelRatio(2)
 * BrowserOptions.defaults().withGrid("http://127.0.0.1:4444")
 * }</pre>
 *
 * @param viewport         the page's viewport in CSS pixels, honoured exactly (default 1280x800)
 * @param devicePixelRatio screenshot pixels per CSS pixel (default 1)
 * @param headless         run without a window (default true)
 * @param chromeBinary     the Chromium executable; empty: {@code -Dseepoint.chrome}, {@code SEEPOINT_CHROME},
 *                         then {@code /usr/bin/chromium} (on a Grid, the path on the node)
 * @param chromedriver     the ChromeDriver executable; empty: {@code -Dseepoint.chromedriver},
 *                         {@code SEEPOINT_CHROMEDRIVER}, then {@code /usr/bin/chromedriver}
 * @param grid             a Selenium Grid to start the browser on instead of this machine
 * @param pageLoadTimeout  how long a navigation may take (default 30 s)
 * @param extraArguments   more Chromium command-line switches
 */
public record BrowserOptions(
        Size viewport,
        double devicePixelRatio,
        boolean headless,
        Optional<String> chromeBinary,
        Optional<String> chromedriver,
        Optional<URI> grid,
        Duration pageLoadTimeout,
        List<String> extraArguments) {

    public static final Size DEFAULT_VIEWPORT = new Size(1280, 800);

    public BrowserOptions {
        Objects.requireNonNull(viewport, "viewport");
        if (viewport.width() < 100 || viewport.height() < 100 || viewport.width() > 8000 || viewport.height() > 8000) {
            throw new IllegalArgumentException("viewport must be between 100x100 and 8000x8000 CSS pixels, got " + viewport);
        }
        if (!(devicePixelRatio >= 0.5) || devicePixelRatio > 4) {
            throw new IllegalArgumentException("device-pixel ratio must be between 0.5 and 4, got " + devicePixelRatio);
        }
        Objects.requireNonNull(chromeBinary, "chromeBinary");
        Objects.requireNonNull(chromedriver, "chromedriver");
        Objects.requireNonNull(grid, "grid");
        if (pageLoadTimeout == null || pageLoadTimeout.isNegative() || pageLoadTimeout.isZero()) {
            throw new IllegalArgumentException("page-load timeout must be positive, got " + pageLoadTimeout);
        }
        extraArguments = List.copyOf(extraArguments);
    }

    /** Headless, 1280x800 CSS pixels at ratio 1, local Chromium, 30 s page loads. */
    public static BrowserOptions defaults() {
        return new BrowserOptions(DEFAULT_VIEWPORT, 1.0, true, Optional.empty(), Optional.empty(), Optional.empty(),
                Duration.ofSeconds(30), List.of());
    }

    public BrowserOptions withViewport(Size size) {
        return new BrowserOptions(size, devicePixelRatio, headless, chromeBinary, chromedriver, grid, pageLoadTimeout, extraArguments);
    }

    public BrowserOptions withViewport(int width, int height) {
        return withViewport(new Size(width, height));
    }

    public BrowserOptions withDevicePixelRatio(double ratio) {
        return new BrowserOptions(viewport, ratio, headless, chromeBinary, chromedriver, grid, pageLoadTimeout, extraArguments);
    }

    /** With a visible window (needs a display). */
    public BrowserOptions headed() {
        return withHeadless(false);
    }

    public BrowserOptions withHeadless(boolean value) {
        return new BrowserOptions(viewport, devicePixelRatio, value, chromeBinary, chromedriver, grid, pageLoadTimeout, extraArguments);
    }

    public BrowserOptions withChromeBinary(String path) {
        return new BrowserOptions(viewport, devicePixelRatio, headless, Optional.of(path), chromedriver, grid, pageLoadTimeout, extraArguments);
    }

    public BrowserOptions withChromedriver(String path) {
        return new BrowserOptions(viewport, devicePixelRatio, headless, chromeBinary, Optional.of(path), grid, pageLoadTimeout, extraArguments);
    }

    /** Starts the browser on the Selenium Grid at {@code url} (e.g. {@code http://127.0.0.1:4444}). */
    public BrowserOptions withGrid(String url) {
        return withGrid(URI.create(url));
    }

    public BrowserOptions withGrid(URI url) {
        return new BrowserOptions(viewport, devicePixelRatio, headless, chromeBinary, chromedriver, Optional.of(url), pageLoadTimeout, extraArguments);
    }

    /** Starts the browser on this machine (the default). */
    public BrowserOptions local() {
        return new BrowserOptions(viewport, devicePixelRatio, headless, chromeBinary, chromedriver, Optional.empty(), pageLoadTimeout, extraArguments);
    }

    public BrowserOptions withPageLoadTimeout(Duration timeout) {
        return new BrowserOptions(viewport, devicePixelRatio, headless, chromeBinary, chromedriver, grid, timeout, extraArguments);
    }

    /** Adds Chromium switches such as {@code --lang=de}. */
    public BrowserOptions withArguments(String... arguments) {
        List<String> all = new ArrayList<>(extraArguments);
        all.addAll(List.of(arguments));
        return new BrowserOptions(viewport, devicePixelRatio, headless, chromeBinary, chromedriver, grid, pageLoadTimeout, all);
    }
}
