package dev.seepoint.agent.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.google.inject.AbstractModule;
import dev.seepoint.actions.Device;
import dev.seepoint.agent.Agent;
import dev.seepoint.agent.AgentOptions;
import dev.seepoint.agent.SeepointAssertionError;
import dev.seepoint.perception.Box;
import dev.seepoint.perception.GroundingModel;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.tools.testing.FakeDevice;
import dev.seepoint.tools.testing.Frames;
import dev.seepoint.tools.testing.ScriptedModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.openqa.selenium.WebDriver;

class SeepointExtensionTest {

    static final String REPORTS = "target/seepoint-extension-test";
    static final Box SIGN_IN = Box.of(100, 100, 200, 130);
    static final AtomicInteger OPENED = new AtomicInteger();
    static final AtomicInteger CLOSED = new AtomicInteger();

    /** A browser factory serving fake devices; counts opens and closes. */
    public static final class FakeBrowsers implements BrowserFactory {
        @Override
        public BrowserSession open(BrowserSpec spec) {
            OPENED.incrementAndGet();
            Screenshot page = Frames.solid(spec.width() / 4, spec.height() / 4, 0xFFFFFF);
            FakeDevice device = new FakeDevice(page).whenClickedIn(SIGN_IN, Frames.with(page, Box.of(0, 0, 50, 50), 0));
            return new BrowserSession() {
                private boolean closed;

                @Override
                public Device device() {
                    return device;
                }

                @Override
                public Optional<WebDriver> driver() {
                    return Optional.empty();
                }

                @Override
                public synchronized void close() {
                    if (!closed) {
                        closed = true;
                        CLOSED.incrementAndGet();
                    }
                }
            };
        }
    }

    /** Overrides the model with a script and shortens the timeout. */
    public static final class Scripted extends AbstractModule {
        @Override
        protected void configure() {
            bind(GroundingModel.class).toInstance(new ScriptedModel().find("the Sign in button", SIGN_IN));
            bind(AgentOptions.class).toInstance(AgentOptions.defaults().withTimeout(Duration.ofMillis(300)));
        }
    }

    @SeepointTest(browser = FakeBrowsers.class, modules = Scripted.class, reports = REPORTS, width = 800, height = 600)
    static class Sample {

        @Test
        void passes(Agent agent, Device device) {
            agent.tap("the Sign in button");
            assertThat(agent.device()).isSameAs(device);
        }

        @Test
        void failsACheck(Agent agent) {
            agent.check("the page shows 'Welcome, Ada'");
        }

        @Test
        void failsPlainly(Agent agent) {
            agent.tap("the Sign in button");
            Assertions.fail("boom");
        }

        @Test
        void asksForAWebDriverTheBrowserDoesNotHave(WebDriver driver) {
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 2, 3})
        void runsInParallel(int n, Agent agent) {
            agent.tap("the Sign in button");
        }
    }

    private Map<String, TestExecutionResult> run(Class<?> tests, boolean parallel) {
        Map<String, TestExecutionResult> results = new ConcurrentHashMap<>();
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(tests))
                .configurationParameter("junit.jupiter.execution.parallel.enabled", String.valueOf(parallel))
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent");
        LauncherDiscoveryRequest built = request.build();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(built, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (id.isTest()) {
                    results.put(id.getDisplayName(), result);
                }
            }
        });
        return results;
    }

    private static Throwable failureOf(Map<String, TestExecutionResult> results, String name) {
        TestExecutionResult r = results.entrySet().stream().filter(e -> e.getKey().startsWith(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no result for " + name + " in " + results.keySet())).getValue();
        assertThat(r.getStatus()).as(name).isEqualTo(TestExecutionResult.Status.FAILED);
        return r.getThrowable().orElseThrow();
    }

    @Test
    void injectsAnAgentAndWritesReportsNamedInTheFailures() {
        OPENED.set(0);
        CLOSED.set(0);

        Map<String, TestExecutionResult> results = run(Sample.class, false);

        assertThat(results.get("passes(Agent, Device)").getStatus()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL);

        Throwable check = failureOf(results, "failsACheck");
        assertThat(check).isInstanceOf(SeepointAssertionError.class)
                .hasMessageContaining("Failed: check the page shows 'Welcome, Ada'")
                .hasMessageContaining("Screenshot: ").hasMessageContaining("Trace: ")
                .hasMessageContaining(Path.of(REPORTS, "Sample").toAbsolutePath().toString());
        assertThat(((SeepointAssertionError) check).report().orElseThrow().trace()).exists();

        Throwable plain = failureOf(results, "failsPlainly");
        assertThat(plain).hasMessage("boom");
        assertThat(plain.getSuppressed()).singleElement().satisfies(s -> {
            assertThat(s).hasMessageContaining("Screenshot: ").hasMessageContaining("Trace: ");
            String trace = s.getMessage().replaceAll("(?s).*Trace: (\\S+).*", "$1");
            assertThat(Path.of(trace)).exists();
            assertThat(Files.exists(Path.of(trace).resolveSibling("report.html"))).isTrue();
        });

        assertThat(failureOf(results, "asksForAWebDriver")).hasMessageContaining("has no WebDriver");
        assertThat(OPENED.get()).isEqualTo(7).isEqualTo(CLOSED.get());
    }

    @Test
    void closesEveryBrowserWhenTestsRunInParallel() {
        OPENED.set(0);
        CLOSED.set(0);

        Map<String, TestExecutionResult> results = run(Sample.class, true);

        assertThat(results).hasSize(7);
        assertThat(results.entrySet()).filteredOn(e -> e.getKey().startsWith("[")).allSatisfy(e ->
                assertThat(e.getValue().getStatus()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL));
        assertThat(OPENED.get()).isEqualTo(7).isEqualTo(CLOSED.get());
    }
}
