package dev.seepoint.scenarios.cli;

import dev.seepoint.agent.Defaults;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.seepoint.actions.Browser;
import dev.seepoint.actions.BrowserOptions;
import dev.seepoint.actions.Browsers;
import dev.seepoint.agent.Agent;
import dev.seepoint.agent.AgentOptions;
import dev.seepoint.agent.SeepointAssertionError;
import dev.seepoint.agent.Step;
import dev.seepoint.perception.Annotator;
import dev.seepoint.perception.Grounding;
import dev.seepoint.perception.GroundingModel;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.Size;
import dev.seepoint.testpages.TestPages;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code seepoint session}: type instructions, see what was grounded, save what worked as a scenario. */
@Command(name = "session", mixinStandardHelpOptions = true,
        description = {"An interactive session on a page: type an instruction, see what was grounded (box, score,",
                "text read, ambiguity and candidates) and watch it carried out. Reads piped input too.",
                "Commands: :locate TARGET (preview, no action), :shot [raw] [FILE], :save FILE, :help, :quit."},
        footer = {"", "Example:", "  seepoint session --url https://example.org",
                "  printf 'click the More information link\\n:save more.yaml\\n' | seepoint session --url https://example.org"})
final class SessionCommand implements Callable<Integer> {

    @Option(names = "--url", required = true, description = "page to open (relative to --serve when given)")
    String url;

    @Option(names = "--serve", paramLabel = "DIR", description = "serve this folder on 127.0.0.1 and open --url in it")
    Path serve;

    @Option(names = "--viewport", description = "viewport WIDTHxHEIGHT (default: ${DEFAULT-VALUE})", defaultValue = "1280x800")
    String viewport;

    @Option(names = "--headed", description = "show the browser window (needs a display)")
    boolean headed;

