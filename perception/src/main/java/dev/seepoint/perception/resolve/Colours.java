package dev.seepoint.perception.resolve;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Screenshot;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Names the colours an element shows: its fill and any strongly coloured ink inside it. */
final class Colours {

    private Colours() {
    }

    /** Colour names seen in {@code box}: the dominant colour and each vivid colour covering at least a tenth of it. */
    static Set<String> of(Screenshot shot, Box box) {
        return of(shot, box, false);
    }

    /**
     * The colour names a tester may use for what {@code box} shows: as {@link #of}, with both names for a hue on
     * the border of two ({@link #names}).
     */
    static Set<String> called(Screenshot shot, Box box) {
        return of(shot, box, true);
    }

    private static Set<String> of(Screenshot shot, Box box, boolean border) {
        Box b = box.clip(shot.size());
        Set<String> out = new LinkedHashSet<>();
        if (b.isEmpty()) {
            return out;
        }
        Map<Integer, Integer> counts = samples(shot, b);
        int n = counts.values().stream().mapToInt(Integer::intValue).sum();
        int dominant = 0;
        int dominantCount = -1;
        Map<String, Integer> vivid = new HashMap<>();
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > dominantCount) {
                dominant = e.getKey();
                dominantCount = e.getValue();
            }
            float[] hsv = hsv(e.getKey());
            if (hsv[1] >= 0.35f && hsv[2] >= 0.25f) {
                for (String name : border ? names(e.getKey()) : Set.of(name(e.getKey()))) {
                    vivid.merge(name, e.getValue(), Integer::sum);
                }
            }
        }
        out.addAll(border ? names(dominant) : Set.of(name(dominant)));
        for (Map.Entry<String, Integer> e : vivid.entrySet()) {
            if (e.getValue() * 10 >= n) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** The plain colour name of a packed RGB value. */
    /**
     * The colour {@code box} is filled with, named only when it is vivid: a pale or greyish fill (beige, a light
     * backdrop) is grey or white here, so that "the orange swatch" is the rust one, not the beige.
     */
    static String fill(Screenshot shot, Box box) {
        Box b = box.clip(shot.size());
        if (b.isEmpty()) {
            return "";
        }
        Map<Integer, Integer> counts = samples(shot, b);
        int n = counts.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Integer> named = new HashMap<>();
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            float[] hsv = hsv(e.getKey());
            String name = hsv[1] < 0.26f && hsv[2] >= 0.22f ? (hsv[2] > 0.85f ? "white" : "grey") : name(e.getKey());
            named.merge(name, e.getValue(), Integer::sum);
        }
        // a round swatch in a square box leaves the page's colour in the corners: the fill is the most common colour
        // other than white that covers a quarter of the box
        return named.entrySet().stream().filter(e -> !e.getKey().equals("white") && e.getValue() * 4 >= n)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("white");
    }

    /** Colours (to 4 bits a channel) sampled over about 2,500 points of {@code b}, which lies in the frame, and how often each. */
    private static Map<Integer, Integer> samples(Screenshot shot, Box b) {
        Map<Integer, Integer> counts = new HashMap<>();
        int step = Math.max(1, (int) Math.sqrt(b.area() / 2500.0));
        for (int y = b.top(); y < b.bottom(); y += step) {
            for (int x = b.left(); x < b.right(); x += step) {
                counts.merge(shot.rgb(x, y) & 0xF0F0F0, 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * The names a tester may give a packed RGB value: its plain name, and the next one where the hue lies on
     * the border between two (a teal button is "the green button" to one tester and "the blue one" to another).
     */
    static Set<String> names(int rgb) {
        Set<String> out = new LinkedHashSet<>();
        out.add(name(rgb));
        float[] hsv = hsv(rgb);
        if (hsv[1] >= 0.2f && hsv[2] >= 0.22f) {
            for (float[] border : BORDERS) {
                if (Math.abs(hsv[0] - border[0]) <= border[1]) {
                    out.add(name(hsv[0] < border[0] ? border[0] + 1 : border[0] - 1));
                }
            }
        }
        return out;
    }

    /** Hues where one colour name meets the next, and how far either side both names hold. */
    private static final float[][] BORDERS = {{15, 5}, {42, 8}, {70, 6}, {165, 20}, {255, 8}, {295, 8}};

    private static String name(float hue) {
        return name(java.awt.Color.HSBtoRGB(hue / 360f, 0.8f, 0.8f) & 0xFFFFFF);
    }

    static String name(int rgb) {
        float[] hsv = hsv(rgb);
        float h = hsv[0];
        float s = hsv[1];
        float v = hsv[2];
        if (v < 0.22f) {
            return "black";
        }
        if (s < 0.2f) {
            return v > 0.85f ? "white" : "grey";
        }
        if (h < 15 || h >= 345) {
            return "red";
        }
        if (h < 42) {
            return "orange";
        }
        if (h < 70) {
            return "yellow";
        }
        if (h < 165) {
            return "green";
        }
        if (h < 255) {
            return "blue";
        }
        if (h < 295) {
            return "purple";
        }
        return "pink";
    }

    private static float[] hsv(int rgb) {
        float r = ((rgb >> 16) & 0xFF) / 255f;
        float g = ((rgb >> 8) & 0xFF) / 255f;
        float b = (rgb & 0xFF) / 255f;
        float max = Math.max(r, Math.max(g, b));
        float min = Math.min(r, Math.min(g, b));
        float d = max - min;
        float h;
        if (d == 0) {
            h = 0;
        } else if (max == r) {
            h = 60 * (((g - b) / d) % 6);
        } else if (max == g) {
            h = 60 * (((b - r) / d) + 2);
        } else {
            h = 60 * (((r - g) / d) + 4);
        }
        if (h < 0) {
            h += 360;
        }
        return new float[] {h, max == 0 ? 0 : d / max, max};
    }
}
