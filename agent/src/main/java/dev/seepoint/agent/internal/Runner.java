package dev.seepoint.agent.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.seepoint.actions.Device;
import dev.seepoint.actions.DeviceGoneException;
import dev.seepoint.agent.AgentOptions;
import dev.seepoint.agent.PlanStep;
import dev.seepoint.perception.Box;
import dev.seepoint.perception.Point;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.tools.Clock;
import dev.seepoint.tools.Observation;
import dev.seepoint.tools.ToolContext;
import dev.seepoint.tools.Toolbox;
import dev.seepoint.tools.internal.Targets;
import dev.seepoint.tools.internal.TextMatch;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bounded ReAct loop for one instruction: for every planned step, Thought -> tool call ->
 * Observation, reacting to what came back (a target not yet visible is waited for, then scrolled
 * to; an action that changed nothing is re-grounded with a zoomed crop and retried once), until the
 * plan is done or a bound is hit. Every call is recorded as a {@link dev.seepoint.agent.Step}.
 */
public final class Runner {

    private static final Logger LOG = LoggerFactory.getLogger(Runner.class);

    /** Tools whose effect is checked by comparing frames. */
    private static final Set<String> VERIFIED = Set.of("click", "type", "select", "set");
    /** Tools that act on the screen (a settled frame is taken after them). */
    private static final Set<String> ACTIONS = Set.of("click", "type", "select", "set", "toggle", "press", "hover", "navigate");
    /** Tools for which a target that is not found yet is waited for and scrolled to. */
    private static final Set<String> SEEKING = Set.of("click", "type", "select", "set", "hover", "toggle", "locate", "read");

    /** Pixels around an acted-on element where a change counts as its effect. */
    private static final int NEAR = 24;

    private final Toolbox toolbox;
    private final ToolContext context;
    private final AgentOptions options;
    private final Recorder recorder;

    private Instant start;
    private int calls;
    private String instruction;

    public Runner(Toolbox toolbox, ToolContext context, AgentOptions options, Recorder recorder) {
        this.toolbox = toolbox;
        this.context = context;
        this.options = options;
        this.recorder = recorder;
    }

    private Clock clock() {
        return context.clock();
    }

    /** Runs {@code plan} for {@code instruction}; returns the last observation or throws {@link RunFailure}. */
    public Observation run(String instructionText, List<PlanStep> plan) {
        this.instruction = instructionText;
        this.start = clock().now();
        this.calls = 0;
        Observation last = Observation.ok("nothing to do");
        for (PlanStep p : plan) {
            last = execute(p);
        }
        return last;
    }

    private record Call(Observation observation, Screenshot after) {
    }

    private Observation execute(PlanStep p) {
        String target = targetOf(p);
        Call c = call(p.tool(), p.args(), firstThought(p));
        if (c.observation().isError()) {
            boolean notFound = c.observation().reason().map("not_found"::equals).orElse(false);
            if ((!notFound && !noneOfItsKind(c.observation())) || target == null || !SEEKING.contains(p.tool())) {
                throw failure(c.observation());
            }
            if (!notFound) {
                c = seekElsewhere(p, target, c);
            } else {
                try {
                    c = seek(p, target, c);
                } catch (RunFailure failed) {
                    // "Workshop day in the Registration section": a section taller than the screen never shows its
                    // heading and the thing together; the thing itself, anywhere, is what is left to look for
                    Optional<String> broad = Targets.withoutSection(target);
                    String key = List.of("target", "into", "in").stream().filter(k -> p.arg(k).equals(target)).findFirst().orElse(null);
                    if (broad.isEmpty() || key == null || failed.observation().isEmpty()) {
                        throw failed;
                    }
                    LOG.debug("'{}' was not found with its section; looking for '{}' alone", target, broad.get());
                    return execute(p.with(key, TextNode.valueOf(broad.get())));
                }
            }
        }
        if (options.verifyActions() && VERIFIED.contains(p.tool()) && c.after() != null) {
            c = verify(p, target, c);
        }
        return c.observation();
    }

