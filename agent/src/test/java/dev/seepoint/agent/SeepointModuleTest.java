package dev.seepoint.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;
import dev.seepoint.perception.Box;
import dev.seepoint.perception.DefaultGroundingModel;
import dev.seepoint.perception.GroundingModel;
import dev.seepoint.perception.text.OcrEngine;
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
    void theDefaultsArePerceptionsOwnModelAndAnOcrEngine() {
        Injector injector = Guice.createInjector(new SeepointModule());

        try (GroundingModel model = injector.getInstance(GroundingModel.class);
                OcrEngine ocr = injector.getInstance(OcrEngine.class)) {
            assertThat(model).isInstanceOf(DefaultGroundingModel.class);
            assertThat(ocr).isNotNull().isNotInstanceOf(NoOcrEngine.class);
            assertThat(injector.getInstance(GroundingModel.class)).isSameAs(model);
        }
    }
}
