package dev.seepoint.tools.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Tolerant text comparison for what OCR read: case, spacing, quotes and punctuation do not count,
 * and a few character errors (about one in ten) are forgiven.
 */
public final class TextMatch {

    private TextMatch() {
    }

    /** Lower case, accents folded, punctuation dropped, whitespace collapsed. */
    public static String normalize(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        n = n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}@.$%€£+\\-/:]+", " ");
        n = n.replaceAll("(?<=\\s|^)[.:\\-/]+|[.:\\-/]+(?=\\s|$)", " ");
        return n.trim().replaceAll("\\s+", " ");
    }

    /** True when {@code needle} occurs in {@code haystack}, allowing about one error in ten characters. */
    public static boolean contains(String haystack, String needle) {
        String h = normalize(haystack);
        String n = normalize(needle);
        if (n.isEmpty()) {
            return true;
        }
        if (h.contains(n)) {
            return true;
        }
        int allowed = n.length() / 10;
        if (allowed == 0) {
            return h.replace(" ", "").contains(n.replace(" ", ""));
        }
        return bestSubstringDistance(h, n) <= allowed;
    }

    /** Least edit distance between {@code needle} and any substring of {@code haystack} (Sellers). */
    public static int bestSubstringDistance(String haystack, String needle) {
        int m = needle.length();
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            prev[i] = i;
        }
        int best = prev[m];
        for (int j = 1; j <= haystack.length(); j++) {
            cur[0] = 0;
            char hc = haystack.charAt(j - 1);
            for (int i = 1; i <= m; i++) {
                int sub = prev[i - 1] + (needle.charAt(i - 1) == hc ? 0 : 1);
                cur[i] = Math.min(sub, Math.min(prev[i] + 1, cur[i - 1] + 1));
            }
            best = Math.min(best, cur[m]);
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return best;
    }

    /** Strips one pair of matching outer quotes ('', "", “”, ‘’). */
    public static String unquote(String s) {
        String t = s.trim();
        if (t.length() >= 2) {
            char a = t.charAt(0);
            char b = t.charAt(t.length() - 1);
            if ((a == '\'' && b == '\'') || (a == '"' && b == '"') || (a == '“' && b == '”') || (a == '‘' && b == '’')
                    || (a == '«' && b == '»')) {
                return t.substring(1, t.length() - 1);
            }
        }
        return t;
    }

    /** True when the whole text is one quoted literal. */
    public static boolean isQuoted(String s) {
        String t = s.trim();
        return !t.equals(unquote(t)) && t.length() >= 2;
    }

    /** Shortens for messages. */
    public static String abbreviate(String s, int max) {
        String t = s.replace('\n', ' ').trim();
        return t.length() <= max ? t : t.substring(0, Math.max(0, max - 1)) + "…";
    }
}
