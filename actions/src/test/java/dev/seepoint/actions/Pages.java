package dev.seepoint.actions;

import dev.seepoint.perception.Point;
import dev.seepoint.testpages.TestPages;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/** The test pages of this module, and DOM look-ups used as ground truth (never by the code under test). */
final class Pages {

    private Pages() {
    }

    static TestPages serve() {
        try {
            return TestPages.serve(Path.of(Pages.class.getResource("/pages").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The centre of element {@code id} in screenshot pixels. */
    static Point centreOf(Browser browser, String id) {
        Map<?, ?> rect = (Map<?, ?>) script(browser, "const r = document.getElementById(arguments[0]).getBoundingClientRect();"
                + "return {x: r.left + r.width / 2, y: r.top + r.height / 2};", id);
        double dpr = browser.devicePixelRatio();
        return new Point((int) Math.round(((Number) rect.get("x")).doubleValue() * dpr),
                (int) Math.round(((Number) rect.get("y")).doubleValue() * dpr));
    }

    @SuppressWarnings("unchecked")
    static List<String> events(Browser browser) {
        return (List<String>) script(browser, "return window.events;");
    }

    static void clearEvents(Browser browser) {
        script(browser, "window.events = [];");
    }

    static Object script(Browser browser, String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }
}