    /** The target is not visible: wait for it, then scroll to it; retry the step once it shows. */
    private Call seek(PlanStep p, String target, Call failed) {
        long timeoutMs = timeoutOf(p).toMillis();
        ObjectNode waitArgs = JsonNodeFactory.instance.objectNode().put("target", target).put("timeout_ms", (int) Math.min(Integer.MAX_VALUE, timeoutMs));
        Call w = call("wait", waitArgs, "'" + target + "' is not on the screen yet; I will wait up to " + timeoutMs
                + " ms for it to appear.");
        if (w.observation().isError()) {
            if (w.observation().reason().map("ambiguous"::equals).orElse(false)) {
                throw failure(w.observation());
            }
            ObjectNode scrollArgs = JsonNodeFactory.instance.objectNode().put("to", target);
            Call s = call("scroll", scrollArgs, "'" + target + "' did not appear; it may be outside the viewport, "
                    + "so I will scroll to look for it.");
            if (s.observation().isError()) {
                throw failure(failed.observation(), s.observation().text());
            }
        }
        return retry(p, target);
    }

    /** The step once more, now that its target is in view; its failure is the step's. */
    private Call retry(PlanStep p, String target) {
        Call again = call(p.tool(), p.args(), "'" + target + "' is visible now; trying " + p.tool() + " again.");
        if (again.observation().isError()) {
            throw failure(again.observation());
        }
        return again;
    }

    /**
     * Whether the target was ambiguous among things none of which is of the kind asked for ("the Holds tab" between
     * a card's caption and a word in a sentence): the thing meant may be off the screen.
     */
    private static boolean noneOfItsKind(Observation o) {
        boolean otherKind = o.grounding().map(g -> "false".equals(g.evidence().get("kind_seen"))).orElse(false);
        // ambiguous among such things, or one such thing that did not do what the step wanted ("the Autopay switch"
        // found as a card's caption AUTOPAY, which a click does not turn on): the thing meant may be off the screen
        return otherKind && (o.reason().map("ambiguous"::equals).orElse(false) || o.grounding().get().isUnique());
    }

    /** Scrolls to look for the target elsewhere; when it is not found there either, the ambiguity stands. */
    private Call seekElsewhere(PlanStep p, String target, Call ambiguous) {
        ObjectNode scrollArgs = JsonNodeFactory.instance.objectNode().put("to", target).put("unique", true);
        Call s = call("scroll", scrollArgs, "several things here match '" + target + "' but none is of its kind; "
                + "I will scroll to look for one that is.");
        if (s.observation().isError()) {
            throw failure(ambiguous.observation(), s.observation().text());
        }
        return retry(p, target);
    }

