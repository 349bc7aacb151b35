package dev.seepoint.agent.internal;

import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.text.OcrEngine;
import dev.seepoint.perception.text.TextLine;
import dev.seepoint.perception.text.TextReader;
import java.util.Objects;
import java.util.stream.Collectors;

/** An {@link OcrEngine} over a {@link TextReader} (the neural reader when Tesseract is missing); owns and closes it. */
public final class TextReaderOcr implements OcrEngine {

    private final TextReader reader;

    public TextReaderOcr(TextReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    @Override
    public String read(Screenshot region) {
        return reader.read(region).stream().map(TextLine::text).collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        reader.close();
    }
}
