package dev.seepoint.tools.internal;

import dev.seepoint.perception.Screenshot;
import dev.seepoint.tools.ToolContext;
import java.util.Optional;

/** Choosing an option of a native dropdown by keyboard, and seeing whether the choice took. */
public final class Dropdowns {

    private Dropdowns() {
    }

    /**
     * Chooses {@code option} in the dropdown {@code r} found on {@code frame}. Type-ahead that matches no option leaves
     * the dropdown as it was and the keys pass silently: when it shows just what it showed before, and that is not the
     * option, the choice did not take, and the message says so. Empty when it took, or when no OCR engine can tell.
     */
    public static Optional<String> choose(ToolContext ctx, Screenshot frame, Targets.Resolved r, String option) {
        Optional<String> before = Reading.read(ctx, frame, r.box());
        ctx.device().select(r.point(), option);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        Screenshot after = ctx.device().settle(ctx.options().settleTimeout()).frame();
        String shown = Reading.read(ctx, after, r.box()).orElse("");
        String wanted = TextMatch.unquote(option.strip());
        if (TextMatch.contains(shown, wanted) || !TextMatch.normalize(shown).equals(TextMatch.normalize(before.get()))) {
            return Optional.empty(); // it shows the option, or something new (an abbreviation the type-ahead completed)
        }
        return Optional.of("the dropdown at " + r.point() + " still shows '" + TextMatch.abbreviate(shown, 60)
                + "' after typing '" + TextMatch.abbreviate(wanted, 60) + "' to choose: none of its options starts with "
                + "those words; name the option as the dropdown lists it");
    }
}
