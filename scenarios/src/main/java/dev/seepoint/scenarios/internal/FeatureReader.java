package dev.seepoint.scenarios.internal;

import dev.seepoint.perception.Size;
import dev.seepoint.scenarios.Location;
import dev.seepoint.scenarios.Scenario;
import dev.seepoint.scenarios.Suite;
import dev.seepoint.scenarios.SuiteException;
import dev.seepoint.scenarios.SuiteStep;
import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.ParseError;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.PickleStepType;
import io.cucumber.messages.types.Step;
import io.cucumber.messages.types.Tag;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Gherkin {@code .feature} file with Cucumber's own parser. Each scenario (and each row of a
 * Scenario Outline) becomes a scenario; Background steps come first. A {@code Then} step (and the
 * {@code And}/{@code But} after it) is a check; any other step is an instruction for the agent, except
 * "I open PAGE" / "I am on PAGE", which opens a page. Feature tags configure the run:
 * {@code @serve:FOLDER}, {@code @url:PAGE}, {@code @viewport:1280x800}, {@code @timeout:5s}.
 */
public final class FeatureReader {

    private static final Pattern OPEN = Pattern.compile(
            "^(?:I |the user |we )?(?:open|opens|go to|goes to|navigate to|navigates to|visit|visits|am on|is on|are on)"
                    + "(?: the page)? ['\"]?((?:https?://|file:/|/)?[\\w./:?&=#%~-]+\\.(?:html?|php|aspx?)(?:[?#]\\S*)?|https?://\\S+|/\\S*)['\"]?$",
            Pattern.CASE_INSENSITIVE);

    private FeatureReader() {
    }

    public static Suite read(String text, Path file) {
        GherkinParser parser = GherkinParser.builder().includeSource(false).build();
        List<Envelope> envelopes = parser.parse(file.toString(), text.getBytes(StandardCharsets.UTF_8)).toList();
        for (Envelope e : envelopes) {
            Optional<ParseError> err = e.getParseError();
            if (err.isPresent()) {
                Location at = err.get().getSource().getLocation()
                        .map(l -> new Location(file, l.getLine().intValue(), l.getColumn().map(Long::intValue).orElse(0)))
                        .orElse(Location.of(file));
                String msg = err.get().getMessage().replaceFirst("^\\(\\d+:\\d+\\): ", "");
                throw new SuiteException(at + ": Gherkin syntax error: " + msg);
            }
        }
        GherkinDocument doc = envelopes.stream().flatMap(e -> e.getGherkinDocument().stream()).findFirst()
                .orElseThrow(() -> new SuiteException(file + ": not a Gherkin document"));
        Feature feature = doc.getFeature().orElseThrow(() -> new SuiteException(file + ": no 'Feature:' found"));
        Map<String, Step> steps = new HashMap<>();
        Map<String, Location> scenarioAt = new HashMap<>();
        for (FeatureChild c : feature.getChildren()) {
            collect(c, steps, scenarioAt, file);
            c.getRule().ifPresent(r -> r.getChildren().forEach(rc -> {
                rc.getBackground().ifPresent(b -> b.getSteps().forEach(s -> steps.put(s.getId(), s)));
                rc.getScenario().ifPresent(s -> {
                    s.getSteps().forEach(st -> steps.put(st.getId(), st));
                    scenarioAt.put(s.getId(), loc(file, s.getLocation()));
                });
            }));
        }
        String url = "";
        Optional<Path> serve = Optional.empty();
        Size viewport = Suite.DEFAULT_VIEWPORT;
        Optional<Duration> timeout = Optional.empty();
        for (Tag t : feature.getTags()) {
            String name = t.getName();
            Location at = loc(file, t.getLocation());
            int colon = name.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = name.substring(1, colon);
            String value = name.substring(colon + 1);
            switch (key) {
                case "url" -> url = value;
                case "serve" -> {
                    Path p = Path.of(value);
                    Path parent = file.toAbsolutePath().getParent();
                    serve = Optional.of(p.isAbsolute() || parent == null ? p : parent.resolve(p).normalize());
                }
                case "viewport" -> {
                    try {
                        viewport = Size.parse(value);
                    } catch (RuntimeException e) {
                        throw new SuiteException(at + ": @viewport: must be WIDTHxHEIGHT such as 1280x800, got '" + value + "'");
                    }
                }
                case "timeout" -> timeout = Optional.of(YamlSuiteReader.duration(value, at));
                default -> throw new SuiteException("unknown tag '@" + key + ":' at " + at
                        + Suggest.nearest(key, List.of("url", "serve", "viewport", "timeout")).map(s -> "; did you mean '@" + s + ":'?")
                                .orElse("; Seepoint reads @url:, @serve:, @viewport: and @timeout:"));
            }
        }
        List<Scenario> scenarios = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Envelope e : envelopes) {
            if (e.getPickle().isEmpty()) {
                continue;
            }
            Pickle p = e.getPickle().get();
            List<SuiteStep> out = new ArrayList<>();
            for (PickleStep ps : p.getSteps()) {
                Step source = ps.getAstNodeIds().isEmpty() ? null : steps.get(ps.getAstNodeIds().get(0));
                Location at = source == null ? Location.of(file) : loc(file, source.getLocation());
                out.add(step(ps, at));
            }
            String name = p.getName().isBlank() ? "scenario " + (scenarios.size() + 1) : p.getName();
            int n = seen.merge(name, 1, Integer::sum);
            if (n > 1) {
                name = name + " #" + n;
            }
            Location at = p.getAstNodeIds().isEmpty() ? Location.of(file)
                    : scenarioAt.getOrDefault(p.getAstNodeIds().get(0), Location.of(file));
            if (out.isEmpty()) {
                throw new SuiteException(at + ": scenario '" + name + "' has no steps");
            }
            scenarios.add(new Scenario(name, out, at));
        }
        if (scenarios.isEmpty()) {
            throw new SuiteException(loc(file, feature.getLocation()) + ": the feature has no scenarios");
        }
        String name = feature.getName().isBlank() ? YamlSuiteReader.baseName(file) : feature.getName().strip();
        return new Suite(name, file, url, serve, viewport, 1, false, timeout, Map.of(), scenarios);
    }

    private static void collect(FeatureChild c, Map<String, Step> steps, Map<String, Location> scenarioAt, Path file) {
        c.getBackground().ifPresent(b -> b.getSteps().forEach(s -> steps.put(s.getId(), s)));
        c.getScenario().ifPresent(s -> {
            s.getSteps().forEach(st -> steps.put(st.getId(), st));
            scenarioAt.put(s.getId(), loc(file, s.getLocation()));
        });
    }

    static SuiteStep step(PickleStep ps, Location at) {
        String text = ps.getText().strip();
        Variables.checkSyntax(text, at);
        if (ps.getType().orElse(PickleStepType.UNKNOWN) == PickleStepType.OUTCOME) {
            return new SuiteStep(SuiteStep.Kind.CHECK, text, Map.of(), at);
        }
        Matcher m = OPEN.matcher(text);
        if (m.matches()) {
            return new SuiteStep(SuiteStep.Kind.OPEN, m.group(1), Map.of(), at);
        }
        return SuiteStep.act(text, at);
    }

    private static Location loc(Path file, io.cucumber.messages.types.Location l) {
        return new Location(file, l.getLine().intValue(), l.getColumn().map(Long::intValue).orElse(0));
    }
}
