package dev.seepoint.tools.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.tools.Observation;
import dev.seepoint.tools.testing.Frames;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WaitToolTest extends ToolTestBase {

    @Test
    void givesUpAtTheTimeoutAndNamesIt() {
        Observation o = run("wait", "{'target':'the toast','timeout_ms':1000}");

        assertThat(o.isError()).isTrue();
        assertThat(o.text()).contains("did not appear", "timeout=1000 ms");
        assertThat(clock.slept()).isBetween(Duration.ofMillis(1000), Duration.ofMillis(1250));
    }

    @Test
    void returnsAsSoonAsTheElementAppears() {
        Screenshot later = Frames.with(page, Box.of(10, 10, 90, 30), 0x00AA00);
        model.findOn(later, "the toast", Box.of(10, 10, 90, 30), Map.of());
        device.when(a -> true, later);
        // the screen changes when anything is done; simulate by showing the frame after two polls
        clock.sleep(Duration.ZERO);

        Observation first = run("wait", "{'target':'the toast','timeout_ms':0}");
        device.show(later);
        Observation second = run("wait", "{'target':'the toast','timeout_ms':1000}");

        assertThat(first.isError()).isTrue();
        assertThat(second.isOk()).as(second.text()).isTrue();
        assertThat(second.box()).contains(Box.of(10, 10, 90, 30));
    }

    @Test
    void waitsForAnElementToGo() {
        model.find("the spinner", Box.of(0, 0, 10, 10));

        Observation o = run("wait", "{'target':'the spinner','gone':true,'timeout_ms':500}");

        assertThat(o.isError()).isTrue();
        assertThat(o.text()).contains("still visible");
    }

    @Test
    void pausesForAFixedTimeOnTheClock() {
        Observation o = run("wait", "{'seconds':2}");

        assertThat(o.isOk()).isTrue();
        assertThat(clock.slept()).isEqualTo(Duration.ofSeconds(2));
    }
}
