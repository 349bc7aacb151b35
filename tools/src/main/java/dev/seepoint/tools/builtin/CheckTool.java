package dev.seepoint.tools.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seepoint.perception.Grounding;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.tools.AbstractTool;
import dev.seepoint.tools.Observation;
import dev.seepoint.tools.ToolContext;
import dev.seepoint.tools.internal.Args;
import dev.seepoint.tools.internal.Assertion;
import dev.seepoint.tools.internal.Reading;
import dev.seepoint.tools.internal.Schema;
import dev.seepoint.tools.internal.TextMatch;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a plain-language assertion about the screen, re-checking until it holds or a timeout
 * passes. Text assertions use OCR (and the grounded model as a second witness); state assertions
 * use the grounded model's {@code state} evidence.
 */
public final class CheckTool extends AbstractTool {

    /** Most characters of text read quoted in a message. */
    private static final int QUOTED = 300;

    public CheckTool() {
        super("check", "Checks whether an assertion about the screen holds, re-checking until 'timeout_ms' (default "
                + "from options; 0 checks once). Understands: the page shows 'text' / I see 'text' / the page does not "
                + "show 'text'; <element> is visible / is not visible; <element> is checked / unchecked / on / off / "
                + "enabled / disabled; <element> shows 'text'. Anything else is read as \"<element> is visible\". "
                + "Fails with the evidence found instead.",
                Schema.object().string("assertion", "what should be true", true)
                        .number("timeout_ms", "how long to keep re-checking, in milliseconds").build());
    }

    /** One evaluation of the assertion. */
    private record Verdict(boolean holds, String evidence, Grounding grounding, String textRead) {
    }

    @Override
    public Observation execute(JsonNode json, ToolContext ctx) {
        Args args = Args.of(name(), json);
        String text = args.string("assertion");
        Assertion assertion = Assertion.parse(text);
        Duration timeout = args.millis("timeout_ms", ctx.options().timeout());
        Duration poll = ctx.options().pollInterval();
        long maxPolls = timeout.toMillis() / Math.max(1, poll.toMillis()) + 2;
        Instant start = ctx.clock().now();
        Screenshot frame = null;
        Verdict v = null;
        for (long i = 0; i < maxPolls; i++) {
            frame = ctx.frame();
            v = evaluate(ctx, frame, assertion);
            if (v.holds() || ctx.clock().since(start).compareTo(timeout) >= 0) {
                break;
            }
            ctx.clock().sleep(poll);
        }
        Observation o = v.holds()
                ? Observation.ok("holds: " + assertion.describe() + " (" + v.evidence() + ")")
                : Observation.error("does not hold: " + assertion.describe() + "; " + v.evidence()
                        + (timeout.isZero() ? "" : " (checked for " + ctx.clock().since(start).toMillis() + " ms, timeout="
                                + timeout.toMillis() + " ms)")).with("reason", "check_failed");
        o = o.withScreenshot(frame).with("assertion", assertion.describe()).with("kind", assertion.kind().name());
        if (v.grounding() != null) {
            o = o.withGrounding(v.grounding());
        }
        if (v.textRead() != null) {
            o = o.with("text", TextMatch.abbreviate(v.textRead(), QUOTED));
        }
        return o;
    }

    private static Verdict evaluate(ToolContext ctx, Screenshot frame, Assertion a) {
        return switch (a.kind()) {
            case TEXT_SHOWN -> textShown(ctx, frame, a.subject(), true);
            case TEXT_ABSENT -> textShown(ctx, frame, a.subject(), false);
            case VISIBLE, GONE -> visible(ctx, frame, a.subject(), a.kind() == Assertion.Kind.VISIBLE);
            case STATE -> state(ctx, frame, a.subject(), a.value());
            case ELEMENT_TEXT -> elementText(ctx, frame, a.subject(), a.value());
        };
    }

    private static Verdict textShown(ToolContext ctx, Screenshot frame, String wanted, boolean shown) {
        Optional<String> all = Reading.readAll(ctx, frame);
        if (all.isPresent() && TextMatch.contains(all.get(), wanted)) {
            return new Verdict(shown, "OCR read \"" + wanted + "\" on the screen", null, all.get());
        }
        Grounding g = ctx.model().locate(frame, "\"" + wanted + "\"");
        String seen = g.evidence().getOrDefault("text", "");
        boolean byModel = g.isFound() && (seen.isBlank() || TextMatch.contains(seen, wanted));
        if (byModel) {
            return new Verdict(shown, "the grounded model found it: " + g.describe(), g, all.orElse(null));
        }
        String instead = all.map(t -> "text read instead: \"" + TextMatch.abbreviate(t, QUOTED) + "\"")
                .orElse("no OCR engine is configured") + "; grounding: " + g.describe();
        return new Verdict(!shown, instead, g, all.orElse(null));
    }

    private static Verdict visible(ToolContext ctx, Screenshot frame, String target, boolean wanted) {
        Grounding g = ctx.model().locate(frame, target);
        String evidence = g.isFound() ? "found " + g.describe() : g.describe()
                + (g.alternatives().isEmpty() ? "" : "; nearest: " + dev.seepoint.tools.internal.Targets.listCandidates(g.alternatives()));
        return new Verdict(g.isFound() == wanted, evidence, g, null);
    }

    private static Verdict state(ToolContext ctx, Screenshot frame, String target, String expectation) {
        String key = expectation.substring(0, expectation.indexOf('='));
        String wanted = expectation.substring(expectation.indexOf('=') + 1);
        Grounding g = ctx.model().locate(frame, target);
        if (!g.isFound()) {
            return new Verdict(false, g.describe(), g, null);
        }
        String now = key.equals("state") ? dev.seepoint.tools.internal.Targets.state(g)
                : normalizeFlag(g.evidence().getOrDefault(key, ""));
        if (now.isEmpty()) {
            return new Verdict(false, "found " + g.describe() + " but the model reports no '" + key + "' evidence "
                    + "(evidence: " + g.evidence() + ")", g, null);
        }
        return new Verdict(now.equals(wanted), "found " + g.describe() + " with " + key + "=" + now, g, null);
    }

    private static String normalizeFlag(String v) {
        String s = v.trim().toLowerCase(java.util.Locale.ROOT);
        return switch (s) {
            case "on", "true", "yes", "enabled", "active" -> "on";
            case "off", "false", "no", "disabled", "inactive" -> "off";
            default -> "";
        };
    }

    private static Verdict elementText(ToolContext ctx, Screenshot frame, String target, String wanted) {
        Grounding g = ctx.model().locate(frame, target);
        if (!g.isFound()) {
            return new Verdict(false, g.describe(), g, null);
        }
        if (g.isAmbiguous()) {
            return new Verdict(false, "'" + target + "' is ambiguous: " + g.describe(), g, null);
        }
        String read = Reading.read(ctx, frame, g.requireBox()).filter(t -> !t.isBlank())
                .orElse(g.evidence().getOrDefault("text", ""));
        boolean holds = TextMatch.contains(read, wanted);
        return new Verdict(holds, "'" + target + "' at " + g.requireBox() + " reads \"" + TextMatch.abbreviate(read, QUOTED)
                + "\"", g, read);
    }
}
