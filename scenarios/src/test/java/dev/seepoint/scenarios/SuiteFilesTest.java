package dev.seepoint.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteFilesTest {

    @TempDir
    Path dir;

    @Test
    void globsAndFoldersExpandToSuiteFilesInOrder() throws Exception {
        Files.createDirectories(dir.resolve("s/sub"));
        for (String f : List.of("s/b.yaml", "s/a.yaml", "s/sub/c.feature", "s/notes.txt")) {
            Files.writeString(dir.resolve(f), "x");
        }
        assertThat(SuiteFiles.expand(List.of("s/*.yaml"), dir)).extracting(p -> p.getFileName().toString())
                .containsExactly("a.yaml", "b.yaml");
        assertThat(SuiteFiles.expand(List.of("s"), dir)).extracting(p -> p.getFileName().toString())
                .containsExactly("a.yaml", "b.yaml", "c.feature");
        assertThat(SuiteFiles.expand(List.of("s/**.feature"), dir)).extracting(p -> p.getFileName().toString())
                .containsExactly("c.feature");
    }

    @Test
    void aGlobMatchingNothingIsASuiteError() {
        assertThatThrownBy(() -> SuiteFiles.expand(List.of("none/*.yaml"), dir)).isInstanceOf(SuiteException.class)
                .hasMessageContaining("no files match none/*.yaml");
    }
}
