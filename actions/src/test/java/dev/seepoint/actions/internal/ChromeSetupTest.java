package dev.seepoint.actions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.actions.BrowserOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeOptions;

class ChromeSetupTest {

    @Test
    void theSwitchesThatWorkHeadlessAsRootAreAllThere() {
        ChromeOptions options = ChromeSetup.chromeOptions(BrowserOptions.defaults(), "/usr/bin/chromium", Path.of("/tmp/p"));

        assertThat(arguments(options)).contains("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=/tmp/p", "--window-size=1280,800",
                "--force-device-scale-factor=1");
        assertThat(chromeOptionsMap(options)).containsEntry("binary", "/usr/bin/chromium");
    }

    @Test
    void headedRatioTwoAndExtraSwitchesChangeTheArguments() {
        ChromeOptions options = ChromeSetup.chromeOptions(
                BrowserOptions.defaults().headed().withDevicePixelRatio(2).withArguments("--lang=de"), "/opt/c", null);

        assertThat(arguments(options)).doesNotContain("--headless=new").contains("--force-device-scale-factor=2", "--lang=de")
                .noneMatch(a -> a.startsWith("--user-data-dir"));
        assertThat(ChromeSetup.chromeOptions(BrowserOptions.defaults().withDevicePixelRatio(1.5), "/c", null).asMap().toString())
                .contains("--force-device-scale-factor=1.5");
    }

    @Test
    void anExplicitOptionWinsOverPropertyAndEnvironment() {
        BrowserOptions options = BrowserOptions.defaults().withChromeBinary("/bin/sh");

        assertThat(ChromeSetup.chrome(options, name -> "/bin/ls", name -> "/bin/cat")).isEqualTo(Path.of("/bin/sh"));
    }

    @Test
    void theSystemPropertyWinsOverTheEnvironment() {
        Map<String, String> props = Map.of("seepoint.chromedriver", "/bin/ls");
        Map<String, String> env = Map.of("SEEPOINT_CHROMEDRIVER", "/bin/cat");

        assertThat(ChromeSetup.chromedriver(BrowserOptions.defaults(), props::get, env::get)).isEqualTo(Path.of("/bin/ls"));
        assertThat(ChromeSetup.chromedriver(BrowserOptions.defaults(), name -> null, env::get)).isEqualTo(Path.of("/bin/cat"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> arguments(ChromeOptions options) {
        return (List<String>) chromeOptionsMap(options).get("args");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> chromeOptionsMap(ChromeOptions options) {
        return (Map<String, Object>) options.asMap().get(ChromeOptions.CAPABILITY);
    }
}
