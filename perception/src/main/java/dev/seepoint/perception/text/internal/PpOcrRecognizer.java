package dev.seepoint.perception.text.internal;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The PP-OCR CTC text recogniser run by ONNX Runtime: reads the line in a box of a screenshot.
 * Thread-safe. Lines are read in small batches of similar width (one huge padded batch is slower).
 */
public final class PpOcrRecognizer implements AutoCloseable {

    /** Input height of the recogniser. */
    public static final int HEIGHT = 48;
    private static final int MAX_WIDTH = 48 * 40;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final String input;
    private final CtcDecoder decoder;

    /** A line read by the recogniser: its decoding and the scale from input pixels to box pixels. */
    public record Reading(Box box, CtcDecoder.Decoded decoded, double boxPixelsPerStep) {

        /** Words with their boxes in screenshot pixels (the line's full height). */
        public List<WordSplitter.Span> spans() {
            List<WordSplitter.Span> out = new ArrayList<>();
            for (WordSplitter.Span s : WordSplitter.words(decoded, boxPixelsPerStep)) {
                double l = box.left() + s.left();
                double r = Math.min(box.right(), box.left() + s.right());
                out.add(new WordSplitter.Span(s.text(), l, Math.max(l, r), s.confidence()));
            }
            return out;
        }
    }

    public PpOcrRecognizer(byte[] model, List<String> classes, int threads) {
        this.env = OrtEnvironment.getEnvironment();
        this.decoder = new CtcDecoder(classes);
        try (OrtSession.SessionOptions options = OrtOptions.of(threads)) {
            this.session = env.createSession(model, options);
            this.input = session.getInputNames().iterator().next();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the PP-OCR recognition model: " + e.getMessage(), e);
        }
    }

    /** Reads each box of {@code shot} (one line of text each), in the given order. */
    public List<Reading> read(Screenshot shot, List<Box> boxes) {
        List<Reading> out = new ArrayList<>(boxes.size());
        if (boxes.isEmpty()) {
            return out;
        }
        int batchWidth = 0;
        for (Box b : boxes) {
            batchWidth = Math.max(batchWidth, inputWidth(b));
        }
        int n = boxes.size();
        float[] tensor = new float[n * 3 * HEIGHT * batchWidth];
        int plane = HEIGHT * batchWidth;
        for (int i = 0; i < n; i++) {
            fill(shot, boxes.get(i), tensor, i * 3 * plane, batchWidth);
        }
        try (OnnxTensor in = OnnxTensor.createTensor(env, FloatBuffer.wrap(tensor), new long[] {n, 3, HEIGHT, batchWidth});
                OrtSession.Result result = session.run(Map.of(input, in))) {
            OnnxTensor t = (OnnxTensor) result.get(0);
            long[] shape = t.getInfo().getShape();
            int steps = (int) shape[1];
            int classes = (int) shape[2];
            if (classes != decoder.classCount()) {
                throw new IllegalStateException("the recogniser emits " + classes + " classes but the key list gives "
                        + decoder.classCount() + " (blank + keys + space): model and keys do not match");
            }
            FloatBuffer fb = t.getFloatBuffer();
            float[] probs = new float[fb.remaining()];
            fb.get(probs);
            double inputPerStep = batchWidth / (double) steps;
            for (int i = 0; i < n; i++) {
                Box b = boxes.get(i);
                int w = inputWidth(b);
                int own = Math.min(steps, (int) Math.ceil(w / inputPerStep));
                CtcDecoder.Decoded d = decoder.decode(probs, i * steps * classes, own);
                double boxPerInput = b.width() / (double) w;
                out.add(new Reading(b, d, inputPerStep * boxPerInput));
            }
        } catch (OrtException e) {
            throw new IllegalStateException("PP-OCR recognition failed: " + e.getMessage(), e);
        }
        return out;
    }

    private static int inputWidth(Box b) {
        int w = (int) Math.ceil(HEIGHT * b.width() / (double) Math.max(1, b.height()));
        return Math.max(8, Math.min(MAX_WIDTH, w));
    }

    /** Resizes the box to the input height (bilinear), normalised to [-1, 1], BGR planes; the rest stays 0. */
    private static void fill(Screenshot shot, Box box, float[] tensor, int offset, int batchWidth) {
        int w = inputWidth(box);
        int plane = HEIGHT * batchWidth;
        double fx = box.width() / (double) w;
        double fy = box.height() / (double) HEIGHT;
        for (int y = 0; y < HEIGHT; y++) {
            double sy = Math.max(0, (y + 0.5) * fy - 0.5);
            int y0 = Math.min(box.height() - 1, (int) sy);
            int y1 = Math.min(box.height() - 1, y0 + 1);
            double wy = sy - y0;
            for (int x = 0; x < w; x++) {
                double sx = Math.max(0, (x + 0.5) * fx - 0.5);
                int x0 = Math.min(box.width() - 1, (int) sx);
                int x1 = Math.min(box.width() - 1, x0 + 1);
                double wx = sx - x0;
                int p00 = shot.rgb(box.left() + x0, box.top() + y0);
                int p01 = shot.rgb(box.left() + x1, box.top() + y0);
                int p10 = shot.rgb(box.left() + x0, box.top() + y1);
                int p11 = shot.rgb(box.left() + x1, box.top() + y1);
                int i = offset + y * batchWidth + x;
                for (int c = 0; c < 3; c++) {
                    int shift = c * 8; // c = 0: blue, 1: green, 2: red
                    double v = (((p00 >> shift) & 0xFF) * (1 - wx) + ((p01 >> shift) & 0xFF) * wx) * (1 - wy)
                            + (((p10 >> shift) & 0xFF) * (1 - wx) + ((p11 >> shift) & 0xFF) * wx) * wy;
                    tensor[i + c * plane] = (float) (v / 127.5 - 1.0);
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close the PP-OCR recognition session", e);
        }
    }
}
