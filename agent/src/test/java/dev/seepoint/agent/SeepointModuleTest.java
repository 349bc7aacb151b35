package dev.seepoint.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import com.google.inject.util.Modules;
import dev.seepoint.perception.Box;
import dev.seepoint.perception.GroundingModel;
import dev.seepoint.tools.testing.FakeDevice;
import dev.seepoint.tools.testing.Frames;
import dev.seepoint.tools.testing.ScriptedModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeepointModuleTest {

    @Test
    void overridingOneBindingGivesWorkingAgents() {
        ScriptedModel model = new ScriptedModel().find("the logo", Box.of(0, 0, 40, 40));
        Injector injector = Guice.createInjector(Modules.override(new SeepointModule())
                .with(b -> b.bind(GroundingModel.class).toInstance(model)));

        Agent agent = injector.getInstance(AgentFactory.class).create(new FakeDevice(Frames.solid(100, 100, 0xFFFFFF)));

        assertThat(agent.locate("the logo").requireBox()).isEqualTo(Box.of(0, 0, 40, 40));
        assertThat(injector.getInstance(Planner.class)).isInstanceOf(RuleBasedPlanner.class);
    }

    @Test
    void aPlannerCanBeSwapped() {
        Planner fixed = instruction -> List.of(PlanStep.of("press", instruction, "keys", "Enter"));
        Injector injector = Guice.createInjector(Modules.override(new SeepointModule()).with(b -> {
            b.bind(GroundingModel.class).toInstance(new ScriptedModel());
            b.bind(Planner.class).toInstance(fixed);
        }));
        FakeDevice device = new FakeDevice(Frames.solid(100, 100, 0xFFFFFF));

        injector.getInstance(AgentFactory.class).create(device).act("anything at all");

        assertThat(device.log()).containsExactly("press Enter");
    }

    @Test
    void withoutAModelTheErrorSaysHowToBindOne() {
        Injector injector = Guice.createInjector(new SeepointModule());

        assertThatThrownBy(() -> injector.getInstance(AgentFactory.class))
                .isInstanceOf(ProvisionException.class)
                .hasMessageContaining("no GroundingModel is available")
                .hasMessageContaining("Modules.override");
    }
}
