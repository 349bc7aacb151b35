package dev.seepoint.scenarios;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Turns what a person typed (files, folders, globs such as {@code suites/**.yaml}) into suite files, in order. */
public final class SuiteFiles {

    private static final int MAX_DEPTH = 12;

    private SuiteFiles() {
    }

    /** @throws SuiteException when an argument names nothing */
    public static List<Path> expand(List<String> args, Path cwd) {
        Set<Path> out = new LinkedHashSet<>();
        for (String a : args) {
            if (a.matches(".*[*?\\[{].*")) {
                int cut = firstGlobChar(a);
                String fixed = a.substring(0, cut);
                int slash = fixed.lastIndexOf('/');
                Path base = slash < 0 ? cwd : cwd.resolve(fixed.substring(0, slash + 1));
                PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + a);
                List<Path> found = new ArrayList<>();
                if (Files.isDirectory(base)) {
                    try (Stream<Path> s = Files.walk(base, MAX_DEPTH)) {
                        s.filter(Files::isRegularFile).filter(p -> m.matches(relative(cwd, p)) || m.matches(p))
                                .sorted().forEach(found::add);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot list " + base, e);
                    }
                }
                if (found.isEmpty()) {
                    throw new SuiteException("no files match " + a + " (from " + cwd.toAbsolutePath() + ")");
                }
                out.addAll(found);
            } else {
                Path p = cwd.resolve(a);
                if (Files.isDirectory(p)) {
                    try (Stream<Path> s = Files.walk(p, MAX_DEPTH)) {
                        List<Path> found = s.filter(Files::isRegularFile).filter(SuiteFiles::isSuite).sorted().toList();
                        if (found.isEmpty()) {
                            throw new SuiteException("the folder " + a + " holds no .yaml, .yml or .feature files");
                        }
                        out.addAll(found);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot list " + p, e);
                    }
                } else {
                    out.add(p);
                }
            }
        }
        if (out.isEmpty()) {
            throw new SuiteException("no suite files given; e.g. seepoint run scenarios/examples/*.yaml");
        }
        return List.copyOf(out);
    }

    static boolean isSuite(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".feature");
    }

    private static Path relative(Path cwd, Path p) {
        try {
            return cwd.toAbsolutePath().relativize(p.toAbsolutePath());
        } catch (IllegalArgumentException e) {
            return p;
        }
    }

    private static int firstGlobChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("*?[{".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }
}
