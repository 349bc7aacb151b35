package dev.seepoint.testpages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class GroundingCasesTest {

    private static final Set<String> CATEGORIES = Set.of("exact-text", "text-variant", "element-type", "label-field",
            "placeholder", "ordinal", "spatial", "icon", "checkbox-radio-toggle", "canvas", "ambiguous", "not-found");

    @Test
    void theIndexListsEveryCaseFileInTheFolder() throws IOException, URISyntaxException {
        URL index = getClass().getClassLoader().getResource(GroundingCases.INDEX);
        assertThat(index).as("INDEX resource").isNotNull();
        Path folder = Path.of(index.toURI()).getParent();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")))
                    .containsExactlyInAnyOrderElementsOf(GroundingCases.files());
        }
    }

    @Test
    void everyCasePageIsBundled() {
        for (String name : GroundingCases.files()) {
            CaseFile file = CaseFile.read(name);
            for (Map<String, Object> c : file.cases()) {
                String page = file.pageOf(c).replaceAll("[?#].*$", "");
                assertThat(TestPages.resource(TestPages.PAGES + page)).as("page %s of %s", page, c.get("id")).isNotNull();
            }
        }
    }

    @Test
    void everyCaseIsWellFormedAndIdsAreUnique() {
        Set<String> ids = new HashSet<>();
        int total = 0;
        for (String name : GroundingCases.files()) {
            CaseFile file = CaseFile.read(name);
            assertThat(file.viewport()).as(name).matches("\\d+x\\d+");
            assertThat(file.cases()).as(name).isNotEmpty();
            for (Map<String, Object> c : file.cases()) {
                String id = (String) c.get("id");
                assertThat(ids.add(id)).as("duplicate id %s", id).isTrue();
                assertThat((String) c.get("expression")).as(id).isNotBlank();
                assertThat(CATEGORIES).as("category of %s", id).contains((String) c.get("category"));
                switch ((String) c.get("expect")) {
                    case "found" -> assertThat(c.containsKey("target") ^ c.containsKey("rect"))
                            .as("%s: a found case has exactly one of target or rect", id).isTrue();
                    case "ambiguous" -> assertThat((List<?>) c.get("targets")).as("%s targets", id).hasSizeGreaterThan(1);
                    case "not-found" -> assertThat(c).as(id).doesNotContainKeys("target", "targets", "rect");
                    default -> throw new AssertionError(id + ": expect must be found, ambiguous or not-found, was " + c.get("expect"));
                }
                total++;
            }
        }
        assertThat(total).isGreaterThanOrEqualTo(160);
    }

    @Test
    void openNamesTheKnownFilesWhenOneIsMissing() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GroundingCases.open("nope.json"))
                .hasMessageContaining("nope.json").hasMessageContaining("sign-in.json");
    }
}
