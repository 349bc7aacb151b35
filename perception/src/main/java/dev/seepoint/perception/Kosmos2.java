package dev.seepoint.perception;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Kosmos-2 grounded-text codec (Peng et al., 2023). The image is a 32×32 grid of cells; a box
 * is two location tokens, {@code <patch_index_UL><patch_index_LR>}, naming the cell of its
 * upper-left and lower-right corners. A phrase and its boxes read
 * {@code <phrase>the red car</phrase><object><patch_index_0044><patch_index_0863></object>}.
 */
public final class Kosmos2 {

    /** Cells per side of the location grid. */
    public static final int GRID = 32;
    /** Separator between several boxes of one phrase. */
    public static final String DELIMITER = "</delimiter_of_multi_objects/>";

    private static final Pattern OBJECT = Pattern.compile(
            "(?:(<phrase>([^<]+)</phrase>))?<object>((?:<patch_index_\\d+><patch_index_\\d+>"
                    + Pattern.quote(DELIMITER) + ")*<patch_index_\\d+><patch_index_\\d+>)</object>");
    private static final Pattern PAIR = Pattern.compile("<patch_index_(\\d+)><patch_index_(\\d+)>");

    private Kosmos2() {
    }

    /** A box with corners normalised to [0, 1] of the frame. */
    public record NormalizedBox(double x1, double y1, double x2, double y2) {

        public static NormalizedBox of(Box box, Size frame) {
            return new NormalizedBox(box.left() / (double) frame.width(), box.top() / (double) frame.height(),
                    box.right() / (double) frame.width(), box.bottom() / (double) frame.height());
        }

        /** This box in the pixels of a frame of {@code frame} size. */
        public Box toPixels(Size frame) {
            int l = (int) Math.floor(x1 * frame.width());
            int t = (int) Math.floor(y1 * frame.height());
            int r = Math.max(l, (int) Math.ceil(x2 * frame.width()));
            int b = Math.max(t, (int) Math.ceil(y2 * frame.height()));
            return new Box(l, t, r, b).clip(frame);
        }
    }

    /** A phrase (may be empty when the text had none) and the boxes that ground it. */
    public record GroundedPhrase(String phrase, List<NormalizedBox> boxes) {
        public GroundedPhrase {
            boxes = List.copyOf(boxes);
        }
    }

    /** The two cell indices {@code [ul, lr]} of a normalised box. */
    public static int[] cells(NormalizedBox box) {
        int ulX = clampCell((int) Math.floor(box.x1() * GRID));
        int ulY = clampCell((int) Math.floor(box.y1() * GRID));
        int lrX = clampCell((int) Math.ceil(box.x2() * GRID - 1));
        int lrY = clampCell((int) Math.ceil(box.y2() * GRID - 1));
        return new int[] {ulY * GRID + ulX, lrY * GRID + lrX};
    }

    /** The box two cell indices stand for, as the reference decoder reads them. */
    public static NormalizedBox box(int ul, int lr) {
        if (ul < 0 || ul >= GRID * GRID || lr < 0 || lr >= GRID * GRID) {
            throw new IllegalArgumentException("patch index out of range 0.." + (GRID * GRID - 1) + ": " + ul + ", " + lr);
        }
        double c = 1.0 / GRID;
        int ulX = ul % GRID;
        int ulY = ul / GRID;
        int lrX = lr % GRID;
        int lrY = lr / GRID;
        if (ul == lr || ulX == lrX || ulY == lrY) {
            return new NormalizedBox(ulX * c, ulY * c, lrX * c + c, lrY * c + c);
        }
        return new NormalizedBox(ulX * c + c / 2, ulY * c + c / 2, lrX * c + c / 2, lrY * c + c / 2);
    }

    /** {@code <patch_index_XXXX><patch_index_YYYY>} for a pixel box on a frame. */
    public static String tokens(Box box, Size frame) {
        int[] cells = cells(NormalizedBox.of(box, frame));
        return token(cells[0]) + token(cells[1]);
    }

    public static String token(int cell) {
        return String.format(java.util.Locale.ROOT, "<patch_index_%04d>", cell);
    }

    /** {@code <phrase>…</phrase><object>…</object>} for one phrase and its boxes. */
    public static String render(String phrase, List<Box> boxes, Size frame) {
        StringBuilder sb = new StringBuilder(phrase(phrase)).append("<object>");
        for (int i = 0; i < boxes.size(); i++) {
            if (i > 0) {
                sb.append(DELIMITER);
            }
            sb.append(tokens(boxes.get(i), frame));
        }
        return sb.append("</object>").toString();
    }

    /** {@code <phrase>…</phrase>}, with angle brackets removed from the text so it stays parseable. */
    public static String phrase(String phrase) {
        return "<phrase>" + clean(phrase) + "</phrase>";
    }

    /** The prompt that asks a Kosmos-2 style model to point at {@code expression}. */
    public static String prompt(String expression) {
        return "<grounding><phrase> " + clean(expression) + "</phrase>";
    }

    /** Every {@code <object>} in {@code text}, with the phrase before it when there is one. */
    public static List<GroundedPhrase> parse(String text) {
        List<GroundedPhrase> out = new ArrayList<>();
        Matcher m = OBJECT.matcher(text);
        while (m.find()) {
            String phrase = m.group(2) == null ? "" : m.group(2).trim();
            List<NormalizedBox> boxes = new ArrayList<>();
            Matcher pair = PAIR.matcher(m.group(3));
            while (pair.find()) {
                boxes.add(box(Integer.parseInt(pair.group(1)), Integer.parseInt(pair.group(2))));
            }
            out.add(new GroundedPhrase(phrase, boxes));
        }
        return out;
    }

    private static String clean(String phrase) {
        return phrase.replace('<', ' ').replace('>', ' ').strip();
    }

    private static int clampCell(int v) {
        return Math.max(0, Math.min(GRID - 1, v));
    }
}
