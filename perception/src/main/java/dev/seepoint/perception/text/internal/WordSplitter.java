package dev.seepoint.perception.text.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text read along a line into words with their own horizontal extents: from the time steps
 * of CTC-decoded characters, and from the columns of ink in a line image (to cut a detected line at
 * wide gaps, as between the links of a navigation row or a label and its value).
 */
public final class WordSplitter {

    private WordSplitter() {
    }

    /** A word and its horizontal extent {@code [left, right)} in the coordinates it was measured in. */
    public record Span(String text, double left, double right, double confidence) {
    }

    /**
     * Words of a CTC decoding, split at spaces; {@code pixelsPerStep} converts time steps to the
     * pixels of the recogniser's input ({@code inputWidth / steps}).
     */
    public static List<Span> words(CtcDecoder.Decoded decoded, double pixelsPerStep) {
        List<Span> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        double left = 0;
        double right = 0;
        double sum = 0;
        int n = 0;
        for (CtcDecoder.DecodedChar c : decoded.chars()) {
            if (c.text().isBlank()) {
                if (n > 0) {
                    out.add(new Span(word.toString(), left, right, sum / n));
                }
                word.setLength(0);
                n = 0;
                sum = 0;
                continue;
            }
            double l = c.firstStep() * pixelsPerStep;
            double r = (c.lastStep() + 1) * pixelsPerStep;
            if (n == 0) {
                left = l;
            }
            // A CTC spike marks a character's middle; widen the first/last one by half a step.
            right = r;
            word.append(c.text());
            sum += c.probability();
            n++;
        }
        if (n > 0) {
            out.add(new Span(word.toString(), left, right, sum / n));
        }
        return widen(out, pixelsPerStep);
    }

    private static List<Span> widen(List<Span> spans, double pixelsPerStep) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            out.add(new Span(s.text(), Math.max(0, s.left() - pixelsPerStep), s.right() + pixelsPerStep, s.confidence()));
        }
        return out;
    }

    /**
     * Runs of ink columns {@code [start, end)}, merging runs separated by fewer than {@code minGap}
     * blank columns. A line is cut where the blank gap is at least {@code minGap} wide.
     */
    public static List<int[]> inkRuns(boolean[] ink, int minGap) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        int lastInk = -1;
        for (int x = 0; x < ink.length; x++) {
            if (!ink[x]) {
                continue;
            }
            if (start < 0) {
                start = x;
            } else if (x - lastInk - 1 >= minGap) {
                runs.add(new int[] {start, lastInk + 1});
                start = x;
            }
            lastInk = x;
        }
        if (start >= 0) {
            runs.add(new int[] {start, lastInk + 1});
        }
        return runs;
    }
}
