package dev.seepoint.agent.junit;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.util.Modules;
import dev.seepoint.actions.Device;
import dev.seepoint.agent.Agent;
import dev.seepoint.agent.AgentFactory;
import dev.seepoint.agent.ReportFiles;
import dev.seepoint.agent.SeepointAssertionError;
import dev.seepoint.agent.SeepointModule;
import dev.seepoint.agent.Trace;
import dev.seepoint.perception.GroundingModel;
import dev.seepoint.perception.text.OcrEngine;
import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.platform.commons.support.AnnotationSupport;
import org.openqa.selenium.WebDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extension behind {@link SeepointTest}. State lives in the extension store: the Guice injector
 * (and the model it made) once per configuration in the root store, closed at the end of the run;
 * the browser and agent once per test, closed after it. Holds no static mutable state, so tests may
 * run in parallel.
 */
public final class SeepointExtension implements ParameterResolver, TestExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SeepointExtension.class);
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(SeepointExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return context.getTestMethod().isPresent()
                && (type == Agent.class || type == Device.class || type == WebDriver.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Session session = session(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == Agent.class) {
            return session.agent;
        }
        if (type == Device.class) {
            return session.browser.device();
        }
        return session.browser.driver().orElseThrow(() -> new ParameterResolutionException(
                "the browser from " + session.browser.getClass().getName() + " has no WebDriver; ask for a Device instead"));
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        Session session = context.getStore(NS).get(key(context), Session.class);
        if (session == null) {
            throw failure;
        }
        if (failure instanceof SeepointAssertionError e && e.report().isPresent()) {
            throw failure;
        }
        ReportFiles files;
        try {
            files = session.agent.writeReport(session.reportDir, Trace.Status.FAILED, String.valueOf(failure));
        } catch (RuntimeException writing) {
            LOG.warn("could not write the Seepoint report for {}: {}", context.getDisplayName(), writing.toString());
            throw failure;
        }
        if (failure instanceof SeepointAssertionError e) {
            throw e.withReport(files);
        }
        failure.addSuppressed(new SeepointReport(files));
        throw failure;
    }

    /** Names the report of a failed test; added to the failure as a suppressed exception. */
    public static final class SeepointReport extends Exception {

        SeepointReport(ReportFiles files) {
            super("Seepoint report for this failure:"
                    + (files.screenshot() == null ? "" : "\nScreenshot: " + files.screenshot().toAbsolutePath())
                    + "\nTrace: " + files.trace().toAbsolutePath() + "\nReport: " + files.html().toAbsolutePath(),
                    null, false, false);
        }
    }

    // ---- state

    private static String key(ExtensionContext context) {
        return "session:" + context.getUniqueId();
    }

    private Session session(ExtensionContext context) {
        return context.getStore(NS).getOrComputeIfAbsent(key(context), k -> open(context), Session.class);
    }

    private Session open(ExtensionContext context) {
        SeepointTest config = config(context);
        Parts parts = context.getRoot().getStore(NS).getOrComputeIfAbsent("parts:" + Arrays.toString(config.modules()),
                k -> new Parts(config.modules()), Parts.class);
        BrowserFactory factory = instantiate(config.browser());
        BrowserSession browser;
        try {
            browser = factory.open(new BrowserSpec(config.width(), config.height(), config.headless()));
        } catch (Exception e) {
            throw new ParameterResolutionException("could not start a browser with " + config.browser().getName() + ": "
                    + e.getMessage(), e);
        }
        Path dir = Path.of(config.reports()).resolve(safe(context.getRequiredTestClass().getSimpleName()))
                .resolve(safe(context.getRequiredTestMethod().getName()) + "-" + Integer.toHexString(context.getUniqueId().hashCode()));
        AgentFactory agents = parts.injector.getInstance(AgentFactory.class);
        Agent agent = agents.create(browser.device(), agents.options().withReportDir(dir)).titled(context.getDisplayName());
        return new Session(browser, agent, dir);
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static SeepointTest config(ExtensionContext context) {
        Optional<SeepointTest> onMethod = context.getTestMethod()
                .flatMap(m -> AnnotationSupport.findAnnotation(m, SeepointTest.class));
        if (onMethod.isPresent()) {
            return onMethod.get();
        }
        for (Optional<Class<?>> c = context.getTestClass(); c.isPresent(); c = Optional.ofNullable(c.get().getEnclosingClass())) {
            Optional<SeepointTest> found = AnnotationSupport.findAnnotation(c.get(), SeepointTest.class);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new ExtensionConfigurationException("SeepointExtension is registered but no @SeepointTest is present; "
                + "annotate the test class with @SeepointTest");
    }

    private static <T> T instantiate(Class<T> type) {
        try {
            Constructor<T> ctor = type.getDeclaredConstructor();
            ctor.setAccessible(true);
            return ctor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new ExtensionConfigurationException(type.getName() + " needs a no-argument constructor", e);
        }
    }

    /** The per-configuration Guice injector; closes the model and OCR engine it made when the run ends. */
    private static final class Parts implements AutoCloseable {

        final Injector injector;

        Parts(Class<? extends Module>[] overrides) {
            List<Module> modules = new ArrayList<>();
            for (Class<? extends Module> m : overrides) {
                modules.add(instantiate(m));
            }
            this.injector = Guice.createInjector(Modules.override(new SeepointModule()).with(modules));
        }

        @Override
        public void close() {
            try {
                injector.getInstance(GroundingModel.class).close();
            } catch (RuntimeException e) {
                LOG.debug("closing the model: {}", e.toString());
            }
            try {
                injector.getInstance(OcrEngine.class).close();
            } catch (RuntimeException e) {
                LOG.debug("closing the OCR engine: {}", e.toString());
            }
        }
    }

    /** One test's browser and agent; closing it ends the browser. */
    private static final class Session implements AutoCloseable {

        final BrowserSession browser;
        final Agent agent;
        final Path reportDir;

        Session(BrowserSession browser, Agent agent, Path reportDir) {
            this.browser = browser;
            this.agent = agent;
            this.reportDir = reportDir;
        }

        @Override
        public void close() {
            try {
                agent.close();
            } finally {
                browser.close();
            }
        }
    }
}
