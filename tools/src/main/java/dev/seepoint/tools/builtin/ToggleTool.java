package dev.seepoint.tools.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seepoint.perception.Box;
import dev.seepoint.perception.Grounding;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.tools.AbstractTool;
import dev.seepoint.tools.Observation;
import dev.seepoint.tools.ToolContext;
import dev.seepoint.tools.internal.Appeared;
import dev.seepoint.tools.internal.Args;
import dev.seepoint.tools.internal.Schema;
import dev.seepoint.tools.internal.Targets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks, unchecks or flips a checkbox, radio button or toggle, using the grounded state evidence. */
public final class ToggleTool extends AbstractTool {

    /** A description that already names the kind of control. */
    private static final Pattern KIND_NAMED = Pattern.compile(
            "\\b(?:check ?box(?:es)?|box|radio(?: button)?|option|switch|toggle|slider|button|tick)\\b", Pattern.CASE_INSENSITIVE);
    /** Evidence kinds of the controls a toggle acts on. */
    private static final Set<String> CHECKABLE = Set.of("checkbox", "radio button", "toggle");

    /** Two names joined by "and": "Figma and Framer" (or one name, "Terms and Conditions"). */
    private static final Pattern TWO = Pattern.compile("^(?:the )?(\\S.*?) and (?:the )?(\\S.*)$", Pattern.CASE_INSENSITIVE);

    public ToggleTool() {
        super("toggle", "Sets a checkbox, radio button or switch described by 'target' to 'state': on (check), off "
                + "(uncheck) or flip. When the grounded model reports the current state it clicks only if needed and "
                + "verifies the new state afterwards.",
                Schema.object().string("target", "description of the checkable", true)
                        .choice("state", "on, off or flip (default on)", "on", "off", "flip").build());
    }

    @Override
    public Observation execute(JsonNode json, ToolContext ctx) {
        Args args = Args.of(name(), json);
        String target = args.string("target");
        String wanted = args.optString("state").orElse("on").toLowerCase(Locale.ROOT);
        if (!wanted.equals("on") && !wanted.equals("off") && !wanted.equals("flip")) {
            throw new IllegalArgumentException("state must be on, off or flip, got '" + wanted + "'");
        }
        Screenshot frame = ctx.frame();
        Observation each = each(ctx, frame, target, wanted);
        if (each != null) {
            return each;
        }
        Targets.Resolved r = Targets.resolve(ctx, frame, target, "toggle");
        String query = target;
        if (r.grounding().isAmbiguous() && !KIND_NAMED.matcher(target).find()) {
            // "tick EV charging": the words also stand elsewhere (a tag on every result); one checkable reads so
            Named one = checkable(ctx, frame, target);
            if (one != null) {
                r = one.found();
                query = one.asked();
            }
        }
        if (!KIND_NAMED.matcher(target).find()) {
            // a bare label ("Weekly digest") may ground to the label's words, or to the knob inside a switch
            // beside it; a switch found beside the same label that holds the answer (or replaces mere text) wins
            String asSwitch = Targets.ofKind(target, "switch");
            Grounding sw = ctx.model().locate(frame, asSwitch);
            if (sw.isUnique() && "toggle".equals(sw.evidence().get("kind")) && !Targets.state(sw).isEmpty()
                    && (!r.isOk() || sw.requireBox().contains(r.box()) || !CHECKABLE.contains(r.grounding().evidence().get("kind")))) {
                r = Targets.judge(sw, frame, "toggle");
                query = asSwitch;
            }
        }
        if (!r.isOk()) {
            return r.error();
        }
        String before = Targets.state(r.grounding());
        if (!wanted.equals("flip") && before.equals(wanted)) {
            return Observation.ok("'" + target + "' is already " + wanted).withGrounding(r.grounding())
                    .withScreenshot(frame).with("state", before).with("clicked", false);
        }
        ctx.device().click(r.point());
        Screenshot after = ctx.device().settle(ctx.options().settleTimeout()).frame();
        Grounding again = ctx.model().locate(after, query);
        String now = again.isFound() ? Targets.state(again) : "";
        String expected = wanted.equals("flip") ? (before.equals("on") ? "off" : before.equals("off") ? "on" : "") : wanted;
        if (!now.isEmpty() && !expected.isEmpty() && !now.equals(expected)) {
            return Observation.error("clicked '" + target + "' at " + r.point() + " but it is still " + now
                    + " (wanted " + expected + ")").withGrounding(r.grounding()).withScreenshot(frame)
                    .with("state", now).with("reason", "state_unchanged").with("point", r.point().toString());
        }
        Box row = new Box(0, r.box().top(), frame.width(), r.box().bottom());
        if (now.isEmpty() && !Appeared.changedAround(frame, after, row)) {
            // no state seen before or after, and nothing changed along its row (a label's switch may stand at the row's
            // end): the click missed the control (a row's empty middle beside its switch) or it is not one
            return Observation.error("clicked '" + target + "' at " + r.point() + " but nothing changed there, and no on or "
                    + "off state was seen: is it the switch or checkbox itself, and is it enabled?").withGrounding(r.grounding())
                    .withScreenshot(frame).with("reason", "state_unchanged").with("point", r.point().toString());
        }
        return Observation.ok("clicked '" + target + "' at " + r.point() + "; it is now "
                + (now.isEmpty() ? "in an unknown state (no state evidence)" : now)).withGrounding(r.grounding())
                .withScreenshot(frame).with("state", now).with("clicked", true).with("point", r.point().toString());
    }

