package dev.seepoint.actions;

import static dev.seepoint.actions.Pages.centreOf;
import static dev.seepoint.actions.Pages.clearEvents;
import static dev.seepoint.actions.Pages.events;
import static dev.seepoint.actions.Pages.script;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seepoint.perception.Point;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.Size;
import dev.seepoint.testpages.TestPages;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A real headless Chromium at 1280x800, ratio 1, against this module's pages. */
class BrowserIT {

    private static TestPages pages;
    private static Browser browser;

    @BeforeAll
    static void start() {
        pages = Pages.serve();
        browser = Browsers.chrome(BrowserOptions.defaults().withViewport(1280, 800));
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
    void theViewportIsExactlyTheSizeAskedFor() {
        browser.navigate(pages.url("pointer.html"));
        Screenshot shot = browser.screenshot();

        assertThat(shot.size()).isEqualTo(new Size(1280, 800));
        assertThat(browser.viewport()).isEqualTo(new Size(1280, 800));
        assertThat(shot.devicePixelRatio()).isEqualTo(1.0);
        assertThat(script(browser, "return [innerWidth, innerHeight];")).asList().containsExactly(1280L, 800L);
    }

    @Test
    void aClickLandsOnTheButtonUnderThePoint() {
        browser.navigate(pages.url("pointer.html"));

        browser.click(centreOf(browser, "cancel"));

        assertThat(events(browser)).contains("click:cancel").doesNotContain("click:save");
    }

    @Test
    void aClickReachesTheBottomRightCornerOfTheViewport() {
        browser.navigate(pages.url("pointer.html"));

        browser.click(new Point(1275, 795));

        assertThat(events(browser)).contains("click:corner");
    }

    @Test
    void aPointOutsideTheViewportIsRefusedWithItsSize() {
        browser.navigate(pages.url("pointer.html"));

        assertThatThrownBy(() -> browser.click(new Point(1300, 10)))
                .isInstanceOf(ActionException.class)
                .hasMessageContaining("click at (1300,10)")
                .hasMessageContaining("1280x800 viewport");
    }

    @Test
    void aDoubleClickFiresDblclick() {
        browser.navigate(pages.url("pointer.html"));

        browser.doubleClick(centreOf(browser, "twice"));

        assertThat(events(browser)).containsSubsequence("click:twice", "click:twice", "dblclick:twice");
    }

    @Test
    void aRightClickOpensTheContextMenuEvent() {
        browser.navigate(pages.url("pointer.html"));

        browser.rightClick(centreOf(browser, "menu"));

        assertThat(events(browser)).contains("contextmenu:menu").doesNotContain("click:menu");
    }

    @Test
    void hoverMovesThePointerOverTheElement() {
        browser.navigate(pages.url("pointer.html"));
        Point target = centreOf(browser, "hovered");
        int before = browser.screenshot().rgb(target.x(), target.y() - 20);

        browser.hover(target);

        assertThat(events(browser)).contains("mouseenter:hovered").doesNotContain("click:hovered");
        assertThat(browser.settle(Duration.ofSeconds(2)).frame().rgb(target.x(), target.y() - 20))
                .isNotEqualTo(before).isEqualTo(0x99CC99);
    }

    @Test
    void unicodeTextIsTypedIntoTheFocusedInput() {
        browser.navigate(pages.url("form.html"));
        browser.click(centreOf(browser, "name"));

        browser.type("Zoë Ångström 日本語 😀");

        assertThat(script(browser, "return document.getElementById('name').value;")).isEqualTo("Zoë Ångström 日本語 😀");
    }

    @Test
    void ctrlAThenTypingReplacesTheText() {
        browser.navigate(pages.url("form.html"));
        browser.click(centreOf(browser, "email"));
        browser.type("old@example.com");

        browser.press("Ctrl+A");
        browser.type("ada@example.com");

        assertThat(script(browser, "return document.getElementById('email').value;")).isEqualTo("ada@example.com");
    }

    @Test
    void tabMovesFocusToTheNextFieldAndShiftTabBack() {
        browser.navigate(pages.url("form.html"));
        browser.click(centreOf(browser, "name"));

        browser.press("Tab");
        assertThat(script(browser, "return document.activeElement.id;")).isEqualTo("email");

        browser.press("Shift+Tab");
        assertThat(script(browser, "return document.activeElement.id;")).isEqualTo("name");
    }

    @Test
    void namedKeysReachThePage() {
        browser.navigate(pages.url("form.html"));
        browser.click(centreOf(browser, "notes"));
        clearEvents(browser);

        browser.press("Escape");
        browser.press("ArrowDown");
        browser.press("Backspace");
        browser.press("Home");

        assertThat(events(browser)).containsExactly("keydown:Escape", "keydown:ArrowDown", "keydown:Backspace", "keydown:Home");
    }

    @Test
    void anUnknownKeyIsRefusedBeforeReachingTheBrowser() {
        assertThatThrownBy(() -> browser.press("Ctrl+Banana"))
                .isInstanceOf(ActionException.class).hasMessageContaining("Valid keys");
    }

    @Test
    void theWheelScrollsThePage() {
        browser.navigate(pages.url("scroll.html"));
        Screenshot top = browser.screenshot();

        browser.scroll(new Point(640, 400), 0, 500);
        Device.Settled after = browser.settle(Duration.ofSeconds(3));

        assertThat(((Number) script(browser, "return window.scrollY;")).intValue()).isEqualTo(500);
        assertThat(after.frame().samePixels(top)).isFalse();
    }

    @Test
    void selectPicksAnOptionOfANativeSelectByKeyboard() {
        browser.navigate(pages.url("form.html"));

        browser.select(centreOf(browser, "fruit"), "Blueberry");

        assertThat(script(browser, "return document.getElementById('fruit').value;")).isEqualTo("Blueberry");
        assertThat(events(browser)).filteredOn(e -> e.startsWith("change:")).containsExactly("change:fruit=Blueberry");
        assertThat(events(browser)).doesNotContain("submit");
    }

    @Test
    void selectHandlesOptionTextWithSpacesAndLeavesThePopupClosed() {
        browser.navigate(pages.url("form.html"));
        Screenshot before = browser.screenshot();

        browser.select(centreOf(browser, "fruit"), "Dragon fruit");

        assertThat(script(browser, "return document.getElementById('fruit').value;")).isEqualTo("Dragon fruit");
        Screenshot after = browser.settle(Duration.ofSeconds(2)).frame();
        // Only the select's face changed: no popup list is left open below it.
        dev.seepoint.perception.Box changed = dev.seepoint.actions.internal.FrameDiff.between(before, after).bounds();
        assertThat(changed.height()).isLessThan(60);
    }

    @Test
    void settleReturnsOnceAnAnimationStops() {
        browser.navigate(pages.url("animation.html?mode=once"));

        Device.Settled settled = browser.settle(Duration.ofSeconds(5));

        assertThat(settled.settled()).isTrue();
        assertThat(script(browser, "return window.animationEnded !== undefined;")).isEqualTo(true);
        assertThat(settled.frames()).isGreaterThan(2);
        assertThat(settled.waited()).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void settleReportsAnEndlessAnimationAsNotSettledWithinTheBound() {
        browser.navigate(pages.url("animation.html?mode=endless"));

        long start = System.nanoTime();
        Device.Settled settled = browser.settle(Duration.ofMillis(1500));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(settled.settled()).isFalse();
        assertThat(settled.frames()).isGreaterThan(3);
        assertThat(took).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void settleOnAStaticPageIsQuick() {
        browser.navigate(pages.url("form.html"));

        Device.Settled settled = browser.settle(Duration.ofSeconds(3));

        assertThat(settled.settled()).isTrue();
        assertThat(settled.frames()).isEqualTo(2);
    }

    @Test
    void aUrlThatDoesNotLoadIsNamedInTheError() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/nothing-here";

        assertThatThrownBy(() -> browser.navigate(url))
                .isInstanceOf(ActionException.class)
                .isNotInstanceOf(DeviceGoneException.class)
                .hasMessageContaining(url)
                .hasMessageContaining("ERR_CONNECTION_REFUSED");
    }

    @Test
    void anUnresolvableHostIsNamedInTheError() {
        assertThatThrownBy(() -> browser.navigate("http://no-such-host.invalid/"))
                .isInstanceOf(ActionException.class)
                .isNotInstanceOf(DeviceGoneException.class)
                .hasMessageContaining("http://no-such-host.invalid/")
                .hasMessageContaining("ERR_NAME_NOT_RESOLVED");
    }

    @Test
    void currentUrlIsWhereTheBrowserIs() {
        browser.navigate(pages.url("form.html"));

        assertThat(browser.currentUrl()).isEqualTo(pages.url("form.html"));
    }
}
