package dev.seepoint.scenarios;

import dev.seepoint.perception.DefaultGroundingModel;
import dev.seepoint.perception.GroundingModel;
import dev.seepoint.perception.text.OcrEngine;
import dev.seepoint.perception.text.TesseractOcr;

/** One real model and OCR engine for every integration test in the JVM (loading them costs seconds). */
final class SharedModel {

    private static GroundingModel model;
    private static OcrEngine ocr;

    private SharedModel() {
    }

    static synchronized GroundingModel model() {
        if (model == null) {
            model = DefaultGroundingModel.create();
            ocr = TesseractOcr.open().orElse(null);
        }
        return model;
    }

    static synchronized OcrEngine ocr() {
        model();
        return ocr;
    }

    static SuiteRunner runner(RunOptions options, RunListener listener, Secrets secrets, java.util.function.UnaryOperator<String> env) {
        return new SuiteRunner(options, listener, secrets, env).withModel(model(), ocr());
    }
}
