package dev.seepoint.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seepoint.actions.Browser;
import dev.seepoint.actions.Browsers;
import dev.seepoint.actions.Device;
import dev.seepoint.actions.DeviceGoneException;
import dev.seepoint.perception.DefaultGroundingModel;
import dev.seepoint.perception.Point;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.Size;
import dev.seepoint.testpages.TestPages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;

/** Bad input and faults with a real browser and the real model: each ends with a clear, bounded failure. */
class FaultsIT {

    private static TestPages pages;
    private static TestPages busyPages;
    private static Browser browser;
    private static DefaultGroundingModel model;
    private static Path busyDir;

    /** A page whose spinner and clock repaint every frame, so the screen never settles. */
    static final String BUSY_PAGE = """
            <!doctype html><html><head><meta charset="utf-8"><style>
              body { font: 18px sans-serif; margin: 40px; }
              #spin { width: 40px; height: 40px; border: 6px solid #ddd; border-top-color: #1a73e8; border-radius: 50%;
                      animation: s .6s linear infinite; }
              @keyframes s { to { transform: rotate(360deg); } }
              button { font-size: 18px; padding: 10px 24px; background: #1a73e8; color: #fff; border: 0; border-radius: 6px; }
            </style></head><body>
            <h1>Live dashboard</h1><div id="spin"></div><p id="clock"></p>
            <button id="start" type="button">Start</button>
            <script>
              window.appState = { started: false };
              document.getElementById("start").onclick = () => { window.appState.started = true; };
              (function tick() { document.getElementById("clock").textContent = "Updated " + performance.now().toFixed(0) + " ms ago";
                requestAnimationFrame(tick); })();
            </script></body></html>
            """;

    @BeforeAll
    static void start(@TempDir Path dir) throws IOException {
        busyDir = dir;
        Files.writeString(dir.resolve("busy.html"), BUSY_PAGE);
        pages = TestPages.start();
        busyPages = TestPages.serve(dir);
        browser = Browsers.chrome();
        model = DefaultGroundingModel.create();
    }

    @AfterAll
    static void stop() {
        model.close();
        browser.close();
        busyPages.close();
        pages.close();
    }

    private static Agent agent(Device device, AgentOptions options) {
        return Agent.builder().device(device).model(model).options(options).build();
    }

    private static AgentOptions quick(Path reports) {
        return AgentOptions.defaults().withTimeout(Duration.ofMillis(600)).withReportDir(reports);
    }

    private static Object state(Browser b, String path) {
        return ((JavascriptExecutor) b.driver()).executeScript("return window.appState." + path);
    }

    @Test
    void aTargetThatIsNotThereFailsNamingTheNearestCandidates(@TempDir Path reports) {
        browser.navigate(pages.url("sign-in.html"));
        Agent agent = agent(browser, quick(reports));

        assertThatThrownBy(() -> agent.tap("the Archive project button"))
                .isInstanceOf(SeepointAssertionError.class)
                .hasMessageContaining("Failed: tap the Archive project button")
                .hasMessageContaining("not found")
                .hasMessageContaining("candidates")
                .hasMessageContaining("Screenshot: ").hasMessageContaining("Trace: ");
        assertThat(state(browser, "lastClicked")).isNull();
    }

    @Test
    void anInstructionThePlannerCannotParseSaysWhichPart(@TempDir Path reports) {
        browser.navigate(pages.url("sign-in.html"));
        Agent agent = agent(browser, quick(reports));

        assertThatThrownBy(() -> agent.act("dance wildly, then click the Sign in button"))
                .isInstanceOf(PlanningException.class)
                .hasMessageContaining("could not understand")
                .satisfies(e -> assertThat(((PlanningException) e).part()).contains("dance wildly"));
        assertThat(agent.trace().steps()).as("nothing is done when the plan cannot be made").isEmpty();
    }

    @Test
    void hittingTheStepBoundFailsNamingTheBound(@TempDir Path reports) {
        browser.navigate(pages.url("todo.html"));
        Agent agent = agent(browser, quick(reports).withMaxSteps(2).withVerifyActions(false));

        assertThatThrownBy(() -> agent.act("click the Active filter, click the Completed filter and click the All filter"))
                .isInstanceOf(SeepointAssertionError.class)
                .hasMessageContaining("maxSteps=2");
        assertThat(agent.trace().steps()).hasSize(2);
    }

    @Test
    void aBrowserThatDiesMidRunStopsWithAClearErrorAndTheTraceSoFar(@TempDir Path reports) throws IOException {
        Browser doomed = Browsers.chrome();
        try {
            doomed.navigate(pages.url("sign-in.html"));
            Device dying = new DiesAfterFirstClick(doomed);
            Agent agent = agent(dying, quick(reports));

            assertThatThrownBy(() -> agent.act("click the Remember me checkbox, then click the Sign in button"))
                    .isInstanceOf(DeviceGoneException.class)
                    .hasMessageContaining("the browser is gone")
                    .hasMessageContaining("Trace: ")
                    .satisfies(e -> {
                        Path trace = Path.of(e.getMessage().replaceAll("(?s).*Trace: (\\S+).*", "$1"));
                        assertThat(trace).exists();
                        assertThat(Files.readString(trace)).contains("Remember me").contains("the browser is gone");
                    });
        } finally {
            doomed.close();
        }
    }

    @Test
    void aPageThatNeverSettlesIsWaitedForOnlyUpToTheSettleTimeout(@TempDir Path reports) {
        browser.navigate(busyPages.url("busy.html"));
        Agent agent = agent(browser, quick(reports).withSettleTimeout(Duration.ofMillis(800)));

        long t0 = System.nanoTime();
        agent.tap("the Start button");
        Duration took = Duration.ofNanos(System.nanoTime() - t0);

        assertThat(state(browser, "started")).isEqualTo(true);
        assertThat(took).as("one tap on a page that never settles").isLessThan(Duration.ofSeconds(10));
        Step click = agent.trace().steps().get(0);
        assertThat(click.tool()).isEqualTo("click");
        assertThat(click.timingsMs().get("settle")).as("settle time (ms)").isLessThan(800 + 600);
    }

    /** Delegates to a real browser and quits its WebDriver right after the first click, as a crash would. */
    static final class DiesAfterFirstClick implements Device {

        private final Browser real;
        private boolean clicked;

        DiesAfterFirstClick(Browser real) {
            this.real = real;
        }

        @Override public Screenshot screenshot() { return real.screenshot(); }
        @Override public Size viewport() { return real.viewport(); }
        @Override public double devicePixelRatio() { return real.devicePixelRatio(); }
        @Override public void doubleClick(Point at) { real.doubleClick(at); }
        @Override public void rightClick(Point at) { real.rightClick(at); }
        @Override public void hover(Point at) { real.hover(at); }
        @Override public void type(String text) { real.type(text); }
        @Override public void press(String chord) { real.press(chord); }
        @Override public void scroll(Point at, int dx, int dy) { real.scroll(at, dx, dy); }
        @Override public void select(Point at, String option) { real.select(at, option); }
        @Override public void navigate(String url) { real.navigate(url); }
        @Override public String currentUrl() { return real.currentUrl(); }
        @Override public Settled settle(Duration timeout) { return real.settle(timeout); }
        @Override public void close() { real.close(); }

        @Override
        public void click(Point at) {
            real.click(at);
            if (!clicked) {
                clicked = true;
                real.driver().quit();
            }
        }
    }
}
