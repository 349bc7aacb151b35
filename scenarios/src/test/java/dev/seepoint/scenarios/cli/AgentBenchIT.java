package dev.seepoint.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code seepoint bench agent} times its cases and says which perceived their screen first. */
class AgentBenchIT {

    @Test
    void timesEachCaseAndSplitsTheFirstOnAScreenFromTheRest(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("agent.json");
        int status = SeepointCli.run("bench", "agent", "--filter", "sign-in/", "--limit", "3", "--out", out.toString());

        assertThat(status).isZero();
        JsonNode figures = new ObjectMapper().readTree(out.toFile());
        int timed = figures.get("timed").asInt();
        assertThat(timed).isEqualTo(3);
        assertThat(figures.at("/groundedClickFirstOnScreen/samples").asInt()).isEqualTo(1); // one screen, 3 cases
        assertThat(figures.at("/groundedClickScreenSeen/samples").asInt()).isEqualTo(2);
        assertThat(figures.at("/floor/p50Ms").asDouble()).isPositive();
        assertThat(figures.get("skipped")).isEmpty();
    }
}
