package dev.seepoint.tools.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain-language assertion, parsed into one of a few checkable shapes:
 * text shown or not shown, element visible or gone, checkable state, element text.
 *
 * @param kind    the shape
 * @param subject the element or text it is about
 * @param value   the expected state ({@code on}/{@code off}) or text; empty when none
 */
public record Assertion(Kind kind, String subject, String value) {

    /** The checkable shapes. */
    public enum Kind {
        /** A text is shown somewhere on the screen. */
        TEXT_SHOWN,
        /** A text is not shown anywhere. */
        TEXT_ABSENT,
        /** A described element is visible. */
        VISIBLE,
        /** A described element is not visible. */
        GONE,
        /** A checkable is on or off. */
        STATE,
        /** A described element shows a text. */
        ELEMENT_TEXT
    }

    private static final String Q = "(['\"“‘«].*['\"”’»])";
    private static final Pattern PAGE_SHOWS = Pattern.compile(
            "^(?:the )?(?:page|screen|window|browser|app|application)(?: now)? (?:shows|displays|contains|says|reads|includes|has)(?: the text)? (.+)$");
    private static final Pattern PAGE_NOT_SHOWS = Pattern.compile(
            "^(?:the )?(?:page|screen|window|browser|app|application) (?:does not|doesn't|no longer) (?:show|display|contain|say|include|have)(?: the text)? (.+)$");
    private static final Pattern SEE = Pattern.compile("^(?:i |we |you )?(?:can )?see (?:the text )?(.+)$");
    private static final Pattern NOT_SEE = Pattern.compile(
            "^(?:i |we |you )?(?:can ?not|can't|do not|don't|no longer) see (?:the text )?(.+)$");
    private static final Pattern NO_SUCH = Pattern.compile("^(?:there is |there are )?no (.+?)(?: (?:is|are) (?:shown|visible|displayed))?$");
    private static final Pattern STATE = Pattern.compile(
            "^(.+?) (?:is|are)(?: now)? (not checked|not selected|not ticked|checked|unchecked|selected|unselected|deselected|ticked|unticked|on|off|enabled|disabled|active|inactive)$");
    private static final Pattern GONE = Pattern.compile(
            "^(.+?) (?:is|are)(?: now)? (?:not (?:visible|shown|displayed|present|there)|hidden|gone|absent|invisible|closed)$"
                    + "|^(.+?) (?:has |have )?(?:disappeared|vanished|gone away)$");
    private static final Pattern VISIBLE = Pattern.compile(
            "^(.+?) (?:is|are)(?: now)? (?:visible|shown|displayed|present|there|on the (?:page|screen)|open|opened|appeared)$"
                    + "|^(.+?) (?:appears|has appeared|exists)$");
    private static final Pattern ELEMENT_TEXT = Pattern.compile(
            "^(.+?) (?:contains|shows|reads|says|displays|has the text|has text|has value|equals|is|=) " + Q + "$");

    /** Parses {@code text}; anything unrecognised becomes "the described element is visible". */
    public static Assertion parse(String text) {
        String t = normalize(text);
        Matcher m;
        if ((m = PAGE_NOT_SHOWS.matcher(t)).matches() || (m = NOT_SEE.matcher(t)).matches()) {
            return textOrElement(restore(text, m.group(1)), false);
        }
        if ((m = STATE.matcher(t)).matches()) {
            String word = m.group(2);
            boolean on = switch (word) {
                case "checked", "selected", "ticked", "on", "enabled", "active" -> true;
                default -> false;
            };
            String key = word.equals("enabled") || word.equals("disabled") ? "enabled"
                    : word.equals("active") || word.equals("inactive") ? "active" : "state";
            return new Assertion(Kind.STATE, restore(text, m.group(1)), key + "=" + (on ? "on" : "off"));
        }
        if ((m = GONE.matcher(t)).matches()) {
            return new Assertion(Kind.GONE, restore(text, m.group(1) != null ? m.group(1) : m.group(2)), "");
        }
        if ((m = PAGE_SHOWS.matcher(t)).matches() || (m = SEE.matcher(t)).matches()) {
            return textOrElement(restore(text, m.group(1)), true);
        }
        if ((m = ELEMENT_TEXT.matcher(t)).matches()) {
            return new Assertion(Kind.ELEMENT_TEXT, restore(text, m.group(1)), TextMatch.unquote(restore(text, m.group(2))));
        }
        if ((m = VISIBLE.matcher(t)).matches()) {
            return new Assertion(Kind.VISIBLE, restore(text, m.group(1) != null ? m.group(1) : m.group(2)), "");
        }
        if ((m = NO_SUCH.matcher(t)).matches()) {
            return textOrElement(restore(text, m.group(1)), false);
        }
        String whole = restore(text, t);
        return TextMatch.isQuoted(whole) ? new Assertion(Kind.TEXT_SHOWN, TextMatch.unquote(whole), "")
                : new Assertion(Kind.VISIBLE, whole, "");
    }

    private static Assertion textOrElement(String what, boolean shown) {
        if (TextMatch.isQuoted(what)) {
            return new Assertion(shown ? Kind.TEXT_SHOWN : Kind.TEXT_ABSENT, TextMatch.unquote(what), "");
        }
        return new Assertion(shown ? Kind.VISIBLE : Kind.GONE, what, "");
    }

    /** Lower-cased matching copy: "should be" reads as "is", "should see" as "see", and so on. */
    private static String normalize(String text) {
        String t = text.trim().replaceAll("[.!]+$", "").replaceAll("\\s+", " ");
        t = t.replaceFirst("(?i)^(?:that|if|whether) ", "");
        String s = t.toLowerCase(Locale.ROOT);
        s = s.replace(" should not be ", " is not ").replace(" shouldn't be ", " is not ")
                .replace(" should be ", " is ").replace(" should now be ", " is ")
                .replace(" should show ", " shows ").replace(" should display ", " displays ")
                .replace(" should contain ", " contains ").replace(" should say ", " says ").replace(" should read ", " reads ")
                .replace(" should have ", " has ").replace(" should appear", " appears").replace(" should disappear", " disappeared")
                .replace(" should not show ", " does not show ").replace(" should not contain ", " does not contain ")
                .replace(" should not display ", " does not display ");
        s = s.replaceFirst("^(i |we |you )?should (now )?see ", "see ")
                .replaceFirst("^(i |we |you )?should not see ", "do not see ")
                .replaceFirst("^(i |we |you )?should no longer see ", "do not see ");
        return s;
    }

    /**
     * Finds the original-case text of {@code lowered} (a piece of the normalised assertion) in
     * {@code original}; falls back to the lowered piece when it cannot be found verbatim.
     */
    private static String restore(String original, String lowered) {
        String piece = lowered.trim();
        int i = original.toLowerCase(Locale.ROOT).indexOf(piece);
        return i >= 0 ? original.substring(i, i + piece.length()).trim() : piece;
    }

    /** One line for messages. */
    public String describe() {
        return switch (kind) {
            case TEXT_SHOWN -> "the screen shows \"" + subject + "\"";
            case TEXT_ABSENT -> "the screen does not show \"" + subject + "\"";
            case VISIBLE -> "'" + subject + "' is visible";
            case GONE -> "'" + subject + "' is not visible";
            case STATE -> "'" + subject + "' has " + value;
            case ELEMENT_TEXT -> "'" + subject + "' shows \"" + value + "\"";
        };
    }
}
