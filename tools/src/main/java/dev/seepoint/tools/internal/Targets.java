package dev.seepoint.tools.internal;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Candidate;
import dev.seepoint.perception.Grounding;
import dev.seepoint.perception.Point;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.Size;
import dev.seepoint.tools.Observation;
import dev.seepoint.tools.ToolContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Grounding a described target for an action: unique finds are acted on; not-found and ambiguous
 * answers become error observations listing what was seen instead. Never guesses.
 */
public final class Targets {

    /** Most candidates listed in a message. */
    private static final int LISTED = 5;

    private Targets() {
    }

    /** Either a unique grounding or the error observation explaining why there is none. */
    public record Resolved(Grounding grounding, Observation error) {

        public boolean isOk() {
            return error == null;
        }

        public Box box() {
            return grounding.requireBox();
        }

        public Point point() {
            return grounding.point().orElseGet(() -> grounding.requireBox().center());
        }
    }

    /** A part of the page named by its heading: "the Distribution section", "the Billing card". */
    private static final String SECTION = "[^,]+? (?:section|panel|pane|area|group|block|form|card)";
    /** Where a target says it is, at its end: "in the Distribution section", "in the Billing card", "in the dialog". */
    private static final Pattern SCOPE = Pattern.compile("\\s+(?:in|on|inside|within) the (?:dialog|modal|" + SECTION + ")$",
            Pattern.CASE_INSENSITIVE);
    /** A section at a target's end: "in the Distribution section". */
    private static final Pattern SECTION_SCOPE = Pattern.compile("\\s+(?:in|on|inside|within) the " + SECTION + "$",
            Pattern.CASE_INSENSITIVE);

    /**
     * {@code target} named as a {@code kind} of control, the kind word before where it is: "SMS alerts in the
     * Notifications section" as a switch is "SMS alerts switch in the Notifications section".
     */
    public static String ofKind(String target, String kind) {
        Matcher scope = SCOPE.matcher(target);
        return scope.find() ? target.substring(0, scope.start()) + " " + kind + target.substring(scope.start())
                : target + " " + kind;
    }

    /**
     * {@code target} without the part of the page it names at its end ("YouTube Music in the Distribution section" is
     * "YouTube Music"); empty when it names none. For a section too tall to show its heading and the thing at once.
     */
    public static Optional<String> withoutSection(String target) {
        Matcher scope = SECTION_SCOPE.matcher(target);
        return scope.find() && scope.start() > 0 ? Optional.of(target.substring(0, scope.start()))
                : Optional.empty();
    }

    /** Locates {@code target} on {@code frame} for {@code verb} (e.g. "click"). */
    public static Resolved resolve(ToolContext ctx, Screenshot frame, String target, String verb) {
        Grounding located = ctx.model().locate(frame, target);
        Grounding g = located.isAmbiguous()
                ? ctx.beforeAction().flatMap(before -> Appeared.settle(located, before, frame)).orElse(located) : located;
        return judge(g, frame, verb);
    }

    /** Turns a grounding into a {@link Resolved}: unique is ok, anything else an error. */
    public static Resolved judge(Grounding g, Screenshot frame, String verb) {
        if (g.isUnique()) {
            return new Resolved(g, null);
        }
        Observation err = g.isAmbiguous() ? ambiguous(g, verb) : notFound(g, verb);
        return new Resolved(g, err.withScreenshot(frame));
    }

    public static Observation notFound(Grounding g, String verb) {
        String nearest = listCandidates(g.alternatives());
        return Observation.error("cannot " + verb + " '" + g.expression() + "': not found on the screen ("
                + g.reason().orElse("no match") + ")" + (nearest.isEmpty() ? "" : "; nearest candidates: " + nearest))
                .withGrounding(g).with("reason", "not_found");
    }

    public static Observation ambiguous(Grounding g, String verb) {
        List<Candidate> all = new ArrayList<>();
        all.add(new Candidate(g.requireBox(), g.score(), g.evidence().getOrDefault("kind", ""),
                g.evidence().getOrDefault("text", "")));
        all.addAll(g.alternatives());
        return Observation.error("will not " + verb + " '" + g.expression() + "': it is ambiguous, "
                + all.size() + " candidates match about equally well: " + listCandidates(all)
                + ". Name it more precisely, e.g. with an ordinal ('the second ...') or a relation ('... next to ...', "
                + "'... in the header')" + g.reason().map(r -> " (" + r + ")").orElse(""))
                .withGrounding(g).withCandidates(all).with("reason", "ambiguous");
    }

