package dev.seepoint.tools.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that a segmented date or time control (a browser's native date and time inputs: month, day,
 * year; hour, minute, AM/PM) reads only when typed from its first segment. Clicking such a control
 * focuses the segment under the pointer, so the typing starts with a few presses of ArrowLeft (in a
 * plain text field they only move the caret of what is being replaced or typed anew). Measured on
 * Chromium 156: "03/15/2027" fills a date control from its month segment, separators included;
 * "08:30PM" fills a time control, while "08:30 PM" leaves it empty (a space in the AM/PM segment
 * spoils it), so a 12-hour time is typed without the space before its AM/PM marker.
 */
public final class SegmentedText {

    /** Presses of ArrowLeft that reach the first segment from any other (month/day/year or hour/minute/AM-PM). */
    public static final int SEGMENTS_BACK = 3;

    private static final Pattern DATE = Pattern.compile("\\d{1,4}[/.\\-]\\d{1,2}[/.\\-]\\d{1,4}");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}:\\d{2}(?::\\d{2})?)(?:\\s*([AaPp]\\.?[Mm]\\.?))?");

    private SegmentedText() {
    }

    /** True for a bare date ("03/15/2027", "2027-03-15", "March 20, 2026") or time ("08:30", "8:30 PM"). */
    public static boolean isDateOrTime(String text) {
        String t = text == null ? "" : text.strip();
        return DATE.matcher(t).matches() || TIME.matcher(t).matches() || iso(t) != null;
    }

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
            + "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    /** A date written with its month's name: "March 20, 2026", "Mar 20 2026". */
    private static final Pattern MONTH_FIRST = Pattern.compile("(?i)" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})");
    /** A date written day first: "20 March 2026", "20th Mar, 2026". */
    private static final Pattern DAY_FIRST = Pattern.compile("(?i)(\\d{1,2})(?:st|nd|rd|th)? " + MONTH + ",? (\\d{4})");
    private static final java.util.List<String> MONTHS = java.util.List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");

    /** The ISO form ("2026-03-20") of a date written with its month's name, or null. */
    static String iso(String text) {
        Matcher m = MONTH_FIRST.matcher(text);
        String month;
        String day;
        String year;
        if (m.matches()) {
            month = m.group(1);
            day = m.group(2);
            year = m.group(3);
        } else if ((m = DAY_FIRST.matcher(text)).matches()) {
            day = m.group(1);
            month = m.group(2);
            year = m.group(3);
        } else {
            return null;
        }
        int number = MONTHS.indexOf(month.toLowerCase(java.util.Locale.ROOT).substring(0, 3)) + 1;
        int d = Integer.parseInt(day);
        return d >= 1 && d <= 31 ? year + "-" + pad(String.valueOf(number)) + "-" + pad(day) : null;
    }

    private static final Pattern MASK = Pattern.compile("(?i).*(?:--|\\b(?:mm|dd|yyyy|yy|hh|jj|aaaa|tt)\\b).*");

    /**
     * True when a field shows what a native date or time control shows: its mask ("mm/dd/yyyy",
     * "--:-- --") or a date or time already set. A plain text field showing anything else gets the
     * typed text unchanged.
     */
    public static boolean looksLikeControl(String shown) {
        String s = shown == null ? "" : shown.strip();
        return MASK.matcher(s).matches() || isDateOrTime(s.replaceAll("\\s+(?=[AaPp]\\.?[Mm])", "")) ;
    }

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern SHOWN_DATE = Pattern.compile("(\\d{1,4})[/.\\-](\\d{1,2})[/.\\-](\\d{1,4})");

    /**
     * The keys to type for {@code text} into a control showing {@code shown}: an ISO date ("2027-03-12", or one written
     * with its month's name, "March 12, 2027") goes in
     * the order the control shows its segments ("03/12/2027" under "mm/dd/yyyy" or a date such as "12/10/2026",
     * "12/03/2027" under "dd/mm/yyyy"), since a native control fills its first segment first.
     */
    public static String keys(String text, String shown) {
        String written = iso(text.strip()); // "March 20, 2026" is "2026-03-20"
        Matcher iso = ISO.matcher(written != null ? written : text.strip());
        if (iso.matches()) {
            String y = iso.group(1);
            String m = pad(iso.group(2));
            String d = pad(iso.group(3));
            return switch (order(shown == null ? "" : shown.strip().toLowerCase(java.util.Locale.ROOT))) {
                case "mdy" -> m + "/" + d + "/" + y;
                case "dmy" -> d + "/" + m + "/" + y;
                default -> text.strip();
            };
        }
        return keys(text);
    }

    /** "mdy", "dmy" or "ymd": the order of a date control's segments, from its mask or the date it shows. */
    static String order(String shown) {
        int mm = shown.indexOf("mm");
        int dd = Math.max(shown.indexOf("dd"), shown.indexOf("tt")); // German "tt.mm.jjjj"
        int yy = Math.max(shown.indexOf("yy"), shown.indexOf("jj"));
        if (mm >= 0 && dd >= 0) {
            return yy >= 0 && yy < mm && yy < dd ? "ymd" : mm < dd ? "mdy" : "dmy";
        }
        Matcher date = SHOWN_DATE.matcher(shown);
        if (date.find()) {
            if (date.group(1).length() == 4) {
                return "ymd";
            }
            int first = Integer.parseInt(date.group(1));
            int second = Integer.parseInt(date.group(2));
            return first > 12 ? "dmy" : second > 12 ? "mdy" : "mdy"; // both could be months: Chromium's en-US order
        }
        return "mdy";
    }

    private static String pad(String n) {
        return n.length() == 1 ? "0" + n : n;
    }

    /** The keys to type for {@code text}: a 12-hour time loses the space before AM/PM; anything else is unchanged. */
    public static String keys(String text) {
        String t = text.strip();
        Matcher m = TIME.matcher(t);
        if (m.matches() && m.group(2) != null) {
            return m.group(1) + m.group(2).replace(".", "");
        }
        return t;
    }
}
