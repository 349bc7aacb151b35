package dev.seepoint.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seepoint.scenarios.SuiteStep.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuitesTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void everyExampleSuiteLoads() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            var all = files.filter(SuiteFiles::isSuite).toList();
            assertThat(all).hasSizeGreaterThanOrEqualTo(5);
            for (Path f : all) {
                Suite s = Suites.load(f);
                assertThat(s.scenarios()).as(f.toString()).isNotEmpty();
                assertThat(s.serve()).as(f.toString()).hasValueSatisfying(p -> assertThat(p).isDirectory());
            }
        }
    }

    @Test
    void aYamlSuiteReadsItsSettingsAndEveryKindOfStep() throws Exception {
        Suite s = Suites.load(write("s.yaml", """
                suite: Shop
                url: https://shop.example/
                viewport: 1024x700
                browser: {headed: true, dpr: 2}
                timeout: 6s
                vars:
                  user: ada
                scenarios:
                  - name: everything
                    steps:
                      - click the Cart icon
                      - tap: the Sign in button
                        timeout: 5s
                      - type: ${user}
                        into: the Name field
                        clear: true
                      - select: Express
                        in: the Shipping dropdown
                      - check: the page shows 'Thanks'
                      - waitFor: the Total
                      - scroll: down
                      - press: Enter
                      - locate: the Logo
                      - read: the Total
                        as: total
                      - type: ${total}
                        into: the Note field
                      - sleep: 200ms
                      - open: /cart
                """));
        assertThat(s.name()).isEqualTo("Shop");
        assertThat(s.viewport().width()).isEqualTo(1024);
        assertThat(s.dpr()).isEqualTo(2.0);
        assertThat(s.headed()).isTrue();
        assertThat(s.timeout()).hasValue(java.time.Duration.ofSeconds(6));
        assertThat(s.scenarios().get(0).steps()).extracting(SuiteStep::kind).containsExactly(Kind.ACT, Kind.TAP, Kind.TYPE,
                Kind.SELECT, Kind.CHECK, Kind.WAIT_FOR, Kind.SCROLL, Kind.PRESS, Kind.LOCATE, Kind.READ, Kind.TYPE,
                Kind.SLEEP, Kind.OPEN);
        SuiteStep type = s.scenarios().get(0).steps().get(2);
        assertThat(type.options()).containsEntry("into", "the Name field").containsEntry("clear", "true");
        assertThat(type.at().line()).isEqualTo(14);
    }

    @Test
    void aYamlSyntaxErrorNamesFileLineAndColumn() throws Exception {
        Path f = write("broken.yaml", """
                suite: Broken
                scenarios:
                  - name: x
                    steps:
                      - tap: [unclosed
                """);
        assertThatThrownBy(() -> Suites.load(f)).isInstanceOf(SuiteException.class)
                .hasMessageContaining("broken.yaml:")
                .hasMessageMatching("(?s).*broken\\.yaml:\\d+:\\d+: YAML syntax error.*");
    }

    @Test
    void anUnknownStepKeyIsNamedWithItsPlaceAndTheNearestValidKey() throws Exception {
        Path f = write("suite.yaml", """
                suite: Typo
                scenarios:
                  - name: x
                    steps:
                      - tap: the Save button
                      - type: ada
                        into: the Name field
                      - tapp: the Sign in button
                """);
        assertThatThrownBy(() -> Suites.load(f)).isInstanceOf(SuiteException.class)
                .hasMessageContaining("unknown key 'tapp' at " + f + ":8:9; did you mean 'tap'?");
    }

    @Test
    void anUnknownCompanionOrSuiteKeyIsSuggestedToo() throws Exception {
        Path companion = write("c.yaml", """
                scenarios:
                  - name: x
                    steps:
                      - type: ada
                        inot: the Name field
                """);
        assertThatThrownBy(() -> Suites.load(companion)).hasMessageContaining("unknown key 'inot' at " + companion + ":5:9; did you mean 'into'?");
        Path top = write("t.yaml", """
                suite: x
                scenarois:
                  - name: x
                """);
        assertThatThrownBy(() -> Suites.load(top)).hasMessageContaining("unknown key 'scenarois' at " + top + ":2:1; did you mean 'scenarios'?");
    }

    @Test
    void aTypeStepWithoutIntoAndAnUndefinedVariableAreRejected() throws Exception {
        Path noInto = write("n.yaml", """
                scenarios:
                  - name: x
                    steps:
                      - type: ada
                """);
        assertThatThrownBy(() -> Suites.load(noInto)).hasMessageContaining(noInto + ":4:9: a 'type' step needs 'into:'");
        Path undefined = write("u.yaml", """
                scenarios:
                  - name: x
                    steps:
                      - read: the Total
                        as: total
                      - type: ${totl}
                        into: the Note field
                """);
        assertThatThrownBy(() -> Suites.load(undefined)).hasMessageContaining("${totl} is not defined; did you mean '${total}'?");
    }

    @Test
    void aMissingFileAndAnUnknownExtensionAreSuiteErrors() {
        assertThatThrownBy(() -> Suites.load(dir.resolve("nope.yaml"))).isInstanceOf(SuiteException.class)
                .hasMessageContaining("no such suite file").hasMessageContaining("nope.yaml");
        assertThatThrownBy(() -> Suites.parse("x", Path.of("a.txt"))).hasMessageContaining("reads .yaml, .yml and .feature");
    }

    @Test
    void aFeatureTurnsThenStepsIntoChecksAndOpenStepsIntoNavigation() throws Exception {
        Suite s = Suites.load(write("f.feature", """
                @serve:. @url:sign-in.html @viewport:1024x768
                Feature: Sign in
                  Background:
                    Given I open sign-in.html
                  Scenario: Signs in
                    When I type "ada@example.com" into the Email field
                    And I click Sign in
                    Then the page shows "Welcome"
                    And the Sign out button is visible
                  Scenario Outline: Rejects <who>
                    When I type "<email>" into the Email field
                    Then the page shows "Invalid"
                    Examples:
                      | who | email |
                      | bob | bob   |
                      | eve | eve@  |
                """));
        assertThat(s.name()).isEqualTo("Sign in");
        assertThat(s.url()).isEqualTo("sign-in.html");
        assertThat(s.serve()).hasValue(dir.toAbsolutePath().normalize());
        assertThat(s.viewport().height()).isEqualTo(768);
        assertThat(s.scenarios()).extracting(Scenario::name).containsExactly("Signs in", "Rejects bob", "Rejects eve");
        assertThat(s.scenarios().get(0).steps()).extracting(SuiteStep::kind)
                .containsExactly(Kind.OPEN, Kind.ACT, Kind.ACT, Kind.CHECK, Kind.CHECK);
        assertThat(s.scenarios().get(0).steps().get(0).value()).isEqualTo("sign-in.html");
        assertThat(s.scenarios().get(2).steps().get(1).value()).isEqualTo("I type \"eve@\" into the Email field");
        assertThat(s.scenarios().get(0).steps().get(3).at().line()).isEqualTo(8);
    }

    @Test
    void aGherkinSyntaxErrorNamesItsLine() throws Exception {
        Path f = write("bad.feature", """
                Feature: Bad
                  Scenario: x
                    When I click Save
                  this line is not gherkin
                """);
        assertThatThrownBy(() -> Suites.load(f)).isInstanceOf(SuiteException.class)
                .hasMessageContaining(f + ":4:").hasMessageContaining("Gherkin syntax error");
    }
}
