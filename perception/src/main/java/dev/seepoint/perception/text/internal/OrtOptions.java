package dev.seepoint.perception.text.internal;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/** Session options shared by the PP-OCR models. */
final class OrtOptions {

    /**
     * ONNX Runtime's pool threads otherwise spin after each run, waiting for the next; on a small machine
     * that spinning takes the cores from the line readers that start the moment detection ends. Cold
     * locates on 23 saved test-page frames, 2 cores: 212–223 ms against 236–269 ms a frame, and about
     * 440 against 500–550 ms of process CPU.
     */
    static final String INTRA_SPINNING = "session.intra_op.allow_spinning";
    static final String INTER_SPINNING = "session.inter_op.allow_spinning";

    private OrtOptions() {
    }

    /** Options for {@code threads} intra-op threads that block when idle instead of spinning; the caller closes them. */
    static OrtSession.SessionOptions of(int threads) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        try {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.addConfigEntry(INTRA_SPINNING, "0");
            options.addConfigEntry(INTER_SPINNING, "0");
            return options;
        } catch (OrtException | RuntimeException e) {
            options.close();
            throw e;
        }
    }
}
