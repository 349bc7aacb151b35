package dev.seepoint.agent;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.seepoint.perception.DefaultGroundingModel;
import dev.seepoint.perception.GroundingModel;
import dev.seepoint.perception.text.OcrEngine;
import dev.seepoint.tools.Clock;
import dev.seepoint.tools.Toolbox;

/**
 * Guice defaults for Seepoint: perception's pixel-only {@link DefaultGroundingModel}, Tesseract for
 * OCR (the neural text reader when Tesseract is not installed), the rule-based planner, default
 * options, the system clock and the standard toolbox. Override any binding with
 * {@code Modules.override(new SeepointModule()).with(b -> b.bind(Planner.class).to(MyPlanner.class))}.
 * The model and OCR engine are singletons: whoever owns the injector closes them.
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
        return Defaults.model();
    }

    @Provides
    @Singleton
    OcrEngine ocrEngine() {
        return Defaults.ocr();
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
