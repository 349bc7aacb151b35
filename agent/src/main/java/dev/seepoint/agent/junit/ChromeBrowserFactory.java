package dev.seepoint.agent.junit;

import dev.seepoint.actions.Browser;
import dev.seepoint.actions.BrowserOptions;
import dev.seepoint.actions.Browsers;
import dev.seepoint.actions.Device;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.openqa.selenium.WebDriver;

/**
 * The default {@link BrowserFactory}: a Chromium from {@link Browsers#chrome(BrowserOptions)} with the
 * spec's viewport, on this machine, or on the Selenium Grid named by the system property
 * {@value #GRID_PROPERTY} or the environment variable {@value #GRID_ENV} when one is set.
 * Subclass it (keeping a no-argument constructor) and override {@link #customize} to change other options.
 */
public class ChromeBrowserFactory implements BrowserFactory {

    public static final String GRID_PROPERTY = "seepoint.grid";
    public static final String GRID_ENV = "SEEPOINT_GRID";

    private final UnaryOperator<String> properties;
    private final UnaryOperator<String> environment;

    public ChromeBrowserFactory() {
        this(System::getProperty, System::getenv);
    }

    ChromeBrowserFactory(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public BrowserSession open(BrowserSpec spec) {
        Browser browser = Browsers.chrome(options(spec));
        return new Session(browser);
    }

    /** The options for {@code spec}: viewport, headless and the configured Grid, then {@link #customize}. */
    public BrowserOptions options(BrowserSpec spec) {
        BrowserOptions options = BrowserOptions.defaults().withViewport(spec.width(), spec.height())
                .withHeadless(spec.headless());
        Optional<String> grid = grid();
        if (grid.isPresent()) {
            options = options.withGrid(grid.get());
        }
        return customize(options);
    }

    /** The Grid URL from {@value #GRID_PROPERTY} or {@value #GRID_ENV}, if either is set and not blank. */
    public Optional<String> grid() {
        String p = properties.apply(GRID_PROPERTY);
        if (p != null && !p.isBlank()) {
            return Optional.of(p.trim());
        }
        String e = environment.apply(GRID_ENV);
        return e != null && !e.isBlank() ? Optional.of(e.trim()) : Optional.empty();
    }

    /** Hook for subclasses: change the options (device-pixel ratio, Chromium switches...). Returns them unchanged here. */
    protected BrowserOptions customize(BrowserOptions options) {
        return options;
    }

    private static final class Session implements BrowserSession {

        private final Browser browser;

        Session(Browser browser) {
            this.browser = browser;
        }

        @Override
        public Device device() {
            return browser;
        }

        @Override
        public Optional<WebDriver> driver() {
            return Optional.of(browser.driver());
        }

        @Override
        public void close() {
            browser.close();
        }
    }
}
