package dev.seepoint.scenarios;

import dev.seepoint.perception.Size;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A suite file, read: its name, where its scenarios start (a URL, or a page of a local folder
 * served for the run), the browser it wants and its scenarios. Immutable.
 *
 * @param name     the suite's name
 * @param file     the file it was read from
 * @param url      start page: absolute, or relative to the served folder / base URL; may be empty
 * @param serve    a local folder to serve on 127.0.0.1 for the run (relative paths resolved against the file)
 * @param viewport the viewport in CSS pixels
 * @param dpr      device-pixel ratio
 * @param headed   whether the suite asks for a visible window
 * @param timeout  how long steps wait for elements and checks, when set
 * @param vars     suite-level variables (values may hold {@code ${env:..}} and {@code ${secret:..}})
 * @param scenarios the scenarios, in order
 */
public record Suite(String name, Path file, String url, Optional<Path> serve, Size viewport, double dpr, boolean headed,
        Optional<Duration> timeout, Map<String, String> vars, List<Scenario> scenarios) {

    public static final Size DEFAULT_VIEWPORT = new Size(1280, 800);

    public Suite {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        url = url == null ? "" : url;
        Objects.requireNonNull(serve, "serve");
        Objects.requireNonNull(viewport, "viewport");
        Objects.requireNonNull(timeout, "timeout");
        vars = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vars));
        scenarios = List.copyOf(scenarios);
    }
}
