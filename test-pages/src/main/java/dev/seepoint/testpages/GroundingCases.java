package dev.seepoint.testpages;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled grounding cases bundled with the fixture pages: one JSON file per page under
 * {@value TestPages#CASES}, listed in the {@code INDEX} file beside them. The schema is described in
 * {@code test-pages/cases/README.md}; this module stays dependency-free, so parsing is left to the caller
 * (e.g. Jackson in the bench).
 *
 * <pre>{@code
 * for (String name : GroundingCases.files()) {
 *     try (InputStream in = GroundingCases.open(name)) { ... }
 * }
 * }</pre>
 */
public final class GroundingCases {

    /** Classpath resource that lists the case files, one file name a line. */
    public static final String INDEX = TestPages.CASES + "INDEX";

    private GroundingCases() {
    }

    /** The case file names, e.g. {@code sign-in.json}, in the order of the index. */
    public static List<String> files() {
        InputStream in = TestPages.resource(INDEX);
        if (in == null) {
            throw new IllegalStateException("no " + INDEX + " on the classpath: is seepoint-test-pages on it?");
        }
        List<String> names = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX, e);
        }
        return List.copyOf(names);
    }

    /** The classpath resource path of a case file, e.g. {@code seepoint-test-pages/cases/sign-in.json}. */
    public static String resourcePath(String file) {
        return TestPages.CASES + file;
    }

    /** Opens a case file named by {@link #files()}; the caller closes the stream. */
    public static InputStream open(String file) {
        InputStream in = TestPages.resource(resourcePath(file));
        if (in == null) {
            throw new IllegalArgumentException("no case file " + resourcePath(file) + " on the classpath; known: " + files());
        }
        return in;
    }

    /** Reads a case file as UTF-8 text. */
    public static String read(String file) {
        try (InputStream in = open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resourcePath(file), e);
        }
    }
}
