package dev.seepoint.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Candidate;
import dev.seepoint.tools.testing.FakeClock;
import dev.seepoint.tools.testing.FakeDevice;
import dev.seepoint.tools.testing.Frames;
import dev.seepoint.tools.testing.ScriptedModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceTest {

    @TempDir
    Path dir;

    private Agent agentWithHistory() {
        var page = Frames.solid(300, 200, 0xFFFFFF);
        var device = new FakeDevice(page);
        var model = new ScriptedModel()
                .find("the Save button", Box.of(10, 10, 90, 40))
                .notFound("the Cancel button", new Candidate(Box.of(100, 10, 180, 40), 0.3, "button", "Close"));
        device.whenClickedIn(Box.of(10, 10, 90, 40), Frames.with(page, Box.of(0, 100, 300, 150), 0x00AA00));
        Agent agent = Agent.builder().device(device).model(model).clock(new FakeClock())
                .options(AgentOptions.defaults().withReportDir(null)).build().titled("saving <a> draft");
        agent.tap("the Save button");
        try {
            agent.tap("the Cancel button");
        } catch (SeepointAssertionError expected) {
            // the failing step is part of the history
        }
        return agent;
    }

    @Test
    void survivesAJsonRoundTrip() {
        Trace trace = agentWithHistory().trace().withStatus(Trace.Status.FAILED, "Cancel is missing");

        Trace back = Trace.fromJson(trace.toJson());

        for (int i = 0; i < trace.steps().size(); i++) {
            assertThat(back.steps().get(i)).as("step %d", i + 1).usingRecursiveComparison().ignoringFields("before", "after").isEqualTo(trace.steps().get(i));
        }
        assertThat(back).isEqualTo(trace);
        assertThat(back.steps()).hasSizeGreaterThan(2);
        assertThat(back.steps().get(0).box()).isEqualTo(Box.of(10, 10, 90, 40));
        assertThat(back.steps()).anySatisfy(s -> assertThat(s.candidates()).extracting(Candidate::text).contains("Close"));
    }

    @Test
    void writesJsonFramesAndASelfContainedHtmlReport() throws Exception {
        ReportFiles files = agentWithHistory().writeReport(dir, Trace.Status.FAILED, "Cancel is missing");

        assertThat(files.trace()).exists();
        assertThat(files.screenshot()).exists();
        assertThat(dir.resolve("step-001-before.png")).exists();
        assertThat(dir.resolve("step-001-after.png")).exists();
        Trace read = Trace.read(files.trace());
        assertThat(read.steps().get(0).beforeImage()).isEqualTo("step-001-before.png");

        String html = Files.readString(files.html());
        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("saving &lt;a&gt; draft")
                .contains("Cancel is missing")
                .contains("data:image/png;base64,")
                .contains("Close")
                .doesNotContain("src=\"step-");
        assertThat(html.indexOf("&#10007;")).as("failures first").isLessThan(html.indexOf("&#10003;"));
    }

    @Test
    void rendersWithoutImagesWhenNoneWereWritten() {
        String html = HtmlReport.render(agentWithHistory().trace(), null);

        assertThat(html).contains("the Save button").doesNotContain("data:image/png");
    }
}
