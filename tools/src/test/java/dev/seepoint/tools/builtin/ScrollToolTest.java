package dev.seepoint.tools.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.tools.Observation;
import dev.seepoint.tools.testing.Frames;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScrollToolTest extends ToolTestBase {

    @Test
    void scrollsUntilTheTargetComesIntoView() {
        Screenshot second = Frames.with(page, Box.of(0, 0, 10, 10), 0x111111);
        Screenshot third = Frames.with(page, Box.of(0, 0, 10, 10), 0x222222);
        device.when(a -> a.kind().equals("scroll") && device.actions().size() == 1, second);
        device.when(a -> a.kind().equals("scroll") && device.actions().size() == 2, third);
        model.findOn(third, "the footer", Box.of(0, 250, 400, 300), Map.of());

        Observation o = run("scroll", "{'to':'the footer'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(device.log()).containsExactly("scroll (200,150) 0,225", "scroll (200,150) 0,225");
    }

    @Test
    void isBoundedWhenThePageDoesNotMoveAndTheTargetNeverShows() {
        Observation o = run("scroll", "{'to':'the unicorn'}");

        assertThat(o.isError()).isTrue();
        assertThat(o.text()).contains("did not come into view", "maxScrolls=8");
        assertThat(device.actions()).hasSizeLessThanOrEqualTo(16);
    }

    @Test
    void saysWhenThePageDidNotMove() {
        Observation o = run("scroll", "{'direction':'up'}");

        assertThat(o.isOk()).isTrue();
        assertThat(o.text()).contains("did not move");
        assertThat(device.log()).containsExactly("scroll (200,150) 0,-225");
    }
}
