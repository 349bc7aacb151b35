package dev.seepoint.agent;

import dev.seepoint.agent.internal.TextReaderOcr;
import dev.seepoint.perception.DefaultGroundingModel;
import dev.seepoint.perception.GroundingModel;
import dev.seepoint.perception.text.NeuralTextReader;
import dev.seepoint.perception.text.OcrEngine;
import dev.seepoint.perception.text.TesseractOcr;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default parts an agent is built from, for code that wires agents without Guice (the
 * scenario runner, the CLI). {@link SeepointModule} binds the same parts. The caller owns and
 * closes what it gets.
 */
public final class Defaults {

    private static final Logger LOG = LoggerFactory.getLogger(Defaults.class);

    private Defaults() {
    }

    /** Perception's pixel-only grounded model. */
    public static GroundingModel model() {
        return DefaultGroundingModel.create();
    }

    /** Tesseract for reading regions, or the neural text reader when Tesseract is not installed. */
    public static OcrEngine ocr() {
        return TesseractOcr.open().<OcrEngine>map(t -> t).orElseGet(() -> {
            LOG.info("Tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-eng); "
                    + "reading text with the neural text reader instead");
            return new TextReaderOcr(new NeuralTextReader());
        });
    }
}