    /** An action that changed nothing: re-ground with a zoomed crop around the target and retry once. */
    private Call verify(PlanStep p, String target, Call c) {
        Observation o = c.observation();
        Screenshot before = o.screenshot().orElse(null);
        if (before == null) {
            return c;
        }
        Box region = regionOf(p, o);
        if (ScreenDiff.changed(before, c.after(), region) || changedNear(o, before, c.after())) {
            return c;
        }
        if (target == null || o.box().isEmpty()) {
            LOG.debug("{} changed nothing visible and has no target to re-ground; accepting it", p.describe());
            return c;
        }
        Box box = o.box().get();
        Box around = Targets.around(box, before.size(), 160);
        ObjectNode cropArgs = JsonNodeFactory.instance.objectNode().put("target", target).put("zoom", options.zoom());
        cropArgs.putArray("box").add(around.left()).add(around.top()).add(around.right()).add(around.bottom());
        Call crop = call("crop", cropArgs, "Nothing changed on the screen after " + p.tool() + " on '" + target + "' at "
                + box + "; I will zoom x" + options.zoom() + " into " + around + " to re-ground it and try once more.");
        if (crop.observation().isError() || crop.observation().grounding().isEmpty()) {
            throw failure(o, p.tool() + " on '" + target + "' at " + box + " did not change the screen, and a zoomed crop "
                    + "could not re-ground it: " + crop.observation().text());
        }
        Point refined = crop.observation().grounding().get().point()
                .orElseGet(() -> crop.observation().box().orElse(box).center());
        if (box.contains(refined)) {
            // the zoomed look agrees with where we clicked: the element is there and simply shows no visible change
            // (an already selected tab, a no-op button); clicking it again would only repeat the same click
            LOG.debug("{} changed nothing visible; the zoomed re-grounding agrees with {}, accepting it", p.describe(), box);
            return new Call(o.withText(o.text() + "; nothing changed visibly, and a zoomed re-grounding agrees with the "
                    + "point clicked"), c.after());
        }
        JsonNode retryArgs = p.args();
        if (p.tool().equals("click") || p.tool().equals("type")) {
            ObjectNode a = p.args().deepCopy();
            a.putArray("at").add(refined.x()).add(refined.y());
            retryArgs = a;
        }
        Call retry = call(p.tool(), retryArgs, "Re-grounded '" + target + "' at " + crop.observation().box().orElse(box)
                + "; retrying " + p.tool() + " at " + refined + ".");
        if (retry.observation().isError()) {
            throw failure(retry.observation());
        }
        Screenshot retryBefore = retry.observation().screenshot().orElse(before);
        if (retry.after() != null && (ScreenDiff.changed(retryBefore, retry.after(), regionOf(p, retry.observation()))
                || changedNear(retry.observation(), retryBefore, retry.after()))) {
            return retry;
        }
        throw failure(retry.observation(), p.tool() + " on '" + target + "' did not change the screen: first at "
                + o.data().getOrDefault("point", box.center()) + ", then at " + refined
                + " after re-grounding with a zoomed crop. Is it the right element, and is it enabled?");
    }

    /** Did the pixels right around the acted-on element change (a radio's dot, a checkbox's tick)? */
    private static boolean changedNear(Observation o, Screenshot before, Screenshot after) {
        return o.box().isPresent() && ScreenDiff.changed(before, after, o.box().get().expand(NEAR));
    }

    private static Box regionOf(PlanStep p, Observation o) {
        if (p.tool().equals("type") && o.box().isPresent()) {
            return o.box().get().expand(8);
        }
        return null;
    }

    private Call call(String tool, JsonNode args, String thought) {
        checkBounds();
        calls++;
        Instant t0 = clock().now();
        long started = t0.toEpochMilli();
        long n0 = System.nanoTime();
        Observation o;
        try {
            o = toolbox.execute(tool, args, context);
        } catch (DeviceGoneException e) {
            recorder.add(instruction, thought, tool, args, Observation.error("the browser is gone: " + e.getMessage())
                    .with("reason", "device_gone"), started, elapsedMs(n0), Map.of(), null, null);
            throw e;
        }
        long toolMs = elapsedMs(n0);
        context.forgetFrame();
        Screenshot after = null;
        Map<String, Long> timings = new LinkedHashMap<>();
        timings.put("tool", toolMs);
        o.grounding().ifPresent(g -> g.timings().forEach((k, v) -> timings.put("grounding." + k, v.toMillis())));
        if (o.isOk() && ACTIONS.contains(tool)) {
            o.screenshot().ifPresent(context::rememberBeforeAction);
            long s0 = System.nanoTime();
            try {
                Device.Settled settled = context.device().settle(options.settleTimeout());
                after = settled.frame();
                if (settled.settled()) {
                    // the next look at the screen is this frame: no need to take the same picture again
                    context.offerFrame(after);
                }
            } catch (DeviceGoneException e) {
                Observation gone = Observation.error(o.text() + "; then the browser is gone: " + e.getMessage())
                        .with("reason", "device_gone");
                recorder.add(instruction, thought, tool, args, o.screenshot().map(gone::withScreenshot).orElse(gone),
                        started, elapsedMs(n0), timings, o.screenshot().orElse(null), null);
                throw e;
            }
            timings.put("settle", elapsedMs(s0));
        }
        long total = elapsedMs(n0);
        timings.put("total", total);
        recorder.add(instruction, thought, tool, args, o, started, total, timings, o.screenshot().orElse(null), after);
        LOG.debug("{} {} -> {}", tool, args, o.describe());
        return new Call(o, after);
    }

