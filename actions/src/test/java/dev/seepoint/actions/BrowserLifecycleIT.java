package dev.seepoint.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seepoint.perception.Point;
import dev.seepoint.testpages.TestPages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.HasCapabilities;
import org.openqa.selenium.NoSuchSessionException;
import org.openqa.selenium.WebDriver;

/** Who owns the driver, and what a Browser says when its driver dies. */
class BrowserLifecycleIT {

    private static TestPages pages;

    @BeforeAll
    static void start() {
        pages = Pages.serve();
    }

    @AfterAll
    static void stop() {
        pages.close();
    }

    @Test
    void closingABrowserOverTheCallersDriverLeavesTheDriverOpen() {
        try (Browser owner = Browsers.chrome()) {
            WebDriver driver = owner.driver();
            Browser borrowed = Browser.of(driver);
            borrowed.navigate(pages.url("form.html"));

            borrowed.close();

            assertThat(borrowed.ownsDriver()).isFalse();
            assertThat(driver.getCurrentUrl()).isEqualTo(pages.url("form.html"));
            assertThatThrownBy(borrowed::screenshot)
                    .isInstanceOf(DeviceGoneException.class).hasMessageContaining("this Browser was closed");
        }
    }

    @Test
    void closingAnOwnedBrowserQuitsChromiumAndDeletesItsProfile() {
        Browser browser = Browsers.chrome();
        Map<?, ?> chrome = (Map<?, ?>) ((HasCapabilities) browser.driver()).getCapabilities().getCapability("chrome");
        Path profile = Path.of(String.valueOf(chrome.get("userDataDir")));
        assertThat(profile).isDirectory();
        assertThat(profile.getFileName().toString()).startsWith("seepoint-chrome-");

        browser.close();

        assertThatThrownBy(() -> browser.driver().getCurrentUrl()).isInstanceOf(NoSuchSessionException.class);
        assertThat(Files.exists(profile)).isFalse();
    }

    @Test
    void closingAfterChromeDriverWasKilledStillEndsChromium() throws Exception {
        Browser browser = Browsers.chrome();
        Map<?, ?> chrome = (Map<?, ?>) ((HasCapabilities) browser.driver()).getCapabilities().getCapability("chrome");
        String marker = "--user-data-dir=" + chrome.get("userDataDir");
        ProcessHandle.current().children()
                .filter(p -> p.info().command().map(c -> c.endsWith("chromedriver")).orElse(false))
                .forEach(ProcessHandle::destroyForcibly);
        Thread.sleep(300);

        browser.close();

        long deadline = System.nanoTime() + 5_000_000_000L;
        long left;
        do {
            left = ProcessHandle.allProcesses()
                    .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false)).count();
            if (left > 0) {
                Thread.sleep(100);
            }
        } while (left > 0 && System.nanoTime() < deadline);
        assertThat(left).as("Chromium processes still running on the closed browser's profile").isZero();
    }

    @Test
    void quittingTheDriverMidwayMakesTheNextActionADeviceGoneError() {
        try (Browser owner = Browsers.chrome()) {
            Browser browser = Browser.of(owner.driver());
            browser.navigate(pages.url("pointer.html"));
            browser.click(new Point(100, 60));

            owner.driver().quit();

            assertThatThrownBy(() -> browser.click(new Point(100, 60)))
                    .isInstanceOf(DeviceGoneException.class)
                    .hasMessageContaining("click at (100,60) failed: the browser is gone");
            assertThatThrownBy(browser::screenshot).isInstanceOf(DeviceGoneException.class);
            assertThatThrownBy(() -> browser.settle(Duration.ofSeconds(1))).isInstanceOf(DeviceGoneException.class);
            assertThatThrownBy(() -> browser.navigate(pages.url("form.html"))).isInstanceOf(DeviceGoneException.class);
        }
    }

    @Test
    void closingTheLastWindowMakesTheNextActionADeviceGoneError() {
        try (Browser browser = Browsers.chrome()) {
            browser.navigate(pages.url("form.html"));

            browser.driver().close();

            assertThatThrownBy(() -> browser.type("hello"))
                    .isInstanceOf(DeviceGoneException.class)
                    .hasMessageContaining("the browser is gone");
        }
    }
}
