package dev.seepoint.agent.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.seepoint.agent.Agent;
import dev.seepoint.agent.SeepointAssertionError;
import dev.seepoint.testpages.TestPages;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** {@code @SeepointTest} for real: the default Chromium factory, the default model, an injected Agent and WebDriver. */
@SeepointTest
class SeepointTestIT {

    static final String REPORTS = "target/seepoint-reports/junit-it";
    static TestPages pages;

    @BeforeAll
    static void serve() {
        pages = TestPages.start();
    }

    @AfterAll
    static void stop() {
        pages.close();
    }

    @Test
    void anInjectedAgentSignsInOnARealPage(Agent agent, WebDriver driver) {
        driver.get(pages.url("sign-in.html"));

        agent.act("check the Remember me box and click the Sign in button");

        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertThat(js.executeScript("return window.appState.remember")).isEqualTo(true);
        assertThat(js.executeScript("return window.appState.attempts")).isEqualTo(1L);
    }

    /** Run through the launcher below; fails on purpose. */
    @SeepointTest(reports = REPORTS)
    static class FailingSample {

        @Test
        void tapsAButtonThatIsNotThere(Agent agent, WebDriver driver) {
            driver.get(pages.url("todo.html"));
            agent.tap("the Export to PDF button");
        }
    }

    @Test
    void aFailingTestNamesItsScreenshotTraceAndReport() {
        Map<String, TestExecutionResult> results = new ConcurrentHashMap<>();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(FailingSample.class))
                .build(), new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                        if (id.isTest()) {
                            results.put(id.getDisplayName(), result);
                        }
                    }
                });

        TestExecutionResult r = results.values().stream().findFirst().orElseThrow();
        assertThat(r.getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
        Throwable failure = r.getThrowable().orElseThrow();
        assertThat(failure).isInstanceOf(SeepointAssertionError.class)
                .hasMessageContaining("Failed: tap the Export to PDF button")
                .hasMessageContaining("Screenshot: ").hasMessageContaining("Trace: ").hasMessageContaining("Report: ")
                .hasMessageContaining(Path.of(REPORTS, "FailingSample").toAbsolutePath().toString());
        SeepointAssertionError e = (SeepointAssertionError) failure;
        assertThat(e.report().orElseThrow().screenshot()).exists();
        assertThat(e.report().orElseThrow().trace()).exists();
    }
}