    private static long elapsedMs(long n0) {
        return (System.nanoTime() - n0) / 1_000_000;
    }

    private void checkBounds() {
        if (calls >= options.maxSteps()) {
            throw new RunFailure("gave up after " + calls + " steps (maxSteps=" + options.maxSteps() + ")", null);
        }
        Duration spent = clock().since(start);
        if (spent.compareTo(options.maxTime()) >= 0) {
            throw new RunFailure("gave up after " + String.format(Locale.ROOT, "%.1f", spent.toMillis() / 1000.0)
                    + " s (maxTime=" + options.maxTime().toMillis() + " ms)", null);
        }
    }

    private Duration timeoutOf(PlanStep p) {
        JsonNode t = p.args().get("timeout_ms");
        return t != null && t.isNumber() ? Duration.ofMillis(t.asLong()) : options.timeout();
    }

    /** The described thing a step depends on: its target, field, dropdown, or option. */
    static String targetOf(PlanStep p) {
        for (String key : List.of("target", "into", "in", "to")) {
            String v = p.arg(key);
            if (!v.isBlank()) {
                return v;
            }
        }
        return p.tool().equals("select") && !p.arg("option").isBlank() ? p.arg("option") : null;
    }

    private static String firstThought(PlanStep p) {
        String intent = p.intent().isBlank() ? p.describe() : p.intent();
        String how = switch (p.tool()) {
            case "click" -> "locate '" + p.arg("target") + "' and click it";
            case "type" -> p.arg("into").isBlank() ? "type into the focused element"
                    : "locate '" + p.arg("into") + "', click it and type \"" + TextMatch.abbreviate(p.arg("text"), 40) + "\"";
            case "select" -> p.arg("in").isBlank() ? "click the option '" + p.arg("option") + "'"
                    : "locate '" + p.arg("in") + "' and choose '" + p.arg("option") + "'";
            case "toggle" -> "locate '" + p.arg("target") + "' and set it " + p.arg("state");
            case "set" -> "locate '" + p.arg("target") + "' and set it to '" + p.arg("value") + "' as it is drawn (a dropdown, "
                    + "a field, a switch or a group of options)";
            case "check" -> "check that " + p.arg("assertion");
            case "wait" -> p.arg("target").isBlank() ? "pause" : "wait for '" + p.arg("target") + "'";
            case "press" -> "press " + p.arg("keys");
            case "scroll" -> p.arg("to").isBlank() ? "scroll " + p.arg("direction") : "scroll until '" + p.arg("to") + "' is visible";
            default -> "call " + p.describe();
        };
        return "To " + intent + ", I will " + how + ".";
    }

    private RunFailure failure(Observation o) {
        return failure(o, null);
    }

    private RunFailure failure(Observation o, String extra) {
        StringBuilder sb = new StringBuilder();
        sb.append(extra != null ? extra : o.text());
        if (extra != null) {
            sb.append("\nLast observation: ").append(o.text());
        }
        if (!o.candidates().isEmpty() && !o.text().contains("candidates")) {
            sb.append("\nNearest candidates: ").append(Targets.listCandidates(o.candidates()));
        }
        Object text = o.data().get("text");
        if (text != null && !text.toString().isBlank() && !sb.toString().contains(text.toString())) {
            sb.append("\nText read: \"").append(TextMatch.abbreviate(text.toString(), 300)).append('"');
        }
        return new RunFailure(sb.toString(), o);
    }
}
