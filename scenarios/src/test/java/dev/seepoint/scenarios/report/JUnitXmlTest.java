package dev.seepoint.scenarios.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.scenarios.Location;
import dev.seepoint.scenarios.ScenarioResult;
import dev.seepoint.scenarios.Secrets;
import dev.seepoint.scenarios.StepResult;
import dev.seepoint.scenarios.StepResult.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class JUnitXmlTest {

    @TempDir
    Path dir;

    @Test
    void oneTestcasePerScenarioWithFailureEvidenceAndMaskedSecrets() throws Exception {
        Secrets secrets = new Secrets();
        secrets.add("hunter2");
        Location at = new Location(Path.of("s.yaml"), 5, 9);
        StepResult ok = new StepResult("type '***' into the Password field", at, Status.PASSED, 900, "", List.of());
        StepResult bad = new StepResult("check the page shows 'Welcome'", at, Status.FAILED, 4100,
                "no text 'Welcome'; read instead: 'Invalid password hunter2'", List.of());
        List<ScenarioResult> results = List.of(
                new ScenarioResult("Sign in", Path.of("s.yaml"), "passes", Status.PASSED, 1200, List.of(ok), "", null, 1),
                new ScenarioResult("Sign in", Path.of("s.yaml"), "fails <&>", Status.FAILED, 5000, List.of(ok, bad),
                        "Step 2 at s.yaml:5:9: check the page shows 'Welcome'\nno text 'Welcome'; read: hunter2\u0001", dir, 2),
                new ScenarioResult("Sign in", Path.of("s.yaml"), "crashes", Status.ERROR, 10, List.of(), "browser gone", null, 1),
                new ScenarioResult("Sign in", Path.of("s.yaml"), "never ran", Status.SKIPPED, 0, List.of(), "stopped", null, 0));

        List<Path> files = JUnitXml.write(results, dir, secrets);

        assertThat(files).hasSize(1);
        String xml = Files.readString(files.get(0));
        assertThat(xml).doesNotContain("hunter2").contains("***");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(files.get(0).toFile());
        Element suite = doc.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("tests")).isEqualTo("4");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("errors")).isEqualTo("1");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        assertThat(suite.getAttribute("time")).isEqualTo("6.210");
        assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(4);
        Element failure = (Element) doc.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).contains("check the page shows 'Welcome'").contains("read: ***");
        assertThat(failure.getTextContent()).contains("Trace: ").contains("Attempts: 2");
        assertThat(((Element) failure.getParentNode()).getAttribute("name")).isEqualTo("fails <&>");
        assertThat(doc.getElementsByTagName("error").getLength()).isEqualTo(1);
    }
}
