package dev.seepoint.agent;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.ProvisionException;
import com.google.inject.Singleton;
import dev.seepoint.perception.GroundingModel;
import dev.seepoint.perception.text.OcrEngine;
import dev.seepoint.tools.Clock;
import dev.seepoint.tools.Toolbox;
import java.util.ServiceLoader;

/**
 * Guice defaults for Seepoint: the grounded model and OCR engine (found with {@link ServiceLoader}),
 * the rule-based planner, default options, the system clock and the standard toolbox. Override one
 * binding with {@code Modules.override(new SeepointModule()).with(b -> b.bind(Planner.class).to(MyPlanner.class))}.
 */
public class SeepointModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(Planner.class).to(RuleBasedPlanner.class);
        bind(AgentFactory.class).in(Singleton.class);
    }

    @Provides
    @Singleton
    GroundingModel groundingModel() {
        // TODO(wiring): bind perception's default pixel-only model class directly once it is merged;
        // until then any GroundingModel registered in META-INF/services is used.
        return ServiceLoader.load(GroundingModel.class).findFirst().orElseThrow(() -> new ProvisionException(
                "no GroundingModel is available: put one on the class path (registered in "
                        + "META-INF/services/dev.seepoint.perception.GroundingModel) or bind one: "
                        + "Modules.override(new SeepointModule()).with(b -> b.bind(GroundingModel.class).toInstance(model))"));
    }

    @Provides
    @Singleton
    OcrEngine ocrEngine() {
        // TODO(wiring): bind perception.text's default OcrEngine (PP-OCR + Tesseract) directly once it is merged.
        return ServiceLoader.load(OcrEngine.class).findFirst().orElseGet(NoOcrEngine::new);
    }

    @Provides
    @Singleton
    AgentOptions agentOptions() {
        return AgentOptions.defaults();
    }

    @Provides
    @Singleton
    Clock clock() {
        return Clock.system();
    }

    @Provides
    @Singleton
    Toolbox toolbox() {
        return Toolbox.standard();
    }
}
