package dev.seepoint.actions;

import static dev.seepoint.actions.Pages.centreOf;
import static dev.seepoint.actions.Pages.events;
import static dev.seepoint.actions.Pages.script;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.perception.Point;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.Size;
import dev.seepoint.testpages.TestPages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A Chromium at device-pixel ratio 2: screenshots are twice the CSS size and points still land. */
class DevicePixelRatioIT {

    private static TestPages pages;
    private static Browser browser;

    @BeforeAll
    static void start() {
        pages = Pages.serve();
        browser = Browsers.chrome(BrowserOptions.defaults().withViewport(1024, 700).withDevicePixelRatio(2));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (pages != null) {
            pages.close();
        }
    }

    @Test
    void screenshotsHaveTwiceTheCssPixels() {
        browser.navigate(pages.url("pointer.html"));
        Screenshot shot = browser.screenshot();

        assertThat(shot.size()).isEqualTo(new Size(2048, 1400));
        assertThat(shot.devicePixelRatio()).isEqualTo(2.0);
        assertThat(browser.viewport()).isEqualTo(new Size(2048, 1400));
        assertThat(script(browser, "return [innerWidth, innerHeight, devicePixelRatio];")).asList().containsExactly(1024L, 700L, 2L);
    }

    @Test
    void aPointTakenFromTheScreenshotLandsOnTheSameElement() {
        browser.navigate(pages.url("pointer.html"));
        Point save = centreOf(browser, "save");
        Screenshot shot = browser.screenshot();
        // The button face is grey in the screenshot at the point we will click, white just outside it.
        assertThat(shot.rgb(save.x(), save.y())).isNotEqualTo(0xFFFFFF);
        assertThat(save.x()).isGreaterThan(160);

        browser.click(save);

        assertThat(events(browser)).contains("click:save").doesNotContain("click:cancel");
    }

    @Test
    void aPointJustInsideTheRightEdgeOfAButtonInScreenshotPixelsStillHitsIt() {
        browser.navigate(pages.url("pointer.html"));
        // #cancel spans CSS x 260..420, so screenshot x 520..840 at ratio 2; y 40..100 -> 80..200.
        browser.click(new Point(836, 190));

        assertThat(events(browser)).contains("click:cancel");
    }

    @Test
    void scrollDistancesAreScreenshotPixels() {
        browser.navigate(pages.url("scroll.html"));

        browser.scroll(new Point(1000, 700), 0, 800);
        browser.settle(java.time.Duration.ofSeconds(3));

        assertThat(((Number) script(browser, "return window.scrollY;")).intValue()).isEqualTo(400);
    }
}
