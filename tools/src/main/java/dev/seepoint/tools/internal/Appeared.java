package dev.seepoint.tools.internal;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Candidate;
import dev.seepoint.perception.Grounding;
import dev.seepoint.perception.Screenshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settles a tie by what the last action brought up: "choose Move to…, then pick Done" means the "Done" of the menu
 * that just opened, not the column heading that was there before. Only when exactly one of the equally good
 * candidates is new and at least one was there all along; otherwise the tie stands.
 */
public final class Appeared {

    /** Share of a candidate's pixels that must differ from the frame before the action for it to count as new. */
    private static final double NEW = 0.25;
    /** Summed channel difference above which a pixel differs. */
    private static final int DIFFERS = 48;
    /** Candidates this close to the best score tie with it. */
    private static final double TIE = 0.93;

    private Appeared() {
    }

    static Optional<Grounding> settle(Grounding g, Screenshot before, Screenshot now) {
        if (!before.size().equals(now.size()) || g.box().isEmpty()) {
            return Optional.empty();
        }
        List<Candidate> tied = new ArrayList<>();
        tied.add(new Candidate(g.requireBox(), g.score(), g.evidence().getOrDefault("kind", ""), g.evidence().getOrDefault("text", "")));
        for (Candidate c : g.alternatives()) {
            if (c.score() >= g.score() * TIE) {
                tied.add(c);
            }
        }
        List<Candidate> fresh = tied.stream().filter(c -> isNew(before, now, c.box())).toList();
        if (fresh.size() != 1 || fresh.size() == tied.size()) {
            return Optional.empty();
        }
        Candidate pick = fresh.get(0);
        List<Candidate> others = new ArrayList<>(tied);
        others.remove(pick);
        Map<String, String> evidence = new LinkedHashMap<>(g.evidence());
        evidence.put("kind", pick.kind());
        evidence.put("text", pick.text());
        evidence.put("appeared", "the only one of " + tied.size() + " equally good matches that the last action brought up");
        return Optional.of(Grounding.found(g.expression(), g.frame(), pick.box(), pick.box().center(), pick.score(), others, evidence));
    }

    /**
     * Whether anything changed in or just around {@code box} (24 px each way) between the two frames: two dozen pixels
     * differ (a tick drawn in a 16 px box is more).
     */
    public static boolean changedAround(Screenshot before, Screenshot now, Box box) {
        if (!before.size().equals(now.size())) {
            return true;
        }
        return differing(before, now, box.expand(24).clip(now.size())) >= 24;
    }

    /** How many pixels of {@code b} (inside both frames) differ between them. */
    private static long differing(Screenshot before, Screenshot now, Box b) {
        long n = 0;
        for (int y = b.top(); y < b.bottom(); y++) {
            for (int x = b.left(); x < b.right(); x++) {
                if (differs(before.rgb(x, y), now.rgb(x, y))) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean differs(int p, int q) {
        return Math.abs(((p >> 16) & 0xFF) - ((q >> 16) & 0xFF)) + Math.abs(((p >> 8) & 0xFF) - ((q >> 8) & 0xFF))
                + Math.abs((p & 0xFF) - (q & 0xFF)) > DIFFERS;
    }

    /** Whether enough of {@code box} differs between the two frames. */
    static boolean isNew(Screenshot before, Screenshot now, Box box) {
        Box b = box.clip(now.size());
        if (b.isEmpty()) {
            return false;
        }
        return differing(before, now, b) >= NEW * b.area();
    }
}
