package dev.seepoint.perception.text.internal;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The PP-OCR DB text detector run by ONNX Runtime: finds boxes of text lines on a screenshot.
 * Thread-safe (an {@link OrtSession} may run concurrently).
 */
public final class PpOcrDetector implements AutoCloseable {

    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};
    /** Each channel's input value for every 8-bit level: (level / 255 - mean) / std, looked up per pixel. */
    private static final float[][] NORMALISED = new float[3][256];

    static {
        for (int c = 0; c < 3; c++) {
            for (int v = 0; v < 256; v++) {
                NORMALISED[c][v] = ((v / 255f) - MEAN[c]) / STD[c];
            }
        }
    }

    /** At most this many spare input buffers are kept (one per concurrent detection, as a rule). */
    private static final int SPARE = 4;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final String input;
    private final DbPostProcessor post;
    private final int maxSide;
    /** Input buffers not in use, reused frame after frame (see {@link #borrow}); emptied by {@link #close()}. */
    private final ArrayDeque<FloatBuffer> spare = new ArrayDeque<>();
    private boolean closed;

    /**
     * @param model   the ONNX model bytes
     * @param threads intra-op threads for one run
     * @param maxSide the longest side the screenshot is scaled down to before detection (0: never)
     */
    public PpOcrDetector(byte[] model, int threads, int maxSide, DbPostProcessor post) {
        this.env = OrtEnvironment.getEnvironment();
        this.post = post;
        this.maxSide = maxSide;
        try (OrtSession.SessionOptions options = OrtOptions.of(threads)) {
            this.session = env.createSession(model, options);
            this.input = session.getInputNames().iterator().next();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the PP-OCR detection model: " + e.getMessage(), e);
        }
    }

    /** Text regions of {@code shot}, in its own pixels. */
    public List<TextRegion> detect(Screenshot shot) {
        int w = shot.width();
        int h = shot.height();
        double scale = 1.0;
        if (maxSide > 0 && Math.max(w, h) > maxSide) {
            scale = maxSide / (double) Math.max(w, h);
        }
        int sw = Math.max(1, (int) Math.round(w * scale));
        int sh = Math.max(1, (int) Math.round(h * scale));
        int tw = Math.max(32, (sw + 31) / 32 * 32);
        int th = Math.max(32, (sh + 31) / 32 * 32);
        int plane = tw * th;
        FloatBuffer tensor = borrow(3 * plane);
        int[] px = scale == 1.0 ? null : resizedRgb(shot, sw, sh);
        for (int y = 0; y < th; y++) {
            for (int x = 0; x < tw; x++) {
                int i = y * tw + x;
                if (x >= sw || y >= sh) {
                    tensor.put(i, 0f).put(plane + i, 0f).put(2 * plane + i, 0f); // padding
                    continue;
                }
                int p = px == null ? shot.rgb(x, y) : px[y * sw + x];
                // BGR order, as PaddleOCR reads images with OpenCV.
                tensor.put(i, NORMALISED[0][p & 0xFF]);
                tensor.put(plane + i, NORMALISED[1][(p >> 8) & 0xFF]);
                tensor.put(2 * plane + i, NORMALISED[2][(p >> 16) & 0xFF]);
            }
        }
        // Ignore the padding: only the scaled screenshot's own area counts.
        float[] own = new float[sw * sh];
        try (OnnxTensor in = OnnxTensor.createTensor(env, tensor, new long[] {1, 3, th, tw});
                OrtSession.Result out = session.run(Map.of(input, in))) {
            FloatBuffer prob = ((OnnxTensor) out.get(0)).getFloatBuffer();
            for (int y = 0; y < sh; y++) {
                prob.get(y * tw, own, y * sw, sw);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("PP-OCR detection failed on " + shot + ": " + e.getMessage(), e);
        } finally {
            giveBack(tensor);
        }
        List<TextRegion> regions = post.regions(own, sw, sh);
        if (scale == 1.0) {
            return regions;
        }
        List<TextRegion> out = new ArrayList<>(regions.size());
        for (TextRegion r : regions) {
            Box b = r.box().scale(1 / scale).clip(shot.size());
            if (!b.isEmpty()) {
                out.add(new TextRegion(b, r.score()));
            }
        }
        return out;
    }

    /**
     * An input buffer of at least {@code floats}: direct memory, which ONNX Runtime reads in place (a
     * heap array was zeroed, then copied into fresh direct memory, on every frame).
     */
    private FloatBuffer borrow(int floats) {
        FloatBuffer b;
        synchronized (spare) {
            b = spare.poll();
        }
        if (b == null || b.capacity() < floats) {
            b = ByteBuffer.allocateDirect(floats * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
        }
        return b.clear().limit(floats);
    }

    private void giveBack(FloatBuffer b) {
        synchronized (spare) {
            if (!closed && spare.size() < SPARE) {
                spare.push(b);
            }
        }
    }

    /** Bilinear resize straight on the packed pixels (as OpenCV's INTER_LINEAR, which PP-OCR trains with). */
    static int[] resizedRgb(Screenshot shot, int sw, int sh) {
        int w = shot.width();
        int h = shot.height();
        int[] src = shot.pixels();
        int[] out = new int[sw * sh];
        double fx = w / (double) sw;
        double fy = h / (double) sh;
        // the source columns and weight of each output column are the same on every row
        int[] x0s = new int[sw];
        int[] x1s = new int[sw];
        int[] wxs = new int[sw];
        for (int x = 0; x < sw; x++) {
            double sx = Math.max(0, (x + 0.5) * fx - 0.5);
            x0s[x] = Math.min(w - 1, (int) sx);
            x1s[x] = Math.min(w - 1, x0s[x] + 1);
            wxs[x] = (int) ((sx - x0s[x]) * 256);
        }
        for (int y = 0; y < sh; y++) {
            double sy = Math.max(0, (y + 0.5) * fy - 0.5);
            int y0 = Math.min(h - 1, (int) sy);
            int y1 = Math.min(h - 1, y0 + 1);
            int wy = (int) ((sy - y0) * 256);
            for (int x = 0; x < sw; x++) {
                int x0 = x0s[x];
                int x1 = x1s[x];
                int wx = wxs[x];
                int a = src[y0 * w + x0];
                int b = src[y0 * w + x1];
                int c = src[y1 * w + x0];
                int d = src[y1 * w + x1];
                int r = mix(a >> 16 & 0xFF, b >> 16 & 0xFF, c >> 16 & 0xFF, d >> 16 & 0xFF, wx, wy);
                int g = mix(a >> 8 & 0xFF, b >> 8 & 0xFF, c >> 8 & 0xFF, d >> 8 & 0xFF, wx, wy);
                int bl = mix(a & 0xFF, b & 0xFF, c & 0xFF, d & 0xFF, wx, wy);
                out[y * sw + x] = r << 16 | g << 8 | bl;
            }
        }
        return out;
    }

    private static int mix(int a, int b, int c, int d, int wx, int wy) {
        int top = a * (256 - wx) + b * wx;
        int bottom = c * (256 - wx) + d * wx;
        return (top * (256 - wy) + bottom * wy + (1 << 15)) >> 16;
    }

    @Override
    public void close() {
        synchronized (spare) {
            closed = true;
            spare.clear();
        }
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close the PP-OCR detection session", e);
        }
    }
}
