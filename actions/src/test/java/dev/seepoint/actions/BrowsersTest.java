package dev.seepoint.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** Start failures that need no browser. */
class BrowsersTest {

    @Test
    void aMissingChromiumIsNamedWithTheInstallCommand() {
        assertThatThrownBy(() -> Browsers.chrome(BrowserOptions.defaults().withChromeBinary("/nowhere/chromium")))
                .isInstanceOf(BrowserStartException.class)
                .hasMessageContaining("Chromium not found at /nowhere/chromium")
                .hasMessageContaining("apt-get install -y chromium chromium-driver")
                .hasMessageContaining("SEEPOINT_CHROME");
    }

    @Test
    void aMissingChromedriverIsNamedWithTheInstallCommand() {
        assertThatThrownBy(() -> Browsers.chrome(BrowserOptions.defaults()
                        .withChromeBinary("/bin/sh").withChromedriver("/nowhere/chromedriver")))
                .isInstanceOf(BrowserStartException.class)
                .hasMessageContaining("ChromeDriver not found at /nowhere/chromedriver")
                .hasMessageContaining("apt-get install -y chromium chromium-driver");
    }

    @Test
    void anUnreachableGridIsNamed() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String grid = "http://127.0.0.1:" + port;

        assertThatThrownBy(() -> Browsers.chrome(BrowserOptions.defaults().withGrid(grid)))
                .isInstanceOf(BrowserStartException.class)
                .hasMessageContaining("Selenium Grid at " + grid)
                .hasMessageContaining("is the Grid running");
    }

    @Test
    void optionsAreImmutableValues() {
        BrowserOptions defaults = BrowserOptions.defaults();
        BrowserOptions retina = defaults.withDevicePixelRatio(2).withViewport(800, 600).headed();

        assertThat(defaults.devicePixelRatio()).isEqualTo(1.0);
        assertThat(defaults.headless()).isTrue();
        assertThat(defaults.viewport()).isEqualTo(BrowserOptions.DEFAULT_VIEWPORT);
        assertThat(retina.devicePixelRatio()).isEqualTo(2.0);
        assertThat(retina.headless()).isFalse();
        assertThat(retina.viewport().width()).isEqualTo(800);
        assertThat(defaults.withGrid("http://grid:4444").local().grid()).isEmpty();
    }

    @Test
    void nonsenseOptionsAreRefused() {
        assertThatThrownBy(() -> BrowserOptions.defaults().withDevicePixelRatio(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("device-pixel ratio");
        assertThatThrownBy(() -> BrowserOptions.defaults().withViewport(10, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10x10");
    }
}
