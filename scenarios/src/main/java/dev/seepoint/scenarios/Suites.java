package dev.seepoint.scenarios;

import dev.seepoint.scenarios.internal.FeatureReader;
import dev.seepoint.scenarios.internal.YamlSuiteReader;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads suite files: {@code .yaml}/{@code .yml} (Seepoint's format) and {@code .feature} (Gherkin).
 *
 * <pre>{@code
 * Suite suite = Suites.load(Path.of("examples/sign-in.yaml"));
 * }</pre>
 */
public final class Suites {

    private Suites() {
    }

    /** @throws SuiteException when the file is missing, unreadable or not a valid suite (message names file:line:column) */
    public static Suite load(Path file) {
        if (!Files.exists(file)) {
            throw new SuiteException("no such suite file: " + file + " (looked in " + file.toAbsolutePath().getParent() + ")");
        }
        if (Files.isDirectory(file)) {
            throw new SuiteException(file + " is a folder; name the .yaml or .feature files, e.g. " + file + "/*.yaml");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new SuiteException(file + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new SuiteException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return parse(text, file);
    }

    /** Reads {@code text} as the suite file {@code file} (its extension decides the format). */
    public static Suite parse(String text, Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".feature")) {
            return FeatureReader.read(text, file);
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return YamlSuiteReader.read(text, file);
        }
        throw new SuiteException(file + ": not a suite file; Seepoint reads .yaml, .yml and .feature files");
    }
}
