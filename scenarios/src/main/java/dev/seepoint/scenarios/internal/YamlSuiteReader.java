package dev.seepoint.scenarios.internal;

import dev.seepoint.perception.Size;
import dev.seepoint.scenarios.Location;
import dev.seepoint.scenarios.Scenario;
import dev.seepoint.scenarios.Suite;
import dev.seepoint.scenarios.SuiteException;
import dev.seepoint.scenarios.SuiteStep;
import dev.seepoint.scenarios.SuiteStep.Kind;
import dev.seepoint.scenarios.internal.YamlTree.Entry;
import dev.seepoint.scenarios.internal.YamlTree.ListNode;
import dev.seepoint.scenarios.internal.YamlTree.MapNode;
import dev.seepoint.scenarios.internal.YamlTree.Node;
import dev.seepoint.scenarios.internal.YamlTree.Scalar;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a YAML suite, checking every key and value and naming the line and column of anything wrong. */
public final class YamlSuiteReader {

    static final List<String> SUITE_KEYS = List.of("suite", "url", "serve", "viewport", "browser", "timeout", "vars", "scenarios");
    static final List<String> BROWSER_KEYS = List.of("headed", "dpr", "viewport");
    static final List<String> SCENARIO_KEYS = List.of("name", "steps");
    static final Map<Kind, List<String>> COMPANIONS = new LinkedHashMap<>();

    static {
        for (Kind k : Kind.values()) {
            COMPANIONS.put(k, List.of());
        }
        COMPANIONS.put(Kind.TAP, List.of("timeout"));
        COMPANIONS.put(Kind.TYPE, List.of("into", "clear", "timeout"));
        COMPANIONS.put(Kind.SELECT, List.of("in"));
        COMPANIONS.put(Kind.WAIT_FOR, List.of("timeout"));
        COMPANIONS.put(Kind.READ, List.of("as"));
    }

    private YamlSuiteReader() {
    }

