package dev.seepoint.scenarios.cli;

import dev.seepoint.actions.Browser;
import dev.seepoint.actions.BrowserOptions;
import dev.seepoint.actions.Browsers;
import dev.seepoint.perception.Annotator;
import dev.seepoint.perception.DefaultGroundingModel;
import dev.seepoint.perception.Grounding;
import dev.seepoint.perception.GroundingModel;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.testpages.TestPages;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code seepoint demo}: the built-in default job against the bundled test pages. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Serve the bundled test pages, open them in headless Chromium and point at a handful of",
                "targets described in plain language; prints what was found and where the annotated pictures are."})
final class DemoCommand implements Callable<Integer> {

    private record Target(String page, String instruction) {
    }

    private static final List<Target> TARGETS = List.of(
            new Target("sign-in.html", "the Email address field"),
            new Target("sign-in.html", "the Password field"),
            new Target("sign-in.html", "the Remember me checkbox"),
            new Target("sign-in.html", "click the Sign in button"),
            new Target("sign-in.html", "Forgot password?"),
            new Target("sign-in.html", "the Pricing link in the top bar"));

    @Option(names = "--out", description = "folder for annotated screenshots (default: ${DEFAULT-VALUE})",
            defaultValue = "target/seepoint-demo")
    Path out;

    @Override
    public Integer call() {
        int misses = 0;
        try (TestPages pages = TestPages.start();
                Browser browser = Browsers.chrome(BrowserOptions.defaults());
                GroundingModel model = DefaultGroundingModel.create()) {
            String current = null;
            Screenshot shot = null;
            int i = 0;
            for (Target t : TARGETS) {
                if (!t.page().equals(current)) {
                    browser.navigate(pages.url(t.page()));
                    browser.settle(Duration.ofSeconds(3));
                    shot = browser.screenshot();
                    current = t.page();
                    System.out.println("page " + t.page() + " (" + shot.width() + "x" + shot.height() + ")");
                }
                Grounding g = model.locate(shot, t.instruction());
                Path file = out.resolve(String.format(Locale.ROOT, "%02d-%s.png", ++i,
                        t.instruction().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT)));
                Annotator.write(shot, g, file);
                long ms = g.timings().containsKey("total") ? g.timings().get("total").toMillis() : -1;
                System.out.printf(Locale.ROOT, "  %-34s -> %s  [%d ms]%n", "\"" + t.instruction() + "\"", g.describe(), ms);
                if (!g.isUnique()) {
                    misses++;
                }
            }
        }
        System.out.println("annotated pictures: " + out.toAbsolutePath());
        return misses == 0 ? 0 : SeepointCli.FAILED;
    }
}
