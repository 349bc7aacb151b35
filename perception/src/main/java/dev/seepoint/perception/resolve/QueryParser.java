package dev.seepoint.perception.resolve;

import dev.seepoint.perception.BadInputException;
import dev.seepoint.perception.resolve.Query.Kind;
import dev.seepoint.perception.resolve.Query.Region;
import dev.seepoint.perception.resolve.Query.Relation;
import dev.seepoint.perception.widget.IconKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes a referring expression apart into a {@link Query}: "click the second Delete button in the
 * dialog" names text "Delete", kind button, ordinal 2, region dialog.
 */
public final class QueryParser {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"|“([^”]+)”|‘([^’]+)’|«([^»]+)»|(?<![\\p{L}\\p{N}])'([^']+)'(?![\\p{L}\\p{N}])");

    private static final String VERBS = "^(?:please\\s+)?(?:(?:double[- ]?click|right[- ]?click|click|tap|press|hit|push(?=\\s+(?:the|a|an|on|this|that)\\b)|select|choose|pick|open|find|locate|"
            + "point at|point to|show me|hover over|hover on|hover|mouse over|focus on|focus|go to|navigate to|check|uncheck|"
            + "untick|tick|toggle|switch on|switch off|turn on|turn off|enable|disable|expand|collapse|close|read|use|"
            + "look at|look for|where is|where's|scroll to)\\b\\s*";
    /** A leading verb, with the "on"/"at" that pointing verbs take ("click on", "tap at"). */
    private static final Pattern LEADING_VERB = Pattern.compile(VERBS + "(?:on\\s+|at\\s+)?)");
    /** A leading verb alone: "select on the Casa Azul card" keeps its "on", so "Select" is seen to be a name. */
    private static final Pattern VERB_ALONE = Pattern.compile(VERBS + ")");
    private static final Pattern ARTICLE = Pattern.compile("^(?:the|a|an|this|that|your|my)\\s+");
    private static final Pattern PURE_VERB = Pattern.compile(
            "^(?:please\\s+)?(?:double[- ]?click|right[- ]?click|click|tap|press|hit|point at|point to|hover over|hover on|"
                    + "hover|mouse over|focus on|locate|where is|where's|look at|look for|scroll to)\\b\\s*(?:on\\s+|at\\s+)?");

    private static final String ORD_WORDS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|"
            + "\\d{1,2}(?:st|nd|rd|th)";
    private static final Pattern ORDINAL = Pattern.compile(
            "\\b(?:(second|2nd|third|3rd)[- ](?:to[- ])?last|last[- ]but[- ]one|next[- ]to[- ]last|penultimate|(" + ORD_WORDS + "))\\b");
    /** A day or month name just before "the 12th" makes it a date ("Wednesday the 12th", "March 3rd"), not an ordinal. */
    private static final Pattern DATED = Pattern.compile("\\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?"
            + "(?:,)?(?:\\s+the)?\\s*$|\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
            + "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?(?:\\s+the)?\\s*$");
    private static final Pattern NUMBERED = Pattern.compile("\\b(?:number|no\\.?|#)\\s*(\\d{1,2})\\b");

    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("last", -1));

    /** Relation keywords, longest first; "in"/"on" only before an article so "Sign in" stays text. */
    private static final Pattern RELATION = Pattern.compile(
            "\\s+(?:(?:right|just|directly|immediately|straight)\\s+)?(?:(to the left of|on the left of|at the left of|left of)|"
                    + "(to the right of|on the right of|at the right of|right of)|"
                    + "(next to|beside|besides|alongside|adjacent to|by the side of)|"
                    + "(below|under|underneath|beneath)|(above|on top of)|"
                    + "(in the same row as|in the row with|in the row of|in the row for|on the row for|on the row with|"
                    + "on the same line as|in the same line as|in the line for|in the line with)|"
                    + "(near|close to|for|belonging to|(?<!\\b(?:top|bottom|left|right|side|middle|end|rest|one|all|each|any|none|some|most|part|number|list|table|column|first|second|third|last|front|back|center|centre)\\s)of(?=\\s+(?:the|a|an|this|that)\\b|\\s+[a-z]+\\s+#?[a-z]{0,4}-?\\d+\\b))|"
                    + "(inside|within|in|on|at|from)(?=\\s+(?:the|a|an|this|that|my|your|row|line)\\b))\\s+");

    /** A thing's own end, side or edge: "at the right end of", "on the left side of", "along the bottom edge of", "at the end of". */
    private static final Pattern SIDE_OF = Pattern.compile("\\s+(?:at|on|in|along) the (?:(?:far |very )?(?:right|left|top|bottom)"
            + "(?:[- ]hand)? )?(?:end|side|edge) of (?=(?:the|a|an|this|that|its) )");

    /** A day of the week a thing is on, maybe with the time of day: "on Thursday", "on Monday afternoon". */
    /** "in Monday's dinner slot": a week grid's cell, the row of that name in the day's column. */
    private static final Pattern DAY_SLOT = Pattern.compile("\\b(?:in|on|at|for|of) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s "
            + "((?:[\\p{L}-]+ )?[\\p{L}-]+) (?:slot|cell|box|entry|spot)$");
    private static final Pattern ON_WEEKDAY = Pattern.compile("\\s+(?:on|for) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            + "(?: (?:morning|afternoon|evening|night))?$");

    private static final Pattern ROW = Pattern.compile(
            "^(?:the\\s+)?(?:(" + ORD_WORDS + ")\\s+(?:(?:line item|table|list|invoice|order|data|grid)\\s+)?(?:row|line|item|entry|card|record|tile|product|todo|to-do|task|result|"
                    + "question|message|email|mail|file|post|comment|order|user|contact|song|track|song|article|note|"
                    + "notification|review|event|listing|plan|project)|(?:row|line|item)\\s+(\\d{1,2}))$");
    /** A capitalised name, then up to two plain words ending in a noun for what it names ("the Fasteners category"). */
    private static final Pattern NAMED = Pattern.compile("^(?:the\\s+)?((?:[\\p{Lu}\\d][\\p{L}\\d&'.+-]*\\s+){0,3}[\\p{Lu}\\d][\\p{L}\\d&'.+%-]*)"
            + "\\s+(?:[\\p{Ll}-]+\\s+)?(?:category|categories|option|choice|item|entry|setting|preference|tag|plan|tier|type|mode|method"
            + "|status|supplier|vendor|product|folder|collection|list|team|channel|project|account|location|size|colou?r|variant)$");
    /** One quoted caption followed by a few plain words describing it: 'the "Net 15" payment terms option'. */
    private static final Pattern DESCRIBED_LITERAL = Pattern.compile("^\u0001(\\d+)\u0001\\s+(?:[\\p{Ll}-]+\\s*){1,3}$");
    /** An item, then the list it is in: "the Harbor Street Garage booking in My bookings". */
    private static final Pattern ITEM_WITHIN = Pattern.compile("^(.+?)\\s+(?:in|on|under)\\s+\\S.*$");
    private static final Pattern ROW_OF = Pattern.compile("^(?:the\\s+)?(.+?)\\s+(?:row|line|entry|record)$");
    private static final Pattern CARD_OF = Pattern.compile(
            "^(?:the\\s+)?(.+?)\\s+(?:card|item|tile|product|section|panel|box|group|block|form|entry|todo|task|message|banner|notification|toast|area|column|lane|"
                    + "post|comment|review|reply|story|update|tweet|thread|"
                    // a list's items named by what they record: "the Harbor Street Garage booking", "the March invoice"
                    + "booking|order|listing|result|request|reservation|appointment|invoice|ticket|event|session|talk|transaction|"
                    + "subscription)$");

    private static final Pattern BARE_RANGE_NOUN = Pattern.compile("(?i)[\"'“‘]?\\s*(?:progress|range)\\s*[\"'”’]?");
    /** A trailing "language" after a control's label: "the Deutsch language button". */
    private static final Pattern LANGUAGE_NOUN = Pattern.compile("(?<=\\S)(?<!\\b(?i:native|preferred|default|display|interface|primary|"
            // "the Native language dropdown": a word that says which language setting it is, not a language's name
            + "secondary|spoken|target|source|learning|app|site|ui|content|audio|subtitle|subtitles|voice|input|keyboard|"
            + "translation|course|study|your|my|account|system))\\s+(?:language|locale)$");

    /**
     * "the heart on Salt & Glass", "the gear icon in Settings": a control's noun, then "on"/"in"/"at"
     * and a name with no article, which {@link #RELATION} leaves alone so "Sign in" stays text. Only
     * after a kind noun or a drawn icon's noun (not a verb such as "add" or "back": "Back in stock").
     */
    private static final Pattern BARE_OWNER = Pattern.compile(
            "^(?:the\\s+)?(.{0,40}?\\b(?:icon|button|link|checkbox|check box|switch|toggle|heart|star|bell|cart|gear|cog|"
                    + "trash can|trash|bin|pencil|eye|lens|magnifier|avatar|kebab|chevron|arrow|caret))\\s+(?:on|in|at)\\s+"
                    + "(?!(?:the|a|an|this|that|top|bottom|left|right)\\b)(\\S.{0,60})$");

    private static final Pattern POSSESSIVE = Pattern.compile("^(?:the\\s+)?(.+?)'s\\s+(.+)$");
    /** A possessive after a preposition: "in Jane Cooper's row", "on Ada's card". */
    private static final Pattern POSSESSIVE_ANCHOR = Pattern.compile(
            "\\b(in|on|at|from|inside|within|of|for) (?:the )?(?!(?:in|on|at|of|for) )([^'\\s\u0001][^'\u0001]{0,50}?)['’]s "
                    + "(row|line|entry|record|card|item|tile|section|panel|box|group|block|form|message|notification|task|product|listing|"
                    + "post|comment|review|reply|story|update|tweet|thread)\\b");
    /** Words for a row just added: "new", "newly added", "new empty". */
    private static final String NEW = "(?:new|newly added|added|new empty|empty new)";
    private static final Pattern NEW_ROWS_THING = Pattern.compile(
            "(?:\\b(?:that|the|this) |^)" + NEW + " (?:row|line)['’]s ((?:[\\p{L}-]+ ){0,2}[\\p{L}-]+)");
    private static final Pattern NEW_ROW = Pattern.compile("\\b(?:that|the|this) " + NEW + " (row|line|entry)\\b");
    private static final Pattern EMPTY_BOX = Pattern.compile("\\b(?:empty|blank) (?=(?:[\\p{L}\\d.-]+ )?(?:cell|box|field|input)\\b)");
    /**
     * "the share icon under Sam's post", "the heart under the second post": a feed item's actions sit in a bar under its
     * text, so under (or below) a post, comment or review means in it.
     */
    private static final Pattern UNDER_ITEM = Pattern.compile(
            "\\b(?:under|below|beneath|underneath) ((?:the )?(?:[^'\\s\u0001][^'\u0001]{0,50}?['’]s|(?:" + ORD_WORDS + ")) "
                    + "(?:post|comment|review|reply|story|update|tweet))\\b");
    /** Words that describe how a control is drawn, not what it says. */
    private static final Pattern DRAWN = Pattern.compile(
            "\\b(?:round|rounded|circular|floating|big|large|small|little|tiny|huge|square|filled|outlined|solid|thin)\\b");
    /** An ordinal and one noun: "the second hotel". */
    private static final Pattern ORDINAL_ITEM = Pattern.compile("^(?:the\\s+)?(" + ORD_WORDS + ")\\s+([\\p{L}-]+(?:\\s+[\\p{L}-]+)?)$");
    /** An icon's name and "menu": "kebab menu", "⋮ menu". */
    private static final Pattern ICON_MENU = Pattern.compile("^(.+?)\\s+menu$");
    /** The whole screen named as a place: "in the table", "on the page". */
    private static final Pattern CONTAINER = Pattern.compile(
            "^(?:the\\s+)?(?:(?:[\\p{L}-]+\\s+)?(?:table|list|grid)|page|screen|window|view|results|list of results|web ?page|app|"
                    + "bar|action bar|area|menu|notification|toast|snackbar|alert|message|popover|"
                    // "in the table header": the row of column titles (the select-all box's place)
                    + "(?:table |list |grid )?header row|(?:table|list|grid) header|column headers?)$");
    /** "the bottom of the In progress column": the place within the anchor says little; the anchor says where. */
    private static final Pattern PART_OF = Pattern.compile("^(?:the\\s+)?(?:very\\s+)?(?:top|bottom|end|start|foot|head|left|right|right side|left side)\\s+of\\s+(.+)$");

    private static final List<Object[]> KINDS = List.of(
            new Object[] {"check box|checkbox|tick box|tickbox|check-box", Kind.CHECKBOX},
            new Object[] {"radio buttons?|radio|option button", Kind.RADIO},
            new Object[] {"toggle switch|toggle|switch|slider switch", Kind.TOGGLE},
            new Object[] {"drop-?down menu|drop-?down list|drop-?down|drop down|select box|selectbox|select|combo ?box|picker|selector|switcher|chooser|list box|listbox", Kind.DROPDOWN},
            new Object[] {"text ?area|textarea|multi-?line field|comment box|message box|editor|composer", Kind.TEXT_AREA},
            new Object[] {"text ?field|text ?box|input field|input box|entry field|field|input|textbox", Kind.FIELD},
            new Object[] {"button|btn|cta", Kind.BUTTON},
            new Object[] {"hyperlink|link", Kind.LINK},
            new Object[] {"tab", Kind.TAB},
            new Object[] {"colou?r swatch|swatch|colou?r chip|colou?r circle|colou?r dot|colou?r option|colou?r button", Kind.SWATCH},
            new Object[] {"filter chip|chip|pill", Kind.BUTTON}, // a small rounded button: a filter, a choice (after a colour chip)
            new Object[] {"icon|symbol|glyph|icon button", Kind.ICON},
            // a label on a map ("the $925K price pin"); after the icon, so "the pin icon" is a drawing
            new Object[] {"(?:map |price |location )?(?:pin|marker)", Kind.BUTTON},
            new Object[] {"rotary knob|rotary control|knob|dial|potentiometer", Kind.KNOB},
            new Object[] {"progress ?bar|progress-bar|progress indicator|progress meter|progress", Kind.PROGRESS},
            new Object[] {"range slider|range input|slider|fader|seek ?bar|scrubber|volume bar|range", Kind.SLIDER},
            new Object[] {"box|cell", Kind.BOX},
            new Object[] {"column header|column heading|column title|heading|title|label|text|message|caption|headline|paragraph|word|words|banner|notice|toast", Kind.TEXT});

    private static final Pattern REGION_DIALOG = Pattern.compile("^(?:the\\s+)?(?:dialog|dialogue|modal|popup|pop-up|pop up|overlay|lightbox|dialog box|modal window|modal dialog)$");
    private static final Pattern REGION_TOP_BAR = Pattern.compile("^(?:the\\s+)?(?:top bar|topbar|top nav|header|navbar|nav bar|navigation bar|navigation|nav|menu bar|menubar|app bar|appbar|title bar|top navigation|masthead|banner)$");
    /** "the toolbar": the top bar, or a strip of tools over a list or editor anywhere on the page. */
    private static final Pattern REGION_TOOLBAR = Pattern.compile("^(?:the\\s+)?(?:(?:same|list|message|editor|formatting|action)\\s+)?(?:toolbar|tool bar|tools bar|action bar|button bar)$");
    private static final Pattern REGION_SIDEBAR = Pattern.compile("^(?:the\\s+)?(?:sidebar|side bar|side menu|left panel|left sidebar|left column|left rail|left nav|left navigation|left menu|side navigation|explorer|file explorer|file tree|file list|navigator)$");
    /** A panel at the side that is not the navigation: one slid in at the right when there is one, else the sidebar. */
    private static final Pattern REGION_SIDE_PANEL = Pattern.compile("^(?:the\\s+)?(?:side panel|side pane|right panel|right pane|right sidebar|drawer|details? (?:panel|pane)|preview (?:panel|pane)|slide-?over|flyout|fly-out)$");
    private static final Pattern REGION_FOOTER = Pattern.compile("^(?:the\\s+)?(?:footer|bottom bar|bottom of the page|page footer)$");
    /** A colour, maybe after words of size or shape: "the green Save button", "the big round green play button". */
    private static final Pattern COLOUR = Pattern.compile(
            "^(?:(?:big|large|small|little|tiny|huge|round|rounded|circular|square|solid|filled|bright|dark|light)\\s+)*"
                    + "(red|orange|yellow|green|teal|cyan|blue|indigo|purple|violet|pink|black|white|grey|gray)\\b");
    /** A swatch's colour, maybe with a shade before it: "the rust-orange swatch", "the olive green one". */
    private static final Pattern SHADED_COLOUR = Pattern.compile(
            "^(?:[a-z]+[- ])?(red|orange|yellow|green|blue|purple|violet|pink|black|white|grey|gray|brown|beige|navy)\\b");
    private static final Pattern TRAILING_CORNER = Pattern.compile(
            "\\s+(?:(?:in|at|on|from) (?:the )?(?:very )?)?((?:top|bottom)[ -](?:left|right))(?:[ -]hand)?(?: corner| side)?(?: of the (?:page|screen|window))?$");
    private static final Pattern CORNER_OF = Pattern.compile(
            "\\s+(?:in|at|on) (?:the )?(?:very )?((?:top|bottom)[ -](?:left|right))(?:[ -]hand)?(?: corner| side)? of "
                    + "(.+)$");
    /** Things wide enough that their corner lies towards the screen's: "the message list", "the page". */
    private static final Pattern WIDE = Pattern.compile("\\b(?:list|table|grid|page|screen|window|panel|pane|sidebar|toolbar|header|"
            + "form|dialog|modal|view|board|inbox|feed)s?$");
    private static final Pattern REGION_SIDE = Pattern.compile("^(?:the\\s+)?(top|bottom|left|right|top of the page|bottom of the page|left side|right side|top right|top left|bottom right|bottom left)(?: corner| side| edge)?(?: of the (?:page|screen|window))?$");
    /** A side of the whole screen: "the top of the page", "the bottom of the screen". */
    private static final Pattern SCREEN_PART = Pattern.compile("^(?:the\\s+)?(?:very\\s+)?(?:top|bottom)\\s+of\\s+the\\s+(?:page|screen|window)$");

    /** Parses {@code expression}; throws {@link BadInputException} when it is blank. */
    private static final Pattern PROPER_NAME_OF = Pattern.compile(
            "(?:^|\\s)\\p{Lu}\\S*(?:\\s+\\p{Lu}\\S*)*?(?:'s|’s) (?:full )?name[.!?]?$");

    public Query parse(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new BadInputException("the instruction is empty: say what to point at, e.g. \"the Sign in button\"");
        }
        String original = expression.strip();
        // Protect quoted literals.
        List<String> literals = new ArrayList<>();
        StringBuilder masked = new StringBuilder();
        Matcher q = QUOTED.matcher(original);
        int last = 0;
        while (q.find()) {
            masked.append(original, last, q.start());
            String lit = firstNonNull(q.group(1), q.group(2), q.group(3), q.group(4), q.group(5));
            masked.append(" \u0001").append(literals.size()).append("\u0001 ");
            literals.add(lit);
            last = q.end();
        }
        masked.append(original.substring(last));
        String s = masked.toString().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        s = s.replaceAll("\\bsearch (?:bar|box)\\b", "search field");
        s = s.replaceAll("[.!?;:]+$", "").strip();
        s = stripLeading(s);
        // "check in on Ethan's row": the name is one word, its "in" no relation
        s = PHRASAL_NAME.matcher(s).replaceFirst("check-$1");
        // "Sofia Rossi's name": the words of her name, not something called "name" that is hers ("the user's name" stays)
        if (PROPER_NAME_OF.matcher(original).find()) {
            s = s.replaceFirst("^(\\S.*?)(?:'s|’s) (?:full )?name$", "$1 text");
        }
        s = topic(s);
        // "the trash icon in Jane Cooper's row" -> "... in the jane cooper row", which the relations below know
        s = UNDER_ITEM.matcher(s).replaceAll("in $1");
        // "the Mon field of that new row": a row just added is the last; "the empty Fri cell": empty says nothing to find
        s = NEW_ROWS_THING.matcher(s).replaceAll("the $1 in the last row");
        s = NEW_ROW.matcher(s).replaceAll("the last $1");
        s = EMPTY_BOX.matcher(s).replaceAll("");
        s = POSSESSIVE_ANCHOR.matcher(s).replaceAll("$1 the $2 $3");
        // "the ⋮ button at the right end of the 4th row": an end, side or edge of a thing is in the thing
        s = SIDE_OF.matcher(s).replaceAll(" in ");

        // A trailing corner without a preposition: "the menu icon top left".
        Region trailing = Region.ANYWHERE;
        Matcher corner = TRAILING_CORNER.matcher(s);
        if (corner.find() && corner.start() > 0) {
            trailing = region(corner.group(1).replace('-', ' '));
            s = s.substring(0, corner.start()).strip();
        }
        // "at the top left of the message list": the corner, and the thing it is the corner of
        Matcher cornerOf = CORNER_OF.matcher(s);
        if (trailing == Region.ANYWHERE && cornerOf.find() && cornerOf.start() > 0) {
            String of = cornerOf.group(2).strip();
            if (WIDE.matcher(of).find()) {
                trailing = region(cornerOf.group(1).replace('-', ' ')); // a list's corner is near the screen's
            } // an item's corner ("of Sofia's message") is somewhere in the item, wherever the item is
            // "at the top right of Sofia's message" arrives as "...of sofia message" (its possessive already undone)
            s = s.substring(0, cornerOf.start()).strip() + " in " + (of.matches("(?:the|this|that|its) .+") ? of : "the " + of);
        }
        s = DAY_SLOT.matcher(s).replaceAll("in the $2 row on $1");
        // "the Design review event on Thursday", "on Monday afternoon": the day's column of a calendar, under its heading
        String day = null;
        Matcher weekday = ON_WEEKDAY.matcher(s);
        if (weekday.find() && weekday.start() > 0) {
            day = weekday.group(1); // matched to a heading "THU" as the text matcher does any day name
            s = s.substring(0, weekday.start()).strip();
        }
        // Split off relations.
        List<Relation> relations = new ArrayList<>();
        if (day != null) {
            relations.add(Relation.to(Relation.Type.COLUMN, day));
        }
        Region region = trailing;
        String target = s;
        Matcher rel = RELATION.matcher(" " + s);
        List<int[]> cuts = new ArrayList<>();
        List<Relation.Type> types = new ArrayList<>();
        List<String> words = new ArrayList<>();
        while (rel.find()) {
            Relation.Type type = null;
            for (int g = 1; g <= 8; g++) {
                if (rel.group(g) != null) {
                    type = switch (g) {
                        case 1 -> Relation.Type.LEFT_OF;
                        case 2 -> Relation.Type.RIGHT_OF;
                        case 3 -> Relation.Type.NEXT_TO;
                        case 4 -> Relation.Type.BELOW;
                        case 5 -> Relation.Type.ABOVE;
                        case 6 -> Relation.Type.SAME_ROW;
                        case 7 -> Relation.Type.NEAR;
                        default -> Relation.Type.INSIDE;
                    };
                    words.add(rel.group(g));
                    break;
                }
            }
            cuts.add(new int[] {rel.start() - 1, rel.end() - 1});
            types.add(type);
        }
        if (!cuts.isEmpty() && cuts.get(0)[0] > 0) {
            target = s.substring(0, Math.max(0, cuts.get(0)[0])).strip();
            for (int i = 0; i < cuts.size(); i++) {
                int end = i + 1 < cuts.size() ? cuts.get(i + 1)[0] : s.length();
                String anchor = s.substring(Math.min(cuts.get(i)[1], end), end).strip();
                Relation.Type type = types.get(i);
                String word = words.get(i);
                if (word.equals("for") || word.equals("belonging to") || word.strip().equals("of")) {
                    type = Relation.Type.OWNER;
                }
                if (anchor.isEmpty()) {
                    continue;
                }
                // "to the left of Priya Raman's name": the name is where the words are
                anchor = anchor.replaceFirst("(?:'s|’s|s') (?:name|title|label|caption|words|text)$", "").strip();
                Region side = region(anchor);
                if (side != Region.ANYWHERE && SCREEN_PART.matcher(anchor).matches()
                        && (type == Relation.Type.INSIDE || type == Relation.Type.NEAR)) {
                    region = side; // "at the top of the page": a part of the screen, not the page as a whole
                    continue;
                }
                Matcher partOf = PART_OF.matcher(anchor);
                if (partOf.matches() && (type == Relation.Type.INSIDE || type == Relation.Type.NEAR)) {
                    anchor = partOf.group(1).strip();
                }
                if (CONTAINER.matcher(anchor).matches()) {
                    continue; // "in the table", "on the page": everything on the screen is there
                }
                Region r = region(anchor);
                if (r != Region.ANYWHERE && (type == Relation.Type.INSIDE || type == Relation.Type.NEAR || type == Relation.Type.OWNER)) {
                    region = r;
                    continue;
                }
                if (r == Region.TOP && type == Relation.Type.INSIDE) {
                    region = r;
                    continue;
                }
                Matcher within = ITEM_WITHIN.matcher(anchor);
                if (within.matches() && namedItem(within.group(1))) {
                    // "the Harbor Street Garage booking in My bookings": the item says where; the list it is in, only
                    // named by its title (no article to tell it from a caption), adds nothing
                    anchor = within.group(1);
                }
                Matcher row = ROW.matcher(anchor);
                if (!row.matches() && (type == Relation.Type.INSIDE || type == Relation.Type.OWNER)) {
                    // "the Select button of the second hotel": an ordinal and a noun that is no control's kind name the
                    // list's second item (row or card), not the second text with that word in it
                    Matcher item = ORDINAL_ITEM.matcher(anchor);
                    // "the second listing card": a noun before the item's own is the tester's word for the items
                    if (item.matches() && item.group(2).equals(item.group(2).toLowerCase(Locale.ROOT))
                            && java.util.Arrays.stream(item.group(2).split("\\s+")).noneMatch(QueryParser::kindNoun)
                            && !region(item.group(2)).equals(Region.DIALOG)) {
                        relations.add(Relation.row(ordinal(item.group(1))));
                        continue;
                    }
                }
                if (row.matches() && (type == Relation.Type.INSIDE || type == Relation.Type.SAME_ROW || type == Relation.Type.OWNER)) {
                    relations.add(Relation.row(row.group(1) != null ? ordinal(row.group(1)) : Integer.parseInt(row.group(2))));
                    continue;
                }
                Matcher rowOf = ROW_OF.matcher(anchor);
                if ((type == Relation.Type.INSIDE || type == Relation.Type.NEAR || type == Relation.Type.OWNER) && rowOf.matches()) {
                    relations.add(Relation.to(Relation.Type.SAME_ROW, restore(rowOf.group(1), literals)));
                    continue;
                }
                Matcher cardOf = CARD_OF.matcher(anchor);
                if ((type == Relation.Type.INSIDE || type == Relation.Type.NEAR || type == Relation.Type.OWNER) && cardOf.matches()
                        && !cardOf.group(1).matches("(?:the|a|an|this|that)|(?:the\\s+)?(?:" + ORD_WORDS + ")")) {
                    boolean section = anchor.matches(".*\\b(?:section|panel|group|block|area|form)$");
                    relations.add(Relation.to(section ? Relation.Type.SECTION : Relation.Type.OWNER,
                            restore(cardOf.group(1), literals)));
                    continue;
                }
                if (type == Relation.Type.INSIDE && word.equals("from")) {
                    relations.add(Relation.to(Relation.Type.INSIDE, restore(anchor, literals)));
                    continue;
                }
                // a quoted anchor stays quoted: "next to "3. Bar and line charts"" names that caption, whole
                relations.add(Relation.to(type, anchor.matches("\u0001\\d+\u0001")
                        ? "\"" + restore(anchor, literals) + "\"" : restore(anchor, literals)));
            }
        }

        Matcher bare = BARE_OWNER.matcher(target);
        if (cuts.isEmpty() && bare.matches()) {
            relations.add(Relation.to(Relation.Type.OWNER, restore(bare.group(2).strip(), literals)));
            target = bare.group(1);
        }

        // "the last row's Edit", "Ada's Delete button", "the dialog's Save button"
        Matcher pos = POSSESSIVE.matcher(target);
        if (pos.matches() && !pos.group(1).contains("\u0001")) {
            String owner = pos.group(1).strip();
            Matcher row = ROW.matcher(owner);
            Region r = region(owner);
            if (row.matches()) {
                relations.add(Relation.row(row.group(1) != null ? ordinal(row.group(1)) : Integer.parseInt(row.group(2))));
                target = pos.group(2);
            } else if (r != Region.ANYWHERE) {
                region = r;
                target = pos.group(2);
            } else {
                Matcher rowOf = ROW_OF.matcher(owner);
                Matcher cardOf = CARD_OF.matcher(owner);
                String who = rowOf.matches() ? rowOf.group(1)
                        : cardOf.matches() && !cardOf.group(1).matches("(?:the|a|an)|(?:" + ORD_WORDS + ")") ? cardOf.group(1) : owner;
                relations.add(Relation.to(rowOf.matches() ? Relation.Type.SAME_ROW : Relation.Type.OWNER, restore(who, literals)));
                target = pos.group(2);
            }
        }

        // the verb went with the whole sentence; here only articles go, so a name that reads like a verb
        // after one stays ("the Push notifications switch")
        target = ARTICLE.matcher(target).replaceFirst("").strip();
        // Ordinal.
        int ordinal = 0;
        Matcher ord = ORDINAL.matcher(target);
        if (ord.find() && !insideLiteral(target, ord.start()) && !DATED.matcher(target.substring(0, ord.start())).find()) {
            ordinal = ord.group(2) != null ? ordinal(ord.group(2)) : (ord.group(1) != null && ord.group(1).startsWith("3") || "third".equals(ord.group(1)) ? -3 : -2);
            target = (target.substring(0, ord.start()) + " " + target.substring(ord.end())).strip();
        } else {
            Matcher num = NUMBERED.matcher(target);
            if (num.find()) {
                ordinal = Integer.parseInt(num.group(1));
                target = (target.substring(0, num.start()) + " " + target.substring(num.end())).strip();
            }
        }
        target = ARTICLE.matcher(target.replaceAll("\\s+", " ").strip().replaceAll("^of\\s+(?:the\\s+)?", "")).replaceFirst("").strip();
        if (target.startsWith("one ") || target.equals("one")) {
            target = target.substring(3).strip();
        }

        // Kind words (outside literals); the last kind word wins ("the search field button"? rare).
        Kind kind = Kind.ANY;
        String rest = target;
        for (Object[] k : KINDS) {
            Pattern p = Pattern.compile("(?:^|\\s)(?:" + k[0] + ")(?:es|s)?(?=$|\\s)");
            Matcher m = p.matcher(rest);
            if (m.find() && !(k[1] == Kind.DROPDOWN && m.start() == 0 && m.group().strip().equals("select"))) {
                // "the Country select" is a dropdown; a leading "Select" is a button's caption
                kind = (Kind) k[1];
                rest = (rest.substring(0, m.start()) + " " + rest.substring(m.end())).replaceAll("\\s+", " ").strip();
                break;
            }
        }
        rest = rest.replaceAll("^(?:the|a|an)\\s+", "").replaceAll("\\s+(?:the|a|an)$", "").strip();
        if ((kind == Kind.PROGRESS || kind == Kind.SLIDER) && rest.isEmpty()
                && BARE_RANGE_NOUN.matcher(PURE_VERB.matcher(original.toLowerCase(Locale.ROOT)).replaceFirst("").strip()).matches()) {
            kind = Kind.ANY; // "Progress" alone names a caption (a tab, a heading); "the progress" names the bar
            rest = target;
        }
        if (kind == Kind.TEXT && rest.isEmpty() && !target.contains(" ")
                && Pattern.compile("(?:^|\\s)" + Pattern.quote(target) + "\\b", Pattern.CASE_INSENSITIVE).matcher(original).results()
                        .anyMatch(r -> Character.isUpperCase(r.group().strip().codePointAt(0)))) {
            kind = Kind.ANY; // "replace the Title with …": a capitalised "Title" names a caption, not text of any kind
            rest = target;
        }
        String colour = null;
        Matcher col = (kind == Kind.SWATCH ? SHADED_COLOUR : COLOUR).matcher(rest);
        if (col.find() && (kind != Kind.ANY || !rest.substring(col.end()).isBlank())) {
            colour = col.group(1).replace("gray", "grey");
            int from = kind == Kind.SWATCH ? col.start() : col.start(1); // a shade goes with the swatch's colour
            rest = (rest.substring(0, from) + " " + rest.substring(col.end(1))).replaceAll("\\s+", " ").strip();
        }
        if (kind != Kind.ANY) {
            // "the Ελληνικά language button": the label is the language's name; "language" says what it names
            rest = LANGUAGE_NOUN.matcher(rest).replaceFirst("").strip();
        }
        boolean quoted = rest.contains("\u0001") && rest.replaceAll("\u0001\\d+\u0001", "").isBlank();
        Matcher described = DESCRIBED_LITERAL.matcher(rest);
        if (!quoted && described.matches()) {
            // 'the "1.5% per month" late fee option': the quotes hold the caption; the words after say what it is
            rest = "\u0001" + described.group(1) + "\u0001";
            quoted = true;
        }
        String text = restore(rest, literals).strip();
        Matcher drawn = DRAWN.matcher(text);
        if ((kind == Kind.BUTTON || kind == Kind.ICON || kind == Kind.ANY) && !quoted && drawn.find()) {
            // "the round floating + button", "the little x", "the small arrow": words about the drawing go when what is
            // left names an icon (with no kind word, a lone symbol or an icon's name, which is then what is meant)
            String undrawn = DRAWN.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
            Kind as = kind == Kind.ANY ? Kind.ICON : kind;
            List<IconKind> whole = icons(text, as);
            List<IconKind> undrawnIcons = icons(undrawn, as);
            if (!whole.isEmpty() && !whole.equals(undrawnIcons) && (kind != Kind.ANY || TextMatch.words(text).size() <= 2)) {
                kind = as; // "the circular arrow": the drawing's own name holds a word about drawing
            } else if (!undrawn.isEmpty() && !undrawnIcons.isEmpty()
                    && (kind != Kind.ANY || TextMatch.words(undrawn).size() <= 2)) {
                text = undrawn;
                kind = as;
            }
        }
        Matcher menu = ICON_MENU.matcher(text);
        if (kind == Kind.ANY && !quoted && menu.matches() && !icons(menu.group(1), Kind.ICON).isEmpty()
                && !icons(menu.group(1), Kind.ICON).contains(IconKind.MENU)) {
            // "the kebab menu", "the ⋮ menu", "the user menu": the icon that opens the menu
            text = menu.group(1).strip();
            kind = Kind.ICON;
        }
        if (text.isEmpty() && !literals.isEmpty() && kind == Kind.ANY && relations.isEmpty()) {
            text = literals.get(0);
            quoted = true;
        }
        if (kind == Kind.ANY && text.isEmpty() && relations.isEmpty() && region == Region.ANYWHERE && ordinal == 0) {
            text = restore(s, literals);
        }
        return new Query(original, text, quoted, kind, icons(text, kind), ordinal, relations, region, colour);
    }

    /**
     * The expression read as one literal target, relation words and all ("Sign up for the newsletter"
     * as a caption, not "Sign up" near "the newsletter"); null when that reading is the same as {@link #parse}.
     */
    /**
     * "My vehicles", "Your orders": a heading or tab that starts with a possessive, which {@link #parse} drops as it drops
     * an article ("my profile" is the Profile link). The words with it, when nothing but them is asked; null otherwise.
     */
    public Query parsePossessive(String expression) {
        return parsePossessive(expression, parse(expression));
    }

    /** As {@link #parsePossessive(String)}, with the expression already parsed ({@code q}). */
    Query parsePossessive(String expression, Query q) {
        String s = expression.strip().toLowerCase(Locale.ROOT).replaceAll("[.!?;:]+$", "").replaceFirst("^the\\s+", "");
        Matcher m = Pattern.compile("^(my|your)\\s+(.+)$").matcher(s);
        if (q.quoted() || q.kind() != Kind.ANY || !q.relations().isEmpty() || q.ordinal() != 0 || !m.matches()
                || !m.group(2).equals(q.text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        return new Query(expression.strip(), s, false, Kind.ANY, List.of(), 0, List.of(), Region.ANYWHERE);
    }

    public Query parseLiteral(String expression) {
        Query q = parse(expression);
        String s = caption(expression);
        Kind kind = Kind.ANY;
        for (Object[] k : KINDS) {
            Matcher m = Pattern.compile("(?:^|\\s)(?:" + k[0] + ")(?:es|s)?$").matcher(s);
            if (m.find()) {
                kind = (Kind) k[1];
                s = s.substring(0, m.start()).strip();
                break;
            }
        }
        s = s.replaceAll("^(?:the|a|an)\\s+", "").replaceAll("['\"“”‘’«»]", "").strip();
        if (s.isEmpty() || s.equals(TextMatch.normalize(q.text())) || s.equals(q.text().toLowerCase(Locale.ROOT))
                || q.quoted()) {
            return null;
        }
        return new Query(expression.strip(), s, false, kind, icons(s, kind), 0, List.of(), Region.ANYWHERE);
    }

    private static final Pattern TOPIC = Pattern.compile(
            "^(.{1,40}?)\\s+(?:about|regarding|concerning|mentioning|containing|that contains|which contains|"
                    + "that says|which says|that reads|saying|reading|called|named|labell?ed|titled|entitled|"
                    + "with the (?:text|label|title|caption|words?|name)|with (?:text|label|title|caption|the words?))\\s+(.+)$");
    private static final Pattern TOPIC_NOUN = Pattern.compile(
            "^(?:(?:one|thing|element|entry|item|option|question|answer|row|line|card|tile|result|message|email|mail|"
                    + "notification|post|comment|article|story|product|file|document|task|todo|to-do|note|section|"
                    + "panel|heading|title|paragraph|text|label|caption|menu item|list item)s?)$");

    /**
     * "the question about refunds", "the button labelled Save", "the row containing Ada": the words
     * the thing shows are what follows the verb; a kind word before it stays ("button Save"), a noun
     * that only says it is an item goes.
     */
    private static String topic(String s) {
        Matcher m = TOPIC.matcher(s);
        if (!m.matches()) {
            return s;
        }
        String head = ARTICLE.matcher(m.group(1).strip()).replaceFirst("").strip();
        String shown = m.group(2).strip();
        if (TOPIC_NOUN.matcher(head).matches()) {
            return shown;
        }
        for (Object[] k : KINDS) {
            if (Pattern.compile("^(?:(?:" + COLOUR.pattern().substring(1) + ")\\s+)?(?:" + k[0] + ")(?:es|s)?$").matcher(head).matches()) {
                return head + " " + shown;
            }
        }
        return s;
    }

    /**
     * The expression read as a caption that ends in what looks like a kind word ("Generate label",
     * "Add title", "Send message"); null when it has no such ending.
     */
    /**
     * "the check-in date" read as the field labelled "Check-in": a date or time input's label often
     * leaves out the word; null when the expression does not end in one.
     */
    public Query parseDated(String expression) {
        Query q = parse(expression);
        if (q.quoted() || q.kind() != Kind.ANY && q.kind() != Kind.FIELD) {
            return null;
        }
        Matcher m = Pattern.compile("^(.+?)\\s+(?:date|time|date and time|datetime|day)$").matcher(q.text());
        if (!m.matches()) {
            return null;
        }
        return new Query(q.expression(), m.group(1), false, Kind.FIELD, icons(m.group(1), Kind.FIELD), q.ordinal(),
                q.relations(), q.region(), q.colour());
    }

    /**
     * A name followed by a word for what it is: "the Fasteners category", "the Medline supplier", "the Net 45 payment
     * terms option", read as the capitalised name alone ("Fasteners"); null when the expression is not so written. Tried
     * when the whole finds nothing: the same shape also writes labels ("the Payment method").
     */
    public Query parseNamed(String expression) {
        Matcher m = NAMED.matcher(expression.strip().replaceAll("[.!?;:]+$", ""));
        return m.matches() ? parse(m.group(1)) : null;
    }

    public Query parseCaption(String expression) {
        String s = caption(expression).replaceAll("['\"“”‘’«»]", "").strip();
        if (!s.matches(".+\\s(?:label|title|text|message|heading|caption|banner|notice|link|tab|box)$")) {
            return null;
        }
        return new Query(expression.strip(), s, false, Kind.ANY, icons(s, Kind.ANY), 0, List.of(), Region.ANYWHERE);
    }

    /**
     * The expression in lower case without closing punctuation, leading articles and the verbs that
     * never start a caption ("Push notifications", "Open file" keep theirs).
     */
    private static String caption(String expression) {
        String s = expression.strip().toLowerCase(Locale.ROOT).replaceAll("[.!?;:]+$", "");
        String prev;
        do {
            prev = s;
            s = PURE_VERB.matcher(s).replaceFirst("").strip();
            s = ARTICLE.matcher(s).replaceFirst("").strip();
        } while (!s.equals(prev) && !s.isEmpty());
        return s;
    }

    private static String stripLeading(String s) {
        String prev;
        boolean article = false;
        do {
            prev = s;
            boolean pointing = PURE_VERB.matcher(s).lookingAt();
            // only pointing verbs take "on"/"at" ("click on Save"); "Select on the Casa Azul card" names a Select button
            String verbless = (pointing ? LEADING_VERB : VERB_ALONE).matcher(s).replaceFirst("").strip();
            // "toggle for Weekly digest", "switch next to Wi-Fi": the verb was the noun;
            // after an article a verb is a name ("the close button", "the open file icon")
            boolean namesIt = kindNoun(verbless) && !pointing; // "close button", not "click progress"
            // "Check in on Ethan's row", "Check out": a verb and its particle are a button's name
            boolean phrasal = PHRASAL_NAME.matcher(s).lookingAt();
            if (!article && !RELATION_START.matcher(verbless).lookingAt() && !namesIt && !phrasal) {
                s = verbless;
            }
            String bare = ARTICLE.matcher(s).replaceFirst("").strip();
            article |= !bare.equals(s);
            s = bare;
        } while (!s.equals(prev) && !s.isEmpty());
        return s.isEmpty() ? prev : s;
    }

    /** The words start with a control's kind ("button in the title bar"): the verb before them named it. */
    private static boolean kindNoun(String s) {
        for (Object[] k : KINDS) {
            if (Pattern.compile("^(?:" + k[0] + ")(?:es|s)?\\b").matcher(s).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** A verb and its particle naming a button: "check in", "check out", "check-in". */
    private static final Pattern PHRASAL_NAME = Pattern.compile("^check[- ](in|out)\\b");

    private static final Pattern RELATION_START = Pattern.compile(
            "(?:for|next to|beside|below|under|above|near|left of|right of|to the|in the|on the|at the|of the)\\b");

    /** How a tester may say what a bar looks like before naming it: "the dark top bar", "the blue header". */
    private static final Pattern BAR_LOOK = Pattern.compile("^(?:the\\s+)?(?:dark|light|black|white|grey|gray|blue|navy|purple|green|red|"
            + "orange|coloured|colored|sticky|fixed)(?:\\s+(?:grey|gray|blue|navy))?\\s+(?!(?:left|right|side|corner|top|bottom)$)");

    static Region region(String anchor) {
        // "in the dark top bar", "in the navy sidebar": the bar, whatever its colour
        String a = BAR_LOOK.matcher(anchor.strip()).replaceFirst("the ");
        if (REGION_DIALOG.matcher(a).matches()) {
            return Region.DIALOG;
        }
        if (REGION_TOP_BAR.matcher(a).matches()) {
            return Region.TOP_BAR;
        }
        if (REGION_TOOLBAR.matcher(a).matches()) {
            return Region.TOOLBAR;
        }
        if (REGION_SIDEBAR.matcher(a).matches()) {
            return Region.SIDEBAR;
        }
        if (REGION_SIDE_PANEL.matcher(a).matches()) {
            return Region.SIDE_PANEL;
        }
        if (REGION_FOOTER.matcher(a).matches()) {
            return Region.FOOTER;
        }
        Matcher side = REGION_SIDE.matcher(a);
        if (side.matches()) {
            String w = side.group(1);
            switch (w) {
                case "top left":
                    return Region.TOP_LEFT;
                case "top right":
                    return Region.TOP_RIGHT;
                case "bottom left":
                    return Region.BOTTOM_LEFT;
                case "bottom right":
                    return Region.BOTTOM_RIGHT;
                default:
                    break;
            }
            if (w.startsWith("top")) {
                return Region.TOP;
            }
            if (w.startsWith("bottom")) {
                return Region.BOTTOM;
            }
            return w.startsWith("left") ? Region.LEFT : Region.RIGHT;
        }
        return Region.ANYWHERE;
    }

    /** Whether {@code anchor} names one item by what it says: "the Harbor Street Garage booking", "the Ada row". */
    private static boolean namedItem(String anchor) {
        Matcher m = CARD_OF.matcher(anchor);
        if (!m.matches()) {
            m = ROW_OF.matcher(anchor);
        }
        return m.matches() && !m.group(1).matches("(?:the|a|an|this|that|its|their|my|your)|(?:the\\s+)?(?:" + ORD_WORDS + ")");
    }

    private static List<IconKind> icons(String text, Kind kind) {
        Set<IconKind> out = new LinkedHashSet<>();
        String t = " " + TextMatch.normalize(text) + " ";
        String raw = text.strip();
        Set<IconKind> drawn = new LinkedHashSet<>();
        for (IconKind icon : IconKind.values()) {
            for (String w : icon.words()) {
                if (icon != IconKind.UNKNOWN && TextMatch.normalize(w).isEmpty() && !raw.equals(w)
                        && (" " + raw + " ").contains(" " + w + " ")) {
                    drawn.add(icon); // "the ⋮ actions menu": the symbol drawn says which icon, whatever words follow
                }
            }
        }
        if (!drawn.isEmpty()) {
            return List.copyOf(drawn);
        }
        Map<IconKind, List<String>> named = new LinkedHashMap<>();
        for (IconKind icon : IconKind.values()) {
            if (icon == IconKind.UNKNOWN) {
                continue;
            }
            for (String w : icon.words()) {
                String n = TextMatch.normalize(w);
                boolean hit = n.isEmpty() ? raw.equals(w) : t.contains(" " + n + " ");
                if (hit && (n.length() > 1 || kind == Kind.ICON || kind == Kind.BUTTON || t.strip().equals(n) || n.isEmpty())) {
                    named.computeIfAbsent(icon, k -> new ArrayList<>()).add(n);
                }
            }
        }
        // "circular arrow" names the refresh icon, not every arrow: a name of several words outranks its single words
        Set<String> within = new LinkedHashSet<>();
        named.values().forEach(ns -> ns.stream().filter(n -> n.contains(" ")).forEach(n -> within.addAll(List.of(n.split(" ")))));
        named.forEach((icon, ns) -> {
            if (ns.stream().anyMatch(n -> n.contains(" ") || !within.contains(n))) {
                out.add(icon);
            }
        });
        return List.copyOf(out);
    }

    private static int ordinal(String word) {
        Integer v = ORDINALS.get(word);
        if (v != null) {
            return v;
        }
        return Integer.parseInt(word.replaceAll("\\D", ""));
    }

    private static boolean insideLiteral(String s, int index) {
        int count = 0;
        for (int i = 0; i < index; i++) {
            if (s.charAt(i) == '\u0001') {
                count++;
            }
        }
        return count % 2 == 1;
    }

    private static String restore(String s, List<String> literals) {
        Matcher m = Pattern.compile("\u0001(\\d+)\u0001").matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(literals.get(Integer.parseInt(m.group(1)))));
        }
        m.appendTail(sb);
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
