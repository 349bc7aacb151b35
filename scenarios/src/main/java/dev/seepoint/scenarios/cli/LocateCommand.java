package dev.seepoint.scenarios.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seepoint.actions.Browser;
import dev.seepoint.actions.BrowserOptions;
import dev.seepoint.actions.Browsers;
import dev.seepoint.perception.Annotator;
import dev.seepoint.perception.BadInputException;
import dev.seepoint.perception.DefaultGroundingModel;
import dev.seepoint.perception.Grounding;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.Size;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code seepoint locate}: point at what an instruction names, print the grounding as JSON. */
@Command(name = "locate", mixinStandardHelpOptions = true,
        description = {"Point at the element an instruction names on a page or an image, and print the grounding as JSON.",
                "Writes the screenshot with the box and the candidates drawn (--out)."},
        footer = {"", "Examples:",
                "  seepoint locate --url https://example.org \"the More information link\"",
                "  seepoint locate --image shot.png --out found.png \"the Sign in button\""})
final class LocateCommand implements Callable<Integer> {

    static final class Source {
        @Option(names = "--url", description = "page to open in headless Chromium", required = true)
        String url;

        @Option(names = "--image", description = "a PNG or JPEG screenshot to ground on", required = true)
        Path image;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--viewport", description = "viewport for --url, WIDTHxHEIGHT (default: ${DEFAULT-VALUE})", defaultValue = "1280x800")
    String viewport;

    @Option(names = "--dpr", description = "device-pixel ratio (default: ${DEFAULT-VALUE})", defaultValue = "1")
    double dpr;

    @Option(names = "--out", description = "annotated screenshot to write (default: seepoint-locate.png)", defaultValue = "seepoint-locate.png")
    Path out;

    @Option(names = "--shot", description = "also write the plain screenshot here")
    Path shot;

    @Option(names = "--elements", description = "also list everything perceived on the screen (kind, text, label, box) on stderr")
    boolean elements;

    @Parameters(paramLabel = "INSTRUCTION", arity = "1", description = "what to point at, e.g. \"the Sign in button\"")
    String instruction;

    @Override
    public Integer call() {
        if (instruction == null || instruction.isBlank()) {
            throw new BadInputException("the instruction is empty: say what to point at, e.g. \"the Sign in button\"");
        }
        Screenshot screenshot = source.image != null ? Screenshot.read(source.image, dpr) : capture();
        try (DefaultGroundingModel model = DefaultGroundingModel.create()) {
            Grounding g = model.locate(screenshot, instruction);
            if (elements) {
                for (dev.seepoint.perception.resolve.Element e : model.scene(screenshot).elements()) {
                    System.err.println("  " + e.describe() + " " + e.box()
                            + (e.state() != dev.seepoint.perception.widget.Widget.State.UNKNOWN ? " " + e.state() : ""));
                }
            }
            Annotator.write(screenshot, g, out);
            if (shot != null) {
                screenshot.writePng(shot);
            }
            ObjectNode json = GroundingJson.of(g);
            json.put("annotated", out.toAbsolutePath().toString());
            System.out.println(json.toPrettyString());
            return g.isUnique() ? 0 : SeepointCli.FAILED;
        }
    }

    private Screenshot capture() {
        BrowserOptions options = BrowserOptions.defaults().withViewport(Size.parse(viewport)).withDevicePixelRatio(dpr);
        try (Browser browser = Browsers.chrome(options)) {
            browser.navigate(source.url);
            browser.settle(Duration.ofSeconds(3));
            return browser.screenshot();
        }
    }
}