    /**
     * "tick Figma and Framer": two names that each name a checkable of their own are set one after the other; null when
     * the words are one name ("Terms and Conditions" names one checkbox) or not two controls.
     */
    private Observation each(ToolContext ctx, Screenshot frame, String target, String wanted) {
        java.util.regex.Matcher two = TWO.matcher(target.strip());
        if (!two.matches()) {
            return null;
        }
        Named first = checkable(ctx, frame, two.group(1));
        Named second = checkable(ctx, frame, two.group(2));
        if (first == null && second == null) {
            return null;
        }
        // one seen as a checkable, the other only as its caption (a box drawn too faintly to be seen): both, each by
        // its own words
        if (first != null && second == null) {
            second = captionOfAnother(ctx, frame, first, two.group(2));
        } else if (first == null) {
            first = captionOfAnother(ctx, frame, second, two.group(1));
        }
        if (first == null || second == null || first.found().box().intersects(second.found().box())) {
            return null;
        }
        List<String> done = new java.util.ArrayList<>();
        for (Named one : List.of(first, second)) {
            Observation o = execute(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                    .put("target", one.asked()).put("state", wanted), ctx);
            if (o.isError()) {
                return o;
            }
            done.add(o.text());
        }
        return Observation.ok(String.join("; ", done)).withScreenshot(frame);
    }

    /**
     * How to name {@code name} so it is one checkable: as it is, or with the kind of control after it when the words
     * also stand elsewhere ("EV charging" as a filter's checkbox and as a tag on every result), with what it found;
     * null when neither.
     */
    private static Named checkable(ToolContext ctx, Screenshot frame, String name) {
        List<String> ways = KIND_NAMED.matcher(name).find() ? List.of(name)
                : List.of(name, Targets.ofKind(name, "checkbox"), Targets.ofKind(name, "switch"), Targets.ofKind(name, "radio button"));
        for (String asked : ways) {
            Targets.Resolved r = Targets.resolve(ctx, frame, asked, "toggle");
            if (r.isOk() && CHECKABLE.contains(r.grounding().evidence().get("kind"))) {
                return new Named(asked, r);
            }
        }
        return null;
    }

    /**
     * {@code name} as it is, when it names one thing on the screen that is not part of the caption of the checkable
     * {@code seen} ("Conditions" of "I agree to the Terms and Conditions"); null otherwise.
     */
    private static Named captionOfAnother(ToolContext ctx, Screenshot frame, Named seen, String name) {
        Map<String, String> evidence = seen.found().grounding().evidence();
        String caption = (evidence.getOrDefault("text", "") + " " + evidence.getOrDefault("label", "")).toLowerCase(Locale.ROOT);
        if (caption.contains(name.toLowerCase(Locale.ROOT))) {
            return null;
        }
        Targets.Resolved r = Targets.resolve(ctx, frame, name, "toggle");
        return r.isOk() ? new Named(name, r) : null;
    }

    /** A description that names one checkable, and the checkable it found. */
    private record Named(String asked, Targets.Resolved found) {
    }
}