    private final List<String> succeeded = new ArrayList<>();
    private int shots;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        Size size = Size.parse(viewport);
        TestPages pages = serve == null ? null : TestPages.serve(serve);
        try (GroundingModel model = Defaults.model();
                Browser browser = Browsers.chrome(BrowserOptions.defaults().withViewport(size).withHeadless(!headed))) {
            String start = pages == null ? url : pages.url(url);
            browser.navigate(start);
            browser.settle(Duration.ofSeconds(3));
            Agent agent = Agent.builder().device(browser).model(model).ocr(Defaults.ocr())
                    .options(AgentOptions.defaults().withReportDir(null)).build().titled("session");
            out.println("session on " + start + " — type an instruction, or :help");
            boolean interactive = System.console() != null;
            if (interactive) {
                try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
                    LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("seepoint").build();
                    while (true) {
                        String line;
                        try {
                            line = reader.readLine("seepoint> ");
                        } catch (UserInterruptException e) {
                            continue;
                        } catch (EndOfFileException e) {
                            break;
                        }
                        if (!handle(line, agent, browser, out, start, size)) {
                            break;
                        }
                    }
                }
            } else {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                for (int n = 0; n < 100_000; n++) {
                    String line = in.readLine();
                    if (line == null) {
                        break;
                    }
                    out.println("seepoint> " + line);
                    if (!handle(line, agent, browser, out, start, size)) {
                        break;
                    }
                }
            }
            out.println("bye (" + succeeded.size() + " steps succeeded)");
            return 0;
        } finally {
            if (pages != null) {
                pages.close();
            }
        }
    }

    /** @return false to end the session */
    boolean handle(String raw, Agent agent, Browser browser, PrintStream out, String start, Size size) {
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
            return true;
        }
        if (line.startsWith(":")) {
            String[] parts = line.split("\\s+", 2);
            String arg = parts.length > 1 ? parts[1].strip() : "";
            switch (parts[0].toLowerCase(Locale.ROOT)) {
                case ":q", ":quit", ":exit" -> {
                    return false;
                }
                case ":help", ":h", ":?" -> help(out);
                case ":locate", ":l" -> {
                    if (arg.isEmpty()) {
                        out.println("  :locate needs a target, e.g. :locate the Sign in button");
                    } else {
                        locate(arg, agent, browser, out);
                    }
                }
                case ":shot" -> shot(arg, agent, browser, out);
                case ":save" -> {
                    if (arg.isEmpty()) {
                        out.println("  :save needs a file name, e.g. :save signs-in.yaml");
                    } else {
                        save(Path.of(arg), start, size, out);
                    }
                }
                default -> out.println("  unknown command " + parts[0] + "; :help lists them");
            }
            return true;
        }
        int before = agent.trace().steps().size();
        long t0 = System.nanoTime();
        try {
            agent.act(line);
            succeeded.add(line);
            show(agent, before, out);
            out.printf(Locale.ROOT, "  ok (%d ms)%n", (System.nanoTime() - t0) / 1_000_000);
        } catch (SeepointAssertionError e) {
            show(agent, before, out);
            out.println("  FAILED: " + e.evidence().strip().replace("\n", "\n    "));
        } catch (RuntimeException e) {
            out.println("  ERROR: " + e.getMessage());
        }
        return true;
    }

    private static void help(PrintStream out) {
        out.println("""
                  an instruction      carried out, e.g.  type ada@example.com into the Email field
                  :locate TARGET      show what TARGET points at, without acting
                  :shot [FILE]        save the screen with the last grounding drawn (default seepoint-shot-N.png)
                  :shot raw [FILE]    save the screen as the model sees it, nothing drawn
                  :save FILE          write the steps that succeeded as a YAML scenario (seepoint run FILE replays it)
                  :help               this list
                  :quit               end the session (also Ctrl-D)""");
    }

    private static void locate(String target, Agent agent, Browser browser, PrintStream out) {
        int before = agent.trace().steps().size();
        try {
            Grounding g = agent.locate(target);
            out.println("  " + g.describe());
            g.evidence().forEach((k, v) -> out.println("    " + k + ": " + v));
            g.alternatives().stream().limit(5).forEach(c -> out.println("    candidate " + c.describe()));
        } catch (SeepointAssertionError e) {
            show(agent, before, out);
            out.println("  not found: " + e.evidence().strip().replace("\n", "\n    "));
        }
    }

    private static void show(Agent agent, int from, PrintStream out) {
        List<Step> steps = agent.trace().steps();
        for (Step s : steps.subList(Math.min(from, steps.size()), steps.size())) {
            StringBuilder b = new StringBuilder("  ").append(s.ok() ? "✓ " : "✗ ").append(s.tool())
                    .append(' ').append(args(s)).append(" → ").append(s.observation().lines().findFirst().orElse(""));
            if (s.box() != null) {
                b.append("\n    box [").append(s.box().left()).append(", ").append(s.box().top()).append(", ")
                        .append(s.box().right()).append(", ").append(s.box().bottom()).append("]");
            }
            Object score = s.data().get("score");
            if (score != null) {
                b.append(" score ").append(score);
            }
            Object ambiguous = s.data().get("ambiguous");
            if (Boolean.TRUE.equals(ambiguous) || "true".equals(ambiguous)) {
                b.append(" AMBIGUOUS");
            }
            Object text = s.data().get("text");
            if (text != null && !text.toString().isBlank()) {
                b.append("\n    text read: ").append(text);
            }
            if (!s.candidates().isEmpty()) {
                b.append("\n    candidates: ").append(s.candidates().stream().limit(4).map(c -> c.describe())
                        .collect(Collectors.joining("; ")));
            }
            out.println(b);
        }
    }

    private static String args(Step s) {
        List<String> parts = new ArrayList<>();
        s.args().fields().forEachRemaining(e -> parts.add(e.getKey() + "=" + e.getValue().asText()));
        return "(" + String.join(", ", parts) + ")";
    }

    private void shot(String arg, Agent agent, Browser browser, PrintStream out) {
        // ":shot raw [FILE]" keeps the screen as the model saw it, for a grounding bug report or a test case
        boolean raw = arg.equals("raw") || arg.startsWith("raw ");
        String name = raw ? arg.substring(3).strip() : arg;
        Path file = Path.of(name.isEmpty() ? "seepoint-shot-" + (++shots) + ".png" : name);
        Screenshot shot = browser.screenshot();
        if (raw) {
            shot.writePng(file);
            out.println("  saved " + file.toAbsolutePath());
            return;
        }
        List<Step> steps = agent.trace().steps();
        Step last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
        Grounding g = last != null && last.box() != null
                ? Grounding.found(last.args().path("target").asText(last.tool()), shot.frame(), last.box(), null, 1,
                        last.candidates(), Map.of())
                : Grounding.notFound("", shot.frame(), "nothing grounded yet", List.of());
        Annotator.write(shot, g, file);
        out.println("  saved " + file.toAbsolutePath());
    }

    void save(Path file, String start, Size size, PrintStream out) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
        ObjectNode root = yaml.createObjectNode();
        String name = file.getFileName().toString().replaceAll("\\.ya?ml$", "");
        root.put("suite", name);
        if (serve != null) {
            root.put("serve", serve.toAbsolutePath().normalize().toString());
            root.put("url", url);
        } else {
            root.put("url", start);
        }
        root.put("viewport", size.width() + "x" + size.height());
        ArrayNode scenarios = root.putArray("scenarios");
        ObjectNode sc = scenarios.addObject();
        sc.put("name", "recorded session");
        ArrayNode steps = sc.putArray("steps");
        succeeded.forEach(steps::add);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, yaml.writeValueAsString(root), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        out.println("  saved " + succeeded.size() + " steps to " + file.toAbsolutePath() + " (seepoint run " + file + ")");
    }
}
