package dev.seepoint.perception.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Case-, punctuation- and accent-tolerant text comparison that forgives OCR slips
 * ("Sign ln" for "Sign in", "AcmePortal" for "Acme Portal").
 */
public final class TextMatch {

    private TextMatch() {
    }

    /** Lower case, punctuation to spaces, spaces collapsed; letters of every script kept. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '×' || cp == '✕' || cp == '✖' || cp == '✗' || cp == '╳') {
                cp = 'x'; // a close cross reads as the letter x
            }
            if (cp == '|' && (i - 1 == 0 || Character.isWhitespace(s.charAt(i - 2)))
                    && (i >= s.length() || Character.isWhitespace(s.charAt(i)))) {
                cp = 'i'; // OCR reads a lone capital I as a bar: "| agree" is "I agree"
            }
            if (Character.isLetterOrDigit(cp) || cp == '@' || cp == '$' || cp == '€' || cp == '£' || cp == '%') {
                sb.appendCodePoint(cp);
                space = false;
            } else if (cp == '\'' || cp == '’') {
                continue; // apostrophes join: "don't" -> "dont"
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        int len = sb.length();
        if (len > 0 && sb.charAt(len - 1) == ' ') {
            sb.setLength(len - 1);
        }
        return sb.toString();
    }

    /** {@link #normalize} and then accents removed ("café" -> "cafe"). */
    public static String fold(String text) {
        String n = Normalizer.normalize(normalize(text), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                sb.append(c);
            }
        }
        return sb.toString().replace("ß", "ss");
    }

    /** Words of the folded text. */
    public static List<String> words(String text) {
        String f = fold(text);
        List<String> out = new ArrayList<>();
        for (String w : f.split(" ")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Similarity of two texts in 0..1: 1 for equal after folding, high for OCR slips and missing
     * spaces, low for different words.
     */
    public static double similarity(String a, String b) {
        String x = fold(a);
        String y = fold(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        if (x.equals(y)) {
            return 1;
        }
        String xs = x.replace(" ", "");
        String ys = y.replace(" ", "");
        if (xs.equals(ys)) {
            return 0.97;
        }
        int d = distance(confusable(xs), confusable(ys));
        int max = Math.max(xs.length(), ys.length());
        double sim = 1.0 - d / (double) max;
        String xd = xs.replaceAll("\\D+", " ").strip();
        String yd = ys.replaceAll("\\D+", " ").strip();
        if (!xd.isEmpty() && !yd.isEmpty() && !xd.equals(yd)) {
            sim *= 0.6; // numbers identify: order #1042 is not order #1045
        } else if (!xd.isEmpty() && yd.isEmpty() && confusable(xs).chars().anyMatch(Character::isDigit)) {
            // and a number asked for but missing: "room 307" is not the "room" of "Search guest, room or confirmation"
            // (digits only in the text may be icons read as digits: "7 Submit 3 payroll")
            sim *= 0.6;
        }
        // short words need to be nearly exact: "Edit" vs "Exit" should not match well
        if (max <= 4 && d > 0) {
            sim -= 0.15;
        }
        return Math.max(0, sim);
    }

    /**
     * How well {@code query} is contained in {@code text} as whole consecutive words (0..1): 1 when
     * {@code text} equals the query, lower when the query is only part of a longer text.
     */
    public static double containment(String query, String text) {
        List<String> q = words(query);
        List<String> t = words(text);
        if (q.isEmpty() || t.isEmpty()) {
            return 0;
        }
        // the whole text, for OCR that merged or dropped a word ("How do! reset" for "How do I reset")
        double best = similarity(String.join(" ", q), String.join(" ", t));
        for (int i = 0; i + q.size() <= t.size(); i++) {
            double s = similarity(String.join(" ", q), String.join(" ", t.subList(i, i + q.size())));
            best = Math.max(best, s);
        }
        // coverage: how much of the text the query explains
        double coverage = String.join("", q).length() / (double) Math.max(1, String.join("", t).length());
        double score = best * (0.75 + 0.25 * Math.min(1, coverage));
        // another form of the same words: "refunds" for "refund?", "confirmation" for "To confirm", "Fri" for "Friday"
        List<String> qs = stems(q);
        List<String> ts = stems(t);
        if (!qs.isEmpty() && (!qs.equals(q) || !ts.equals(t))) {
            double stemCoverage = String.join("", qs).length() / (double) Math.max(1, String.join("", ts).length());
            List<String> qw = stemmed(q);
            List<String> tw = stemmed(t);
            for (int i = 0; i + qs.size() <= ts.size(); i++) {
                if (String.join(" ", qs).equals(String.join(" ", ts.subList(i, i + qs.size())))) {
                    double form = otherTense(qw, tw.subList(i, i + qw.size())) ? OTHER_TENSE : SAME_STEM;
                    score = Math.max(score, form * (0.75 + 0.25 * Math.min(1, stemCoverage)));
                }
            }
        }
        if (q.size() >= 2 && q.get(0).chars().noneMatch(Character::isDigit) && !t.contains(q.get(0))
                && q.subList(1, q.size()).stream().anyMatch(w -> w.chars().anyMatch(Character::isDigit))) {
            // "table P3", "claim CLM-20931": a noun before a number that the screen shows alone
            score = Math.max(score, WITHOUT_NOUN_BEFORE_NUMBER * containment(String.join(" ", q.subList(1, q.size())), text));
        }
        String last = q.get(q.size() - 1);
        if (q.size() >= 2 && GENERIC_NOUNS.contains(last) && !t.contains(last)) {
            // "the payment method" for a dropdown captioned "Payment": the noun says what it is, not what it reads
            score = Math.max(score, WITHOUT_GENERIC_NOUN * containment(String.join(" ", q.subList(0, q.size() - 1)), text));
        }
        return score;
    }

    /**
     * Nouns a tester puts after a setting's name that its caption often leaves out ("payment method", "delivery option",
     * "the From account" for a dropdown captioned "From", "the Phone number", "the Tip amount").
     */
    private static final java.util.Set<String> GENERIC_NOUNS = java.util.Set.of("method", "type", "option", "options",
            "setting", "settings", "preference", "preferences", "account", "address", "number", "amount", "date", "category",
            "station", "page", "section", "plan", "template");
    /** A number shown without the noun the query puts before it ("P3" for "table P3"). */
    private static final double WITHOUT_NOUN_BEFORE_NUMBER = 0.88;
    /** A caption that reads the name without the generic noun after it. */
    private static final double WITHOUT_GENERIC_NOUN = 0.85;

    /** A word in another form of the same stem ("refunds" for "refund"). */
    private static final double SAME_STEM = 0.92;
    /**
     * A verb asked for and its past or ongoing form shown ("invite" and a row's "Invited" badge): a state, not
     * the action's button, so a caption holding the word itself ("+ Invite user") goes first.
     */
    private static final double OTHER_TENSE = 0.8;

    /** Whether one word of {@code a} ends in "ed" or "ing" where its counterpart in {@code b} does not, or back. */
    private static boolean otherTense(List<String> a, List<String> b) {
        for (int k = 0; k < a.size() && k < b.size(); k++) {
            if (!a.get(k).equals(b.get(k)) && (tensed(a.get(k)) != tensed(b.get(k)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean tensed(String w) {
        return w.length() >= 5 && (w.endsWith("ed") || w.endsWith("ing"));
    }

    /**
     * The share of the query's characters found as (fuzzy) words of {@code text}, 0..1: "order #1045"
     * against "#1045" gives about 0.4. For anchors, where a partial mention still locates.
     */
    public static double partial(String query, String text) {
        List<String> q = words(query);
        List<String> t = words(text);
        if (q.isEmpty() || t.isEmpty()) {
            return 0;
        }
        int total = 0;
        double found = 0;
        for (String w : q) {
            int weight = w.chars().anyMatch(Character::isDigit) ? 3 * w.length() : w.length(); // numbers identify
            total += weight;
            double best = 0;
            for (String x : t) {
                best = Math.max(best, similarity(w, x));
            }
            if (best >= 0.8) {
                found += weight * best;
            }
        }
        return total == 0 ? 0 : found / total;
    }

    private static final String[][] SUFFIXES = {
            {"ications", "y"}, {"ication", "y"}, {"ations", ""}, {"ation", ""}, {"ions", ""}, {"ion", ""},
            {"ings", ""}, {"ing", ""}, {"ies", "y"}, {"ied", "y"}, {"sses", "ss"}, {"ches", "ch"}, {"shes", "sh"},
            {"xes", "x"}, {"ed", ""}, {"s", ""}};

    /**
     * A light English stem of each word ("refunds" and "refund", "confirmation" and "confirm",
     * "notifications" and "notify"), so a tester's noun finds the screen's verb or singular. Words of
     * fewer than five letters, digits and non-Latin words stay as they are.
     */
    static List<String> stems(List<String> words) {
        return stemmed(words).stream().map(w -> calendar(stem(w))).toList();
    }

    /** The words {@link #stems} stems, as written. */
    private static List<String> stemmed(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            if (words.size() > 1 && (w.equals("the") || w.equals("of"))) {
                continue; // "Wednesday the 12th" is written "Wed 12"
            }
            out.add(w);
        }
        return out;
    }

    /**
     * Day and month names as their three-letter abbreviations, and "12th" as "12": how calendars write them; and
     * the words forms write short ("minimum" as "min").
     */
    static String calendar(String w) {
        String shortened = SHORT_FORMS.get(w);
        if (shortened != null) {
            return shortened; // "minimum price" is written "No min"
        }
        if (w.matches("\\d{1,2}(?:st|nd|rd|th)")) {
            return w.substring(0, w.length() - 2);
        }
        for (String name : CALENDAR_NAMES) {
            if (w.length() >= 3 && name.startsWith(w) && (w.length() == 3 || w.length() == name.length()
                    || w.equals("sept") || w.equals("tues") || w.equals("thur") || w.equals("thurs"))) {
                return name.substring(0, 3);
            }
        }
        return w;
    }

    /** Words a form writes short: a price filter's "min" and "max", a cart's "qty". */
    private static final java.util.Map<String, String> SHORT_FORMS = java.util.Map.of("minimum", "min",
            "maximum", "max", "quantity", "qty");

    private static final List<String> CALENDAR_NAMES = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
            "october", "november", "december");

    static String stem(String w) {
        if (w.length() < 5 || !w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return w;
        }
        for (String[] s : SUFFIXES) {
            if (w.endsWith(s[0]) && !(s[0].equals("s") && w.endsWith("ss"))) {
                String base = w.substring(0, w.length() - s[0].length()) + s[1];
                if (base.length() >= 4) {
                    return base.endsWith("e") && base.length() > 4 ? base.substring(0, base.length() - 1) : base;
                }
            }
        }
        return w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
    }

    /** Maps characters OCR often confuses to one representative. */
    static String confusable(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '0' -> sb.append('o');
                case '1', 'l', '|', 'i' -> sb.append('l');
                case '5' -> sb.append('s');
                case '8' -> sb.append('b');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Levenshtein distance, O(n·m) with two rows. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
