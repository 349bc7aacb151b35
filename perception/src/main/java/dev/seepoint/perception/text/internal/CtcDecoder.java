package dev.seepoint.perception.text.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy CTC decoding of a recogniser's per-time-step class probabilities: take the best class at
 * each step, merge repeats, drop the blank (class 0). Each character keeps the time steps it was
 * read at, which give its x-position in the input image.
 */
public final class CtcDecoder {

    private final List<String> classes;

    /** {@code classes.get(0)} is the blank; the others are the characters the model can emit. */
    public CtcDecoder(List<String> classes) {
        if (classes.size() < 2) {
            throw new IllegalArgumentException("a CTC alphabet needs the blank and at least one character, got "
                    + classes.size() + " classes");
        }
        this.classes = List.copyOf(classes);
    }

    public int classCount() {
        return classes.size();
    }

    /** One decoded character and the time steps (inclusive) where the model emitted it. */
    public record DecodedChar(String text, int firstStep, int lastStep, double probability) {

        public double centerStep() {
            return (firstStep + lastStep) / 2.0;
        }
    }

    /** The text read, its confidence (mean probability of its characters) and its characters. */
    public record Decoded(String text, double confidence, List<DecodedChar> chars, int steps) {

        public Decoded {
            chars = List.copyOf(chars);
        }
    }

    /**
     * Decodes {@code steps × classCount()} probabilities starting at {@code offset} (row-major, one
     * row per time step).
     */
    public Decoded decode(float[] probs, int offset, int steps) {
        int n = classes.size();
        if (offset + (long) steps * n > probs.length) {
            throw new IllegalArgumentException("need " + steps + " steps of " + n + " classes from offset " + offset
                    + " but the output holds " + probs.length + " values");
        }
        List<DecodedChar> chars = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int previous = 0;
        int first = -1;
        double best = 0;
        for (int t = 0; t < steps; t++) {
            int row = offset + t * n;
            int arg = 0;
            float max = probs[row];
            for (int c = 1; c < n; c++) {
                if (probs[row + c] > max) {
                    max = probs[row + c];
                    arg = c;
                }
            }
            if (arg == previous && arg != 0) {
                best = Math.max(best, max);
                continue;
            }
            if (previous != 0) {
                chars.add(new DecodedChar(classes.get(previous), first, t - 1, best));
            }
            previous = arg;
            first = t;
            best = max;
        }
        if (previous != 0) {
            chars.add(new DecodedChar(classes.get(previous), first, steps - 1, best));
        }
        double sum = 0;
        for (DecodedChar c : chars) {
            text.append(c.text());
            sum += c.probability();
        }
        double confidence = chars.isEmpty() ? 0 : sum / chars.size();
        return new Decoded(text.toString(), confidence, chars, steps);
    }
}
