package dev.seepoint.scenarios.cli;

import dev.seepoint.scenarios.RunOptions;
import dev.seepoint.scenarios.Suite;
import dev.seepoint.scenarios.SuiteFiles;
import dev.seepoint.scenarios.Suites;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code seepoint demo}: the example suites against the bundled test pages, in headless Chromium. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Serve the bundled test pages on 127.0.0.1, run the example suites (scenarios/examples: sign-in,",
                "to-do, settings, shop, and a Gherkin feature) in headless Chromium, and print where the report is.",
                "Exit status: 0 all passed, 1 a scenario failed."})
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--examples", paramLabel = "DIR", description = "the example suites (default: scenarios/examples of this checkout)")
    Path examples;

    @Option(names = "--parallel", paramLabel = "N", description = "scenarios at once (default: ${DEFAULT-VALUE})", defaultValue = "2")
    int parallel;

    @Option(names = "--report", paramLabel = "DIR", description = "where the report goes (default: ${DEFAULT-VALUE})",
            defaultValue = "target/seepoint-demo")
    Path report;

    @Override
    public Integer call() {
        Path dir = examples != null ? examples : findExamples();
        List<Suite> suites = new ArrayList<>();
        for (Path f : SuiteFiles.expand(List.of(dir.toString()), Path.of(""))) {
            suites.add(Suites.load(f));
        }
        System.out.println("demo: the example suites in " + dir.toAbsolutePath().normalize()
                + ", served from test-pages/pages on 127.0.0.1, in headless Chromium");
        return RunCommand.run(suites, RunOptions.defaults().withParallel(parallel).withReportDir(report), System.out);
    }

    /** scenarios/examples beside the jar (scenarios/target/*.jar), else under the working directory or its parents. */
    static Path findExamples() {
        List<Path> tried = new ArrayList<>();
        try {
            Path code = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path candidate = code.getParent() == null ? null : code.getParent().resolveSibling("examples");
            if (candidate != null) {
                tried.add(candidate);
                if (Files.isDirectory(candidate)) {
                    return candidate;
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall back to the working directory
        }
        Path here = Path.of("").toAbsolutePath();
        for (int i = 0; i < 6 && here != null; i++, here = here.getParent()) {
            for (Path c : List.of(here.resolve("scenarios/examples"), here.resolve("examples"))) {
                tried.add(c);
                if (Files.isDirectory(c)) {
                    return c;
                }
            }
        }
        throw new IllegalArgumentException("cannot find the example suites (looked in " + tried.subList(0, Math.min(4, tried.size()))
                + "); pass --examples DIR");
    }
}