    public static Suite read(String yaml, Path file) {
        Node root = YamlTree.parse(yaml, file);
        MapNode top = map(root, "the suite file");
        checkKeys(top, SUITE_KEYS, "suite");
        String name = top.entries().containsKey("suite") ? text(top.entries().get("suite").value(), "suite")
                : baseName(file);
        String url = optionalText(top, "url").orElse("");
        Optional<Path> serve = optionalText(top, "serve").map(s -> {
            Path p = Path.of(s);
            Path parent = file.toAbsolutePath().getParent();
            return p.isAbsolute() || parent == null ? p : parent.resolve(p).normalize();
        });
        Size viewport = optionalText(top, "viewport").map(v -> viewport(v, top.entries().get("viewport").value().at()))
                .orElse(Suite.DEFAULT_VIEWPORT);
        double dpr = 1;
        boolean headed = false;
        if (top.entries().containsKey("browser")) {
            MapNode b = map(top.entries().get("browser").value(), "browser");
            checkKeys(b, BROWSER_KEYS, "browser");
            headed = optionalText(b, "headed").map(v -> bool(v, b.entries().get("headed").value().at())).orElse(false);
            if (b.entries().containsKey("dpr")) {
                Node n = b.entries().get("dpr").value();
                try {
                    dpr = Double.parseDouble(text(n, "dpr"));
                } catch (NumberFormatException e) {
                    throw new SuiteException(n.at() + ": dpr must be a number such as 1 or 2, got '" + text(n, "dpr") + "'");
                }
            }
            if (b.entries().containsKey("viewport")) {
                Node n = b.entries().get("viewport").value();
                viewport = viewport(text(n, "viewport"), n.at());
            }
        }
        Optional<Duration> timeout = optionalText(top, "timeout").map(t -> duration(t, top.entries().get("timeout").value().at()));
        Map<String, String> vars = new LinkedHashMap<>();
        if (top.entries().containsKey("vars")) {
            MapNode v = map(top.entries().get("vars").value(), "vars");
            v.entries().forEach((k, e) -> {
                String value = text(e.value(), k);
                Variables.checkSyntax(value, e.value().at());
                vars.put(k, value);
            });
        }
        if (!top.entries().containsKey("scenarios")) {
            throw new SuiteException(top.at() + ": the suite has no 'scenarios:' list; add e.g.\n"
                    + "scenarios:\n  - name: Signs in\n    steps:\n      - tap: the Sign in button");
        }
        ListNode list = list(top.entries().get("scenarios").value(), "scenarios");
        List<Scenario> scenarios = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Node n : list.items()) {
            Scenario s = scenario(n, vars.keySet());
            if (!names.add(s.name())) {
                throw new SuiteException(s.at() + ": two scenarios are named '" + s.name() + "'; give each its own name");
            }
            scenarios.add(s);
        }
        if (scenarios.isEmpty()) {
            throw new SuiteException(list.at() + ": 'scenarios:' is empty");
        }
        return new Suite(name, file, url, serve, viewport, dpr, headed, timeout, vars, scenarios);
    }

    private static Scenario scenario(Node n, Set<String> suiteVars) {
        MapNode m = map(n, "a scenario");
        checkKeys(m, SCENARIO_KEYS, "scenario");
        if (!m.entries().containsKey("name")) {
            throw new SuiteException(m.at() + ": a scenario needs a 'name:'");
        }
        String name = text(m.entries().get("name").value(), "name");
        if (!m.entries().containsKey("steps")) {
            throw new SuiteException(m.at() + ": scenario '" + name + "' has no 'steps:'");
        }
        ListNode steps = list(m.entries().get("steps").value(), "steps");
        Set<String> known = new LinkedHashSet<>(suiteVars);
        List<SuiteStep> out = new ArrayList<>();
        for (Node s : steps.items()) {
            SuiteStep step = step(s);
            for (String v : step.options().values()) {
                checkDefined(v, known, step.at());
            }
            checkDefined(step.value(), known, step.at());
            if (step.kind() == Kind.READ && step.options().containsKey("as")) {
                known.add(step.options().get("as"));
            }
            out.add(step);
        }
        if (out.isEmpty()) {
            throw new SuiteException(steps.at() + ": scenario '" + name + "' has no steps");
        }
        return new Scenario(name, out, m.at());
    }

    private static void checkDefined(String text, Set<String> known, Location at) {
        Variables.checkSyntax(text, at);
        for (String name : Variables.plainNames(text)) {
            if (!known.contains(name)) {
                String hint = Suggest.nearest(name, known).map(s -> "; did you mean '${" + s + "}'?")
                        .orElse("; define it under 'vars:' or read it in an earlier step with 'read: ...' and 'as: " + name + "'");
                throw new SuiteException(at + ": ${" + name + "} is not defined" + hint);
            }
        }
    }

    static SuiteStep step(Node n) {
        if (n instanceof Scalar s) {
            if (s.text() == null || s.text().isBlank()) {
                throw new SuiteException(s.at() + ": an empty step; write an instruction such as 'click the Sign in button'");
            }
            return SuiteStep.act(s.text().strip(), s.at());
        }
        MapNode m = map(n, "a step");
        List<String> all = new ArrayList<>();
        for (Kind k : Kind.values()) {
            all.add(k.key());
        }
        Entry main = null;
        for (Entry e : m.entries().values()) {
            if (Kind.ofKey(e.key()).isPresent()) {
                if (main != null) {
                    throw new SuiteException(e.keyAt() + ": one step has both '" + main.key() + "' and '" + e.key()
                            + "'; each step does one thing: start the second with its own '- '");
                }
                main = e;
            }
        }
        if (main == null) {
            Entry first = m.entries().values().iterator().next();
            Set<String> valid = new LinkedHashSet<>(all);
            COMPANIONS.values().forEach(valid::addAll);
            throw new SuiteException(unknown(first, valid.stream().toList(), "step")
                    + "; a step starts with one of " + all);
        }
        Kind kind = Kind.ofKey(main.key()).orElseThrow();
        List<String> companions = COMPANIONS.get(kind);
        Map<String, String> options = new LinkedHashMap<>();
        for (Entry e : m.entries().values()) {
            if (e == main) {
                continue;
            }
            if (!companions.contains(e.key())) {
                List<String> valid = new ArrayList<>(companions);
                if (Kind.ofKey(e.key()).isEmpty()) {
                    throw new SuiteException(unknown(e, valid, "'" + kind.key() + "' step")
                            + (companions.isEmpty() ? "; a '" + kind.key() + "' step takes no other keys"
                                    : "; a '" + kind.key() + "' step may also have " + companions));
                }
            }
            options.put(e.key(), text(e.value(), e.key()));
        }
        String value = text(main.value(), main.key());
        if (value.isBlank()) {
            throw new SuiteException(main.value().at() + ": '" + main.key() + ":' needs a value");
        }
        switch (kind) {
            case TYPE -> require(options, "into", main, "type: ada@example.com\n  into: the Email field");
            case SELECT -> require(options, "in", main, "select: Express\n  in: the Shipping dropdown");
            case READ -> {
                if (options.containsKey("as") && !options.get("as").matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
                    throw new SuiteException(m.entries().get("as").value().at() + ": 'as:' must be a plain name such as total");
                }
            }
            case SLEEP -> duration(value, main.value().at());
            default -> {
            }
        }
        if (options.containsKey("timeout")) {
            duration(options.get("timeout"), m.entries().get("timeout").value().at());
        }
        if (options.containsKey("clear")) {
            bool(options.get("clear"), m.entries().get("clear").value().at());
        }
        return new SuiteStep(kind, value, options, main.keyAt());
    }

    private static void require(Map<String, String> options, String key, Entry main, String example) {
        if (!options.containsKey(key)) {
            throw new SuiteException(main.keyAt() + ": a '" + main.key() + "' step needs '" + key + ":', e.g.\n  - " + example);
        }
    }

    private static void checkKeys(MapNode m, List<String> valid, String what) {
        for (Entry e : m.entries().values()) {
            if (!valid.contains(e.key())) {
                throw new SuiteException(unknown(e, valid, what) + "; valid " + what + " keys: " + valid);
            }
        }
    }

    private static String unknown(Entry e, List<String> valid, String what) {
        return "unknown key '" + e.key() + "' at " + e.keyAt()
                + Suggest.nearest(e.key(), valid).map(s -> "; did you mean '" + s + "'?").orElse("");
    }

    private static MapNode map(Node n, String what) {
        if (n instanceof MapNode m) {
            if (m.entries().isEmpty()) {
                throw new SuiteException(m.at() + ": " + what + " is empty");
            }
            return m;
        }
        throw new SuiteException(n.at() + ": " + what + " should be a mapping (key: value), found " + n.kind());
    }

    private static ListNode list(Node n, String key) {
        if (n instanceof ListNode l) {
            return l;
        }
        throw new SuiteException(n.at() + ": '" + key + ":' should be a list (lines starting with '- '), found " + n.kind());
    }

    private static String text(Node n, String key) {
        if (n instanceof Scalar s) {
            return s.text() == null ? "" : s.text();
        }
        throw new SuiteException(n.at() + ": '" + key + ":' should be text, found " + n.kind()
                + " (quote values that contain ': ' or start with '{' or '[')");
    }

    private static Optional<String> optionalText(MapNode m, String key) {
        Entry e = m.entries().get(key);
        return e == null ? Optional.empty() : Optional.of(text(e.value(), key));
    }

    private static Size viewport(String v, Location at) {
        try {
            return Size.parse(v.trim().toLowerCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new SuiteException(at + ": viewport must be WIDTHxHEIGHT such as 1280x800, got '" + v + "'");
        }
    }

    private static boolean bool(String v, Location at) {
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new SuiteException(at + ": expected true or false, got '" + v + "'");
        };
    }

    static Duration duration(String v, Location at) {
        try {
            return Durations.parse(v);
        } catch (IllegalArgumentException e) {
            throw new SuiteException(at + ": " + e.getMessage());
        }
    }

    static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    static List<String> allStepKeys() {
        return Arrays.stream(Kind.values()).map(Kind::key).toList();
    }
}
