package dev.seepoint.scenarios.junit;

import dev.seepoint.agent.Defaults;
import dev.seepoint.scenarios.RunListener;
import dev.seepoint.scenarios.RunOptions;
import dev.seepoint.scenarios.Scenario;
import dev.seepoint.scenarios.ScenarioResult;
import dev.seepoint.scenarios.Secrets;
import dev.seepoint.scenarios.Suite;
import dev.seepoint.scenarios.SuiteFiles;
import dev.seepoint.scenarios.SuiteRunner;
import dev.seepoint.scenarios.Suites;
import dev.seepoint.scenarios.StepResult.Status;
import dev.seepoint.perception.GroundingModel;
import dev.seepoint.perception.text.OcrEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Scenario files as JUnit 5 dynamic tests: one container per suite file, one test per scenario, so
 * {@code mvn test} in any project runs them.
 *
 * <pre>{@code
 * class UiScenariosTest {
 *     @TestFactory
 *     Stream<DynamicNode> scenarios() {
 *         return SeepointScenarios.dynamicTests(Path.of("src/test/scenarios"));
 *     }
 * }
 * }</pre>
 *
 * Files are read when the factory runs (a bad file fails that container with its file:line:column);
 * each scenario runs in its own headless browser when its test runs. A failed step fails the test
 * with the instruction and the evidence; reports go under {@code target/seepoint} unless the options
 * say otherwise.
 */
public final class SeepointScenarios {

    private SeepointScenarios() {
    }

    /** Tests for the suite files, folders or globs given, with default options. */
    public static Stream<DynamicNode> dynamicTests(Path... files) {
        return dynamicTests(RunOptions.defaults(), files);
    }

    public static Stream<DynamicNode> dynamicTests(RunOptions options, Path... files) {
        List<String> args = new ArrayList<>();
        for (Path f : files) {
            args.add(f.toString());
        }
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path file : SuiteFiles.expand(args, Path.of(""))) {
            Suite suite;
            try {
                suite = Suites.load(file);
            } catch (RuntimeException e) {
                String message = e.getMessage();
                nodes.add(DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(), () -> {
                    throw new AssertionFailedError(message);
                }));
                continue;
            }
            List<DynamicNode> tests = new ArrayList<>();
            int i = 0;
            for (Scenario scenario : suite.scenarios()) {
                int index = i++;
                tests.add(DynamicTest.dynamicTest(scenario.name(), file.toUri(), () -> runOne(suite, index, options)));
            }
            nodes.add(DynamicContainer.dynamicContainer(suite.name(), file.toUri(), tests.stream()));
        }
        return nodes.stream();
    }

    private static void runOne(Suite suite, int index, RunOptions options) {
        Scenario scenario = suite.scenarios().get(index);
        Suite single = new Suite(suite.name(), suite.file(), suite.url(), suite.serve(), suite.viewport(), suite.dpr(),
                suite.headed(), suite.timeout(), suite.vars(), List.of(scenario));
        Path dir = options.reportDir().resolve(slug(suite.name())).resolve(slug(scenario.name()));
        Secrets secrets = new Secrets();
        SuiteRunner runner = new SuiteRunner(options.withReportDir(dir).withParallel(1), RunListener.none(), secrets,
                System::getenv).withModel(Shared.model(), Shared.ocr());
        ScenarioResult r = runner.run(List.of(single)).results().get(0);
        if (r.status() == Status.SKIPPED) {
            throw new TestAbortedException(r.failure());
        }
        if (!r.passed()) {
            throw new AssertionFailedError(r.failure() + "\nReport: " + dir.toAbsolutePath().resolve("index.html"));
        }
    }

    /** One model and OCR engine for every scenario test of the JVM (loading them costs seconds), closed at exit. */
    private static final class Shared {
        private static GroundingModel model;
        private static OcrEngine ocr;

        static synchronized GroundingModel model() {
            if (model == null) {
                model = Defaults.model();
                ocr = Defaults.ocr();
                Runtime.getRuntime().addShutdownHook(new Thread(Shared::close, "seepoint-model-close"));
            }
            return model;
        }

        static synchronized OcrEngine ocr() {
            model();
            return ocr;
        }

        private static synchronized void close() {
            try {
                model.close();
                if (ocr != null) {
                    ocr.close();
                }
            } catch (Exception e) {
                // the JVM is exiting
            }
        }
    }

    private static String slug(String s) {
        String out = s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return out.isEmpty() ? "x" : out;
    }
}
