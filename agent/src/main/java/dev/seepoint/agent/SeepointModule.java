package dev.seepoint.agent;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.seepoint.agent.internal.TextReaderOcr;
import dev.seepoint.perception.DefaultGroundingModel;
import dev.seepoint.perception.GroundingModel;
import dev.seepoint.perception.text.NeuralTextReader;
import dev.seepoint.perception.text.OcrEngine;
import dev.seepoint.perception.text.TesseractOcr;
import dev.seepoint.tools.Clock;
import dev.seepoint.tools.Toolbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guice defaults for Seepoint: perception's pixel-only {@link DefaultGroundingModel}, Tesseract for
 * OCR (the neural text reader when Tesseract is not installed), the rule-based planner, default
 * options, the system clock and the standard toolbox. Override any binding with
 * {@code Modules.override(new SeepointModule()).with(b -> b.bind(Planner.class).to(MyPlanner.class))}.
 * The model and OCR engine are singletons: whoever owns the injector closes them.
 */
public class SeepointModule extends AbstractModule {

    private static final Logger LOG = LoggerFactory.getLogger(SeepointModule.class);

    @Override
    protected void configure() {
        bind(Planner.class).to(RuleBasedPlanner.class);
        bind(AgentFactory.class).in(Singleton.class);
    }

    @Provides
    @Singleton
    GroundingModel groundingModel() {
        return DefaultGroundingModel.create();
    }

    @Provides
    @Singleton
    OcrEngine ocrEngine() {
        return TesseractOcr.open().<OcrEngine>map(t -> t).orElseGet(() -> {
            LOG.info("Tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-eng); "
                    + "reading text with the neural text reader instead");
            return new TextReaderOcr(new NeuralTextReader());
        });
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
