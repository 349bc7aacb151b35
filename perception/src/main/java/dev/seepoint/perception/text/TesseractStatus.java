package dev.seepoint.perception.text;

import dev.seepoint.perception.text.internal.TesseractPool;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Whether Tesseract can be used here: the native library loads and {@code eng.traineddata} was
 * found. When it cannot, {@link #problem()} says what is missing and how to install it, so callers
 * can fall back to the neural recogniser.
 *
 * @param available   true when both the library and the English model were found
 * @param version     the library's version, empty when it did not load
 * @param tessdataDir the folder holding {@code eng.traineddata}, empty when none was found
 * @param problem     what is missing and how to fix it; empty when available
 * @param searched    the tessdata folders that were looked in
 */
public record TesseractStatus(boolean available, Optional<String> version, Optional<Path> tessdataDir,
        Optional<String> problem, List<Path> searched) {

    public TesseractStatus {
        searched = List.copyOf(searched);
    }

    /** The install command printed in every "missing" message. */
    public static final String INSTALL_HINT =
            "install it with: apt-get install tesseract-ocr tesseract-ocr-eng libtesseract5 (or set TESSDATA_PREFIX "
                    + "to the folder that holds eng.traineddata)";

    /** Probes this machine once and remembers the answer for the life of the process. */
    public static TesseractStatus detect() {
        return TesseractPool.status();
    }
}