    public static String listCandidates(List<Candidate> candidates) {
        List<String> parts = new ArrayList<>();
        int i = 1;
        for (Candidate c : candidates) {
            if (i > LISTED) {
                parts.add("… " + (candidates.size() - LISTED) + " more");
                break;
            }
            parts.add(i++ + ") " + c.describe());
        }
        return String.join("; ", parts);
    }

    /**
     * Coarse-to-fine: crops {@code region} of {@code frame}, enlarges it by {@code zoom}, locates
     * {@code target} in the crop and maps the answer back to frame pixels.
     */
    public static Grounding locateIn(ToolContext ctx, Screenshot frame, Box region, String target, double zoom) {
        Box clipped = region.clip(frame.size());
        double z = zoom;
        if (Math.round(clipped.width() * z) == frame.width() && Math.round(clipped.height() * z) == frame.height()) {
            if (z == 1.0) {
                return ctx.model().locate(frame, target);
            }
            // keep the crop's size different from the frame's, so the answer's frame() says which pixels it uses
            z = z * 1.01 > 8 ? z * 0.99 : z * 1.01;
        }
        Screenshot crop = frame.crop(clipped, z);
        Grounding g = ctx.model().locate(crop, target);
        return toFrame(g, crop);
    }

    /**
     * Maps a grounding made on {@code crop} back to the frame. A model may answer in the crop's own
     * pixels (its {@code frame()} is the crop size) or already in frame pixels (its {@code frame()}
     * is the full frame size); only the first needs mapping. {@link #locateIn} keeps the two sizes
     * different so the answer's {@code frame()} tells them apart.
     */
    public static Grounding toFrame(Grounding g, Screenshot crop) {
        Size frame = crop.frame();
        if (!crop.isCrop() || !g.frame().equals(crop.size()) || crop.size().equals(frame)) {
            return g;
        }
        List<Candidate> alts = g.alternatives().stream()
                .map(c -> new Candidate(crop.toFrame(c.box()), c.score(), c.kind(), c.text()))
                .collect(Collectors.toList());
        Map<String, String> evidence = g.evidence();
        Grounding mapped;
        if (!g.isFound()) {
            mapped = Grounding.notFound(g.expression(), frame, g.reason().orElse("not found"), alts);
        } else {
            Box box = crop.toFrame(g.requireBox());
            Point point = g.point().map(crop::toFrame).orElse(null);
            if (point != null && !box.contains(point)) {
                point = box.center();
            }
            mapped = g.isAmbiguous()
                    ? Grounding.ambiguous(g.expression(), frame, box, point, g.score(), alts, evidence,
                            g.reason().orElse("ambiguous"))
                    : Grounding.found(g.expression(), frame, box, point, g.score(), alts, evidence);
        }
        return mapped.withEvidence("zoomed", crop.origin() + " x" + crop.zoom()).withTimings(g.timings());
    }

    /**
     * The region to zoom into around {@code box}: three times its size, at least
     * {@code minSide} pixels a side, clipped to the frame.
     */
    public static Box around(Box box, Size frame, int minSide) {
        int w = Math.max(minSide, box.width() * 3);
        int h = Math.max(minSide, box.height() * 3);
        Point c = box.center();
        Box region = Box.ofSize(c.x() - w / 2, c.y() - h / 2, w, h);
        Box clipped = region.clip(frame);
        return clipped.isEmpty() ? Box.of(0, 0, frame.width(), frame.height()) : clipped;
    }

    /** The evidence {@code state} of a checkable, normalised to {@code on}, {@code off} or empty. */
    public static String state(Grounding g) {
        String s = g.evidence().getOrDefault("state", "").trim().toLowerCase(java.util.Locale.ROOT);
        switch (s) {
            case "on": case "checked": case "true": case "selected": case "yes": case "ticked":
                return "on";
            case "off": case "unchecked": case "false": case "unselected": case "no": case "unticked":
                return "off";
            default:
                return "";
        }
    }
}
