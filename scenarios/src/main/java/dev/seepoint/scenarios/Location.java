package dev.seepoint.scenarios;

import java.nio.file.Path;

/**
 * Where something was written in a suite file: {@code suite.yaml:7:5}.
 *
 * @param file   the suite file
 * @param line   1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 */
public record Location(Path file, int line, int column) {

    public static Location of(Path file) {
        return new Location(file, 0, 0);
    }

    @Override
    public String toString() {
        String name = file == null ? "<input>" : file.toString();
        return line <= 0 ? name : column <= 0 ? name + ":" + line : name + ":" + line + ":" + column;
    }
}
