package dev.seepoint.agent;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.seepoint.agent.internal.Keys;
import dev.seepoint.agent.internal.Literals;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A planner made of rules, no network: splits an instruction into clauses (at "and", "then",
 * commas, semicolons and full stops, but only where a new verb starts, and never inside quotes),
 * and turns each clause into tool steps by its verb. Targets ("the second Delete icon next to
 * Ada") pass to grounding untouched.
 */
public final class RuleBasedPlanner implements Planner {

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Verbs that start a clause (after 3rd-person forms are reduced: "clicks" -> "click"). */
    private static final Set<String> VERBS = Set.of("click", "tap", "press", "hit", "push", "double-click",
            "right-click", "doubleclick", "rightclick", "double", "right", "focus", "hover", "mouse", "move", "scroll",
            "wait", "expect", "verify", "assert", "ensure", "confirm", "validate", "make", "check", "tick", "uncheck",
            "untick", "deselect", "unselect", "toggle", "turn", "switch", "enable", "disable", "select", "choose", "pick",
            "clear", "empty", "erase", "fill", "set", "type", "enter", "input", "write", "put", "key", "insert",
            "open", "go", "navigate", "visit", "browse", "log", "login", "sign", "signin", "logon", "submit", "see",
            "should", "reload", "refresh", "close", "dismiss", "expand", "collapse", "search", "sort", "change", "update", "leave",
            "apply", "edit", "save", "delete", "remove", "continue", "proceed", "answer", "increase", "decrease", "raise", "lower",
            "reduce", "bump", "discard", "add", "send", "replace",
            "title", "rename", "flip", "upload", "run", "launch", "activate", "trigger", "drag", "slide", "use",
            "follow", "unfollow", "like", "unlike", "repost", "retweet", "block", "unblock", "mute", "unmute", "invite",
            "approve", "decline", "accept", "reject", "join", "subscribe", "unsubscribe", "start", "stop", "pause", "resume",
            "give", "rate", "award", "score", "mark", "jump", "skip", "find", "locate", "filter", "return", "resolve", "reopen",
            "unresolve", "archive", "unarchive", "duplicate", "pin", "unpin", "opt", "elect", "decide", "keep", "show", "reveal",
            "grade", "begin");
    /** Verbs that are also the caption of a person's button ("Follow Aisha Bello", "Approve Jane Cooper"). */
    private static final String PERSON_ACTIONS = "follow|unfollow|like|unlike|repost|retweet|block|unblock|mute|unmute|invite|"
            + "approve|decline|accept|reject|join|subscribe|unsubscribe";
    /** A name on the page: capitalised words ("Leo's Cetirizine", "Atorvastatin") or a quoted one. */
    private static final String NAME = "(?:\uE000\\d+\uE001|(?-i:\\p{Lu})[\\p{L}\\d'’.-]*(?: (?-i:[\\p{Lu}\\d])[\\p{L}\\d'’.-]*){0,3})";
    /** A thing added by its name: a capitalised word, then a few more of any case ("Rental reimbursement", "Pro plan"). */
    private static final String ADDED = "(?-i:\\p{Lu})[\\p{L}\\d'’.-]*(?: (?!(?:to|into|as|for|in|on|with|from|and|under|below|"
            + "using|via)\\b)[\\p{L}\\d'’.-]+){0,4}";
    /** Counted things a stepper adds ("add two Adult tickets"). */
    private static final String COUNTED = "tickets?|seats?|passes|pass|guests?|items?|units?|adults?|children|child|rooms?|nights?|bags?|copies|copy";

    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*[;,]\\s*(?:and\\s+then\\s+|then\\s+|and\\s+)?|\\s+and\\s+then\\s+|\\s+then\\s+|\\s+and\\s+|"
                    + "(?<!\\b(?:dr|mr|mrs|ms|mx|st|no|prof|jr|sr|v|vs|etc|approx|dept|ave|inc|corp|ltd|co|e\\.g|i\\.e))(?<!\\.)"
                    // "R. Okafor": an initial before a surname ends no sentence
                    + "(?<!(?-i:(?:^|\\s)\\p{Lu}))\\.\\s+(?=\\S)", I);
    private static final Pattern FILLERS = Pattern.compile("^(?:(?:please|now|then|also|finally|first|firstly|"
            + "and|but|given|when|after that|afterwards|lastly|next(?! to\\b)|i|we|you|they|the user|user|let's|lets|let me|"
            + "(?:i |we )?(?:want|need|would like|'d like|have) to|try to|go ahead and)\\b[,:]?\\s+)+", I);
    private static final Pattern SUBJECT_SHOULD = Pattern.compile("^(?:the |a |an |my |our )?[^,;]{1,60}? should\\b.*", I);
    private static final Pattern BOTH = Pattern.compile("\\bboth\\s+(?:the\\s+)?[^,;]*$", I);
    private static final Pattern INTO_OR_IN = Pattern.compile("\\s(?:into|in)\\s", I);
    /** A set clause: "set the Start time to 10:00 AM". */
    private static final Pattern SET_CLAUSE = Pattern.compile("^(?:set|change|switch|update) \\S.* to \\S.*$", I);
    /** What a piece after a set clause names when it has no verb: "(and) the End time to 11:30 AM". */
    private static final Pattern SET_MORE = Pattern.compile("^(?:(?:the|its|his|her|their|my|your) )?(?:[^\\s,;]+ ){0,4}[^\\s,;]+"
            + " to \\S[^,;]*$", I);
    /** "title" starts a step only before what it titles: "title the event Design crit", not the field in "Title with Q3". */
    private static final Pattern TITLE_VERB = Pattern.compile("^titles? (?:it|this|that|them|the|a|an|my|your|our|his|her|its|"
            + "their)\\b", I);
    /** A relation whose anchor has begun: "below To confirm", "next to Remember". */
    private static final Pattern OPEN_ANCHOR = Pattern.compile(
            "\\b(?:below|above|under|underneath|beneath|over|beside|near|next to|left of|right of|after|before)\\s+\\S[^,;]*$", I);
    /** A piece that ends in a preposition with nothing after it: "type apollo below". */
    private static final Pattern DANGLING = Pattern.compile(
            "\\s(?:below|above|under|underneath|beneath|over|beside)$", I);

    /** A remark before a colon and the step itself: "Changed my mind: click Cancel". */
    private static final Pattern REMARK = Pattern.compile("^[^:\uE000]{1,60}:\\s+(?=\\S)", I);
    /** What not to do, after the step: "press Search without filling in a destination". */
    private static final Pattern INSTEAD = Pattern.compile(",?\\s+(?:instead of|rather than)\\s+[^\uE000]*$", I);
    private static final Pattern WITHOUT = Pattern.compile(",?\\s+without\\s+(?:\\w+ing|any\\w*)\\b[^\uE000]*$", I);
    /** A remark on the thing after a comma: "star the Operators talk, which starts at the same time". */
    private static final Pattern WHICH = Pattern.compile(",\\s+which\\s[^\uE000]*$", I);
    /** An aside in brackets: "(it has moved to In progress)". */
    private static final Pattern ASIDE = Pattern.compile("\\s*\\(([^()\uE000]*)\\)(?![\\w.])");
    /** An aside that ends the instruction: "… open its row menu (the vertical three-dots button at the end of the row)." */
    private static final Pattern LAST_ASIDE = Pattern.compile("\\s*\\(([^()\uE000]*)\\)(?=\\.?\\s*$)");
    /** Two to four lower-case words in brackets that may end an option's name: "(lowest first)", "(low to high)". */
    private static final Pattern QUALIFIER = Pattern.compile("(?!(?:it|its|the|this|that|these|those|a|an|which|who|see|e\\.g|i\\.e|"
            + "not|you|we|they|he|she|if|when|where|as|so|or|and|"
            // "(below the table)", "(at the top)": where the thing is, not the end of an option's name
            + "below|above|under|beneath|beside|next|near|at|on|in|inside|left|right|top|bottom|to)\\b)\\p{Ll}[\\p{Ll}\\d-]*(?: [\\p{Ll}\\d-]+){1,3}");
    /** A capitalised word just before the brackets: the option's name they end. */
    private static final Pattern NAME_END = Pattern.compile("\\b\\p{Lu}[\\p{L}\\d-]*$");
    /** What may follow an option's name: the clause's end, a comma, or the next clause or place. */
    private static final Pattern AFTER_NAME = Pattern.compile("\\s*(?:$|[,;.]|(?:and|then|from|in|on)\\b)", I);
    /** Digits in brackets with more digits after: part of a phone number, "(415) 555-0142", not an aside. */
    private static final Pattern AREA_CODE = Pattern.compile("\\(\\+?\\d{1,5}\\)\\s?\\d");
    /** What an aside gives as the thing's visible name: "your avatar (DK)", "the plan (PRO 2)"; not "(the one showing 4)". */
    private static final Pattern ASIDE_NAME = Pattern.compile("(?!(?:It|The|This|That|A|An|E\\.g|I\\.e)\\b)[\\p{Lu}\\d][\\p{L}\\d&+.\\-]{0,15}"
            + "(?: [\\p{Lu}\\d][\\p{L}\\d&+.\\-]{0,15}){0,2}");
    /** Words that relate a target to an anchor beside it: "the dropdown next to the field". */
    private static final String RELATION_WORDS = "next to|beside|near|below|above|under|underneath|right of|left of";
    /** A thing opened by its own name, capitalised or quoted: "Sunday Jazz", "the Trash"; not "the Settings menu". */
    private static final Pattern NAMED_ITEM = Pattern.compile("^(?:the )?(?:(?-i:[\\p{Lu}\\d])|\uE000)(?!.*\\b(?:menu|dialog|"
            + "dialogue|panel|popup|pop-up|modal|drawer|window|sheet|dropdown|drop-down|picker)$).*$", I);
    /** A control that opens things when clicked, not a place they are in: "the DK avatar", "the gear icon". */
    private static final Pattern OPENER = Pattern.compile("\\b(?:avatar|button|icon|link|arrow|chevron|caret|kebab|hamburger|dots|"
            + "ellipsis)$", I);
    /** A word before a noun that says which one: "the event", "my playlist". */
    private static final String DETERMINER = "(?:the|this|that|a|an|my|your|our)";
    /** The control a switch is worked with, before its name: "with the", "by clicking on its". */
    private static final String SWITCHED_BY = "(?:with|using|via|through|by clicking(?: on)?|by tapping) (?:the|its|their|a|an)";
    /** How a slider is dragged before where to: "all the way", "down", "over". */
    private static final String SLIDE_WAY = "(?:all the way |fully |completely |right )?(?:up |down |over |across |along |back )?";
    /** The control a thing is switched by, its own: "with its switch", "using their toggle". */
    private static final String SWITCHED_BY_OWN = "(?:with|using|via|through|by clicking(?: on)?|by tapping) (?:its|their)(?: own)?";
    /** A place a menu or a page opens from, read as where the thing is: "open Trash from the sidebar". */
    private static final Pattern REGION = Pattern.compile("^(?:the |its |their )?(?:(?:left|right|top|bottom|side|main|navigation|nav|"
            + "selection|tool|app|title|status) ?)?(?:sidebar|side bar|side panel|menu|header|toolbar|top bar|navigation|nav|panel|list|page|"
            + "footer|bar|drawer|tab bar|menu bar|breadcrumbs?|left|right)(?: on the (?:left|right))?$", I);
    /** A place naming where text goes: "In the Reply box of the thread panel, type …". */
    private static final Pattern FIELD_PLACE = Pattern.compile("^(?:in|inside|within|into) ((?:the|this|that) [^,;]*?\\b(?:box|field|input|"
            + "text ?area|textarea|composer|editor)\\b[^,;]*)$", I);
    /** A pronoun anchor, "next to it", taken to mean the previous step's target. */
    private static final Pattern IT_ANCHOR = Pattern.compile("\\b(" + RELATION_WORDS + ") it\\b", I);
    /** When the step happens, not where: "then Confirm on the next screen". */
    private static final Pattern NEXT_SCREEN = Pattern.compile("\\s+(?:on|in|at) the (?:next|following|review|confirmation) "
            + "(?:screen|page|step|view)$", I);
    /** Words that open a place before the step: "In the side panel", "Under Reminders", "Next to Going?". */
    private static final String PLACE_WORDS = "in|on|at|inside|within|under|underneath|beneath|below|above|beside|near|next to|for";
    /** A clause that only says where the next ones happen: "In the Star rating filter, tick 5 stars", "Under Reminders, …". */
    private static final Pattern CONTEXT = Pattern.compile("^(?:(?:" + PLACE_WORDS + "|from) (?:(?:the|this|that) )?[^,;]{1,60}"
            + "|without \\w+ing\\b[^,;]{0,60})$", I);
    /** A choice made from a named list: "From the Responsible attorney dropdown pick Leo Brandt". */
    private static final Pattern FROM_LIST = Pattern.compile("^from (?:the |its )?(.+?\\b(?:drop-?down|list|menu|select|selector|picker|options)),? "
            + "(?:pick|choose|select|tick|click)(?: on)? (.+)$", I);
    /** Where on the screen a place ends: "In the small month calendar on the left", "In the top right". */
    private static final Pattern ROW_PLACE = Pattern.compile("^(?:in|on) (?:the|that|this) (new(?: empty)?|empty new|newly added|"
            + "last|first|second|third|fourth|fifth) (?:row|line),?$", I);
    private static final Pattern POSITION = Pattern.compile("(?:^|\\s)((?:on|at|in) the (?:(?:top|bottom|upper|lower|far|very)[ -])?"
            + "(?:left|right|top|bottom)(?:[ -](?:hand )?(?:side|edge|corner|column|half))?)$", I);
    /** A target that already says where it is: "the + next to Pizza", "the bell at the top right". */
    private static final Pattern OWN_POSITION = Pattern.compile("\\b(?:" + RELATION_WORDS + "|to the (?:right|left) of|"
            + "(?:on|at|in) the (?:[\\w-]+ )?(?:left|right|top|bottom|corner|side|edge))\\b", I);
    /** The one thing of a kind a list still shows: "the only remaining order", "the only row". */
    private static final Pattern ONLY_ONE = Pattern.compile("^the only (?:remaining |visible |listed |left |shown )?(\\p{Ll}+)$");
    /** A participle before a place: "the matter shown below the table", "the total displayed under the cart". */
    private static final Pattern SHOWN = Pattern.compile("\\s+(?:shown|displayed|listed|visible|located)\\s+(?=(?:below|above|under|"
            + "underneath|beneath|beside|next to|on|in|at|inside)\\s)", I);
    /** A row's end as a target's own place, where the clause names the row: "the trash-can icon at the far right". */
    private static final Pattern ROW_END = Pattern.compile("\\s+(?:at|on) the (?:far |very )?(?:right|left|end|start|beginning)"
            + "(?: end| side)?(?: of (?:the|its|this|that) row)?$", I);
    /** A relative clause about the target's appearing: "the bar that appears above the table". */
    private static final Pattern RELATIVE = Pattern.compile("\\s+(?:that|which)\\s+(?:appears?|shows?(?: up)?|pops? up|is shown|is displayed|"
            + "opens?|opened|comes? up|slides? in|was opened|has appeared)\\b[^\uE000]*$", I);
    /** A clause that does not say how it is done ("remove the tag by clicking its x" names the click to make). */
    private static final String NOT_SAYING_HOW = "(?!.*\\bby (?:clicking|pressing|tapping|hitting)\\b)";
    /**
     * A purpose after the target: "the SkyWays message to read it", "the right arrow ... to go to the following week".
     * It says what the click is for, not which thing it is, unless nothing but a kind word would be left; a capitalised
     * word is a name ("Back to Top", "below To confirm"), and "to the right of" or "Add to cart" name no purpose.
     */
    private static final Pattern PURPOSE = Pattern.compile("\\s+(?:in order )?to (?:go|open|read|see|view|show|display|reveal|"
            + "expand|collapse|close|move|get|navigate|switch|start|finish|load|access|bring up|return|jump|skip|advance|"
            + "continue|proceed|check|look at|add|react|vote|like|filter|sort|save|play|pause|stop|mark|remove|delete|submit|"
            + "search|select|choose|pick|share|copy|download|upload|edit|reply|send|change|set|sign|log|confirm|clear|"
            + "refresh|reload|follow|unfollow|subscribe|favou?rite|bookmark|rate|hide|dismiss|toggle|enable|disable|turn|cancel|"
            + "undo|redo|apply|join|invite|attach|rename|restore|pin|unpin|flag|mute|unmute|shuffle|repeat|zoom|print|preview|"
            + "take|capture|create|make|run|launch|call|book|buy|order|request|schedule|reset|complete|lock|unlock|watch|"
            + "listen|archive|assign|star|unstar|post|publish|enroll|register|contact|message|email)"
            + "\\b[^\uE000]*$");
    /** What a step leads to, after the target: "… so it shows a small 1", "… so that the list refreshes". */
    private static final Pattern SO_THAT = Pattern.compile(",?\\s+so (?:that (?!\\S+$)|(?:the|it|they|this|these|we|i|you|he|she|"
            + "there|his|her|their|its|both|all|each|every|only|no)\\b).*$", I);
    /** What a step is for, said of the thing itself with any verb: "… to re-run it", "… to archive them". */
    private static final Pattern PURPOSE_OF_IT = Pattern.compile("\\s+(?:in order )?to [\\p{L}-]+ (?:it|them|him|her)$", I);
    /** The page's navigation named as the way to go somewhere: "using the top navigation", "via the sidebar". */
    private static final Pattern BY_NAVIGATION = Pattern.compile(",?\\s+(?:using|via|through) (the (?:top |main |side |left |"
            + "primary )?(?:navigation|nav|nav ?bar|navigation bar|menu bar|sidebar|side bar|tab bar))$", I);
    private static final Pattern KIND_ONLY = Pattern.compile("^(?:the |a |an |this |that )?(?:button|link|icon|arrow|tab|item|one|"
            + "thing|control|element|option)$", I);
    /** A place before the step's verb, its opening words in group 1: "In the side panel ", "Under Reminders ". */
    private static final Pattern LEADING_PLACE = Pattern.compile("^((?:" + PLACE_WORDS + ") (?:(?:the|this|that) )?)\\S", I);
    /** Nouns of a control whose options open from it: "in the Country dropdown", "in the Provider list". */
    private static final Pattern LIST_NOUN = Pattern.compile("\\b(?:drop-?down|select|select box|list|list box|menu|picker|"
            + "combo ?box|field|box)$", I);

    /** Most words a verbless clause after a step may have to be read as the next thing to click ("then Continue"). */
    private static final int MAX_BARE_WORDS = 4;
    /** At most this many words make a click's next target after "then" ("seat 8 in row C"). */
    private static final int MAX_NEXT_WORDS = 8;

    /** Where a target's relation to an anchor begins: "the dropdown| next to the field". */
    private static final Pattern HEAD = Pattern.compile("\\s+(?:" + RELATION_WORDS + "|to the (?:right|left) of|in|on|inside|within|"
            + "of|for|at)\\s.*$", I);

    /** A field named by its noun, then the value, with no "into": "the promo code SAVE50", "the card number 4242…". */
    private static final Pattern NAMED_VALUE = Pattern.compile("^the ((?:[\\p{L}-]+ ){0,3}(?:code|number|name|e-?mail|address|"
            + "password|amount|title|subject|pin|zip|postcode|phone|username|coupon|voucher)) (\uE000\\d+\uE001|\\S+)$", I);

    /** A possessive pronoun before a target's noun reads as "the": "her role", "in its top right corner". */
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:its|his|her|their)\\s+(?=\\p{L})", I);
    /** "your avatar", "in your basket": the tester speaking to the reader ("Your orders", capitalised, is a name). */
    /** "your avatar" is the avatar; in "the Message your adjuster box" the word is part of a caption. */
    private static final Pattern YOUR = Pattern.compile("(?<!\\b\\p{Lu}\\p{Ll}{0,20}\\s)\\byour\\s+(?=\\p{L})");

    private static final String FIELD = "(user ?name|user id|login|e-?mail(?: address)?|password|pass|passcode|pin|"
            + "first name|last name|full name|name|phone(?: number)?|code|otp|company(?: name)?|organi[sz]ation|job title|"
            + "city|website|street(?: address)?|address|zip(?: code)?|postcode|postal code)";
    private static final String VALUE = "(\\uE000\\d+\\uE001|\\S+)";
    private static final Pattern PAIR = Pattern.compile("(?:the |my |your )?" + FIELD + "(?: field| box)?(?: of| as| to| =|:)? "
            + VALUE, I);
    private static final Pattern ITEM_FIELD_FIRST = Pattern.compile("^(?:the |my |your )?" + FIELD
            + "(?: field| box)?(?: of| as| to| =|:)? (\\S.*)$", I);
    /** An item of a list of values: the words of a field's label, then its value quoted. */
    private static final Pattern ITEM_LABEL_QUOTED = Pattern.compile("^(?:the )?((?:[\\p{L}&-]+ ){0,3}[\\p{L}-]+) (\uE000\\d+\uE001)$", I);
    /**
     * An item of a list of values: a label in lowercase words, then a value that does not read as one: capitalised,
     * a number, an address ("licence plate KLM 482", "work email rosa@x.com").
     */
    private static final Pattern ITEM_LABEL_VALUE = Pattern.compile("^(?:the )?((?-i:\\p{Ll})[\\p{Ll}-]*(?: (?-i:\\p{Ll})[\\p{Ll}-]*){0,3}) "
            + "((?-i:[\\p{Lu}\\d])\\S*(?: \\S+)*|\\S*[@\\d]\\S*)$");
    /** "make & model" in a list of values: an ampersand between the words of one label, not between two items. */
    private static final Pattern LABEL_AMPERSAND = Pattern.compile("(^|,\\s*|\\s+and\\s+)((?-i:\\p{Ll})[\\p{Ll}-]*) & (?=(?-i:\\p{Ll}))", I);
    /** An item of a list of values: a number and the noun of what it counts ("4 sets"). */
    private static final Pattern ITEM_COUNT = Pattern.compile("^(\\d[\\d.,:]*) ((?:[\\p{L}-]+ ){0,2}[\\p{L}-]+)$", I);
    /** An item of a list of values: "a weight of 70", "the price of 12.50". */
    private static final Pattern ITEM_OF = Pattern.compile("^(?:a|an|the) ((?:[\\p{L}-]+ ){0,2}[\\p{L}-]+) of (\uE000\\d+\uE001|\\S+)$", I);
    /** "Final hero image for the landing page as the message": the value, whatever "for" it holds, then its field. */
    private static final Pattern VALUE_AS_FIELD = Pattern.compile("^(\\S.*) as (?:the |my |your |a |an )(.+?)(?: field| box)?$", I);
    /**
     * "the new recipient's name as Priya Nair": a field named with its article, then "as" and a value with none (with
     * one it is the field: "Priya Nair as the name").
     */
    private static final Pattern FIELD_AS_VALUE = Pattern.compile(
            "^(?:the|my|your|his|her|their|its) ((?:[\\p{L}'’-]+ ){0,3}[\\p{L}-]+) as (?!(?:the|my|your|a|an) )(\\S.*)$", I);
    private static final Pattern ITEM_VALUE_FIRST = Pattern.compile(
            "^(\\S.*?) (?:as (?:the |my |your |a |an )?|for (?:the |my |your ))(.+?)(?: field| box)?$", I);
    private static final Pattern PAIR_JOIN = Pattern.compile("\\s*(?:,\\s*and\\s+|,\\s*|\\s+and\\s+|\\s*&\\s*)", I);

    private static final Pattern TIMES = Pattern.compile(
            "^(.+?)\\s+(once|twice|thrice|(\\d+|two|three|four|five|six|seven|eight|nine|ten) times)$", I);
    private static final Map<String, Integer> NUMBERS = Map.of("two", 2, "three", 3, "four", 4, "five", 5, "six", 6,
            "seven", 7, "eight", 8, "nine", 9, "ten", 10);

    private interface Handler {
        List<PlanStep> handle(Matcher m, Clause c);
    }

    private record Rule(Pattern pattern, Handler handler) {
    }

    /** One clause being parsed: its text with placeholders, the literals, the intent for reports. */
    private record Clause(String text, Literals literals, String instruction) {

        String intent() {
            return literals.restore(text);
        }

        PlanningException fail(String why) {
            return new PlanningException(instruction, intent(), why);
        }

        /** A target phrase: a lone literal becomes its content; literals elsewhere keep their quotes. */
        String target(String piece) {
            String t = piece == null ? "" : piece.trim().replaceAll("[.!?:]+$", "").trim();
            t = SO_THAT.matcher(t).replaceFirst("");
            t = PRONOUN.matcher(t).replaceAll("the ").replaceAll("(?i)\\s+(?:again|once|once more|the same way|as before|likewise)$", "");
            t = YOUR.matcher(t).replaceAll("the ");
            t = RELATIVE.matcher(t).replaceFirst("").trim().replaceAll("(?i)\\s+instead$", "");
            t = SHOWN.matcher(t).replaceFirst(" "); // "the tab of the matter shown below the table": below the table
            t = ONLY_ONE.matcher(t).replaceFirst("the first $1"); // "the only remaining order" of a list cut to one
            String unpurposed = PURPOSE_OF_IT.matcher(PURPOSE.matcher(t).replaceFirst("")).replaceFirst("").trim();
            // "Add to order", "Move to schedule": a lone verb before "to" and a word that is also a noun is a caption
            String lone = unpurposed.replaceFirst("(?i)^the ", "").toLowerCase(Locale.ROOT);
            boolean caption = lone.matches("\\p{L}+") && (VERBS.contains(lone) || lone.matches("back|return|move"))
                    && t.substring(unpurposed.length()).trim().matches("(?i)to (?:the )?(?:order|schedule|post|message|email|request)");
            if (!unpurposed.isEmpty() && !KIND_ONLY.matcher(unpurposed).matches() && !caption) {
                t = unpurposed;
            }
            if (t.isEmpty()) {
                throw fail("it names no target");
            }
            return literals.value(t);
        }

        String value(String piece) {
            return literals.typed(piece.trim().replaceFirst("(?i)\\s+instead$", "")); // "type maya@x.com instead"
        }
    }

    private final List<Rule> rules = new ArrayList<>();

    public RuleBasedPlanner() {
        // "tick the photos 'Ramen night' and 'Birthday cake'", "select 'A', 'B' and 'C'": the verb for each quoted name
        rule("^(select|tick|check|choose|pick|click|tap)(?: the ([\\p{L}-]+?)s?)? (" + LITERAL + "(?:, " + LITERAL + ")*,? and "
                + LITERAL + ")$", (m, c) -> items(m.group(3)).stream().map(t -> {
                    String target = c.target((m.group(2) == null ? "" : "the " + m.group(2) + " ") + t);
                    boolean click = m.group(1).equalsIgnoreCase("click") || m.group(1).equalsIgnoreCase("tap");
                    return click ? PlanStep.of("click", c.intent(), "target", target)
                            : PlanStep.of("toggle", c.intent(), "target", target, "state", "on");
                }).toList());
        rule("^(log|sign) ?(in|on)(?: to \\S+)?(?:\\s+(.*))?$", this::login);
        rule("^(?:double|right)-?(?:click|clicks)$", (m, c) -> {
            throw c.fail("it names no target");
        });
        rule("^(double|right)[- ]?click(?: on| at)? (.+)$", (m, c) -> repeat(c, m.group(2),
                t -> PlanStep.of("click", c.intent(), "target", c.target(t), "button", m.group(1).toLowerCase(Locale.ROOT))));
        rule("^(?:doubleclick|rightclick)(?: on| at)? (.+)$", (m, c) -> List.of(PlanStep.of("click", c.intent(),
                "target", c.target(m.group(1)), "button", c.text().toLowerCase(Locale.ROOT).startsWith("double") ? "double" : "right")));
        // "press the plus button of its servings stepper until it shows 6": the count set to 6, + or − pressed as needed
        rule("^(?:press|click|tap|hit|use) (?:the )?(?:plus|\\+|minus|-|−|increase|decrease|up|down)(?: button| icon| sign)?"
                + "(?: (?:of|on|for|in|beside|next to) (.+?))? (?:until|till) (?:it|the (?:count|number|value|quantity)) "
                + "(?:shows|reads|says|is|reaches|gets to) (\\d{1,3})$",
                (m, c) -> List.of(setTo(c, m.group(1) == null ? "the count" : c.target(m.group(1)).replaceFirst("(?i)\\s+(?:stepper|counter)$", ""),
                        m.group(2))));
        rule("^(?:click|tap)(?: on| at| onto| in| into)? (.+)$",
                (m, c) -> repeat(c, m.group(1), t -> PlanStep.of("click", c.intent(), "target", c.target(t))));
        rule("^(?:press|hit|push|strike)(?: on)? (.+)$", this::press);
        // "drag the brightness slider all the way to the right", "… down to about the halfway point", "… to 30%"
        rule("^(?:drag|slide|move|pull|push) (.+?) " + SLIDE_WAY + "(?:to|towards|toward|into) (?:the )?(?:far |very )?"
                + "(right|left|end|start|beginning|max(?:imum)?|min(?:imum)?|top|bottom)(?: end| side| edge)?$",
                (m, c) -> List.of(setTo(c, c.target(m.group(1)),
                        m.group(2).toLowerCase(Locale.ROOT).matches("right|end|max(?:imum)?|top") ? "100%" : "0%")));
        rule("^(?:drag|slide|move|pull|push) (.+?) " + SLIDE_WAY + "to (?:about |around |roughly |approximately |exactly )?(?:the )?"
                + "(?:halfway(?: point| mark)?|half ?way|middle|mid-?point|centre|center|half)$",
                (m, c) -> List.of(setTo(c, c.target(m.group(1)), "50%")));
        rule("^(?:drag|slide|move|pull|push) (.+?) " + SLIDE_WAY + "to (?:about |around |roughly |approximately |exactly )?(\\d{1,3}) ?%$",
                (m, c) -> List.of(setTo(c, c.target(m.group(1)), m.group(2) + "%")));
        rule("^(?:run|launch|activate|trigger) (.+)$", (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", c.target(m.group(1)))));
        rule("^focus(?: on| in| into)? (.+)$", (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", c.target(m.group(1)))));
        rule("^(?:hover|mouse|move (?:the )?(?:mouse|pointer|cursor))(?: over| on| onto| above| to| at)? (.+)$",
                (m, c) -> List.of(PlanStep.of("hover", c.intent(), "target", c.target(m.group(1)))));
        // "find the eBook X in the results", "scroll through the results", "go back to the search results": bring it into view
        rule("^(?:find|locate|look for|scroll (?:through|over|along)|go back (?:up )?to|return to) (.+)$",
                (m, c) -> List.of(PlanStep.of("scroll", c.intent(), "to", c.target(m.group(1)))));
        // "leave the saved card chosen", "leave everything else as it is", "leave Quiz at 30": nothing to do
        rule("^leave (?:.+?) (?:as it is|as they are|as is|unchanged|untouched|alone|chosen|selected|checked|ticked|on|off|empty|blank"
                + "|unticked|unchecked|unselected|cleared|deselected"
                + "|(?:at|on|as) \\S.{0,40})$", (m, c) -> List.of());
        rule("^keep (?:.+?) at \\S.{0,40}$", (m, c) -> List.of());
        // "keep the CA 214 tab open", "keep Standard selected", "keep 2 servings": it is so already
        rule("^keep (?!(?:on )?(?:clicking|pressing|tapping|scrolling|typing|going)\\b)(?:.+)$", (m, c) -> List.of());
        // "pick Chicken fajitas and add it": the button that adds what was picked
        rule("^add (?:it|them|this|that)$", (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", "the Add button")));
        rule(FROM_LIST.pattern(), (m, c) -> List.of(PlanStep.of("select", c.intent(), "option", c.value(m.group(2)),
                "in", "the " + c.target(m.group(1)))));
        // "reveal the answer", "show the hint for the first card": the button that shows it
        rule("^(?:show|reveal|uncover|display) (?:the )?(answers?|hints?|solutions?|password|details|translation|back|more|all|less)"
                + "(?: (?:for|of|on|to) .+)?$", (m, c) -> List.of(PlanStep.of("click", c.intent(), "target",
                        "the Show " + m.group(1).toLowerCase(Locale.ROOT) + " button")));
        // "grade the card as Good", "rate it as Hard": the button of that grade
        rule("^(?:grade (?:.+? )?|(?:rate|score) (?:it|this|the card|this card|the answer|this answer|the response) )as (.+)$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", c.target(m.group(1)))));
        // "start a study session for the Spanish deck", "begin studying the Japanese deck": that thing's button for it
        rule("^(?:start|begin|launch|run) (?:a |an |the )?(?:new )?([\\p{L}-]+) (?:session|round|run) (?:for|of|on|with|in) (.+)$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", "the " + capitalised(m.group(1)) + " button for " + c.target(m.group(2)))));
        rule("^(?:start|begin) ([\\p{L}]{2,}?)ing (?!(?:it|them|this|that)$)(.+)$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", "the " + capitalised(gerundStem(m.group(1)))
                        + " button for " + c.target(m.group(2)))));
        // "open the Spanish deck for editing": its Edit button
        rule("^open (.+?) (?:for editing|to edit(?: it)?|in edit mode)$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", "the Edit button for " + c.target(m.group(1)))));
        // "select client "Kestrel Biotech Corp."", "pick activity code "A106 …"": that field set to the quoted value
        rule("^(?:select|choose|pick) (?:the )?(?!(?:option|item|entry|tab|button|link|card|row|checkbox|radio|chip|filter|tile|"
                + "file|files|value)\\b)((?-i:\\p{Ll})[\\p{L}-]*(?: (?-i:\\p{Ll})[\\p{L}-]*){0,2}) (" + LITERAL + ")$",
                (m, c) -> List.of(setTo(c, "the " + c.target(m.group(1)), c.value(m.group(2)))));
        // "confirm the booking", "confirm the hold": the button that confirms it
        rule("^confirm (?:the|this|that|your|my) (booking|hold|order|payment|purchase|reservation|appointment|transfer|request|"
                + "changes?|selection|submission|subscription|upgrade|plan|cancellation|return|refund|swap|exchange|invitation|invite|"
                + "check-?out|check-?in|dispute|move|assignment|sale|shipment|void)"
                + "(?: in the (?:dialog|dialogue|popup|pop-up|modal|window)(?: that (?:opens|appears|pops up|shows|follows))?)?$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", "the Confirm " + m.group(1).toLowerCase(Locale.ROOT) + " button")));
        // "submit the dispute", "record the payment", "place the order", "create the page": the button captioned with the
        // verb and the thing ("Submit dispute", "Place order"), or with the verb alone
        rule("^(submit|record|place|publish|create|finish|complete|post|book|schedule) (?:the|this|that|your|my|a|an) "
                + "((?:[\\p{L}-]+ )?[\\p{L}-]+)$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", "the " + capitalised(m.group(1).toLowerCase(Locale.ROOT))
                        + " " + m.group(2).toLowerCase(Locale.ROOT) + " button")));
        // "select seats D5 and D6 on the seat map", "click seats 12A, 12B and 12C": each seat in turn, where the seats are
        rule("^(?:click|tap|select|choose|pick|book|reserve)(?: on)? (?:the )?seats ((?:[a-z]?\\d{1,3}[a-z]?)(?:(?:,| and|, and) "
                + "(?:[a-z]?\\d{1,3}[a-z]?))+)((?: (?:in|on|at|from) .+)?)$", (m, c) -> Arrays.stream(m.group(1).split(",? and |, "))
                        .map(seat -> PlanStep.of("click", c.intent(), "target", "seat " + seat.strip().toUpperCase(Locale.ROOT)
                                + c.literals.restore(m.group(2)))).toList());
        rule("^scroll(?: the (?:page|screen|window|view|list))?(?: (.*))?$", this::scroll);
        rule("^wait(?: (.*))?$", this::waitFor);
        // "resolve Leo Martins' comment", "archive the first email", "pin the Q3 note": that thing's button for it
        rule("^(resolve|reopen|unresolve|archive|unarchive|duplicate|pin|unpin) (?!(?:it|this|that|them|all|everything)$)(.+)$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target",
                        "the " + capitalised(m.group(1).toLowerCase(Locale.ROOT)) + " button for " + c.target(m.group(2)))));
        // "delete the Lat Pulldown entry using the trash icon at the end of its row": that icon, on that entry
        rule("^(?:delete|remove) " + NOT_SAYING_HOW + "(.+?) (?:using|via|with|by clicking|by pressing) (?:its|the|their) "
                + "((?:[\\p{L}-]+ )?(?:icon|button|bin|x|cross))\\b(?: .*)?$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", "the " + c.target(m.group(2)) + " for " + c.target(m.group(1)))));
        rule("^(delete|remove) " + NOT_SAYING_HOW + "(.+?) (?:using|via|through|from|with) (?:its|the|their) (.+?)(?: menu)?$", (m, c) -> List.of(
                PlanStep.of("click", c.intent(), "target", "the " + c.target(m.group(3)) + " menu on " + c.target(m.group(2))),
                PlanStep.of("click", c.intent(), "target", capitalised(m.group(1)))));
        rule("^(delete|remove) " + NOT_SAYING_HOW + "(.+?)(?: (?:listed|shown|left|remaining|displayed)(?: there| here| in the [^,;]+| on the [^,;]+)?)?$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target",
                        "the " + capitalised(m.group(1)) + " button for " + c.target(m.group(2)).replaceFirst("(?i)^the only ", "the first "))));
        rule("^confirm(?: it| this| that| the (?:deletion|removal|delete|remove))?(?: in the (?:[\\p{L}-]+ )?(?:dialog|dialogue|popup|pop-up|modal|window)"
                + "(?: that (?:opens|appears|pops up|shows|follows))?)?$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(),
                "target", c.instruction().toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:delete|deletion)\\b.*") ? "the Delete button in the dialog"
                        : c.instruction().toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:remove|removal)\\b.*") ? "the Remove button in the dialog"
                        : "the Confirm button")));
        // "confirm seating the party at the suggested table", "confirm moving the card": the deed the dialog's button does
        rule("^confirm (?!(?:no|some|every|any)thing\\b)[\\p{L}]{3,}ing\\b(?: .+)?$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", "the Confirm button")));
        rule("^confirm(?: (?:it|this|that|the \\S+))?,? (?:with|using|via) (.+)$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", c.target(m.group(1)))));
        rule("^confirm(?: (?:it|this|that|the \\S+))?,? by (?:clicking|pressing|tapping|hitting|choosing|selecting)(?: on)? (.+)$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", c.target(m.group(1)))));
        rule("^save(?: it| them| this| changes| everything| (?:the|this|that|my|your|our) (?:[\\p{L}\\d'’-]+ ){0,3}[\\p{L}\\d'’-]+)?$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", "the Save button")));
        // "pick Sunday, make sure Breakfast is selected, then confirm": between actions, a state to bring about; as the
        // instruction's last words it stays a check (a tester asserting must not get a pass by the agent's own click)
        rule("^(?:make sure|ensure)(?: that)? (.+?) (?:is|are) (?:(selected|checked|ticked|chosen|on|enabled|switched on|turned on)|"
                + "(unchecked|unticked|off|disabled|deselected|switched off|turned off|not selected|not checked))$",
                (m, c) -> followedByMore(c) ? List.of(PlanStep.of("toggle", c.intent(), "target", c.target(m.group(1)),
                        "state", m.group(2) != null ? "on" : "off")) : assertion(c));
        rule("^(?:expect|verify|assert|ensure|confirm|validate|make sure|check that|check if|check whether)(?: that| if| whether)?(?: (.*))?$",
                this::expect);
        rule("^(?:see|should|should see|should not|should not see) .+$",
                (m, c) -> List.of(PlanStep.of("check", c.intent(), "assertion", c.literals.restore(c.text()))));
        // "mark order #4825 as priority by clicking the flag icon at the start of its row": that click
        rule("^mark (.+?) as [^,]+?,? by (?:clicking|pressing|tapping|hitting)(?: on)? (.+)$", (m, c) -> byClicking(c, m.group(1), m.group(2)));
        // "mark Product quality as Very satisfied": in a grid, the choice under that heading in that row
        rule("^mark (?!(?:the|a|an|this|that|these|it|them|all|everything)\\b)((?:(?-i:[\\p{Lu}])|\uE000).+? as .+)$", (m, c) -> {
            List<PlanStep> out = new ArrayList<>();
            for (String item : LIST_JOIN.split(m.group(1))) {
                Matcher as = MARK_AS.matcher(item.trim());
                if (!as.matches()) {
                    throw c.fail("expected \"mark <row> as <choice>\" for each item, e.g. \"mark Quality as Good and Price as Fair\"");
                }
                out.add(PlanStep.of("click", c.intent(), "target", "the " + c.target(as.group(2)) + " radio in the " + c.target(as.group(1)) + " row"));
            }
            return out;
        });
        rule("^mark (.+?) as (?!done\\b|complete\\b|completed\\b|finished\\b|checked\\b)([\\p{L} -]{2,30})$", (m, c) -> {
            // "Mark the second review as helpful": the Helpful button of that review; "mark all as read": the button
            String what = m.group(1).trim().toLowerCase(Locale.ROOT);
            String as = m.group(2).trim();
            String target = what.matches("all|everything|all messages|all notifications") ? "Mark all as " + as
                    : what.matches("it|this|them|that") ? "Mark as " + as : capitalised(as) + " on " + c.target(m.group(1));
            return List.of(PlanStep.of("click", c.intent(), "target", target));
        });
        rule("^(?:uncheck|untick|deselect|unselect)(?: the box)? (.+)$", (m, c) -> toggle(c, m.group(1), "off"));
        // "tick the row checkboxes for Flange nut M8 and Wire nuts, assorted": one checkbox in each named row
        rule("^(?:select|tick|check|mark)(?: off)? (?:the )?(?:row )?(?:check ?boxes|tick ?boxes|boxes) (?:for|of|on|in(?! front\\b)) (?:the )?"
                + "(.+? and .+?)(?:(?: rows| items| entries| lines| transactions)(?: (?:of|in) the [^,]+)?)?$",
                (m, c) -> items(m.group(1)).stream()
                        .map(t -> PlanStep.of("toggle", c.intent(), "target", "the checkbox for " + c.target(t), "state", "on")).toList());
        // "put the item in the Personal folder": the item's folder (a dropdown or options of the edit form) set to Personal
        rule("^(?:put|move|place|file) (?:it|this|that|them|the (?:item|entry|record|login|file|card|task|note|contact)) (?:in|into|to|under) "
                + "(?:the )?(.+?) (folder|category|list|group|collection|project|column|vault)$",
                (m, c) -> List.of(setTo(c, "the " + m.group(2), c.value(m.group(1)))));
        rule("^(?:check|tick|mark)(?: off)? (.+)$", this::checkOrTick);
        // "turn on the Floor lamp with its switch": the lamp's own switch, set to the state asked for
        rule("^(?:turn|switch|flip) (on|off) (.+?),? " + SWITCHED_BY_OWN + " (.+)$", (m, c) -> ownControl(c, m.group(2), m.group(3),
                m.group(1).toLowerCase(Locale.ROOT)));
        rule("^(?:turn|switch|flip) (.+?) (on|off),? " + SWITCHED_BY_OWN + " (.+)$", (m, c) -> ownControl(c, m.group(1), m.group(3),
                m.group(2).toLowerCase(Locale.ROOT)));
        // "pick Porch light in the Device dropdown and Turn on in the Action dropdown": an option's name, not a switch
        rule("^((?:turn|switch) (?:on|off)) (?:in|from) (the .+)$", (m, c) -> LIST_NOUN.matcher(HEAD.matcher(m.group(2)).replaceFirst("")).find()
                ? List.of(PlanStep.of("select", c.intent(), "option", capitalised(m.group(1)), "in", c.target(m.group(2))))
                : toggle(c, m.group(2), m.group(1).toLowerCase(Locale.ROOT).endsWith("on") ? "on" : "off"));
        // "turn on shuffle with the crossed-arrows icon": the icon is what to click
        rule("^(?:turn|switch|flip) (?:on|off) .+?,? " + SWITCHED_BY + " (.+)$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", "the " + c.target(m.group(1)))));
        rule("^(?:turn|switch|flip) .+? (?:on|off),? " + SWITCHED_BY + " (.+)$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", "the " + c.target(m.group(1)))));
        rule("^(?:turn|switch|flip) (on|off) (.+)$", (m, c) -> toggle(c, m.group(2), m.group(1).toLowerCase(Locale.ROOT)));
        rule("^(?:turn|switch|flip) (.+?) (on|off)$", (m, c) -> toggle(c, m.group(1), m.group(2).toLowerCase(Locale.ROOT)));
        rule("^flip (.+)$", (m, c) -> toggle(c, m.group(1), "flip"));
        rule("^(enable|disable) (.+)$", (m, c) -> toggle(c, m.group(2), m.group(1).equalsIgnoreCase("enable") ? "on" : "off"));
        rule("^toggle (on|off) (.+)$", (m, c) -> toggle(c, m.group(2), m.group(1).toLowerCase(Locale.ROOT)));
        rule("^toggle (.+?) (on|off)$", (m, c) -> toggle(c, m.group(1), m.group(2).toLowerCase(Locale.ROOT)));
        rule("^toggle (.+)$", (m, c) -> toggle(c, m.group(1), "flip"));
        rule("^apply(?: it| them| this| that| the (?:code|coupon|promo(?: code)?|voucher|discount|filters?|changes?|settings))?$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", "the Apply button")));
        rule("^(?:switch|change) to (.+?) (?:using|with|via) (?:the|its|a|an) (.+)$",
                (m, c) -> Pattern.compile("\\b(?:mode|theme)$", I).matcher(m.group(1)).find() ? toggle(c, c.target(m.group(1)), "on")
                        : List.of(PlanStep.of("click", c.intent(), "target", "the " + c.target(m.group(2)))));
        rule("^(?:switch|change) to (.+?)(?: (?:using|with|via|by) .+)?$", (m, c) -> {
            String what = c.target(m.group(1));
            // "switch to dark mode" flips a switch; "switch to the Billing tab" opens the tab
            return Pattern.compile("\\b(?:mode|theme)$", I).matcher(what).find() ? toggle(c, what, "on")
                    : List.of(PlanStep.of("click", c.intent(), "target", what));
        });
        // "open Grace Liu's contact details by clicking her name": the name is written as it is
        rule("^[\\p{L}-]+ (?:up )?(.+?)['’]s .+?,? (?:by clicking|by pressing|by tapping|with|using|via)(?: on)? (?:its|his|her|their) name$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", c.target(m.group(1)))));
        rule("^(?:open|show|display|expand|reveal|select|choose|pick|go to|view) (.+?),? by (?:clicking|pressing|tapping|double-clicking)(?: on)? "
                + "(?:it|its (?:name|title|label|link|text|row|line|entry|card|tile))$",
                // "open the details of order #4818 by clicking its row": the order
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target",
                        c.target(m.group(1).replaceFirst("(?i)^the (?:details|page|record) (?:of|for) ", "")))));
        rule("^(?:open|show|display|expand|reveal) (.+?) from (.+)$", (m, c) -> {
            // "open Trash from the sidebar", "open Sunday Jazz from the library": where it is; "open the profile menu
            // from the DK avatar": what to click
            String from = c.target(m.group(2));
            boolean where = REGION.matcher(from).matches()
                    || NAMED_ITEM.matcher(m.group(1)).matches() && !OPENER.matcher(HEAD.matcher(from).replaceFirst("")).find();
            return List.of(PlanStep.of("click", c.intent(), "target", where ? c.target(m.group(1)) + " in " + from : from));
        });
        rule("^(?:open|show|display|expand|reveal) (.+?),? (?:with|using|via|through|by clicking(?: on)?|by pressing|by tapping) "
                + "(?:the|its|their|his|her|a|an) (.+)$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", "the " + c.target(m.group(2)))));
        rule("^open (?:the |a |an )?(.+?) (?:dialog|dialogue|modal|popup|pop-up|form|window)$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", "the " + c.target(m.group(1)) + " button")));
        // "title the new event Design crit": the thing titled runs up to a capitalised or quoted title, else one noun
        rule("^title (?:it|this|that|them|" + DETERMINER + " (?:[\\p{L}-]+ ){0,3}?[\\p{L}-]+) ((?-i:[\\p{Lu}\\d]).*|\uE000.*)$",
                (m, c) -> List.of(PlanStep.of("type", c.intent(), "text", c.value(m.group(1)), "into", "the title field")));
        rule("^title (?:it|this|that|them|" + DETERMINER + " [\\p{L}-]+) (.+)$",
                (m, c) -> List.of(PlanStep.of("type", c.intent(), "text", c.value(m.group(1)), "into", "the title field")));
        // "name the search SE Portland houses": the name field, cleared of what it was given
        rule("^name (?:it|this|that|them|" + DETERMINER + " (?:[\\p{L}-]+ ){0,3}?[\\p{L}-]+) ((?-i:[\\p{Lu}\\d]).*|\uE000.*)$",
                (m, c) -> List.of(PlanStep.of("type", c.intent(), "text", c.value(m.group(1)), "into", "the name field", "clear", true)));
        rule("^rename (?:.+?) (?:to|as) (.+)$",
                (m, c) -> List.of(PlanStep.of("type", c.intent(), "text", c.value(m.group(1)), "into", "the name field", "clear", true)));
        rule("^edit (?:the )?(.+?)(?:['’]s (?:account|profile|details|entry|record|row|card|settings|item|task))?$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", "the Edit button for " + c.target(m.group(1)))));
        // "join the waitlist for today's HIIT class": the button that says so, on that item
        rule("^join (?:the )?(?:wait ?list|waiting list|queue)(?: (?:for|on|of) (.+))?$", (m, c) -> List.of(PlanStep.of("click",
                c.intent(), "target", "the Join waitlist button" + (m.group(1) == null ? "" : " for " + c.target(m.group(1))))));
        // "filter the tickets by the Pizza oven station": the list filtered says nothing of which chip or option
        rule("^filter (?:the |this |that )?(?:[\\p{L}-]+ ){0,3}?(?:list|table|results|items|rows|tickets|orders|documents|"
                + "entries|records|view|grid|feed|board) (?:by|on|to show(?: only)?) (?:the |only )?(.+?)(?: class| category| type| status| "
                + "filter| tag| chip| option| station)?$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", c.target(m.group(1)) + " filter")));
        // "filter the list to the Home policy": the filter's option of that name
        rule("^filter (?:the |this |that )?(?:[\\p{L}-]+ ){0,3}?(?:list|table|results|items|rows|tickets|orders|documents|"
                + "entries|records|view|grid|feed|board) to (?:the |only )?(.+)$",
                (m, c) -> List.of(PlanStep.of("select", c.intent(), "option", c.value(m.group(1)))));
        // "make the checking account ending in 0917 your default payment method": its Set as default / Make default button
        rule("^(?:make|set) (.+?) (?:as )?(?:your|the|my) (?:new )?default(?: [\\p{L} ]{1,30})?$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", "the default button for " + c.target(m.group(1)))));
        // "add Tiramisu, Panna Cotta and Chocolate Lava Cake to the ticket": each item's own tile or Add button
        rule("^add (?!\uE000)(.+?) to (?:the |my |your |this )?(ticket|order|check|bill|tab|cart|basket|bag|trolley)$", (m, c) -> {
            boolean cart = m.group(2).toLowerCase(Locale.ROOT).matches("cart|basket|bag|trolley");
            return Arrays.stream(PAIR_JOIN.split(m.group(1))).filter(t -> !t.isBlank())
                    .map(t -> PlanStep.of("click", c.intent(), "target", cart ? "the Add to " + m.group(2).toLowerCase(Locale.ROOT)
                            + " button for " + c.target(t) : c.target(t))).toList();
        });
        // "filter by the Yoga class type": the chip or option of that name
        rule("^filter (?:by|on|for|to show) (?:the |only )?(.+?)(?: class| category| type| class type| status| filter| tag| chip| option)?$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", c.target(m.group(1)) + " filter")));
        // "jump to section 3", "skip to the Comments section": a link or tab that goes there
        rule("^(?:jump|skip) (?:back )?to (.+)$", (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", c.target(m.group(1)))));
        // "give the order 4 stars for overall satisfaction", "rate the tent 3 stars", "give 5 stars to the support":
        // the star of that rank beside what is rated (a question over the stars, a row, a card)
        String stars = "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)(?: out of (?:\\d{1,2}|five|ten))?[- ]stars?(?: rating)?";
        String byClicking = "(?:,? by (?:clicking|tapping|selecting|choosing) .+)?";
        rule("^(?:give|award) " + stars + " (?:to|for|on) (.+?)" + byClicking + "$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", nthStar(m.group(1), c.target(m.group(2))))));
        rule("^(?:give|award) (.+?) (?:a rating of |a score of |an? )?" + stars + "(?: (?:for|on|in) (.+?))?" + byClicking + "$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target",
                        nthStar(m.group(2), c.target(m.group(3) != null ? m.group(3) : m.group(1))))));
        rule("^(?:rate|score) (.+?) (?:with |at |as |a )?" + stars + byClicking + "$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", nthStar(m.group(2), c.target(m.group(1))))));
        rule("^(?:select|choose|pick|open) (.+?),? by (?:clicking|pressing|tapping|hitting|using)(?: on)? (?:its|their|his|her) (.+)$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", c.target(m.group(1)) + "'s " + c.target(m.group(2)))));
        rule("^(?!confirm\\b)[\\p{L}-]+ (.+?),? by (?:clicking|pressing|tapping|hitting|selecting|choosing)(?: on)? (.+)$",
                (m, c) -> byClicking(c, m.group(1), m.group(2)));
        rule("^(?:select|tick|check|mark) (.+?) (?:using|with|via|by ticking|by checking) (?:their|its|the) (?:check ?box(?:es)?|boxes|tick ?box(?:es)?)$",
                (m, c) -> Arrays.stream(PAIR_JOIN.split(m.group(1))).filter(t -> !t.isBlank())
                        .map(t -> PlanStep.of("toggle", c.intent(), "target", "the checkbox for " + c.target(t), "state", "on")).toList());
        // "choose to charge the Deluxe King rate", "opt for paperless billing": the choice is the option so worded
        rule("^(?:(?:choose|elect|decide|opt) to|opt for) (.+)$", this::select);
        rule("^(?:select|choose|pick)(?: the option| option)? (.+)$", this::select);
        rule("^(?:clear|empty|erase|blank)(?: out)? (.+)$",
                (m, c) -> typeInto(c, "", m.group(1), true));
        rule("^fill(?: in| out)? (.+?) with (.+)$", (m, c) -> fillPairs(c, m.group(1), m.group(2)));
        rule("^fill(?: in| out)? (.+ for .+)$", (m, c) -> valueFor(m.group(1)).map(pairs -> pairs.stream()
                .flatMap(p -> typeInto(c, c.value(p.get(0)), p.get(1), false).stream()).toList()).orElseGet(() -> type(c, m.group(1))));
        rule("^fill(?: in| out)? (.+)$", (m, c) -> type(c, m.group(1)));
        // "switch the schedule to the Wed, Oct 15 tab": what shows is switched by opening that tab
        rule("^(?:switch|change|set) .+? to (the .+? tab)$", (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", c.target(m.group(1)))));
        rule("^(?:set|change|switch|update|make) (.+?)(?<!\\bnext|\\bclose|\\bup) to (.+)$", (m, c) -> expandBoth(c.target(m.group(1))).stream()
                .map(t -> setTo(c, t, c.value(valueOnly(m.group(2), t)))).toList());
        rule("^answer ((?:the|this|that) .+?) with (.+)$", (m, c) -> List.of(setTo(c, c.target(m.group(1)), c.value(m.group(2)))));
        rule("^answer (.+?) (?:to|for|on) (.+)$", (m, c) -> List.of(setTo(c, c.target(m.group(2)), c.value(m.group(1)))));
        // "increase the prep time twice using the + button next to it": that button, so many times
        rule("^(increase|decrease|raise|lower|reduce|bump(?: up| down)?) (.+?) (once|twice|thrice|\\d{1,2} times|(?:two|three|four|five|six|seven|"
                + "eight|nine|ten) times)(?:,? (?:using|with|via|by (?:clicking|pressing|tapping)(?: on)?) (?:the |its )?(.+))?$", (m, c) -> {
            String thing = c.target(m.group(2));
            boolean up = m.group(1).toLowerCase(Locale.ROOT).matches("increase|raise|bump|bump up");
            String button = m.group(4) == null ? "the " + (up ? "+" : "−") + " button next to " + thing
                    : "the " + c.target(m.group(4).replaceFirst("(?i)\\b(?:it|them)$", Matcher.quoteReplacement(thing)));
            return IntStream.range(0, times(m.group(3))).mapToObj(i -> PlanStep.of("click", c.intent(), "target", button)).toList();
        });
        // "use the plus button next to Hours to raise it from 1.0 to 1.3": the number beside that button set to the value
        rule("^use (?:the |its )?(?:plus|\\+|minus|-|−|up|down|increase|decrease)(?: button| sign| icon| arrow)? (?:next to|beside|by|of|for|in|on) "
                + "(.+?) to (?:raise|increase|lower|decrease|reduce|bump|set|change|bring|take|move)(?: up| down)?(?: (?:it|them|that|the "
                + "(?:value|number|count|amount|total)))?(?: from \\S+)? to (.+)$",
                (m, c) -> List.of(setTo(c, c.target(m.group(1)), c.value(m.group(2)))));
        // "raise the guest count from 2 to 6 using the plus button next to Guests": that button, once for each step between
        rule("^(?:increase|decrease|raise|lower|reduce|bump(?: up| down)?|change|set) .+? from (\\d{1,2}) to (\\d{1,2}) (?:using|with|via|by "
                + "(?:clicking|pressing|tapping)(?: on)?) (?:the )?(.+)$", (m, c) -> {
            int steps = Math.abs(Integer.parseInt(m.group(2)) - Integer.parseInt(m.group(1)));
            String button = "the " + c.target(m.group(3));
            return IntStream.range(0, Math.min(steps, 20))
                    .mapToObj(i -> PlanStep.of("click", c.intent(), "target", button)).toList();
        });
        rule("^(?:increase|decrease|raise|lower|reduce|bump(?: up)?) (.+?)(?: up| down)?(?: from \\S+)? to (.+)$",
                (m, c) -> List.of(setTo(c, c.target(m.group(1)), c.value(m.group(2)))));
        // "add Albuterol to the refill request with its Refill button": the thing's button does it
        rule("^add (.+?) to .+?,? (?:with|using|via|by clicking(?: on)?) (?:its|their|the) (.+? button)$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", "the " + c.target(m.group(2)) + " for " + c.target(m.group(1)))));
        rule("^add (\uE000[^\uE001]*\uE001|.+?) (?:to|into|in) (.+)$", (m, c) -> typeInto(c, c.value(m.group(1)), m.group(2), false));
        rule("^add (?:the |a |an )?(note|comment|message|description|remark|text|reply) (\uE000[^\uE001]*\uE001)$",
                (m, c) -> List.of(PlanStep.of("type", c.intent(), "text", c.value(m.group(2)), "into", "the " + m.group(1) + " field")));
        rule("^search$", (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", "the Search button")));
        rule("^search(?: for)? (.+?)(?: (?:using|in|with|via|into|from) (.+))?$", this::search);
        rule("^(?:sort|order)(?: (?:the )?[^,;]+?)? by (.+)$",
                (m, c) -> List.of(PlanStep.of("select", c.intent(), "option", c.value(m.group(1)))));
        rule("^leave (?:.+ )?(?:empty|blank|as (?:it is|they are)|unchanged|alone|untouched)$", (m, c) -> List.of());
        rule("^(?:type|enter|input|write|put|key in|insert)(?: in)? (.+)$", (m, c) -> type(c, m.group(1)));
        rule("^(?:go|move)(?: on)? to (?:the )?next (?:step|page|screen)$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", "the Next button")));
        rule("^(?:go|move) (?:on )?to (?:the )?(?:next|previous|last|following|prior) (?:week|month|day|year|page|step|slide|image|photo|track|song)"
                + " (?:with|using|via|through|by clicking(?: on)?|by pressing|by tapping) (.+)$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", c.target(m.group(1)))));
        // "go to Thursday's schedule": the day, tab or link that shows it
        rule("^(?:go|switch|move|navigate) to ([\\p{L}\\d][\\p{L}\\d ]{0,30}?)['’]s (?:schedule|page|tab|view|list|agenda|calendar|classes|events|timetable)$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", c.target(m.group(1)))));
        // "go to the Comments section using the left sidebar": its entry in that navigation, one click
        rule("^(?:go|proceed|continue|navigate|jump) to (.+?) (?:through|via|using|from|in) (?:the )?((?:left |right )?(?:sidebar|side bar|side menu|"
                + "section list|navigation|nav|menu on the left|list on the left|left panel|table of contents|steps? list|stepper))$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target",
                        c.target(m.group(1)).replaceFirst("(?i)\\s+(?:section|page|step)$", "") + " in the " + c.target(m.group(2)))));
        // "go to the Comments section": the link, tab or step that shows it
        rule("^(?:go|navigate|jump|skip) to (?:the )?(.+?) (?:section|part|page|step)$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", c.target(m.group(1)))));
        rule("^(?:go|proceed|continue) to (.+?) (?:through|via|using|from) (.+)$", (m, c) -> List.of(
                PlanStep.of("click", c.intent(), "target", c.target(m.group(2))),
                PlanStep.of("click", c.intent(), "target", capitalised(c.target(m.group(1))))));
        rule("^(?:open|go to|navigate to|visit|browse to|load)(?: the url| the address)? (.+)$", this::open);
        rule("^(?:discard|cancel|trash|delete) (?:it|this|that|them|the draft|the message|the email),? (?:with|using|via|by clicking(?: on)?) (?:its|the|their|his|her) (.+)$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", "the " + c.target(m.group(1)))));
        rule("^(?:close|dismiss) (.+?),? (?:with|using|via|by clicking(?: on)?) (?:its|the|their|his|her) (.+)$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", closer(c, m.group(2), m.group(1)))));
        // "close the shop with Done": the button captioned so
        rule("^(?:close|dismiss) (.+?),? (?:with|using|via|by clicking(?: on)?|by pressing) (\uE000\\d+\uE001|(?-i:\\p{Lu})[\\p{L}\\d'’-]*"
                + "(?: [\\p{L}\\d'’-]+){0,3})$", (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", c.target(m.group(2)))));
        rule("^(?:close|dismiss) (.+)$", (m, c) -> List.of(PlanStep.of("click", c.intent(), "target",
                "the close button of " + c.target(m.group(1)))));
        rule("^(?:expand|collapse|unfold|fold)(?: the (?:question|section|answer|panel|item))? (.+)$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", c.target(m.group(1)))));
        rule("^(?:reload|refresh)(?: the page)?$", (m, c) -> List.of(PlanStep.of("press", c.intent(), "keys", "F5")));
        // "continue to driver details", "go on to the payment step": the wizard's Continue button leads there
        rule("^(?:continue|proceed|go on|move on|carry on)(?: (?:on )?to (?:the )?(?:next (?:step|page|screen)|(?!the \\p{Lu})[\\p{L}\\d&' -]{1,40}?))?$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", "the Continue button")));
        rule("^send(?: it| this| that| them| the (?:message|reply|email|mail|invite|invitation|form|request|comment))?$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", "the Send button")));
        rule("^replace (?:the |its |all the )?(?:text|words|contents?|value|message) (?:in|of) (.+?) with:? (.+)$",
                (m, c) -> typeInto(c, c.value(m.group(2)), m.group(1), true));
        rule("^replace (.+?) with:? (.+)$", (m, c) -> typeInto(c, c.value(m.group(2)), m.group(1), true));
        // "use the sidebar to go to Settings": Settings, in the sidebar; "use the left arrow to go to the previous month":
        // a step, not a place, so the arrow itself (below)
        rule("^use (.+?) to (?:go|navigate|get|return|jump|move)(?: back)?(?: up)? to (?!(?:the )?(?:previous|next|following|prior|"
                + "last|other) \\S+$)(.+)$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", c.target(m.group(2)) + " in " + c.target(m.group(1)))));
        rule("^upload (.+?) (?:via|with|using|through) (.+)$", (m, c) -> upload(c, m.group(1), m.group(2)));
        rule("^use (.+?) to upload (.+)$", (m, c) -> upload(c, m.group(2), m.group(1)));
        // "use the patient selector to switch from Dana to Leo", "use the department dropdown to show only Roastery":
        // the last value named is the option to choose in that control
        rule("^use ((?:the|its) .*?\\b(?:dropdown|drop-down|selector|select|picker|switcher|menu|filter|list)\\b(?: (?:at|in|on|above|"
                + "below|under|next to|beside) .+?)?) to \\S+(?: .*)? (?:to|only) (.+)$",
                (m, c) -> List.of(PlanStep.of("select", c.intent(), "option", c.value(m.group(2)), "in", c.target(m.group(1)))));
        rule("^submit(?: the form)?$", (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", "the Submit button")));
        // "use the gear next to Labels to select bug": open what is used, then do the rest in what it opens
        rule("^use (.+) to ((?:select|choose|pick|tick|check|uncheck|add|apply|assign|mark) .+)$", (m, c) -> {
            Matcher choose = CHOOSE.matcher(m.group(2));
            if (choose.matches() && DROPDOWN_WORD.matcher(m.group(1)).find()) {
                // "use the Status dropdown to select Done": the option, in that dropdown
                return List.of(PlanStep.of("select", c.intent(), "option", c.value(choose.group(1)), "in", c.target(m.group(1))));
            }
            List<PlanStep> out = new ArrayList<>(List.of(PlanStep.of("click", c.intent(), "target", c.target(m.group(1)))));
            out.addAll(parse(new Clause(m.group(2), c.literals(), c.instruction())));
            return out;
        });
        // "use the left arrow beside the date range to go back one week": the thing used is what to click
        rule("^use (.+?) to \\S.*$", (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", c.target(m.group(1)))));
        rule("^use (.+)$", (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", c.target(m.group(1)))));
        // "add two Adult tickets", "add a Concession ticket": that many presses of the + in the kind's row
        rule("^add (a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}) ((?-i:[\\p{Lu}\\d])[\\p{L}\\d -]{0,30}?) (?:" + COUNTED
                + ")(?:,? (?:using|with|via|by pressing|by clicking) (?:the|its) .+)?$",
                (m, c) -> plusPresses(c, m.group(1), c.literals.restore(m.group(2).strip())));
        // "add two child seats using the plus button": the kind in lower case, with its noun, names the row
        rule("^add (a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}) ([\\p{L}\\d][\\p{L}\\d-]{0,20}(?: [\\p{L}\\d-]+)?) ("
                + COUNTED + "),? (?:using|with|via|by pressing|by clicking|by tapping) (?:the|its|their) (?:plus\\b|\\+|add\\b|increase\\b).*$",
                (m, c) -> plusPresses(c, m.group(1),
                        c.literals.restore(m.group(2).strip()) + " " + singular(m.group(3).toLowerCase(Locale.ROOT))));
        // "add Rental reimbursement", "add Extra cheese and Olives": options to pick, each (a count or a place is above)
        rule("^add ((?:the )?" + ADDED + "(?:(?:,| and|, and) (?:the )?" + ADDED + ")*)(?: as well| too)?$",
                (m, c) -> Arrays.stream(m.group(1).split(",? and |, ")).map(name -> PlanStep.of("select", c.intent(), "option",
                        c.value(name.strip()))).toList());
        // "start the timer", "stop it": the button captioned with the verb
        rule("^(start|stop|pause|resume)(?: it| (?:the|this|that|your) (?:timer|stopwatch|clock|recording|video|track|song|playback|music|"
                + "audio|upload|download|tour|quiz|test|session|trial|workout|game))?$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", "the " + capitalised(m.group(1)) + " button")));
        // "start the "Ordering food" lesson from the Food & Drink unit", "begin the Safety quiz": the thing named, clicked
        rule("^(?:start|begin|take|launch|play) ((?:the|this|that|your|my|\uE000)\\s?.+?)(?: (?:from|in|of|under) (the .+))?$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", c.target(m.group(1))
                        + (m.group(2) != null ? " in " + c.target(m.group(2)) : ""))));
        // "like the second post": its heart
        rule("^(?:like|unlike) ((?:the|this|that|her|his|their|its) .+)$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", "the like button in " + c.target(m.group(1)))));
        // "Follow Aisha Bello as well": a button captioned with the verb, beside the person named
        rule("^(" + PERSON_ACTIONS + ") ((?-i:[\\p{Lu}])[\\p{L}'’.-]*(?: (?-i:[\\p{Lu}])[\\p{L}'’.-]*){0,3})(?: as well| too| also| back)?$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", "the " + capitalised(m.group(1).toLowerCase(Locale.ROOT))
                        + " button next to " + c.literals.restore(m.group(2)))));
        // a verb of the tester's own that says which control does it ("bookmark this lesson using the bookmark
        // icon", "zoom the map in twice with the + button"): the control is what to click
        rule("^[\\p{L}-]+ (.+?),? (?:using|with|via|by clicking(?: on)?|by tapping|by pressing) (the|its|their) "
                + "((?:.*?\\s)?(?:icon|button|link|arrow|chevron|caret|toggle|switch|tab|control|heart|star|bell|gear|cog|"
                + "plus|cross|trash can|bin|pencil|kebab|dots|avatar|check ?box)\\b.*)$", (m, c) -> {
            String thing = m.group(1).replaceFirst("(?i)\\s+(?:in|out|up|down)$", "");
            Matcher times = TIMES.matcher(thing);
            int n = times.matches() ? times(times.group(2)) : 1;
            // "like Priya Nair's reply by clicking its heart icon": the heart of that reply, not any heart
            String counted = times.matches() ? times.group(1) : thing;
            boolean own = !m.group(2).equalsIgnoreCase("the") && OWNED_THING.matcher(counted).find();
            String target = "the " + c.target(m.group(3)) + (own ? " for " + c.target(counted) : "");
            List<PlanStep> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(PlanStep.of("click", c.intent(), "target", target));
            }
            return out;
        });
        // after it: "star the Operators talk", "bookmark the first post": the icon that does it, on the thing
        rule("^(star|unstar|favou?rite|unfavou?rite|bookmark|pin|unpin|flag) ((?:the|this|that|her|his|their|its|\uE000) ?.+)$",
                (m, c) -> List.of(PlanStep.of("click", c.intent(), "target", "the " + m.group(1).toLowerCase(Locale.ROOT)
                        + " icon for " + c.target(m.group(2)))));
        // "Refill Atorvastatin and Levothyroxine": a verb the planner does not know before names is the caption of each
        // one's button (a verb before anything else stays an error: "frobnicate the widget")
        rule("^(?!(?:" + String.join("|", VERBS) + ")\\b)([\\p{L}-]+) (" + NAME + "(?: and " + NAME + ")*)$",
                (m, c) -> Arrays.stream(m.group(2).split(" and ")).map(name -> PlanStep.of("click", c.intent(), "target",
                        "the " + capitalised(m.group(1).toLowerCase(Locale.ROOT)) + " button for " + c.literals.restore(name))).toList());
    }

    /** "the fourth star for overall satisfaction": the star of rank {@code count} (a digit or a word) by what is rated. */
    private static String nthStar(String count, String rated) {
        String n = count.toLowerCase(Locale.ROOT);
        int rank = n.matches("\\d+") ? Integer.parseInt(n) : n.equals("one") ? 1 : NUMBERS.get(n);
        String[] ordinals = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"};
        String ordinal = rank >= 1 && rank <= ordinals.length ? ordinals[rank - 1] : rank + "th";
        return "the " + ordinal + " star for " + rated;
    }

    private void rule(String regex, Handler handler) {
        rules.add(new Rule(Pattern.compile(regex, I), handler));
    }

    @Override
    public List<PlanStep> plan(String instruction) {
        if (instruction == null || instruction.isBlank()) {
            throw new PlanningException("", "", "the instruction is empty");
        }
        Literals literals = Literals.protect(instruction.trim());
        String text = asides(literals).replaceAll("\\s+", " ").trim().replaceAll("[.!]+$", "").trim();
        List<PlanStep> steps = new ArrayList<>();
        List<String> clauses = split(text);
        String field = null; // "In the Reply box, type …": where text typed with no field of its own goes
        String position = null; // "In the calendar on the left, click …": where on the screen the targets are
        int previousStart = 0; // where the previous clause's steps begin, for a clause joined back to it
        String found = null; // "find the eBook "X", open its menu": what "its" means in the clauses after
        String pointed = null; // "hover over Runbooks, click its + button": the last thing hovered over or clicked
        for (int i = 0; i < clauses.size(); i++) {
            if (i + 1 < clauses.size() && CONTEXT.matcher(stripFillers(clauses.get(i))).matches()
                    && !FROM_LIST.matcher(stripFillers(clauses.get(i))).matches()
                    && stepAfterPlace(stripFillers(clauses.get(i))).isEmpty()) {
                Matcher place = FIELD_PLACE.matcher(stripFillers(clauses.get(i)));
                field = place.matches() ? literals.restore(place.group(1)) : null;
                position = position(literals.restore(stripFillers(clauses.get(i))));
                previousStart = -1;
                continue; // the next clauses name their targets; the place only helped the reader
            }
            if (i + 1 < clauses.size() && INSTRUMENT.matcher(stripFillers(clauses.get(i))).matches()) {
                continue; // the next clause says what to do; setting a value picks its control itself
            }
            String piece = clauses.get(i);
            String previous = lastTarget(steps);
            if (previous != null) {
                piece = IT_ANCHOR.matcher(piece).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + " " + previous));
            }
            if (found != null && (ITS.matcher(piece).find() || HIS_ROW.matcher(piece).find())) {
                // "scroll down to Ravi Patel and click the speech-bubble icon at the end of his row": Ravi Patel's row
                piece = HIS_ROW.matcher(ITS.matcher(piece).replaceFirst("the ")).replaceFirst("the ") + " for " + found;
            } else if (pointed != null) {
                // "hover over Runbooks and click its + button", "… click the heart in its bottom-right corner": the
                // thing hovered over or clicked before (not "with its switch" after a thing of the clause's own)
                Matcher corner = ITS_CORNER.matcher(piece);
                if (corner.find()) {
                    piece = corner.replaceFirst(Matcher.quoteReplacement(" on " + pointed));
                } else if (LEADING_ITS.matcher(piece).lookingAt()) {
                    // the place goes right after the thing: "click its + button to add a page" keeps its purpose after
                    String the = piece.replaceFirst("(?i)\\bits\\s+", "the ");
                    Matcher purpose = PURPOSE_AFTER.matcher(the);
                    int end = purpose.find() ? purpose.start() : the.length();
                    piece = the.substring(0, end) + " on " + pointed + the.substring(end);
                }
            }
            Clause clause = new Clause(piece, literals, instruction.trim());
            try {
                List<PlanStep> parsed = placed(parse(clause), position);
                boolean scrolledTo = verbOf(piece).equals("scroll") && !parsed.get(0).arg("to").isEmpty();
                if ((Set.of("find", "locate", "look").contains(verbOf(piece)) || scrolledTo) && parsed.size() == 1) {
                    found = subject(parsed.get(0).arg("to"));
                }
                if (parsed.size() == 1 && Set.of("hover", "click").contains(parsed.get(0).tool())) {
                    pointed = subject(parsed.get(0).arg("target")); // "hover over Runbooks and click its + button"
                }
                if (field != null) {
                    String into = field;
                    parsed = parsed.stream().map(p -> p.tool().equals("type") && p.arg("into").isEmpty()
                            ? p.with("into", TextNode.valueOf(into)) : p).toList();
                }
                previousStart = steps.size();
                steps.addAll(parsed);
            } catch (PlanningException e) {
                Optional<List<PlanStep>> joined = i > 0 && previousStart >= 0 ? joinedBack(text, clauses.get(i - 1), piece, literals,
                        instruction.trim()) : Optional.empty();
                if (joined.isPresent()) {
                    // "choose Send and set to On hold": "set to On hold" is no step, so the name goes on
                    steps.subList(previousStart, steps.size()).clear();
                    steps.addAll(placed(joined.get(), position));
                    continue;
                }
                String bare = stripFillers(clauses.get(i));
                String[] words = bare.split(" ");
                // "Click the Blood test card, then Continue": a short capitalised or quoted name after an earlier step is
                // the next thing to click; "click Save and then Close": a capitalised word or two, even a verb, is a caption
                boolean named = !bare.isEmpty() && (Character.isUpperCase(bare.charAt(0)) || Literals.startsWithLiteral(bare));
                boolean caption = named && (verbOf(bare).isEmpty() || words.length <= 2);
                // "click seat 7 and then seat 8": after "then", a click's next target needs no verb of its own (a word
                // before "the" reads as an unknown verb: "then frobnicate the widget" stays an error)
                boolean next = !VERBS.contains(words[0].toLowerCase(Locale.ROOT)) && !VERB_LIKE.matcher(bare).lookingAt()
                        && !steps.isEmpty() && steps.get(steps.size() - 1).tool().equals("click")
                        && Pattern.compile("\\bthen\\s+" + Pattern.quote(clauses.get(i).strip()), I).matcher(text).find();
                if (i == 0 || !(caption && words.length <= MAX_BARE_WORDS || next && words.length <= MAX_NEXT_WORDS)) {
                    throw e;
                }
                Matcher shared = SHARED_PLACE.matcher(bare);
                if (next && shared.matches()) {
                    // "click seat 7 and then seat 8 in row C": both seats are in row C
                    PlanStep last = steps.get(steps.size() - 1);
                    if (last.arg("target").matches("(?i)(?:the )?" + Pattern.quote(shared.group(1)) + " \\S+")) {
                        steps.set(steps.size() - 1, last.with("target", TextNode.valueOf(last.arg("target") + " " + shared.group(3))));
                    }
                }
                previousStart = steps.size();
                steps.add(PlanStep.of("click", clause.intent(), "target", clause.target(bare)));
            }
        }
        for (int i = 1; i < steps.size(); i++) {
            // "scroll down to the reply box and type: …": what was scrolled to is where the text goes
            PlanStep before = steps.get(i - 1);
            PlanStep step = steps.get(i);
            if (step.tool().equals("type") && step.arg("into").isEmpty() && before.tool().equals("scroll")
                    && TYPED_PLACE.matcher(before.arg("to")).find()) {
                steps.set(i, step.with("into", TextNode.valueOf(before.arg("to"))));
            }
        }
        if (steps.isEmpty()) {
            throw new PlanningException(instruction, instruction, "it asks for nothing to do");
        }
        return List.copyOf(steps);
    }

    /** A person's row or card after the person was found: "at the end of his row". */
    private static final Pattern HIS_ROW = Pattern.compile("\\b(?:his|her|their)\\s+(?=(?:row|line|card|entry|tile)\\b)", I);
    private static final Pattern ITS = Pattern.compile("\\bits\\s+(?=\\p{L}|\uE000)", I);
    /** Where text is typed: a scroll to one of these, then "type …" with no field, types there. */
    private static final Pattern TYPED_PLACE = Pattern.compile("\\b(?:box|field|input|editor|composer|text ?area|textbox|"
            + "comment|reply|message|note|notes)\\b", I);
    /** A thing named with its owner or place, whose own control "its …" is: "Priya's reply", "the first recipe in the list". */
    private static final Pattern OWNED_THING = Pattern.compile("['’]s\\b|^(?:the|this|that) (?:first|second|third|fourth|fifth|sixth|last) |\\b(?:in|on|of|for) the ", I);
    /** The stepper's button named as the way to set a number: "… to 30 with the + button", "… using the up arrow". */
    private static final Pattern STEPPER_USED = Pattern.compile(",?\\s+(?:(?:using|with|via|by (?:clicking|pressing|tapping)(?: on)?) "
            + "(?:the|its|their) (?:plus|\\+|minus|-|−|add|increase|decrease|up|down|arrow|stepper|spinner)(?!\\p{L})"
            // "… to Lunch using the Lunch / Dinner toggle": the control named as the way
            + "|(?:using|via) (?:the|its|their) [^\uE000]{1,60}?(?:toggle|switch|control|selector|picker|dropdown|menu|slider|"
            + "buttons?|tabs?)$).*$", I);
    /** A clause naming only what to do the next one with: "Using the + button of the Quote stepper, raise …". */
    private static final Pattern INSTRUMENT = Pattern.compile("^(?:using|with|via) (?:the|its|their|a|an) .+$", I);
    /** A quoted literal's placeholder in a clause's text. */
    private static final String LITERAL = "\uE000\\d+\uE001";
    /** Where a purpose or a result starts after a target: "… to add a page", "… so that it opens". */
    private static final Pattern PURPOSE_AFTER = Pattern.compile("\\s+(?:to|so|until|till|in order to)\\s", I);
    /** "its" right after a verb of pointing: "click its + button", "open its menu" (not "change its label to …"). */
    private static final Pattern LEADING_ITS = Pattern.compile("^(?:click|tap|press|hit|open|use|hover(?: over)?)(?: on| at| in)? its\\s+"
            + "(?=\\p{L}|\\+|⋯|⋮|\uE000)", I);
    /** A corner of the thing named before: "in its bottom-right corner", "at its top". */
    private static final Pattern ITS_CORNER = Pattern.compile("\\s+(?:in|at|on) its (?:(?:top|bottom|upper|lower)[- ]?(?:right|left)"
            + "|top|bottom|left|right)(?: corner| edge| side)?\\b", I);
    /** A noun, its number or name, and where it is: "seat 8 in row C". */
    private static final Pattern SHARED_PLACE = Pattern.compile("^(?:the )?([\\p{L}-]+) (\\S+) ((?:in|on|of|under|at|from) .+)$", I);
    /** A word followed by an article or a possessive: how a step with a verb of its own begins. */
    private static final Pattern VERB_LIKE = Pattern.compile("[\\p{L}-]+ (?:the|a|an|my|your|our|this|that|these|those|its|all)\\b", I);
    private static final Pattern QUOTED_NAME = Pattern.compile("\"[^\"]+\"|'[^']+'|“[^”]+”");
    /**
     * "A and B" as its items; "A, B and C" too, but a comma after the "and" stays in the last item's name ("Flange nut M8
     * and Wire nuts, assorted").
     */
    private static List<String> items(String list) {
        String[] around = list.split("(?i),?\\s+and\\s+", 2);
        List<String> out = new ArrayList<>(Arrays.asList(around[0].split("\\s*,\\s*")));
        out.add(around[1]);
        out.removeIf(String::isBlank);
        return out;
    }

    /** One item of "mark A as B and C as D". */
    private static final Pattern MARK_AS = Pattern.compile("^(.+?) as (.+)$", I);

    /** What a found thing is called in the clauses after: its quoted name, else the words before where it is. */
    private static String subject(String target) {
        Matcher quoted = QUOTED_NAME.matcher(target);
        if (quoted.find()) {
            return quoted.group();
        }
        return target.replaceFirst("(?i)\\s+(?:in|on|under|among|from) (?:the|this|that) .*$", "");
    }

    /**
     * Drops asides in brackets ("(it has moved to In progress)", "the B (bold) button") but keeps one that gives the
     * thing's visible name as a quoted name ("your avatar (DK)" → your avatar "DK"); brackets inside a name
     * ("Meeting notes (old).docx") or a phone number ("(415) 555-0142") are no aside.
     */
    private static String asides(Literals literals) {
        Matcher m = ASIDE.matcher(literals.text());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (AREA_CODE.matcher(literals.text()).region(m.start() + m.group().indexOf('('), literals.text().length()).lookingAt()) {
                continue; // "(415) 555-0142": a phone number, kept whole
            }
            String inside = m.group(1).trim();
            if (drawing(inside)) {
                // "the post menu (three dots)", "the notes (speech bubble) icon": the drawing says what to look for
                m.appendReplacement(out, "");
                int the = out.lastIndexOf(" the ");
                if (the >= 0) {
                    out.replace(the + " the ".length(), out.length(), inside.replaceFirst("(?i)^(?:a|an|the) ", ""));
                }
                continue;
            }
            if (describesControl(inside)) {
                // "open its row menu (the vertical three-dots button at the end of the row)": the words in brackets say
                // what to look for; they take the place of the name before them, after its "its" or "the"
                m.appendReplacement(out, "");
                standIn(out, out.length(), inside);
                continue;
            }
            if (QUALIFIER.matcher(inside).matches() && NAME_END.matcher(literals.text().substring(0, m.start())).find()
                    && AFTER_NAME.matcher(literals.text().substring(m.end())).lookingAt()) {
                // "pick Average (lowest first)", "sort by Price (low to high)": the brackets end the option's name
                m.appendReplacement(out, Matcher.quoteReplacement(" (" + inside + ")"));
                continue;
            }
            String named = ASIDE_NAME.matcher(inside).matches() ? " " + literals.quote(inside) : "";
            m.appendReplacement(out, Matcher.quoteReplacement(named));
        }
        m.appendTail(out);
        Matcher last = LAST_ASIDE.matcher(out);
        if (last.find() && describesControl(last.group(1).trim())) {
            // the same for the last words, which the aside above leaves alone (an option's "(A–Z)" before the full stop)
            String inside = last.group(1).trim();
            out.delete(last.start(), last.end());
            standIn(out, last.start(), inside);
        }
        return out.toString();
    }

    /** The name just before an aside, after its determiner: "open its [row menu]", "click the [Actions button]". */
    private static final Pattern THING_BEFORE = Pattern.compile("\\b(?:its|the|their|his|her)\\s+((?:[\\p{L}\\d'’-]+\\s+){0,3}"
            + "[\\p{L}\\d'’-]+)$", I);
    /** A control's kind at the head of a described control: "the vertical three-dots button at the end of the row". */
    private static final Pattern DESCRIBED_KIND = Pattern.compile("^the (?:[\\p{L}-]+ ){0,4}?(?:button|icon|menu|link|toggle|switch)\\b.*$", I);

    /** The name ending at {@code end} of {@code out}, after its "its" or "the", replaced by the control {@code described}. */
    private static void standIn(StringBuilder out, int end, String described) {
        Matcher named = THING_BEFORE.matcher(out.substring(0, end));
        if (named.find()) {
            out.replace(named.start(1), end, described.replaceFirst("(?i)^the ", ""));
        }
    }

    /** Whether an aside describes the control itself by its drawing and kind: "(the vertical three-dots button …)". */
    private static boolean describesControl(String aside) {
        if (!DESCRIBED_KIND.matcher(aside).matches()) {
            return false;
        }
        String a = aside.toLowerCase(Locale.ROOT);
        List<String> words = Arrays.asList(a.split("[^\\p{L}]+"));
        return Arrays.stream(dev.seepoint.perception.widget.IconKind.values()).flatMap(k -> k.words().stream())
                .filter(w -> w.length() > 3 && w.matches("[\\p{L}]+")).anyMatch(words::contains);
    }

    /** Whether an aside names an icon's drawing ("three dots", "speech bubble", "gear"), not what the thing is called. */
    private static boolean drawing(String aside) {
        String a = aside.toLowerCase(Locale.ROOT).replaceFirst("^(?:a|an|the) ", "").replaceFirst(" (?:icon|symbol)$", "");
        // a symbol counts however short ("⋮", "..."); words must be longer than an abbreviation ("B" for bold is a caption)
        boolean symbol = !a.isEmpty() && a.codePoints().noneMatch(Character::isLetterOrDigit);
        return (a.length() > 2 || symbol) && Arrays.stream(dev.seepoint.perception.widget.IconKind.values()).anyMatch(k -> k.words().contains(a));
    }

    /**
     * The previous clause and this one read as one, when "and" joined them in the instruction and this one cannot stand
     * alone: "choose Send and set to On hold" picks the option "Send and set to On hold".
     */
    private Optional<List<PlanStep>> joinedBack(String text, String before, String piece, Literals literals, String instruction) {
        // "confirm with Yes, submit in the dialog": a comma inside a button's words joins back the same way
        for (String join : List.of(" and ", ", ")) {
            String joined = before + join + piece;
            if (!text.contains(joined) || join.equals(", ") && verbOf(piece).isEmpty()) {
                continue;
            }
            try {
                return Optional.of(parse(new Clause(joined, literals, instruction)));
            } catch (PlanningException e) {
                // not one step either way
            }
        }
        return Optional.empty();
    }

    /** The position a place ends in ("on the left" of "In the calendar on the left"), or null. */
    private static String position(String place) {
        Matcher row = ROW_PLACE.matcher(place.trim());
        if (row.matches()) {
            // "In the new empty row, choose …": a row just added is the last
            String which = row.group(1).toLowerCase(Locale.ROOT);
            return "in the " + (which.matches("last|first|second|third|fourth|fifth") ? which : "last") + " row";
        }
        Matcher named = NAMED_ROW.matcher(place.trim());
        if (named.matches()) {
            // "In the row for Tuan Nguyen, change the Role dropdown …": every target of the clauses after is in that row
            String who = named.group(1) != null ? named.group(1) : named.group(2) != null ? named.group(2) : named.group(3);
            return "in the row for " + who.trim();
        }
        Matcher whose = OWNER_PLACE.matcher(place.trim());
        if (whose.matches()) {
            // "For Luis Ortega, switch the availability toggle off": every target of the clauses after is his
            return "for " + whose.group(1);
        }
        if (DIALOG_PLACE.matcher(place.trim()).matches()) {
            return "in the dialog"; // "In the dialog choose End of lease as the reason": not the page behind it
        }
        Matcher item = ITEM_PLACE.matcher(place.trim());
        if (item.matches()) {
            // "On the Streak Freeze item, press the + button": the button of that item, not another item's
            return "for the " + item.group(1).trim();
        }
        Matcher section = SECTION_PLACE.matcher(place.trim());
        if (section.matches() && !FIELD_PLACE.matcher(place.trim()).matches()) {
            // "In the Distribution section, switch off YouTube Music", "Under Release cadence, pick Thu": the thing is the
            // one under that heading, not a namesake elsewhere on the page (a chart's legend)
            return section.group(1) != null ? "in the " + section.group(1).trim() + " " + section.group(2).toLowerCase(Locale.ROOT)
                    : "in the " + section.group(3).trim() + " section";
        }
        Matcher m = POSITION.matcher(place);
        return m.find() ? m.group(1).substring(0, 1).toLowerCase(Locale.ROOT) + m.group(1).substring(1) : null;
    }

    /** A person or thing named to say whose controls the clause works: "For Luis Ortega", "for VAN-207", "for the Counterparty recipient". */
    private static final Pattern OWNER_PLACE = Pattern.compile("^for ((?-i:[\\p{Lu}\\d])[\\p{L}\\d'’.-]*(?: (?-i:[\\p{Lu}\\d])[\\p{L}\\d'’.-]*){0,3}"
            // "For the Counterparty recipient,": a named one of a kind
            + "|the (?-i:\\p{Lu})[\\p{L}\\d'’.-]*(?: [\\p{L}\\d'’.-]+){0,2}),?$", I);
    /** A part of the page named by its heading: "In the Distribution section", "Under Release cadence", "in the Billing panel". */
    private static final Pattern SECTION_PLACE = Pattern.compile("^(?:in|inside|within|on|under) the ((?-i:[\\p{Lu}\\d\uE000])[^,]{0,40}?) "
            + "(section|panel|pane|area|group|block|form|card),?$|^(?:in|under|within) ((?-i:[\\p{Lu}\\d\uE000])[^,]{0,40}?),?$", I);
    /** One of a list's things as the place: "On the Streak Freeze item", "in the Pro plan tile". */
    private static final Pattern ITEM_PLACE = Pattern.compile("^(?:in|on|inside|within) the ((?-i:[\\p{Lu}\\d\uE000])[^,]{0,40}?) "
            + "(?:item|tile|entry|product|listing|offer),?$", I);
    /** A dialog as the place: "In the dialog", "in the Retire vehicle dialog", "inside the modal". */
    private static final Pattern DIALOG_PLACE = Pattern.compile("^(?:in|inside|within|on) (?:the|this|that) (?:[\\p{L}\\d-]+ ){0,3}"
            + "(?:dialog|dialogue|modal|pop-?up)(?: box| window)?,?$", I);

    /** A row named by what it holds: "in the row for Tuan Nguyen", "in Tuan Nguyen's row", "on the Atlas row", "in the new Tom Reyes row" (not "the new row"). */
    private static final Pattern NAMED_ROW = Pattern.compile("^(?:in|on) (?:the )?(?:row|line) (?:for|of|with) (.+?),?$"
            + "|^(?:in|on) (\\S.*?)(?:'s|’s) (?:row|line),?$|^(?:in|on) the (?:new |newly added )?((?-i:\\p{Lu}|\\d)\\S*(?: \\S+)*?) (?:row|line),?$", I);

    /** Steps whose targets say nothing of where they are, placed at {@code position} (when there is one). */
    private static List<PlanStep> placed(List<PlanStep> steps, String position) {
        if (position == null) {
            return steps;
        }
        return steps.stream().map(p -> {
            // the thing the step looks for: a target, or the dropdown or field it works in
            String key = List.of("target", "in", "into").stream().filter(k -> !p.arg(k).isEmpty()).findFirst().orElse(null);
            if (key != null && position.startsWith("in the row for ") && ROW_END.matcher(p.arg(key)).find()) {
                // "In the row of order #4819, open the ⋮ menu at the far right": the row's end is where the row says
                return p.with(key, TextNode.valueOf(ROW_END.matcher(p.arg(key)).replaceFirst("") + " " + position));
            }
            return key == null || OWN_POSITION.matcher(p.arg(key)).find() ? p
                    : p.with(key, TextNode.valueOf(p.arg(key) + " " + position));
        }).toList();
    }

    /** The target (or field) of the last step planned, for "next to it"; null when there is none. */
    private static String lastTarget(List<PlanStep> steps) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            for (String key : List.of("target", "into", "in")) {
                String t = steps.get(i).arg(key);
                if (!t.isBlank()) {
                    return t;
                }
            }
        }
        return null;
    }

    /** Splits at separators where a new clause starts; elsewhere the separator stays inside the clause. */
    List<String> split(String text) {
        List<String> pieces = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(text);
        int last = 0;
        while (m.find()) {
            pieces.add(text.substring(last, m.start()));
            separators.add(m.group());
            last = m.end();
        }
        pieces.add(text.substring(last));
        List<String> clauses = new ArrayList<>();
        StringBuilder current = new StringBuilder(pieces.get(0));
        String currentVerb = verbOf(pieces.get(0));
        for (int i = 1; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            if (piece.isBlank()) {
                continue;
            }
            boolean inherit = isTypeVerb(currentVerb) && verbOf(piece).isEmpty() && INTO_OR_IN.matcher(" " + piece + " ").find()
                    && !PAIR.matcher(stripFillers(piece)).lookingAt()
                    || SET_CLAUSE.matcher(stripFillers(current.toString())).matches() && verbOf(piece).isEmpty()
                    && SET_MORE.matcher(stripFillers(piece)).matches(); // "set A to 1 and B to 2"
            String sep = separators.get(i - 1).trim().toLowerCase(Locale.ROOT);
            boolean strong = sep.contains("then") || sep.startsWith(";") || sep.startsWith(".");
            boolean both = sep.equals("and") && BOTH.matcher(current).find();
            // "check Start the value axis at zero and Sort bars by value": after a tick, a capitalised word in mid-sentence
            // starts the next label, not the next step
            String ticking = currentVerb.isEmpty() ? stepAfterPlace(stripFillers(current.toString())).map(RuleBasedPlanner::verbOf).orElse("")
                    : currentVerb; // "in the second question check A and B"
            boolean label = sep.equals("and") && Set.of("check", "tick", "uncheck", "untick").contains(ticking)
                    && !stripFillers(piece).isEmpty() && Character.isUpperCase(stripFillers(piece).charAt(0));
            if (sep.equals(",") && anchorGoesOn(current, piece)) {
                current.append(separators.get(i - 1)).append(piece);
                continue;
            }
            if (!both && !label && (strong || startsClause(piece) || inherit)) {
                clauses.add(current.toString().trim());
                current = new StringBuilder(inherit ? currentVerb + " " + piece : piece);
                if (!inherit) {
                    currentVerb = verbOf(piece);
                }
            } else {
                current.append(separators.get(i - 1)).append(piece);
            }
        }
        clauses.add(current.toString().trim());
        clauses.removeIf(String::isBlank);
        return clauses;
    }

    /**
     * Whether a comma and {@code piece} are still the on-screen text of the anchor that {@code current}
     * ends in: "the field below To confirm, type apollo below" quotes the label "To confirm, type apollo
     * below". The piece looks like a clause but cannot stand as one: it ends in a preposition with no
     * object and names no field to type into.
     */
    private static boolean anchorGoesOn(CharSequence current, String piece) {
        return OPEN_ANCHOR.matcher(current).find() && DANGLING.matcher(piece.trim()).find()
                && !INTO_OR_IN.matcher(" " + piece + " ").find();
    }

    private static boolean isTypeVerb(String verb) {
        return Set.of("type", "enter", "input", "write", "put", "insert").contains(verb);
    }

    private static boolean startsClause(String piece) {
        return !verbOf(piece).isEmpty() || SUBJECT_SHOULD.matcher(stripFillers(piece)).matches()
                || stepAfterPlace(stripFillers(piece)).isPresent(); // "…, and on the review screen press Book appointment"
    }

    private static String stripFillers(String s) {
        return FILLERS.matcher(s.trim()).replaceFirst("").trim();
    }

    /** The clause's verb (normalised), or empty when it does not start with one. */
    private static String verbOf(String piece) {
        String s = stripFillers(piece);
        int space = s.indexOf(' ');
        String first = (space < 0 ? s : s.substring(0, space)).toLowerCase(Locale.ROOT).replaceAll("[^a-z\\-']", "");
        String verb = normalizeVerb(first).orElse("");
        return verb.equals("title") && !TITLE_VERB.matcher(s).lookingAt() ? "" : verb;
    }

    private static Optional<String> normalizeVerb(String word) {
        if (VERBS.contains(word)) {
            return Optional.of(word);
        }
        if (word.equals("leaving") || word.equals("keeping")) {
            return Optional.of(word.equals("leaving") ? "leave" : "keep"); // "…, leaving the Billable switch on": as it is
        }
        List<String> tries = new ArrayList<>();
        if (word.endsWith("ies")) {
            tries.add(word.substring(0, word.length() - 3) + "y");
        }
        if (word.endsWith("es")) {
            tries.add(word.substring(0, word.length() - 2));
        }
        if (word.endsWith("s")) {
            tries.add(word.substring(0, word.length() - 1));
        }
        return tries.stream().filter(VERBS::contains).findFirst();
    }

    private List<PlanStep> parse(Clause raw) {
        String s = stripFillers(raw.text());
        Matcher remark = REMARK.matcher(s);
        if (remark.find() && verbOf(s.substring(0, remark.end())).isEmpty() && !verbOf(s.substring(remark.end())).isEmpty()) {
            s = stripFillers(s.substring(remark.end()));
        }
        s = WITHOUT.matcher(s).replaceFirst("").trim();
        s = WHICH.matcher(s).replaceFirst("").trim();
        s = SO_THAT.matcher(s).replaceFirst("").trim(); // "uncheck Tom Becker so that only Elaine Cho stays selected"
        // "go to the Templates page using the top navigation": where the way there is, not a step of its own
        s = BY_NAVIGATION.matcher(s).replaceFirst(" in $1").trim();
        s = INSTEAD.matcher(s).replaceFirst("").trim(); // "choose Best available instead of Choose on map"
        Optional<String> afterPlace = stepAfterPlace(s);
        String position = null;
        String field = null; // "In the Guests box type maya@x.io": the box is where the text goes
        if (afterPlace.isPresent()) {
            String place = s.substring(0, s.length() - afterPlace.get().length()).trim();
            position = position(raw.literals().restore(place));
            Matcher box = FIELD_PLACE.matcher(place);
            field = box.matches() ? raw.literals().restore(box.group(1)) : null;
            s = afterPlace.get();
        }
        s = NEXT_SCREEN.matcher(s).replaceFirst("");
        int space = s.indexOf(' ');
        String first = space < 0 ? s : s.substring(0, space);
        Optional<String> verb = normalizeVerb(first.toLowerCase(Locale.ROOT));
        if (verb.isPresent()) {
            s = verb.get() + (space < 0 ? "" : s.substring(space));
        }
        Clause c = new Clause(s, raw.literals(), raw.instruction());
        for (Rule r : rules) {
            Matcher m = r.pattern().matcher(s);
            if (m.matches()) {
                List<PlanStep> steps = placed(r.handler().handle(m, c), position);
                String into = field;
                return into == null ? steps : steps.stream().map(p -> p.tool().equals("type") && p.arg("into").isEmpty()
                        ? p.with("into", TextNode.valueOf(into)) : p).toList();
            }
        }
        if (SUBJECT_SHOULD.matcher(s).matches()) {
            return List.of(PlanStep.of("check", c.intent(), "assertion", c.literals.restore(s)));
        }
        throw c.fail(verb.isPresent() ? "the '" + verb.get() + "' step is incomplete or phrased in a way not understood"
                : "it does not start with a known verb");
    }

    // ---- handlers

    /** A thing's row named as the way to it: "… by clicking its row". */
    private static final Pattern ITS_ROW = Pattern.compile("^(?:its|their|his|her|the) (?:row|line|entry|card|tile|name|title)$", I);
    /** A control at a row's end: "the flag icon at the start of its row". */
    private static final Pattern IN_ITS_ROW = Pattern.compile("^(.+?) (?:(?:at|on) the (?:far |very )?(?:right|left|end|start|beginning)"
            + "(?: end| side)? of) (?:its|their|his|her) row$", I);

    /**
     * "open the thread by clicking "3 replies"", "add two Limonata by pressing the + on its card twice", "open order #4818
     * by clicking its row": the click the clause names, on the thing it is done to.
     */
    private List<PlanStep> byClicking(Clause c, String done, String click) {
        String thing = done.replaceFirst("(?i)^(?:the |a |an |one |two |three |four |five |\\d+ )", "").trim()
                .replaceFirst("(?i)\\s+to\\s+\\S+$", ""); // "set the slider to 8 by clicking its 8 mark": the slider's
        if (ITS_ROW.matcher(click.trim()).matches()) {
            // "open the details of order #4818 by clicking its row": the thing itself
            return List.of(PlanStep.of("click", c.intent(), "target", c.target(done.replaceFirst("(?i)^the (?:details|page) (?:of|for) ", ""))));
        }
        Matcher inRow = IN_ITS_ROW.matcher(click.trim());
        if (inRow.matches()) {
            return repeat(c, inRow.group(1) + " in the row for " + thing, t -> PlanStep.of("click", c.intent(), "target", c.target(t)));
        }
        Matcher itsControl = Pattern.compile("^(?:its|their) (.+)$", I).matcher(click.trim());
        // "like Priya Nair's reply in the open thread by clicking its heart icon": the heart of that reply
        String how = itsControl.matches() && thing.matches("(?i).*(?:['’]s\\b|\\b(?:in|on|under) the ).*")
                ? "the " + itsControl.group(1) + " for " + thing
                : Pattern.compile("\\b(?:its|their) ", I).matcher(click).replaceAll(Matcher.quoteReplacement("the " + thing + " "));
        return repeat(c, how, t -> PlanStep.of("click", c.intent(), "target", c.target(t)));
    }

    private List<PlanStep> press(Matcher m, Clause c) {
        String rest = withoutPurpose(m.group(1).trim());
        int times = 1;
        Matcher t = TIMES.matcher(rest);
        if (t.matches()) {
            rest = t.group(1);
            times = times(t.group(2));
        }
        Optional<String> key = Keys.parse(c.literals.restoreContent(rest));
        if (key.isPresent()) {
            return List.of(times == 1 ? PlanStep.of("press", c.intent(), "keys", key.get())
                    : PlanStep.of("press", c.intent(), "keys", key.get(), "times", times));
        }
        String target = c.target(rest);
        List<PlanStep> out = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            out.add(PlanStep.of("click", c.intent(), "target", target));
        }
        return out;
    }

    private List<PlanStep> repeat(Clause c, String rest, java.util.function.Function<String, PlanStep> make) {
        Matcher t = TIMES.matcher(withoutPurpose(rest.trim()));
        if (!t.matches()) {
            return List.of(make.apply(rest));
        }
        int n = times(t.group(2));
        List<PlanStep> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(make.apply(t.group(1)));
        }
        return out;
    }

    /** A target without what the step is for, so a count before it ends the phrase: "the repeat icon twice so it shows 1". */
    private static String withoutPurpose(String target) {
        String t = SO_THAT.matcher(target).replaceFirst("");
        String unpurposed = PURPOSE.matcher(t).replaceFirst("").trim();
        return unpurposed.isEmpty() || KIND_ONLY.matcher(unpurposed).matches() ? t : unpurposed;
    }

    /**
     * "add two Adult tickets": as many presses of the + in the kind's row as the count ("a", "two", "3") says, at most
     * 20; the kind quoted, as its name may hold a relation's word ("Under 16").
     */
    private static List<PlanStep> plusPresses(Clause c, String count, String kind) {
        String n = count.toLowerCase(Locale.ROOT);
        int presses = n.matches("\\d+") ? Math.max(1, Math.min(20, Integer.parseInt(n))) : n.matches("a|an|one") ? 1 : NUMBERS.get(n);
        List<PlanStep> out = new ArrayList<>();
        for (int i = 0; i < presses; i++) {
            out.add(PlanStep.of("click", c.intent(), "target", "the + button in the '" + kind + "' row"));
        }
        return out;
    }

    private static int times(String words) {
        String w = words.toLowerCase(Locale.ROOT).replace(" times", "").trim();
        return switch (w) {
            case "once" -> 1;
            case "twice" -> 2;
            case "thrice" -> 3;
            default -> w.matches("\\d+") ? Math.max(1, Math.min(20, Integer.parseInt(w))) : NUMBERS.getOrDefault(w, 1);
        };
    }

    private List<PlanStep> login(Matcher m, Clause c) {
        String verb = (m.group(1).substring(0, 1).toUpperCase(Locale.ROOT) + m.group(1).substring(1).toLowerCase(Locale.ROOT))
                + " " + m.group(2).toLowerCase(Locale.ROOT);
        List<PlanStep> out = new ArrayList<>();
        String rest = m.group(3) == null ? "" : m.group(3).trim();
        if (!rest.isEmpty()) {
            Matcher as = Pattern.compile("^as " + VALUE + "(?:\\s+(?:with|and|using)\\s+(.+))?$", I).matcher(rest);
            if (as.matches()) {
                out.add(typeStep(c, c.value(as.group(1)), "the Username field", false));
                if (as.group(2) != null) {
                    String more = as.group(2).trim();
                    Matcher bare = Pattern.compile("^(?:the )?(?:password|pass|pwd) " + VALUE + "$", I).matcher(more);
                    if (bare.matches()) {
                        out.add(typeStep(c, c.value(bare.group(1)), "the Password field", false));
                    } else {
                        out.addAll(pairs(c, more).orElseThrow(() -> c.fail("expected e.g. 'as ada with password s3cret'")));
                    }
                }
            } else {
                out.addAll(pairs(c, rest).orElseThrow(
                        () -> c.fail("expected e.g. 'with username ada and password s3cret' or 'as ada with password s3cret'")));
            }
        }
        out.add(PlanStep.of("click", c.intent(), "target", "the " + verb + " button"));
        return out;
    }

    /**
     * Field-value pairs item by item, when every item of the list is one: "First name John, Last name
     * Carter and Phone 555 0142" (a known field, then a value that may have spaces) or "Anna as First name,
     * +46 70 123 4567 as Phone" (a value, "as", then any field).
     */
    private Optional<List<PlanStep>> itemPairs(Clause c, String text) {
        String rest = LABEL_AMPERSAND.matcher(text.trim().replaceFirst("(?i)^(?:with|using)\\s+", "")).replaceAll("$1$2\u0001");
        String[] items = rest.split("(?i)\\s*,\\s*and\\s+|\\s*,\\s*|\\s+and\\s+|\\s*&\\s*");
        for (int i = 0; i < items.length; i++) {
            items[i] = items[i].replace("\u0001", " & ");
        }
        if (items.length < 2) {
            return Optional.empty();
        }
        List<PlanStep> out = new ArrayList<>();
        for (String item : items) {
            Matcher fieldFirst = ITEM_FIELD_FIRST.matcher(item.trim());
            Matcher fieldAs = FIELD_AS_VALUE.matcher(item.trim());
            Matcher valueFirst = ITEM_VALUE_FIRST.matcher(item.trim());
            Matcher labelQuoted = ITEM_LABEL_QUOTED.matcher(item.trim());
            Matcher count = ITEM_COUNT.matcher(item.trim());
            Matcher of = ITEM_OF.matcher(item.trim());
            Matcher labelValue = ITEM_LABEL_VALUE.matcher(item.trim());
            if (fieldFirst.matches()) {
                out.add(typeStep(c, c.value(fieldFirst.group(2)), "the " + label(fieldFirst.group(1)) + " field", false));
            } else if (fieldAs.matches()) {
                out.add(typeStep(c, c.value(fieldAs.group(2)), "the " + c.target(fieldAs.group(1)) + " field", false));
            } else if (valueFirst.matches()) {
                out.add(typeStep(c, c.value(valueFirst.group(1)), "the " + c.target(valueFirst.group(2)) + " field", false));
            } else if (labelQuoted.matches()) {
                // "Billing email "orders@x.com"": the words before a quoted value name its field
                out.add(typeStep(c, c.value(labelQuoted.group(2)), "the " + c.target(labelQuoted.group(1)) + " field", false));
            } else if (count.matches()) {
                // "4 sets", "8 reps": a number, then the field it goes in
                out.add(typeStep(c, count.group(1), "the " + count.group(2) + " field", false));
            } else if (of.matches()) {
                // "a weight of 70": the field, then its value
                out.add(typeStep(c, c.value(of.group(2)), "the " + of.group(1) + " field", false));
            } else if (labelValue.matches()) {
                out.add(typeStep(c, c.value(labelValue.group(2)), "the " + c.target(labelValue.group(1)) + " field", false));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(out);
    }

    /** "username ada and password s3cret" as type steps, when the whole text is such pairs. */
    private Optional<List<PlanStep>> pairs(Clause c, String text) {
        Optional<List<PlanStep>> strict = strictPairs(c, text);
        return strict.isPresent() ? strict : itemPairs(c, text);
    }

    private Optional<List<PlanStep>> strictPairs(Clause c, String text) {
        String rest = text.trim().replaceFirst("(?i)^(?:with|using)\\s+", "");
        List<PlanStep> out = new ArrayList<>();
        int pos = 0;
        while (pos < rest.length()) {
            Matcher p = PAIR.matcher(rest).region(pos, rest.length());
            if (!p.lookingAt()) {
                return Optional.empty();
            }
            out.add(typeStep(c, c.value(p.group(2)), "the " + label(p.group(1)) + " field", false));
            pos = p.end();
            if (pos >= rest.length()) {
                break;
            }
            Matcher j = PAIR_JOIN.matcher(rest).region(pos, rest.length());
            if (!j.lookingAt()) {
                return Optional.empty();
            }
            pos = j.end();
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    private static String label(String field) {
        String f = field.toLowerCase(Locale.ROOT);
        if (f.replace(" ", "").equals("username")) {
            return "Username";
        }
        if (f.startsWith("e-mail") || f.startsWith("email")) {
            return "Email";
        }
        if (f.equals("pass")) {
            return "Password";
        }
        return Character.toUpperCase(f.charAt(0)) + f.substring(1);
    }

    private List<PlanStep> type(Clause c, String rest) {
        String r = rest.trim();
        Optional<List<PlanStep>> pairs = pairs(c, r);
        if (pairs.isPresent()) {
            return pairs.get();
        }
        Matcher fieldAs = FIELD_AS_VALUE.matcher(r);
        if (fieldAs.matches()) {
            return List.of(typeStep(c, c.value(fieldAs.group(2)), "the " + c.target(fieldAs.group(1)) + " field", false));
        }
        Matcher valueFirst = VALUE_AS_FIELD.matcher(r);
        if (!valueFirst.matches()) {
            valueFirst = ITEM_VALUE_FIRST.matcher(r);
        }
        if (valueFirst.matches() && !valueFirst.group(1).contains(" into ")) {
            // "enter 'Q3 budget' as the subject": the value, then the field it goes in
            return List.of(typeStep(c, c.value(valueFirst.group(1)), "the " + c.target(valueFirst.group(2)) + " field", false));
        }
        if (Literals.startsWithLiteral(r)) {
            int end = r.indexOf('\uE001') + 1;
            String value = c.value(r.substring(0, end));
            String after = r.substring(end).trim();
            if (after.isEmpty()) {
                return List.of(PlanStep.of("type", c.intent(), "text", value));
            }
            // "write 'cut into squares' under Special instructions": the box under that label
            Matcher into = Pattern.compile("^(?:into|in|in to|to|on|inside|under|underneath|below|beneath) (.+)$", I).matcher(after);
            if (!into.matches()) {
                throw c.fail("expected the field after the text, e.g. \"type 'ada' into the Username field\"");
            }
            return typeInto(c, value, into.group(1), false);
        }
        Matcher split = Pattern.compile("^(.+?) (?:into|in to) (.+)$", I).matcher(r);
        if (!split.matches()) {
            split = Pattern.compile("^(.+?) (?:in|inside) (.+)$", I).matcher(r);
        }
        if (split.matches()) {
            return typeInto(c, c.value(split.group(1)), split.group(2), false);
        }
        Matcher named = NAMED_VALUE.matcher(r);
        if (named.matches()) {
            // "enter the promo code SAVE50": a field named by its noun, then the value
            return List.of(typeStep(c, c.value(named.group(2)), "the " + c.target(named.group(1)) + " field", false));
        }
        return List.of(PlanStep.of("type", c.intent(), "text", c.value(r)));
    }

    private static final Pattern LIST_JOIN = Pattern.compile(",\\s*(?:and\\s+)?|\\s+and\\s+", I);
    private static final Pattern FIELD_WITH = Pattern.compile("^(.+?) with (.+)$", I);

    /** "Fill in A with X, B with Y and C with Z": each field with its value; one field when the rest is no such list. */
    private List<PlanStep> fillPairs(Clause c, String field, String rest) {
        String[] parts = LIST_JOIN.split(rest);
        List<PlanStep> out = new ArrayList<>(typeInto(c, c.value(parts[0]), field, false));
        for (int i = 1; i < parts.length; i++) {
            Matcher pair = FIELD_WITH.matcher(parts[i].trim());
            if (!pair.matches()) {
                return typeInto(c, c.value(rest), field, false);
            }
            out.addAll(typeInto(c, c.value(pair.group(2)), pair.group(1), false));
        }
        return out;
    }

    private List<PlanStep> typeInto(Clause c, String value, String field, boolean clear) {
        List<PlanStep> out = new ArrayList<>();
        for (String f : expandBoth(c.target(field))) {
            out.add(typeStep(c, value, f, clear));
        }
        return out;
    }

    /**
     * "set X to Y": a field named as one is typed into and a dropdown named as one chooses; anything else ("the
     * priority", "the Country") is set by the set tool, which acts by what X turns out to be on the screen.
     */
    private static PlanStep setTo(Clause c, String target, String value) {
        // "switch the discount type from % to $": the value it had is no part of the thing's name
        target = FROM_VALUE.matcher(target).replaceFirst("");
        value = STEPPER_USED.matcher(value).replaceFirst("");
        // the thing's own noun, not its anchor's: "the permission dropdown next to the Add people field" is a dropdown
        String head = HEAD.matcher(target).replaceFirst("");
        if (Pattern.compile("\\b(?:field|input|text ?box|text area|textarea)s?$", I).matcher(head).find()) {
            return typeStep(c, value, target, true);
        }
        if (Pattern.compile("\\b(?:dropdown|drop-down|select|select box|combo ?box|picker)$", I).matcher(head).find()) {
            return PlanStep.of("select", c.intent(), "option", value, "in", target);
        }
        return PlanStep.of("set", c.intent(), "target", target, "value", value);
    }

    /** A quoted option and where it is chosen: "\"Arrived damaged\" in the Reason dropdown". */
    private static final Pattern CHOOSE = Pattern.compile("^(?:select|choose|pick) (.+)$", I);
    private static final Pattern AND = Pattern.compile("\\s+and\\s+", I);
    /** A quoted option and where it is chosen from: "\"Reno Fulfillment Center\" from the Ship from dropdown". */
    private static final Pattern QUOTED_FROM = Pattern.compile("^(\uE000\\d+\uE001) (?:from|out of) (.+)$", I);
    private static final Pattern DROPDOWN_WORD = Pattern.compile("\\b(?:dropdown|drop-down|selector|select|picker|switcher)\\b", I);
    /** An option and the named list it is in: "Motorcycle in the Type dropdown", "Red from the colour menu". */
    private static final Pattern IN_NAMED_LIST = Pattern.compile(
            "^\\S.* (?:in|from) (?:the|a|an|its|your) .*\\b(?:dropdown|drop-down|menu|list|select|selector|picker)$", I);
    /** An option and the setting it answers: "Medium for the doneness". */
    private static final Pattern FOR_NAMED = Pattern.compile("^\\S.* for (?:the|its|his|her|their|your|my) \\S.*$", I);
    /** An option and the field it answers: "Red as the colour". */
    private static final Pattern AS_NAMED = Pattern.compile("^\\S.* as (?:the|a|an|its|his|her|their|your|my) \\S.*$", I);
    private static final Pattern QUOTED_IN = Pattern.compile("^\uE000\\d+\uE001 (?:in|from|on|under) \\S.*$", I);

    /** The value a setting had, after its name: "… from %", "… from Everything" (never the whole name). */
    private static final Pattern FROM_VALUE = Pattern.compile("(?<=\\S)\\s+(?-i:from)\\s+"
            + "(?!(?:dropdown|drop-down|menu|list|select|selector|picker|field|box)$)(?:\"[^\"]*\"|'[^']*'|\\S+(?: \\S+)?)$", I);

    private static PlanStep typeStep(Clause c, String value, String field, boolean clear) {
        // "enter 2500 as its amount": "its" has become "the" already
        field = DOUBLE_ARTICLE.matcher(field).replaceFirst("the ");
        return clear ? PlanStep.of("type", c.intent(), "text", value, "into", field, "clear", true)
                : PlanStep.of("type", c.intent(), "text", value, "into", field);
    }

    private static final Pattern DOUBLE_ARTICLE = Pattern.compile("^the (?:the|its|his|her|their) ", I);

    /** "both fields" and "both the Password and Confirm password fields" name two fields. */
    static List<String> expandBoth(String field) {
        Matcher both = Pattern.compile("^both (?:the )?(.+)$", I).matcher(field.trim());
        if (!both.matches()) {
            return List.of(field);
        }
        String body = both.group(1).trim();
        String[] words = body.split(" ");
        String lastWord = words[words.length - 1];
        String noun = singular(lastWord);
        boolean plural = !noun.equals(lastWord);
        Matcher and = Pattern.compile("^(.+?) and (?:the )?(.+)$", I).matcher(body);
        if (and.matches()) {
            String second = and.group(2);
            String head = plural ? second.substring(0, second.length() - lastWord.length()).trim() : second;
            String tail = plural ? " " + noun : "";
            return List.of("the " + and.group(1).trim() + tail, "the " + head + tail);
        }
        String qualifier = body.substring(0, body.length() - lastWord.length()).trim();
        String thing = (qualifier.isEmpty() ? "" : qualifier + " ") + noun;
        return List.of("the first " + thing, "the second " + thing);
    }

    /** A name, then a lowercase plural noun: "Grace Liu tickets", "SMS boxes". */
    private static final Pattern NAME_THEN_PLURAL = Pattern.compile("^(?:the )?((?-i:[\\p{Lu}\\d])\\S*(?: \\S+)*?) "
            + "((?-i:\\p{Ll}[\\p{Ll}-]*s))$", I);

    /**
     * A plural noun after "A and B" belongs to both, one each: "the Tomás Herrera and Grace Liu tickets" are "the Tomás
     * Herrera ticket" and "the Grace Liu ticket"; empty when B does not end in such a noun.
     */
    private static Optional<List<String>> sharedNoun(String a, String b) {
        Matcher m = NAME_THEN_PLURAL.matcher(b);
        if (!m.matches() || singular(m.group(2)).equals(m.group(2)) || lastWord(a).equalsIgnoreCase(singular(m.group(2)))) {
            return Optional.empty();
        }
        String noun = singular(m.group(2));
        String article = a.toLowerCase(Locale.ROOT).startsWith("the ") ? a.substring(0, 4) : "";
        return Optional.of(List.of(a + " " + noun, article + m.group(1) + " " + noun));
    }

    private static String singular(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("children")) {
            return word.substring(0, 5);
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses")) {
            return word.substring(0, word.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** "search for cameron using the search box": type it into that field (a search field by default) and press Enter. */
    private List<PlanStep> search(Matcher m, Clause c) {
        String field = m.group(2) == null ? "the search field" : c.target(m.group(2));
        List<PlanStep> out = new ArrayList<>(typeInto(c, c.value(m.group(1)), field, true));
        out.add(PlanStep.of("press", c.intent(), "keys", "Enter"));
        return out;
    }

    /** "close the dialog with the X" clicks the dialog's X; "...with the X in its top right corner" already says where. */
    private static String closer(Clause c, String thing, String closed) {
        String t = c.target(thing);
        boolean placed = Pattern.compile("\\b(?:in|at|on) the (?:top|bottom|upper|lower|left|right|corner|header|title)\\b", I)
                .matcher(t).find();
        // "dismiss the insurance alert with the X button at its top right corner": the corner is the alert's
        // (a dialog's or panel's corner is the screen's own while it is open: the grounder knows)
        boolean its = Pattern.compile("\\bits\\b", I).matcher(thing).find()
                && !Pattern.compile("\\b(?:dialog|dialogue|modal|pop-?up|window|panel|drawer|sheet|overlay)$", I).matcher(closed).find();
        return placed && !its ? "the " + t : "the " + t + " of " + c.target(closed);
    }

    private List<PlanStep> select(Matcher m, Clause c) {
        String rest = m.group(1).trim().replaceAll("(?i)\\s+instead$", ""); // "choose 3:30 PM instead"
        Optional<List<List<String>>> answers = valueFor(rest);
        if (answers.isPresent()) {
            // "choose Yes for work authorization and Remote for work arrangement": each question set to its answer
            return answers.get().stream().map(p -> setTo(c, c.target(p.get(1)), c.value(p.get(0)))).toList();
        }
        String[] quotedIn = LIST_JOIN.split(rest);
        if (quotedIn.length >= 2 && Arrays.stream(quotedIn).allMatch(e -> QUOTED_IN.matcher(e.trim()).matches())) {
            // "choose "Tent" in the Item dropdown and "Arrived damaged" in the Reason dropdown": each in its own
            List<PlanStep> out = new ArrayList<>();
            for (String e : quotedIn) {
                Matcher one = m.pattern().matcher("select " + e.trim());
                out.addAll(one.matches() ? select(one, c) : List.of());
            }
            return out;
        }
        String[] placed = AND.split(rest);
        if (placed.length == 2 && Arrays.stream(placed).allMatch(e -> IN_NAMED_LIST.matcher(e.trim()).matches()
                || AS_NAMED.matcher(e.trim()).matches() || FOR_NAMED.matcher(e.trim()).matches())) {
            // "choose Motorcycle in the Type dropdown and Red as the colour", "choose Jabra 65 as the Microphone and LG Audio
            // as the Speaker", "pick Medium for the doneness and Seasonal greens as the side": each option with its control
            List<PlanStep> out = new ArrayList<>();
            for (String e : placed) {
                Matcher one = m.pattern().matcher("select " + e.trim());
                out.addAll(one.matches() ? select(one, c) : List.of());
            }
            return out;
        }
        List<String> both = expandPair(rest);
        Matcher sentences = TWO_LABELS.matcher(rest);
        if (both.size() == 1 && sentences.matches() && !PLACING.matcher(rest).find()
                && (SENTENCE_CASE.matcher(sentences.group(1).replaceFirst("(?i)^the ", "")).matches()
                || SENTENCE_CASE.matcher(sentences.group(2)).matches())) {
            // "choose the Large size and Thin crust": a capital after "and" starts a second option when either side is
            // written in sentence case ("Terms and Conditions", in title case, stays one; a toggle's tool tells them
            // apart on the screen)
            both = List.of(sentences.group(1), sentences.group(2));
        }
        if (both.size() == 2 && !Pattern.compile("\\b(?:as|from|out of)\\b", I).matcher(both.get(0)).find()) {
            // "choose Wednesday 12 and the 11:00 AM slot": two things to pick, one after the other
            List<PlanStep> out = new ArrayList<>();
            for (String each : both) {
                Matcher one = m.pattern().matcher("select " + each);
                out.addAll(one.matches() ? select(one, c) : List.of(PlanStep.of("select", c.intent(), "option", c.value(each))));
            }
            return out;
        }
        Matcher as = Pattern.compile("^(.+?) as (?:the |a |an |its |his |her |their )?(.+)$", I).matcher(rest);
        if (as.matches() && !Literals.startsWithLiteral(as.group(2))) {
            // "choose Editor as the role": the option, then the dropdown it goes in ("the role" alone would read as
            // any text saying "role"; "label" even as a caption)
            return List.of(setTo(c, "the " + c.target(as.group(2)), c.value(as.group(1))));
        }
        // "pick "Reno Fulfillment Center" from the Ship from dropdown": a quoted option ends at its quote
        Matcher from = QUOTED_FROM.matcher(rest);
        if (!from.matches()) {
            from = Pattern.compile("^(.+) (?:from|out of) (.+)$", I).matcher(rest);
        }
        if (!from.matches()) {
            // a capitalised "On" is part of a name: "Send and set to On hold"
            from = Pattern.compile("^(.+) (?-i:in|on|within|under) (?:the )?(.+)$", I).matcher(rest);
            if (from.matches()) {
                from = Pattern.compile("^(.+) (?-i:in|on|within|under) (.+)$", I).matcher(rest);
            }
        }
        if (from.matches() && !from.group(2).isBlank()) {
            String in = FROM_VALUE.matcher(c.target(from.group(2))).replaceFirst("");
            // "$400K in the minimum price dropdown next to Price": the dropdown, then where it is
            boolean list = rest.matches("(?i).* (?:from|out of) .*") || LIST_NOUN.matcher(in).find()
                    || LIST_NOUN.matcher(HEAD.matcher(in).replaceFirst("")).find();
            if (!list) {
                // "pick Wednesday the 12th in the week strip": a place to find the option in, not a dropdown to open
                // "choose Monday under Start week on": the option below its heading, not inside it
                String where = rest.matches("(?s).* (?-i:under) .*") && !rest.matches("(?is).* (?:from|out of) .*") ? " under " : " in ";
                return List.of(PlanStep.of("select", c.intent(), "option", c.value(from.group(1)) + where + in));
            }
            return List.of(PlanStep.of("select", c.intent(), "option", c.value(from.group(1)), "in", in));
        }
        if (Pattern.compile("\\b(?:check ?box|radio(?: button)?|toggle|switch)$", I).matcher(rest).find()) {
            return toggle(c, rest, "on");
        }
        return List.of(PlanStep.of("select", c.intent(), "option", c.value(rest)));
    }

    /** A value, "for", and what it answers: "Yes for work authorization", "(415) 555-0142 for Phone"; not "the checkbox for Ada". */
    private static final Pattern VALUE_FOR = Pattern.compile("^(?!(?:the|a|an|this|that|these|those|my|your|our|his|her|its|their|"
            + "each|every|all|both|one|some|any) )(.+?) for (?!\\d)(.+)$", I);

    /** "… as the reason": the value names its field already, and a "for" after it qualifies the field. */
    private static final Pattern AS_FIELD = Pattern.compile("\\bas (?:the|a|an|its|his|her|their|your|my) ", I);

    /** Every item of a list read as "V for T", as [V, T] pairs; empty when one is not ("Yes for A and Remote for B"). */
    private static Optional<List<List<String>>> valueFor(String text) {
        if (AS_FIELD.matcher(text).find()) {
            return Optional.empty(); // "Plans changed" as the reason for cancelling
        }
        List<List<String>> out = new ArrayList<>();
        for (String item : LIST_JOIN.split(text.trim())) {
            Matcher m = VALUE_FOR.matcher(item.trim());
            if (!m.matches()) {
                Matcher whole = VALUE_FOR.matcher(text.trim()); // "Salt and pepper for the fries": one value with an "and"
                return whole.matches() ? Optional.of(List.of(List.of(whole.group(1), whole.group(2)))) : Optional.empty();
            }
            out.add(List.of(m.group(1), m.group(2)));
        }
        return Optional.of(out);
    }

    /**
     * "upload resume.pdf via the Browse files button", "use Browse files to upload resume.pdf": a file picker the page
     * draws, so open it, pick the file, and upload.
     */
    private List<PlanStep> upload(Clause c, String file, String button) {
        String opener = c.target(button);
        if (!opener.matches("(?i)^(?:the|a|an) .*")) {
            opener = "the " + opener + (OPENER.matcher(opener).find() ? "" : " button");
        }
        return List.of(PlanStep.of("click", c.intent(), "target", opener), PlanStep.of("click", c.intent(), "target", c.target(file)),
                PlanStep.of("click", c.intent(), "target", "the Upload button"));
    }

    /** "turn on the Floor lamp with its switch": a switch or box set to the state; another control of its own clicked. */
    private List<PlanStep> ownControl(Clause c, String owner, String control, String state) {
        String thing = c.target(owner);
        String what = control.trim();
        if (Pattern.compile("^(?:switch|toggle|check ?box|tick ?box|box)$", I).matcher(what).matches()) {
            return toggle(c, thing + " " + what, state);
        }
        return List.of(PlanStep.of("click", c.intent(), "target", thing + "'s " + what));
    }

    /** Two checkboxes, of a place said here or before: "both confirmation checkboxes (in the dialog)". */
    private static final Pattern BOTH_IN = Pattern.compile("^both (?:the )?(?:[\\p{L}-]+ )?(check ?box|tick ?box|box|switch|toggle)(?:es|s)"
            + "((?: (?:in|on|inside|within|under) .+)?)$", I);

    private List<PlanStep> toggle(Clause c, String target, String state) {
        Matcher both = BOTH_IN.matcher(target.trim());
        if (both.matches()) {
            // the two of that kind there, whatever their captions say
            return Stream.of("first", "second").map(n -> PlanStep.of("toggle", c.intent(), "target",
                    c.target("the " + n + " " + both.group(1).toLowerCase(Locale.ROOT) + both.group(2)), "state", state)).toList();
        }
        List<PlanStep> out = new ArrayList<>();
        for (String t : expandPair(target)) {
            out.add(PlanStep.of("toggle", c.intent(), "target", c.target(t), "state", state));
        }
        return out;
    }

    /** A label in sentence case: a capitalised word, then one or more words of which some are in lower case. */
    private static final Pattern SENTENCE_CASE = Pattern.compile("(?-i:\\p{Lu})[\\p{L}'’-]*(?: [\\p{L}\\d'’-]+)*? (?-i:\\p{Ll})[\\p{L}'’-]*(?: [\\p{L}\\d'’-]+)*");
    /** Words that put an option somewhere ("Bosnia and Herzegovina from the Country dropdown" is one option). */
    private static final Pattern PLACING = Pattern.compile("\\s(?:from|in|on|under|as|for|to|into|with|out of)\\s", I);
    /** Two labels joined by "and", the second capitalised. */
    private static final Pattern TWO_LABELS = Pattern.compile("^(.+?) and ((?-i:\\p{Lu}).*)$");

    /**
     * Two targets joined by "and" when the phrase says so: "the checkboxes for Wade and Brooklyn" (a plural
     * control and two owners), "5 stars and 4 stars" (the same last word), "the Email box and the SMS box" (a
     * second article). "Terms and Conditions" stays one label.
     */
    static List<String> expandPair(String target) {
        String t = target.trim();
        Matcher firstN = Pattern.compile("^((?:the )?(?:check ?box|tick ?box|box|switch|toggle|radio button|star|star icon))(?:es|s) "
                + "(for|of|next to|beside|by|on|in) (?:the )?(first|last) (two|three|four|2|3|4) (\\S+)(.*)$", I).matcher(t);
        if (firstN.matches()) {
            // "the checkboxes on the first two messages in the list": one of each, in order
            int n = switch (firstN.group(4).toLowerCase(Locale.ROOT)) {
                case "two", "2" -> 2;
                case "three", "3" -> 3;
                default -> 4;
            };
            String[] ords = firstN.group(3).equalsIgnoreCase("first") ? new String[] {"first", "second", "third", "fourth"}
                    : new String[] {"last", "second to last", "third to last", "fourth to last"};
            List<String> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(firstN.group(1) + " " + firstN.group(2) + " the " + ords[i] + " " + singular(firstN.group(5)) + firstN.group(6));
            }
            return out;
        }
        Matcher plural = Pattern.compile("^((?:the )?(?:check ?box|tick ?box|box|switch|toggle|radio button|option))(?:es|s) "
                + "(for|of|next to|beside|by|in front of) (.+?) and (.+)$", I).matcher(t);
        if (plural.matches()) {
            // "the checkboxes in front of Tomás and Elena": the box before each name
            String each = plural.group(1) + " " + (plural.group(2).equalsIgnoreCase("in front of") ? "to the left of" : plural.group(2)) + " ";
            List<String> owners = sharedNoun(plural.group(3).trim(), plural.group(4).trim())
                    .orElse(List.of(plural.group(3).trim(), plural.group(4).trim()));
            return List.of(each + owners.get(0), each + owners.get(1));
        }
        Matcher quotedNoun = Pattern.compile("^(?:the )?(\uE000[^\uE001]*\uE001) and (\uE000[^\uE001]*\uE001) "
                + "((?-i:\\p{Ll})[\\p{Ll}-]*s)$", I).matcher(t);
        if (quotedNoun.matches() && !singular(quotedNoun.group(3)).equals(quotedNoun.group(3))) {
            // tick the "Workshop day" and "Session recordings" add-ons: one add-on each
            String noun = " " + singular(quotedNoun.group(3));
            return List.of("the " + quotedNoun.group(1) + noun, "the " + quotedNoun.group(2) + noun);
        }
        Matcher literals = Pattern.compile("^(\uE000[^\uE001]*\uE001) and (\uE000[^\uE001]*\uE001)$").matcher(t);
        if (literals.matches()) {
            return List.of(literals.group(1), literals.group(2)); // tick "Start at zero" and "Sort bars by value"
        }
        Matcher and = Pattern.compile("^(.+?) and (.+)$", I).matcher(t);
        if (and.matches() && !t.contains("\uE000")) {
            String a = and.group(1).trim();
            String b = and.group(2).trim();
            Optional<List<String>> shared = a.toLowerCase(Locale.ROOT).startsWith("the ") ? sharedNoun(a, b) : Optional.empty();
            if (shared.isPresent()) {
                return shared.get();
            }
            boolean sameNoun = a.contains(" ") && b.contains(" ")
                    && lastWord(a).equalsIgnoreCase(lastWord(b));
            boolean secondArticle = b.toLowerCase(Locale.ROOT).startsWith("the ") && !a.toLowerCase(Locale.ROOT).equals("the");
            if (sameNoun || secondArticle) {
                return List.of(a, b);
            }
        }
        return List.of(t);
    }

    /**
     * The step after a place that opens the clause: "In the side panel switch the priority to High" gives
     * "switch the priority to High"; empty when the clause does not open with a place or no verb follows it.
     */
    private static Optional<String> stepAfterPlace(String clause) {
        Matcher place = LEADING_PLACE.matcher(clause);
        if (!place.lookingAt()) {
            return Optional.empty();
        }
        String[] words = clause.split(" ");
        int opening = place.group(1).trim().split(" ").length;
        for (int i = opening + 1; i < Math.min(words.length, 9); i++) { // "in the X" at least, a place of a few words at most
            String rest = String.join(" ", List.of(words).subList(i, words.length));
            boolean side = verbOf(rest).equals("right") && !RIGHT_CLICK.matcher(rest).lookingAt(); // "in the top right"
            // "in the panel that slides in"; "in the Who to follow box": a verb after "to" is part of the place's name
            boolean relative = words[i - 1].matches("(?i)that|which|who|to");
            // "on the right" names a side; "in the new empty row": a verb after "the", "a" or "new" is a word of the place
            boolean described = words[i - 1].matches("(?i)the|a|an|new|this|that|each|every|first|last|next");
            // "in the workout log": a verb with nothing after it ends the place's name
            boolean last = i == words.length - 1;
            if (!verbOf(rest).isEmpty() && !side && !relative && !described && !last) {
                return Optional.of(rest);
            }
        }
        return Optional.empty();
    }

    /** "right" as the verb it starts, not the side: "right-click the row". */
    private static final Pattern RIGHT_CLICK = Pattern.compile("^right[- ]?click", I);

    /** The verb of a gerund's stem: "study" of "study(ing)", "run" of "runn(ing)", "seat" of "seat(ing)". */
    private static String gerundStem(String stem) {
        String s = stem.toLowerCase(Locale.ROOT);
        boolean doubled = s.length() > 3 && s.charAt(s.length() - 1) == s.charAt(s.length() - 2) && "lsz".indexOf(s.charAt(s.length() - 1)) < 0;
        return doubled ? s.substring(0, s.length() - 1) : s;
    }

    private static String capitalised(String verb) {
        return verb.substring(0, 1).toUpperCase(Locale.ROOT) + verb.substring(1).toLowerCase(Locale.ROOT);
    }

    /**
     * The value a setting is set to without the words that only repeat what the setting is: "change the supply to a
     * 90-day supply" sets it to "90-day". A quoted value stays as written.
     */
    private static String valueOnly(String value, String setting) {
        String v = value.trim();
        if (v.startsWith("\uE000")) {
            return v;
        }
        String noun = lastWord(HEAD.matcher(setting).replaceFirst(""));
        // only after "a"/"an": the words describe the setting's value ("a 90-day supply"), where "Riverbend Branch" names it
        Matcher repeated = Pattern.compile("^an? (\\S.*?) " + Pattern.quote(noun) + "$", I).matcher(v);
        return repeated.matches() && noun.length() > 2 ? repeated.group(1) : v;
    }

    private static String lastWord(String s) {
        return s.substring(s.lastIndexOf(' ') + 1);
    }

    private static final Pattern ASSERTION_LIKE = Pattern.compile(
            "^(?:that|if|whether)\\b.*|.*\\s(?:is|are|isn't|aren't|shows|contains|displays|has|reads|says|equals|appears|exists)(?:\\s.*|$)", I);

    private List<PlanStep> checkOrTick(Matcher m, Clause c) {
        String rest = m.group(1).trim();
        if (ASSERTION_LIKE.matcher(rest).matches() && c.text().toLowerCase(Locale.ROOT).startsWith("check")) {
            String assertion = rest.replaceFirst("(?i)^(?:that|if|whether)\\s+", "");
            return List.of(PlanStep.of("check", c.intent(), "assertion", c.literals.restore(assertion)));
        }
        return toggle(c, rest, "on");
    }

    private static final Pattern MAKE_SURE = Pattern.compile("^(?:make sure|ensure)(?: that)? (.*)$", I);

    private List<PlanStep> assertion(Clause c) {
        Matcher m = MAKE_SURE.matcher(c.text());
        if (!m.matches()) {
            throw c.fail("it does not say what to verify");
        }
        return expect(m, c);
    }

    /** Whether the instruction goes on after this clause (the clause is not its last words). */
    private static boolean followedByMore(Clause c) {
        String whole = c.instruction().strip().replaceAll("[.!;]+$", "").toLowerCase(Locale.ROOT);
        String clause = c.literals.restore(c.text()).strip().replaceAll("[.!;]+$", "").toLowerCase(Locale.ROOT);
        int at = whole.lastIndexOf(clause);
        return at >= 0 && at + clause.length() < whole.length();
    }

    private List<PlanStep> expect(Matcher m, Clause c) {
        String rest = m.group(1) == null ? "" : m.group(1).trim().replaceFirst("(?i)^(?:that|if|whether)\\s+", "");
        if (rest.isEmpty()) {
            throw c.fail("it does not say what to verify");
        }
        return List.of(PlanStep.of("check", c.intent(), "assertion", c.literals.restore(rest)));
    }

    private static final Pattern URL = Pattern.compile("^(?:https?://\\S+|file:/\\S+|about:\\S+|www\\.\\S+|/\\S*|"
            + "[\\w.-]+\\.[a-z]{2,}(?::\\d+)?(?:/\\S*)?|localhost(?::\\d+)?(?:/\\S*)?)$", I);

    private List<PlanStep> open(Matcher m, Clause c) {
        String target = c.target(m.group(1));
        if (URL.matcher(target).matches()) {
            String url = target.matches("(?i)^www\\..*") ? "https://" + target : target;
            return List.of(PlanStep.of("navigate", c.intent(), "url", url));
        }
        return List.of(PlanStep.of("click", c.intent(), "target", target));
    }

    private List<PlanStep> scroll(Matcher m, Clause c) {
        String rest = m.group(1) == null ? "" : m.group(1).trim();
        if (rest.isEmpty()) {
            return List.of(PlanStep.of("scroll", c.intent(), "direction", "down"));
        }
        Matcher x;
        if ((x = Pattern.compile("^(down|up|left|right)(?: (?:a bit|a little|once|one page|a page|the page))?$", I).matcher(rest)).matches()) {
            return List.of(PlanStep.of("scroll", c.intent(), "direction", x.group(1).toLowerCase(Locale.ROOT)));
        }
        if ((x = Pattern.compile("^(down|up|left|right) (twice|thrice|(?:\\d+|two|three|four|five|six|seven|eight|nine|ten) times)$", I)
                .matcher(rest)).matches()) {
            List<PlanStep> out = new ArrayList<>();
            for (int i = 0; i < times(x.group(2)); i++) {
                out.add(PlanStep.of("scroll", c.intent(), "direction", x.group(1).toLowerCase(Locale.ROOT)));
            }
            return out;
        }
        if ((x = Pattern.compile("^(down|up|left|right) by (\\d+) ?(?:px|pixels?)?$", I).matcher(rest)).matches()) {
            return List.of(PlanStep.of("scroll", c.intent(), "direction", x.group(1).toLowerCase(Locale.ROOT),
                    "amount", Integer.parseInt(x.group(2))));
        }
        if ((x = Pattern.compile("^(?:(down|up) )?(?:all the way )?to the (bottom|end|top|beginning|start)(?: of the (?:page|screen|list))?$", I)
                .matcher(rest)).matches()) {
            String where = x.group(2).toLowerCase(Locale.ROOT);
            String dir = where.equals("bottom") || where.equals("end") ? "down" : "up";
            return List.of(PlanStep.of("scroll", c.intent(), "direction", dir, "to_end", true));
        }
        if ((x = Pattern.compile("^(?:(down|up|left|right) )?(?:to|until you see|until|till|towards) (.+?)"
                + "(?: (?:is|becomes) (?:visible|shown|displayed|in view)| appears| comes into view| shows up)?$", I).matcher(rest)).matches()) {
            String dir = x.group(1) == null ? "down" : x.group(1).toLowerCase(Locale.ROOT);
            return List.of(PlanStep.of("scroll", c.intent(), "to", c.target(x.group(2)), "direction", dir));
        }
        throw c.fail("expected e.g. 'scroll down', 'scroll up 3 times', 'scroll to the footer' or 'scroll to the bottom'");
    }

    private List<PlanStep> waitFor(Matcher m, Clause c) {
        String rest = m.group(1) == null ? "" : m.group(1).trim();
        Matcher x;
        if (rest.isEmpty() || rest.matches("(?i)^(?:a |for a )?(?:moment|second|bit|little|while)$")) {
            return List.of(PlanStep.of("wait", c.intent(), "seconds", 1));
        }
        if ((x = Pattern.compile("^(?:for )?(\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten) ?"
                + "(seconds?|secs?|s|milliseconds?|ms)$", I).matcher(rest)).matches()) {
            String n = x.group(1).toLowerCase(Locale.ROOT);
            double amount = n.matches("[\\d.]+") ? Double.parseDouble(n) : n.equals("one") ? 1 : NUMBERS.getOrDefault(n, 1);
            boolean ms = x.group(2).toLowerCase(Locale.ROOT).startsWith("m");
            return List.of(PlanStep.of("wait", c.intent(), "seconds", ms ? amount / 1000 : amount));
        }
        Integer timeoutMs = null;
        if ((x = Pattern.compile("^(.+?),? (?:for (?:up to |at most )?|within |at most )(\\d+) ?(?:seconds?|secs?|s)$", I)
                .matcher(rest)).matches()) {
            rest = x.group(1);
            timeoutMs = Integer.parseInt(x.group(2)) * 1000;
        }
        PlanStep step;
        if ((x = Pattern.compile("^(?:for|until|till) (.+?) (?:to )?(?:disappear|disappears|vanish|vanishes|go away|goes away|"
                + "be gone|is gone|to be gone|close|closes|is closed|be hidden|is hidden|to be hidden|is not visible|"
                + "is no longer visible|no longer visible|has gone|has disappeared)$", I).matcher(rest)).matches()) {
            step = PlanStep.of("wait", c.intent(), "target", c.target(x.group(1)), "gone", true);
        } else if ((x = Pattern.compile("^(?:for|until|till) (.+?)(?: to (?:appear|be visible|be shown|be displayed|show up|load)|"
                + " (?:appears|is visible|is shown|is displayed|shows up|loads|has loaded|is there))?$", I).matcher(rest)).matches()) {
            step = PlanStep.of("wait", c.intent(), "target", c.target(x.group(1)));
        } else {
            throw c.fail("expected e.g. 'wait for the Dashboard heading', 'wait until the spinner disappears' or 'wait 2 seconds'");
        }
        return List.of(timeoutMs == null ? step : step.with("timeout_ms",
                com.fasterxml.jackson.databind.node.IntNode.valueOf(timeoutMs)));
    }
}
