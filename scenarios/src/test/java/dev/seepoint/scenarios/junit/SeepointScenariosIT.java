package dev.seepoint.scenarios.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seepoint.scenarios.RunOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** Scenario files as dynamic tests: a container per file, a test per scenario, failures carrying evidence. */
class SeepointScenariosIT {

    @TempDir
    Path dir;

    @Test
    void eachScenarioBecomesATestThatPassesOrFailsWithItsEvidence() throws Throwable {
        Path pages = Path.of("..", "test-pages", "pages").toAbsolutePath().normalize();
        Path file = dir.resolve("todo.yaml");
        Files.writeString(file, """
                suite: Todo
                serve: %s
                url: todo.html
                timeout: 1s
                scenarios:
                  - name: sees the list
                    steps:
                      - check: the page shows 'Buy milk'
                  - name: expects a missing item
                    steps:
                      - check: the page shows 'Feed the dragon'
                """.formatted(pages));
        Files.writeString(dir.resolve("broken.yaml"), "scenarios:\n  - name: x\n    steps:\n      - tapp: Save\n");

        List<DynamicNode> nodes = SeepointScenarios.dynamicTests(RunOptions.defaults().withReportDir(dir.resolve("r")),
                dir.resolve("broken.yaml"), file).toList();

        assertThat(nodes).extracting(DynamicNode::getDisplayName).containsExactly("broken.yaml", "Todo");
        assertThatThrownBy(() -> ((DynamicTest) nodes.get(0)).getExecutable().execute())
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("did you mean 'tap'?");
        List<DynamicTest> tests = ((DynamicContainer) nodes.get(1)).getChildren().map(DynamicTest.class::cast).toList();
        assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly("sees the list", "expects a missing item");
        tests.get(0).getExecutable().execute();
        assertThatThrownBy(() -> tests.get(1).getExecutable().execute()).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("Feed the dragon").hasMessageContaining("Report: ");
    }
}
