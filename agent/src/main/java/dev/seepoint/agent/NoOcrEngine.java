package dev.seepoint.agent;

import dev.seepoint.perception.text.OcrEngine;
import dev.seepoint.perception.Screenshot;

/**
 * The binding used when no OCR engine is available: agents made from it read text from the
 * grounded model's evidence only. Reading with it directly says how to bind a real engine.
 */
public final class NoOcrEngine implements OcrEngine {

    @Override
    public String read(Screenshot region) {
        throw new UnsupportedOperationException("no OcrEngine is bound: bind one in a module overriding SeepointModule, "
                + "e.g. Modules.override(new SeepointModule()).with(b -> b.bind(OcrEngine.class).toInstance(engine))");
    }
}
