package dev.seepoint.agent.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.actions.BrowserOptions;
import dev.seepoint.perception.Size;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChromeBrowserFactoryTest {

    private static ChromeBrowserFactory with(Map<String, String> props, Map<String, String> env) {
        return new ChromeBrowserFactory(props::get, env::get);
    }

    @Test
    void withoutAGridTheBrowserIsLocalWithTheSpecsViewport() {
        BrowserOptions o = with(Map.of(), Map.of()).options(new BrowserSpec(1024, 700, true));

        assertThat(o.grid()).isEmpty();
        assertThat(o.viewport()).isEqualTo(new Size(1024, 700));
        assertThat(o.headless()).isTrue();
    }

    @Test
    void theGridComesFromTheSystemPropertyBeforeTheEnvironment() {
        ChromeBrowserFactory f = with(Map.of("seepoint.grid", "http://grid:4444"), Map.of("SEEPOINT_GRID", "http://env:4444"));

        assertThat(f.options(new BrowserSpec(1280, 800, true)).grid()).contains(URI.create("http://grid:4444"));
    }

    @Test
    void theEnvironmentNamesTheGridWhenNoPropertyIsSet() {
        ChromeBrowserFactory f = with(Map.of("seepoint.grid", "  "), Map.of("SEEPOINT_GRID", "http://env:4444"));

        assertThat(f.grid()).contains("http://env:4444");
    }

    @Test
    void subclassesCanChangeTheOptions() {
        ChromeBrowserFactory f = new ChromeBrowserFactory(k -> null, k -> null) {
            @Override
            protected BrowserOptions customize(BrowserOptions options) {
                return options.withDevicePixelRatio(2);
            }
        };

        assertThat(f.options(new BrowserSpec(800, 600, false)).devicePixelRatio()).isEqualTo(2.0);
    }
}
