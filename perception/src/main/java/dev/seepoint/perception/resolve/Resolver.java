package dev.seepoint.perception.resolve;

import dev.seepoint.perception.Box;
import dev.seepoint.perception.Candidate;
import dev.seepoint.perception.Grounding;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.resolve.Query.Kind;
import dev.seepoint.perception.resolve.Query.Region;
import dev.seepoint.perception.resolve.Query.Relation;
import dev.seepoint.perception.text.TextLine;
import dev.seepoint.perception.text.Word;
import dev.seepoint.perception.widget.IconKind;
import dev.seepoint.perception.widget.WidgetKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a referring expression to one element of a {@link Scene}: matches text (caption,
 * label, placeholder, icon name), filters by kind, applies spatial relations, regions and
 * ordinals, and refuses to guess between equally good candidates.
 */
public final class Resolver {

    /** Below this match quality nothing counts as found. */
    static final double FOUND = 0.55;
    /** A runner-up this close to the best makes the answer ambiguous. */
    static final double TIE = 0.93;
    /** How near a second reading of an owner's name must come to the best to be that owner too. */
    static final double NAME_TIE = 0.9;
    private static final java.util.Set<Region> CORNERS = java.util.EnumSet.of(Region.TOP_LEFT, Region.TOP_RIGHT,
            Region.BOTTOM_LEFT, Region.BOTTOM_RIGHT);

    /** What a match in a corner's quarter of the screen but outside its third is worth. */
    private static final double IN_QUARTER = 0.6;

    /** The quarter of {@code frame} at {@code corner}. */
    private static Box quadrant(dev.seepoint.perception.Size frame, Region corner) {
        boolean left = corner == Region.TOP_LEFT || corner == Region.BOTTOM_LEFT;
        boolean top = corner == Region.TOP_LEFT || corner == Region.TOP_RIGHT;
        int w = frame.width();
        int h = frame.height();
        return new Box(left ? 0 : w / 2, top ? 0 : h / 2, left ? w / 2 : w, top ? h / 2 : h);
    }

    private static final java.util.Set<Region> SIDES = java.util.EnumSet.of(Region.LEFT, Region.RIGHT);

    /** Screen edges named alone: "at the bottom", "on the left". */
    private static final java.util.Set<Region> EDGES = java.util.EnumSet.of(Region.TOP, Region.BOTTOM, Region.LEFT, Region.RIGHT);

    /**
     * Ranks the good matches by how near the named edge each lies among them (1 for the nearest, down to 0.7 for the
     * farthest); poor matches keep the region's full discount.
     */
    private static List<Scored> towardsEdge(List<Scored> scored, Region edge) {
        List<Scored> good = scored.stream().filter(s -> s.match >= FOUND).toList();
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (Scored s : good) {
            double v = edgeward(s.box, edge);
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        List<Scored> next = new ArrayList<>();
        for (Scored s : scored) {
            double in = s.match < FOUND ? 0.15 : hi - lo < 1 ? 1.0 : 0.7 + 0.3 * (edgeward(s.box, edge) - lo) / (hi - lo);
            next.add(s.withRank(s.rank * in));
        }
        return next;
    }

    /** How far towards {@code edge} a box lies, in pixels (larger is nearer). */
    private static double edgeward(Box b, Region edge) {
        return switch (edge) {
            case BOTTOM -> b.centerY();
            case TOP -> -b.centerY();
            case RIGHT -> b.centerX();
            default -> -b.centerX();
        };
    }

    /** 1 at the named side of {@code r} (its left or right edge), 0 at the other. */
    private static double sideCloseness(Box r, Region side, Box b) {
        double d = (side == Region.LEFT ? b.centerX() - r.left() : r.right() - b.centerX()) / Math.max(1, r.width());
        return Math.max(0, Math.min(1, 1 - d));
    }

    /** 1 at the named corner of {@code r}, 0 at its opposite corner. */
    private static double closeness(Box r, Region corner, Box b) {
        boolean left = corner == Region.TOP_LEFT || corner == Region.BOTTOM_LEFT;
        boolean top = corner == Region.TOP_LEFT || corner == Region.TOP_RIGHT;
        double dx = (left ? b.centerX() - r.left() : r.right() - b.centerX()) / Math.max(1, r.width());
        double dy = (top ? b.centerY() - r.top() : r.bottom() - b.centerY()) / Math.max(1, r.height());
        return Math.max(0, 1 - Math.hypot(dx, dy) / Math.sqrt(2));
    }

    /** The corner of {@code box} a third of its size (at least 60 px) each way. */
    private static Box corner(Box box, Region corner) {
        int w = Math.max(60, box.width() / 3);
        int h = Math.max(60, box.height() / 3);
        boolean left = corner == Region.TOP_LEFT || corner == Region.BOTTOM_LEFT;
        boolean top = corner == Region.TOP_LEFT || corner == Region.TOP_RIGHT;
        int x0 = left ? box.left() : Math.max(box.left(), box.right() - w);
        int y0 = top ? box.top() : Math.max(box.top(), box.bottom() - h);
        return new Box(x0, y0, Math.min(box.right(), x0 + w), Math.min(box.bottom(), y0 + h));
    }

    /** An icon only likely of the asked kind (its drawing about as near another) scores this share of a sure one. */
    static final double UNSURE_ICON = 0.8;
    /** OCR confidence under which a lone letter read over a drawing may be the drawing's strokes. */
    private static final double UNSURE_LETTER = 0.85;
    /** Controls a click is meant for, over plain text reading the same words. */
    private static final java.util.Set<WidgetKind> ACTIONABLE = java.util.EnumSet.of(WidgetKind.BUTTON, WidgetKind.LINK,
            WidgetKind.TAB);
    /** A field's placeholder, which ends in an ellipsis: "Reply…", "Search files..."; a caret before it may be read. */
    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("[|¦]?\\p{L}[^.…]{0,40}(?:…|\\.\\.\\.)");
    /**
     * What a match of the words without their role noun is worth ("the Marketing folder" reading "Marketing"): less than
     * one reading every word, so "New folder" in a menu beats the "+ New" button beside it.
     */
    static final double ROLE_STRIPPED = 0.9;
    private static final int MAX_ANCHOR_DEPTH = 3;

    private final QueryParser parser = new QueryParser();

    /** A scored element: {@code match} is how well it fits the words, {@code rank} adds relations and region. */
    record Scored(Element element, Box box, String shown, double match, double rank) {
        Scored withRank(double r) {
            return new Scored(element, box, shown, match, r);
        }
    }

    public Grounding resolve(Scene scene, String expression) {
        Query query = parser.parse(expression);
        Grounding gridded = gridCell(scene, query);
        if (gridded != null) {
            return gridded;
        }
        Grounding seat = SeatMap.find(scene, query);
        if (seat != null) {
            return seat;
        }
        Grounding paged = pageOfPager(scene, query);
        if (paged != null) {
            return paged;
        }
        Grounding g = resolve(scene, query, 0);
        Grounding owned = possessive(scene, expression, query, 0);
        if (owned != null) {
            return owned;
        }
        Query literal = parser.parseLiteral(expression);
        if (literal != null) {
            // "Sign up for the newsletter" may be a caption, not "Sign up" near "the newsletter"
            Grounding whole = resolve(scene, literal, 1); // depth 1: no further fallbacks on a fallback
            boolean wholeStrong = whole.isUnique() && whole.score() >= 0.9;
            if (wholeStrong && (!g.isUnique() || whole.score() > g.score() + 0.05
                    || whole.score() >= 0.95 && whole.score() >= g.score() - 0.02 && query.relations().isEmpty())) {
                return whole;
            }
        }
        if (g.isFound() && query.relations().stream().anyMatch(r -> r.type() == Relation.Type.ROW_ORDINAL)) {
            // "the Mon field in the last row": the heading names the first row's box as its caption; counted rows decide
            Grounding cell = inColumn(scene, query);
            if (cell != null && !cell.requireBox().equals(g.requireBox())) {
                return cell;
            }
        }
        if (!g.isFound() || g.score() < 0.8) {
            // "High priority", "Express shipping": an option named with its group's heading ("Priority")
            Grounding grouped = inGroup(scene, query);
            if (grouped != null && (!g.isFound() || grouped.score() > g.score() + 0.1)) {
                return grouped;
            }
        }
        if (!g.isFound() && ITEM_NOUN.matcher(TextMatch.fold(query.text())).matches() && query.relations().size() == 1
                && query.relations().get(0).type() == Relation.Type.OWNER) {
            // "select Olivia Brown's reservation": no words say "reservation"; the item is where her name is
            Grounding named = resolve(scene, parser.parse(query.relations().get(0).anchor()), 1);
            if (named.isUnique()) {
                return named.withEvidence("reading", "the " + query.text() + " named '" + query.relations().get(0).anchor() + "'");
            }
        }
        if (!g.isFound()) {
            // "uncheck Email for Energy-saving tips & offers": nothing reads both, so the cell under EMAIL in that row
            Grounding cell = inColumn(scene, query, true);
            if (cell != null) {
                return cell;
            }
            Query caption = parser.parseCaption(expression);
            if (caption != null) {
                // "Generate label": a button's caption that ends in a kind word
                Grounding whole = resolve(scene, caption, 1);
                if (whole.isFound() && whole.score() >= 0.9) {
                    return whole;
                }
            }
            Query named = parser.parseNamed(expression);
            if (named != null && query.relations().isEmpty()) {
                // "the Fasteners category": the checkbox "Fasteners", when nothing is named with the noun too
                Grounding alone = resolve(scene, named, 1);
                if (alone.isFound()) {
                    return alone.withEvidence("reading", "'" + named.text() + "' (the words after it say what it is)");
                }
            }
            Query dated = parser.parseDated(expression);
            if (dated != null) {
                Grounding field = resolve(scene, dated, 1);
                if (field.isFound()) {
                    return field.withEvidence("reading", "the field labelled '" + dated.text() + "' (the label leaves out the date or time)");
                }
            }
            Grounding loose = loosely(scene, query);
            if (loose != null) {
                return loose;
            }
            Grounding dates = showingDates(scene, query);
            if (dates != null) {
                return dates;
            }
            Grounding opener = chevronUnderCaption(scene, query);
            if (opener != null) {
                return opener;
            }
        }
        return g;
    }

    /**
     * "the Payment method dropdown" when no dropdown is seen (a custom one whose box holds a card's logo, so it is not
     * seen as a field): under its caption (or on its row, to the right), a down chevron ends the box; the box is taken
     * from the caption's left edge to the chevron, on the chevron's line. Null unless the caption is one text and one
     * such chevron is the nearest.
     */
    private Grounding chevronUnderCaption(Scene scene, Query query) {
        if (query.kind() != Kind.DROPDOWN || query.quoted() || query.text().isBlank() || !query.relations().isEmpty()
                || query.ordinal() != 0) {
            return null;
        }
        // the caption alone, not a sentence holding its words ("the charge the dropdown" is no caption of "Charge the
        // Deluxe King rate")
        int words = TextMatch.words(query.text()).size();
        List<Element> captions = scene.elements().stream().filter(e -> e.isText()
                && TextMatch.words(e.text()).size() <= words + 1 && TextMatch.containment(query.text(), e.text()) >= 0.9).toList();
        if (captions.size() != 1) {
            return null;
        }
        Box caption = captions.get(0).box();
        int h = Math.max(8, caption.height());
        Element best = null;
        double nearest = Double.MAX_VALUE;
        for (Element e : scene.elements()) {
            if (e.widget() != WidgetKind.ICON || e.icon() != IconKind.CHEVRON_DOWN) {
                continue;
            }
            Box c = e.box();
            boolean under = c.top() >= caption.bottom() && c.top() - caption.bottom() <= 4 * h
                    && c.left() >= caption.left() && c.left() - caption.left() <= 40 * h;
            boolean beside = c.verticalOverlap(caption) > 0 && c.left() >= caption.right() && c.left() - caption.right() <= 30 * h;
            if (!under && !beside) {
                continue;
            }
            double d = Math.hypot(c.centerX() - caption.centerX(), c.centerY() - caption.centerY());
            if (d < nearest) {
                nearest = d;
                best = e;
            }
        }
        if (best == null) {
            return null;
        }
        Box c = best.box();
        int half = Math.max(c.height(), h);
        int left = c.verticalOverlap(caption) > 0 ? caption.right() + 1 : caption.left();
        Box box = new Box(left, Math.max(0, (int) c.centerY() - half), c.right(), (int) c.centerY() + half)
                .clip(scene.screenshot().frame());
        return Grounding.found(query.expression(), scene.screenshot().frame(), box, null, 0.75, List.of(),
                Map.of("kind", "dropdown", "text", captions.get(0).text(), "reading", "the box under '" + captions.get(0).text()
                        + "' that ends in a down chevron at " + c + " (no dropdown was seen there)"));
    }

    /** Words naming a control by the dates it shows: "the date range picker", "the period dropdown". */
    private static final java.util.regex.Pattern DATES_NOUN = java.util.regex.Pattern.compile(
            "(?:dates?|date range|range of dates|date filter|time range|time period|period|reporting period|time frame|timeframe)"
                    + "(?: (?:picker|selector|filter|control))?");
    /** Dates as controls show them: "Jun 8 – Jun 14", "Last 7 days", "03/01/2025", "2025-03-01", "This month". */
    private static final java.util.regex.Pattern DATES_SHOWN = java.util.regex.Pattern.compile("(?i)\\b(?:"
            + "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? \\d{1,2}\\b|\\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|"
            + "sep|sept|oct|nov|dec)[a-z]*\\b|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|(?:last|past|previous|next) \\d+ "
            + "(?:days?|weeks?|months?|years?)|(?:this|last) (?:week|month|quarter|year)|year to date|month to date)");
    /** Kinds of control that show a date range to pick another. */
    private static final java.util.Set<WidgetKind> DATE_CONTROLS = java.util.EnumSet.of(WidgetKind.SELECT, WidgetKind.BUTTON,
            WidgetKind.TEXT_FIELD);

    /**
     * "the date range picker", "the date range button" with no such words shown: the one control (a dropdown, a button,
     * a field) showing dates or a span of them ("Last 7 days · Jun 8 – Jun 14"). Null unless the words name only that
     * and exactly one such control is seen.
     */
    private Grounding showingDates(Scene scene, Query query) {
        if (query.quoted() || !DATES_NOUN.matcher(TextMatch.fold(query.text())).matches()
                || !(query.kind() == Kind.ANY || query.kind() == Kind.DROPDOWN || query.kind() == Kind.BUTTON
                || query.kind() == Kind.FIELD || query.kind() == Kind.CONTROL)) {
            return null;
        }
        List<Element> showing = scene.elements().stream().filter(e -> DATE_CONTROLS.contains(e.widget())
                && DATES_SHOWN.matcher(e.text()).find()).toList();
        if (showing.size() != 1) {
            return null;
        }
        Element e = showing.get(0);
        return Grounding.found(query.expression(), scene.screenshot().frame(), e.box(), null, 0.85, List.of(),
                Map.of("kind", e.kindLabel(), "text", e.text(), "reading", "the one control showing dates ('" + e.text() + "')"));
    }

    /**
     * What belongs to a name: the card around it, or, within that card (or across the screen), the item band between the
     * rules above and below it (a post of a feed, all one card) when some candidate lies in that band.
     */
    private static Optional<Box> ownArea(Scene scene, Box name, List<Scored> scored) {
        Optional<Box> card = scene.regions().cardAround(name);
        Box across = card.orElse(scene.bounds());
        Optional<Box> band = scene.regions().bandAround(name, across);
        if (band.isEmpty()) {
            return card;
        }
        if (card.isPresent() && band.get().height() >= card.get().height()) {
            // a band round the card from its top border to its bottom one: the card's sides were cut short by a shorter
            // edge inside it (a picture's, a badge's), and the band is the whole card
            boolean whole = band.get().top() <= card.get().top() && band.get().bottom() >= card.get().bottom()
                    && band.get().height() <= 3 * card.get().height();
            return whole ? band : card;
        }
        double best = scored.stream().filter(s -> s.box.iou(name) <= 0.5).mapToDouble(Scored::match).max().orElse(0);
        // only when one of the best candidates lies in the band: else the card holds what is meant
        boolean holds = scored.stream().anyMatch(s -> band.get().contains(s.box.center()) && s.box.iou(name) <= 0.5
                && s.match >= 0.9 * best);
        return holds ? band : card;
    }

    /** Kinds of control a grid's cell holds: "the Thursday box", "the Billable toggle", "the Qty field". */
    private static final java.util.Set<Kind> CELL_KINDS = java.util.EnumSet.of(Kind.BOX, Kind.FIELD, Kind.TOGGLE,
            Kind.CHECKBOX, Kind.RADIO, Kind.DROPDOWN, Kind.CHECKABLE, Kind.CONTROL);
    /** Relations that name a grid's row: "in the Atlas row", "for Northwind API", "in the second row". */
    private static final java.util.Set<Relation.Type> ROW_NAMES = java.util.EnumSet.of(Relation.Type.SAME_ROW,
            Relation.Type.ROW_ORDINAL, Relation.Type.OWNER);

    /**
     * "The Thursday box of the Atlas Redesign row", "the Billable toggle for Northwind API": in a grid, the words
     * before the kind are the heading of the control's column, not its caption; the control is the one in the named
     * row that stands under that heading. Null unless such a control, and only one, is found.
     */
    private Grounding inColumn(Scene scene, Query query) {
        return inColumn(scene, query, false);
    }

    /** As {@link #inColumn(Scene, Query)}; {@code anyKind}: also for a query naming no kind ("Email for Tips & offers"). */
    private Grounding inColumn(Scene scene, Query query, boolean anyKind) {
        if (!query.hasText() || !(CELL_KINDS.contains(query.kind()) || anyKind && query.kind() == Kind.ANY)
                || query.relations().stream().noneMatch(r -> ROW_NAMES.contains(r.type()))
                || query.relations().stream().anyMatch(r -> r.type() == Relation.Type.COLUMN)) {
            return null;
        }
        // the heading must be on the screen: '"Browse files" in the Back side box' with no such words in view is no cell
        // of a column so headed (an unseen anchor is passed over, which would leave any box of that row)
        Query heading = new Query(query.expression(), query.text(), query.quoted(), Kind.TEXT, List.of(), 0, List.of(),
                Region.ANYWHERE, null);
        if (!resolve(scene, heading, 1).isFound()) {
            return null;
        }
        List<Relation> relations = new ArrayList<>(query.relations());
        relations.add(Relation.to(Relation.Type.COLUMN, query.text()));
        // a cell named by no kind: in a grid of settings (Email, Text, App push for each notice), a box to tick
        Kind kind = query.kind() == Kind.ANY ? Kind.CHECKABLE : query.kind();
        Query cell = new Query(query.expression(), "", false, kind, query.icons(), query.ordinal(), relations,
                query.region(), query.colour());
        Grounding g = resolve(scene, cell, 1);
        return g.isUnique() ? g.withEvidence("reading", "the one under the heading '" + query.text() + "' in that row") : null;
    }

    /** Relations that rank candidates by how near they lie to an anchor. */
    private static final java.util.Set<Relation.Type> NEARNESS = java.util.EnumSet.of(Relation.Type.NEXT_TO, Relation.Type.NEAR,
            Relation.Type.SAME_ROW, Relation.Type.BELOW, Relation.Type.ABOVE, Relation.Type.LEFT_OF, Relation.Type.RIGHT_OF);

    private static final java.util.Set<Relation.Type> DIRECTIONS = java.util.EnumSet.of(
            Relation.Type.BELOW, Relation.Type.ABOVE, Relation.Type.LEFT_OF, Relation.Type.RIGHT_OF);

    /**
     * "the Yes button under 'Was this helpful?'" when Yes sits beside the question: testers use
     * directions loosely, so when no candidate lies in the direction named, the one nearest the
     * anchor counts, provided it alone is found that way. The evidence says the direction did not hold.
     */
    private Grounding loosely(Scene scene, Query query) {
        if (query.relations().stream().noneMatch(r -> DIRECTIONS.contains(r.type()))) {
            return null;
        }
        List<Relation> near = new ArrayList<>();
        for (Relation r : query.relations()) {
            near.add(DIRECTIONS.contains(r.type()) ? Relation.to(Relation.Type.NEAR, r.anchor()) : r);
        }
        Query relaxed = new Query(query.expression(), query.text(), query.quoted(), query.kind(), query.icons(),
                query.ordinal(), near, query.region(), query.colour());
        Grounding g = resolve(scene, relaxed, 1);
        if (!g.isUnique() || g.score() < 0.7) {
            return null;
        }
        Map<String, String> evidence = new LinkedHashMap<>(g.evidence());
        evidence.put("relation", "nothing lies " + query.relations().stream().filter(r -> DIRECTIONS.contains(r.type()))
                .map(r -> r.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " '" + r.anchor() + "'")
                .collect(java.util.stream.Collectors.joining(", ")) + "; took the match nearest the anchor");
        return Grounding.found(query.expression(), g.frame(), g.requireBox(), g.point().orElse(g.requireBox().center()),
                g.score() * 0.9, g.alternatives(), evidence);
    }

    public Grounding resolve(Scene scene, Query query) {
        return resolve(scene, query, 0);
    }

    /**
     * The query's first words as an option in the section headed by its last words, when a text on the screen
     * says those last words: "High priority" is "High" under "Priority". Null when no such reading finds one.
     */
    private Grounding inGroup(Scene scene, Query query) {
        List<String> words = TextMatch.words(query.text());
        if (query.quoted() || words.size() < 2 || words.size() > 5) {
            return null;
        }
        for (int k = words.size() - 1; k >= 1; k--) {
            String head = String.join(" ", words.subList(0, k));
            String group = String.join(" ", words.subList(k, words.size()));
            boolean headed = scene.elements().stream().anyMatch(e -> e.isText() && TextMatch.similarity(group, e.text()) >= 0.9);
            if (!headed) {
                continue;
            }
            List<Relation> relations = new ArrayList<>(query.relations());
            // "the minimum price dropdown next to Price": the heading named twice is one place, its section
            List<String> heading = TextMatch.stems(TextMatch.words(group));
            relations.removeIf(r -> r.type() != Relation.Type.ROW_ORDINAL && !r.anchor().isBlank()
                    && heading.containsAll(TextMatch.stems(TextMatch.words(r.anchor()))));
            relations.add(Relation.to(Relation.Type.SECTION, group));
            Query option = new Query(query.expression(), head, false, query.kind(), query.icons(), query.ordinal(), relations,
                    query.region(), query.colour());
            Grounding g = resolve(scene, option, 1);
            if (g.isUnique() && g.score() >= 0.8) {
                return g.withEvidence("group", "'" + head + "' in the section headed '" + group + "'");
            }
        }
        return null;
    }

    private Grounding resolve(Scene scene, Query query, int depth) {
        List<Scored> scored = score(scene, query);
        if (query.kind() == Kind.SWATCH) {
            scored = inPalettes(scored);
        }
        if (query.colour() != null) {
            String wanted = switch (query.colour()) {
                case "violet" -> "purple";
                case "teal" -> "green"; // named green or blue on the border of the two
                case "cyan", "indigo" -> "blue";
                case "navy" -> "blue";
                case "brown" -> "orange"; // a dark orange to the eye of the colour namer
                case "beige" -> "yellow";
                default -> query.colour();
            };
            List<Scored> next = new ArrayList<>();
            for (Scored s : scored) {
                // a swatch is filled with its colour: the colour most of it shows, not a touch of it
                boolean shows = query.kind() == Kind.SWATCH ? wanted.equals(Colours.fill(scene.screenshot(), s.box))
                        : Colours.called(scene.screenshot(), s.box).contains(wanted);
                next.add(shows ? s : new Scored(s.element, s.box, s.shown, s.match * 0.6, s.rank * 0.6));
            }
            scored = next;
        }
        // relations
        for (Relation rel : query.relations()) {
            if (rel.type() == Relation.Type.ROW_ORDINAL) {
                continue;
            }
            if (depth >= MAX_ANCHOR_DEPTH) {
                break;
            }
            Grounding anchor = anchor(scene, rel.anchor(), depth + 1);
            double unread = 1.0;
            Scored first = scored.stream().max(Comparator.comparingDouble(Scored::match)).orElse(null);
            boolean itself = anchor.isFound() && first != null && first.match >= FOUND && first.box.iou(anchor.requireBox()) > 0.5;
            if ((!anchor.isFound() || itself) && NEARNESS.contains(rel.type())) {
                // "next to the branch selector" where the dropdown is seen but not its name (it shows "main"): the
                // controls of that kind are where the words point, for less
                Grounding byKind = anchorByKind(scene, rel.anchor(), depth + 1);
                if (byKind != null) {
                    anchor = byKind;
                    unread = 0.85;
                }
            }
            if (!anchor.isFound() && (rel.type() == Relation.Type.INSIDE || rel.type() == Relation.Type.COLUMN
                    || !parser.parse(rel.anchor()).hasText() || described(query.expression(), rel.anchor()))) {
                // "in the user menu", "of the toast", "on the restaurant banner", "at the right of the toolbar" when no
                // such thing is seen: the words before it still count (a name written as on the screen, "on the Olive
                // Tree card", "next to Remember me", must be found)
                continue;
            }
            if (anchor.isFound() && rel.type() == Relation.Type.INSIDE && !scored.isEmpty()
                    && "icon".equals(anchor.evidence().get("kind"))
                    && anchor.requireBox().area() < 4 * scored.get(0).box.area()) {
                continue; // "in the menu" found a menu icon: too small to hold anything, so it cannot be meant
            }
            if (!anchor.isFound()) {
                return Grounding.notFound(query.expression(), scene.screenshot().frame(),
                        "the anchor '" + rel.anchor() + "' was not found: " + anchor.reason().orElse(""),
                        candidates(top(scored, 5)));
            }
            Box a = anchor.requireBox();
            // "Cancel on the Dermatology consult appointment": in or on a name (a line of text, not a container) means
            // in the card or row that name heads, as "for" does
            Relation.Type type = rel.type() == Relation.Type.INSIDE
                    && TEXTUAL.contains(anchor.evidence().getOrDefault("kind", "")) ? Relation.Type.OWNER : rel.type();
            // an anchor written twice ("Linen Tote" in the grid and in the cart): the relation may hold for either
            List<Box> anchors = new ArrayList<>(List.of(a));
            for (Candidate c : anchor.alternatives()) {
                // also a name read at the head of a longer line ("Sofia Alvarez 10:05 AM" over her message) when the
                // same name stands alone elsewhere (the sidebar's "Sofia Alvarez"): whose message it is decides
                boolean named = type == Relation.Type.OWNER && c.score() >= 0.85 && c.score() >= anchor.score() * NAME_TIE;
                if (anchor.isAmbiguous() && c.score() >= anchor.score() * TIE || named) {
                    anchors.add(c.box());
                }
            }
            if (type == Relation.Type.COLUMN && anchor.isAmbiguous() && !TEXTUAL.contains(anchor.evidence().getOrDefault("kind", ""))) {
                // a column's heading is a line of text: the first row's radio captioned "Default" heads no "DEFAULT" column
                double least = anchor.score() * TIE;
                List<Box> headings = anchor.alternatives().stream()
                        .filter(c -> TEXTUAL.contains(c.kind()) && c.score() >= least).map(Candidate::box).toList();
                if (!headings.isEmpty()) {
                    a = headings.get(0);
                    anchors = new ArrayList<>(headings);
                }
            }
            List<Scored> next = new ArrayList<>();
            // the anchor may be the very field asked for, named by its label ("the field below To confirm"):
            // then the label's words are the anchor for it
            Box anchorLabel = null;
            for (Element e : scene.elements()) {
                if (!e.isText() && e.box().equals(a) && e.labelBox() != null && !e.labelBox().intersects(a)) {
                    anchorLabel = e.labelBox();
                }
            }
            if (anchorLabel != null && query.hasText()) {
                // "the pencil icon next to Brooklyn Simmons" where the row's checkbox took the name as its caption: the
                // name's own words are where it is (a query without words may want the very control the name labels)
                anchors.add(anchorLabel);
            }
            // each anchor's section or card, found once for all candidates
            Map<Box, Optional<Box>> around = new java.util.HashMap<>();
            for (Box each : anchors) {
                around.put(each, type == Relation.Type.SECTION ? Optional.of(section(scene, each))
                        : type == Relation.Type.OWNER ? ownArea(scene, each, scored) : Optional.empty());
            }
            // "the Study button for the Japanese Basics deck": when one place the name stands in is a card holding such a
            // thing, the name elsewhere (a sidebar's list, a log of recent activity) owns nothing by mere nearness
            boolean carded = false;
            for (Box b : type == Relation.Type.OWNER ? anchors : List.<Box>of()) {
                Optional<Box> card = around.get(b);
                carded |= card.isPresent() && scored.stream().anyMatch(o -> o.match >= FOUND && card.get().contains(o.box.center()));
            }
            for (Scored s : scored) {
                if (anchorLabel != null && s.box.iou(a) > 0.5 && type != Relation.Type.OWNER
                        && type != Relation.Type.NEXT_TO && type != Relation.Type.SAME_ROW) {
                    next.add(s.withRank(s.rank * relation(type, s.box, anchorLabel)));
                    continue;
                }
                if (s.box.iou(a) > 0.5 || s.box.contains(a.center()) && s.box.area() < 4 * a.area()) {
                    // the anchor itself: right when "the toggle for Weekly digest" named the toggle by its label
                    boolean namedByLabel = !query.hasText() && !s.element.isText()
                            && (type == Relation.Type.OWNER || type == Relation.Type.NEXT_TO
                                    || type == Relation.Type.SAME_ROW)
                            && !s.element.label().isEmpty();
                    if (namedByLabel) {
                        next.add(s);
                    }
                    continue;
                }
                double best = 0;
                for (Box each : anchors) {
                    if (s.box.iou(each) <= 0.5) {
                        Optional<Box> area = around.get(each);
                        double r = type == Relation.Type.SECTION
                                ? inSection(s.box, area.orElseThrow(), each)
                                : relation(type, s.box, each);
                        if (type == Relation.Type.OWNER && area.isPresent()) {
                            // "the heart on the Olive Tree card": what lies in the anchor's card is its own, however far
                            // across the card (a wide list card has its buttons at the far right); what lies outside is not
                            // (nearer still ranks first: a whole list can be one card round all its rows)
                            // (when another relation ranks them, "in My vehicles" only says where: all it holds count alike)
                            boolean ranked = query.relations().stream().anyMatch(o -> o != rel && NEARNESS.contains(o.type()));
                            r = area.get().contains(s.box.center()) ? (ranked ? 1.0 : 0.65 + 0.35 * r) : r * 0.3;
                        }
                        if (type != rel.type()) {
                            r = Math.max(r, relation(rel.type(), s.box, each)); // read as a name's card, or still as written
                        }
                        if (carded && area.isEmpty()) {
                            r *= UNCARDED;
                        }
                        best = Math.max(best, r);
                    }
                }
                next.add(s.withRank(s.rank * best * unread));
            }
            scored = next;
        }
        // region
        if (query.region() != Region.ANYWHERE) {
            Optional<Box> region = scene.regions().find(query.region());
            Optional<Box> modal = CORNERS.contains(query.region()) ? scene.regions().find(Region.DIALOG) : Optional.empty();
            if (modal.isPresent()) {
                // with a modal dialog open, "the X in the top right corner" is the dialog's corner: nothing else can be clicked
                region = Optional.of(corner(modal.get(), query.region()));
            }
            Optional<Box> named = region;
            if (region.isPresent() && EDGES.contains(query.region()) && modal.isEmpty()
                    && scored.stream().noneMatch(s -> s.match >= FOUND && named.get().contains(s.box.center()))) {
                // "the Save and continue button at the bottom": the bottom of the form, above the screen's last third;
                // nothing that answers the words lies in that part of the screen, so of those that do, the one nearest
                // that edge
                scored = towardsEdge(scored, query.region());
            } else if (region.isPresent()) {
                Box r = region.get();
                List<Scored> next = new ArrayList<>();
                for (Scored s : scored) {
                    // "in the toolbar" may mean a list's own toolbar below the top bar: a row of tools elsewhere counts, for less
                    double in = r.contains(s.box.center()) ? 1.0 : query.region() != Region.TOOLBAR ? 0.15
                            : inRowOfTools(scene, s.box) ? 0.7 : 0.3;
                    if (in < 1.0 && CORNERS.contains(query.region()) && modal.isEmpty()
                            && quadrant(scene.screenshot().frame(), query.region()).contains(s.box.center())) {
                        // "at the bottom left of the form": a form's corner may lie outside the screen's corner third,
                        // but not outside its quarter
                        in = IN_QUARTER;
                    }
                    if (in == 1.0 && CORNERS.contains(query.region())) {
                        // "in the bottom right corner": of two inside the corner's third, the one nearer the corner
                        in = 0.7 + 0.3 * closeness(r, query.region(), s.box);
                    }
                    if (in == 1.0 && SIDES.contains(query.region()) && modal.isEmpty()) {
                        // "the right arrow on the left": of two in the left half, the one nearer the left edge
                        in = 0.7 + 0.3 * sideCloseness(r, query.region(), s.box);
                    }
                    next.add(s.withRank(s.rank * in));
                }
                scored = next;
            }
        }
        if (query.region() == Region.ANYWHERE && depth == 0 && !scored.isEmpty()) {
            // an open modal dialog covers the page: what lies outside it cannot be clicked
            Optional<Box> dialog = scene.regions().find(Region.DIALOG);
            if (dialog.isPresent()) {
                Box d = dialog.get();
                List<Scored> next = new ArrayList<>();
                for (Scored s : scored) {
                    next.add(d.contains(s.box.center()) ? s : s.withRank(s.rank * 0.6));
                }
                scored = next;
            }
        }
        if (query.kind() != Kind.TEXT) {
            scored = mergeLabels(scored, query.kind());
            scored = intoFields(scene, scored, query.kind());
        }
        scored = dedupe(scored);
        scored.sort(Comparator.comparingDouble(Scored::rank).reversed());
        if (depth == 0 && !scored.isEmpty() && scored.get(0).match < 1.0) {
            // "Confirm" with a dialog open: its primary button, not a "Confirmed" badge on the page behind it
            Box first = scored.get(0).box;
            if (scene.regions().find(Region.DIALOG).filter(d -> !d.contains(first.center())).isPresent()) {
                Grounding primary = dialogPrimary(scene, query);
                if (primary != null) {
                    return primary;
                }
            }
        }
        if (!scored.isEmpty() && scored.get(0).match < OWNED_WORDS) {
            // "the on-shift toggle for Marta Silva": the words matched only loosely (another row's "Off shift"), so the
            // owner's one toggle goes before a namesake that may not be hers
            Grounding owned = ownersOnly(scene, query, depth);
            if (owned != null) {
                return owned;
            }
        }
        if (!scored.isEmpty() && scored.get(0).match < FOUND) {
            // a poor match ranked first by its place (the anchor's own words) must not hide a good match further off
            for (int i = 1; i < scored.size(); i++) {
                if (scored.get(i).match >= FOUND && scored.get(i).rank >= FOUND * 0.3) {
                    scored.add(0, scored.remove(i));
                    break;
                }
            }
        }
        if (scored.isEmpty() || scored.get(0).match < FOUND || scored.get(0).rank < FOUND * 0.3) {
            Grounding beside = besideLabel(scene, query, depth);
            if (beside != null) {
                return beside;
            }
            Grounding qualified = qualifierSplit(scene, query, depth);
            if (qualified != null) {
                return qualified;
            }
            Grounding owned = ownersOnly(scene, query, depth);
            if (owned != null) {
                return owned;
            }
            int ord = ordinalOf(query);
            Grounding cell = isGenericNoun(query) ? gridItem(scene, query) : null;
            if (cell != null) {
                return cell;
            }
            if (ord != 0 && isGenericNoun(query)) {
                Grounding item = listItem(scene, query, ord, scored);
                if (item != null) {
                    return item;
                }
            }
            Grounding only = onlyField(scene, query, depth);
            if (only != null) {
                return only;
            }
            Grounding stacked = stackedCard(scene, query);
            if (stacked != null) {
                return stacked;
            }
            Grounding all = selectAll(scene, query);
            if (all != null) {
                return all;
            }
            Grounding consent = consentBox(scene, query);
            if (consent != null) {
                return consent;
            }
            Grounding badge = countBadge(scene, query);
            if (badge != null) {
                return badge;
            }
            Grounding primary = dialogPrimary(scene, query);
            if (primary != null) {
                return primary;
            }
            if (query.kind() == Kind.RADIO && query.hasText() && depth == 0) {
                // "the Tardy radio in the Chloe Nguyen row" where the choices are a segmented row of buttons: the one
                // option reading so, whatever it is drawn as
                Query option = new Query(query.expression(), query.text(), query.quoted(), Kind.ANY, query.icons(),
                        query.ordinal(), query.relations(), query.region(), query.colour());
                Grounding any = resolve(scene, option, 1);
                if (any.isUnique() && any.score() >= FOUND && !"text".equals(any.evidence().get("kind"))) {
                    return any.withEvidence("reading", "no radio button reads so: the option that does");
                }
            }
            String what = describe(query);
            return Grounding.notFound(query.expression(), scene.screenshot().frame(),
                    "nothing on the screen matches " + what, candidates(top(scored, 5)));
        }
        Scored best = scored.get(0);
        if (best.match < STACKED_BELOW) {
            // "Sat 15" read as the "Sat" of a day button: the card's lines together may say it all
            Grounding stacked = stackedCard(scene, query);
            if (stacked != null && stacked.score() > best.match) {
                return stacked;
            }
        }
        // ordinals: the n-th of the equally good group in reading order
        int ordinal = query.ordinal();
        boolean byRow = false;
        for (Relation rel : query.relations()) {
            if (rel.type() == Relation.Type.ROW_ORDINAL) {
                ordinal = rel.rowOrdinal();
                byRow = true;
            }
        }
        Grounding cell = isGenericNoun(query) ? gridItem(scene, query) : null;
        if (cell != null) {
            return cell;
        }
        if (ordinal != 0 && isGenericNoun(query)) {
            Grounding item = listItem(scene, query, ordinal, scored);
            if (item != null) {
                return item;
            }
        }
        if (ordinal != 0) {
            List<Scored> group = new ArrayList<>();
            for (Scored s : scored) {
                if (s.match >= best.match - 0.1 && s.rank >= best.rank * 0.6) {
                    group.add(s);
                }
            }
            if (byRow) {
                // the largest set laid out as a list or grid (the best match may be a look-alike on its own)
                List<Scored> widest = List.of();
                for (Scored seed : group) {
                    List<Scored> cluster = aligned(group, seed);
                    if (cluster.size() > widest.size()) {
                        widest = cluster;
                    }
                }
                if (widest.size() > 1) {
                    group = new ArrayList<>(widest);
                } // no two laid out as a list (a table of one row): the rows are counted down the screen
            }
            group.sort(readingOrder(group));
            if (byRow && group.size() > 2 && headsRows(scene, group)) {
                // "the checkbox of the first shipment": the rows of things, not the select-all box in the column headings
                // or in the list's toolbar
                group.remove(0);
            }
            int index = ordinal > 0 ? ordinal - 1 : group.size() + ordinal;
            if (index < 0 || index >= group.size()) {
                return Grounding.notFound(query.expression(), scene.screenshot().frame(),
                        "asked for number " + ordinal + " of " + describe(query) + " but only " + group.size()
                                + " matched", candidates(group));
            }
            Scored pick = group.get(index);
            List<Scored> others = new ArrayList<>(group);
            others.remove(pick);
            return found(scene, query, pick, others, false, null);
        }
        List<Scored> others = scored.subList(1, Math.min(scored.size(), 6));
        if (scored.size() > 1) {
            Scored second = scored.get(1);
            if (second.rank >= best.rank * TIE && second.match >= best.match * TIE && distinct(best.box, second.box)) {
                List<Scored> tied = new ArrayList<>();
                for (Scored s : scored) {
                    if (s.rank >= best.rank * TIE && s.match >= best.match * TIE) {
                        tied.add(s);
                    }
                }
                List<Scored> controls = tied.stream().filter(s -> ACTIONABLE.contains(s.element.widget())).toList();
                if (query.kind() == Kind.ANY && controls.size() == 1 && controls.get(0).match >= 0.95
                        && tied.stream().allMatch(s -> s == controls.get(0) || s.element.widget() == null)) {
                    // "click Create": the one button reading it, not the same word in a dialog's title ("Create a channel")
                    Scored control = controls.get(0);
                    List<Scored> rest = new ArrayList<>(others);
                    rest.remove(control);
                    return found(scene, query, control, rest, false, null)
                            .withEvidence("over", "text reading the same words (" + (tied.size() - 1) + ")");
                }
                List<Scored> whole = tied.stream().filter(t -> sameWords(query.text(),
                        t.element.text().isEmpty() ? t.element.label() : t.element.text())).toList();
                List<Scored> filled = tied.stream().filter(t -> t.element.isText() && onFill(scene.screenshot(), t.box)).toList();
                if (query.kind() == Kind.ANY && filled.size() == 1 && whole.contains(filled.get(0))) {
                    // "press Save": the word on a filled button, not the same word in the dialog's title
                    Scored button = filled.get(0);
                    List<Scored> rest = new ArrayList<>(scored.subList(0, Math.min(scored.size(), 6)));
                    rest.remove(button);
                    return found(scene, query, button, rest, false, null)
                            .withEvidence("over", "the same words on no button (" + (tied.size() - 1) + ")");
                }
                return found(scene, query, best, others, true,
                        tied.size() + " elements match " + describe(query)
                                + " about equally well; say which one (e.g. 'the second', 'in the dialog', 'next to ...')");
            }
        }
        return found(scene, query, best, others, false, null);
    }

    /**
     * Whether the first of a column of controls counted by rows heads them rather than being a row of things: it sits
     * on a header row of capitals while the next does not, or no words stand on its line (a toolbar's select-all box
     * among icons) while the next two rows have theirs.
     */
    private static boolean headsRows(Scene scene, List<Scored> column) {
        Box first = column.get(0).box;
        Box second = column.get(1).box;
        if (onHeaderRow(scene, first) && !onHeaderRow(scene, second)) {
            return true;
        }
        return column.get(0).element.widget() == WidgetKind.CHECKBOX && !wordsOnLine(scene, first)
                && wordsOnLine(scene, second) && wordsOnLine(scene, column.get(2).box);
    }

    /** Whether words (two letters or more) stand on {@code box}'s line to its right, within a wide row's reach. */
    private static boolean wordsOnLine(Scene scene, Box box) {
        return scene.elements().stream().anyMatch(e -> onLineOf(e, box) && e.box().left() >= box.right()
                && e.box().left() - box.right() <= 480 && e.text().codePoints().filter(Character::isLetter).count() >= 2);
    }

    /** Whether {@code e} is text whose middle lies on {@code box}'s line (4 px of slack). */
    private static boolean onLineOf(Element e, Box box) {
        return e.isText() && e.box().centerY() >= box.top() - 4 && e.box().centerY() <= box.bottom() + 4;
    }

    /**
     * Whether {@code box} sits on a table's header row: two or more lines of text beside it on its line, every one
     * written in capitals ("SHIPMENT  RECIPIENT  STATUS").
     */
    private static boolean onHeaderRow(Scene scene, Box box) {
        List<Element> beside = scene.elements().stream().filter(e -> onLineOf(e, box) && !e.box().intersects(box)
                && e.text().codePoints().anyMatch(Character::isLetter)).toList();
        return beside.size() >= 2 && beside.stream().allMatch(e -> upper(e.text()))
                && beside.stream().anyMatch(e -> e.text().codePoints().filter(Character::isLetter).count() >= 3);
    }

    /**
     * The members of {@code group} laid out with {@code seed} as a list or a grid is: each shares a row or a
     * column with one already kept, starting from {@code seed}. "The second user's delete button" counts the
     * table's rows, not a look-alike icon in the sidebar.
     */
    private static List<Scored> aligned(List<Scored> group, Scored seed) {
        List<Scored> kept = new ArrayList<>(List.of(seed));
        List<Scored> left = new ArrayList<>(group);
        left.remove(seed);
        boolean grew = true;
        while (grew && !left.isEmpty()) {
            grew = false;
            for (java.util.Iterator<Scored> it = left.iterator(); it.hasNext();) {
                Scored s = it.next();
                boolean lines = kept.stream().anyMatch(k -> Math.abs(k.box.centerX() - s.box.centerX()) <= Math.max(k.box.width(), s.box.width()) / 2.0
                        || Math.abs(k.box.centerY() - s.box.centerY()) <= Math.max(k.box.height(), s.box.height()) / 2.0);
                if (lines) {
                    kept.add(s);
                    it.remove();
                    grew = true;
                }
            }
        }
        return kept;
    }

    /**
     * "the new todo field" on a page with one field, headed "todos": the only field there is, when a word
     * of the name appears in its label or text. The evidence says it was taken as the only one.
     */
    private Grounding onlyField(Scene scene, Query query, int depth) {
        if (depth > 0 || (query.kind() != Kind.FIELD && query.kind() != Kind.TEXT_AREA) || !query.hasText()
                || query.ordinal() != 0 || !query.relations().isEmpty()) {
            return null;
        }
        List<Element> fields = scene.elements().stream()
                .filter(e -> e.widget() == WidgetKind.TEXT_FIELD || e.widget() == WidgetKind.TEXT_AREA).toList();
        if (fields.size() != 1) {
            return null;
        }
        Element f = fields.get(0);
        List<String> own = TextMatch.stems(TextMatch.words(f.label() + " " + f.text()));
        boolean shares = TextMatch.stems(TextMatch.words(query.text())).stream().anyMatch(w -> w.length() >= 3 && own.contains(w));
        if (!shares) {
            return null;
        }
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("kind", "text field");
        evidence.put("text", f.text());
        evidence.put("label", f.label());
        evidence.put("only", "the only field on the screen, its label or text sharing a word with '" + query.text() + "'");
        return Grounding.found(query.expression(), scene.screenshot().frame(), f.box(), f.box().center(), 0.6, List.of(), evidence);
    }

    /**
     * "the Remember me checkbox" when no checkbox carries that label: find the text, then the control
     * of that kind beside it (fields below or right of it; checkables in its row), or failing that a
     * mark in the pixels beside the label.
     */
    private Grounding besideLabel(Scene scene, Query query, int depth) {
        if (depth > 0) {
            return null;
        }
        if (!query.hasText()) {
            // "the toggle for Weekly digest", "the checkbox next to Remember me": the anchor is the label
            if (query.relations().size() != 1) {
                return null;
            }
            Relation rel = query.relations().get(0);
            if (rel.type() != Relation.Type.OWNER && rel.type() != Relation.Type.NEXT_TO && rel.type() != Relation.Type.SAME_ROW) {
                return null;
            }
            Query q = parser.parse(rel.anchor());
            if (!q.hasText() || q.kind() != Kind.ANY) {
                return null;
            }
            return besideLabel(scene, new Query(query.expression(), q.text(), q.quoted(), query.kind(), List.of(), 0,
                    List.of(), query.region()), depth);
        }
        // "the YouTube Music switch in the Distribution section": the label is looked for in that section
        if (!query.relations().stream().allMatch(r -> r.type() == Relation.Type.SECTION)) {
            return null;
        }
        boolean checkable = switch (query.kind()) {
            case CHECKBOX, RADIO, TOGGLE, CHECKABLE -> true;
            default -> false;
        };
        boolean field = switch (query.kind()) {
            case FIELD, TEXT_AREA, DROPDOWN, BOX -> true;
            default -> false;
        };
        boolean control = switch (query.kind()) {
            case CONTROL, SLIDER, PROGRESS, KNOB -> true;
            default -> false;
        };
        if (!checkable && !field && !control) {
            return null;
        }
        Query labelQuery = new Query(query.expression(), query.text(), query.quoted(), Kind.TEXT, List.of(), 0,
                query.relations(), query.region());
        Grounding label = resolve(scene, labelQuery, depth + 1);
        if (!label.isFound() || label.score() < 0.75) {
            return null;
        }
        Box lb = label.requireBox();
        Query kindOnly = new Query(query.expression(), "", false, query.kind(), List.of(), 0,
                List.of(Relation.to(checkable ? Relation.Type.SAME_ROW : Relation.Type.NEAR, "")), query.region());
        List<Scored> near = new ArrayList<>();
        for (Scored s : score(scene, new Query(query.expression(), "", false, query.kind(), List.of(), 0, List.of(),
                query.region()))) {
            double r;
            if (control) {
                r = 1.0 / (1 + s.box.gapTo(lb) / (2.0 * Math.max(10, lb.height())));
            } else if (checkable) {
                r = relation(Relation.Type.SAME_ROW, s.box, lb);
            } else if (s.element.labelBox() != null && s.element.labelBox().top() >= lb.bottom()
                    && s.element.labelBox().bottom() <= s.box.top() + 2 && s.element.labelBox().iou(lb) < 0.5) {
                r = 0; // a field under a caption of its own ("Expected close date") is not the field of the caption above
            } else {
                boolean belowOrRight = s.box.top() >= lb.top() - lb.height() && s.box.left() >= lb.left() - 3 * lb.height();
                r = belowOrRight ? 1.0 / (1 + s.box.gapTo(lb) / (3.0 * Math.max(10, lb.height()))) : 0;
            }
            boolean isText = scene.lines().stream().anyMatch(l -> l.box().iou(s.box) > 0.5);
            if (r > 0.3 && !isText) {
                near.add(s.withRank(r));
            }
        }
        near.sort(Comparator.comparingDouble(Scored::rank).reversed());
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("label", label.evidence().getOrDefault("text", query.text()));
        evidence.put("query", describe(kindOnly));
        if (!near.isEmpty() && (near.size() == 1 || near.get(1).rank < near.get(0).rank * TIE)) {
            Scored best = near.get(0);
            evidence.put("kind", best.element.kindLabel());
            if (checkable) {
                evidence.put("state", best.element.state().name().toLowerCase(Locale.ROOT));
            }
            return Grounding.found(query.expression(), scene.screenshot().frame(), best.box, best.box.center(),
                    0.7 * best.rank + 0.2, candidates(near.subList(1, near.size())), evidence);
        }
        if (control) {
            Optional<Box> blob = ControlProbe.graphicNear(scene.screenshot(), lb);
            if (blob.isPresent()) {
                evidence.put("kind", "control");
                evidence.put("source", "pixels beside the label");
                return Grounding.found(query.expression(), scene.screenshot().frame(), blob.get(), blob.get().center(), 0.65,
                        List.of(), evidence);
            }
        }
        if (field && query.kind() != Kind.DROPDOWN) {
            Optional<Box> box = ControlProbe.fieldBelow(scene.screenshot(), lb);
            if (box.isPresent()) {
                evidence.put("kind", "text field");
                evidence.put("source", "pixels under the label");
                return Grounding.found(query.expression(), scene.screenshot().frame(), box.get(), box.get().center(), 0.65,
                        List.of(), evidence);
            }
        }
        if (checkable) {
            Optional<Box> mark = query.kind() == Kind.TOGGLE
                    ? ControlProbe.switchInRow(scene.screenshot(), lb, scene.bounds(), scene.lines().stream().map(l -> l.box()).toList())
                    : ControlProbe.checkableBeside(scene.screenshot(), lb);
            if (mark.isEmpty() && query.kind() == Kind.TOGGLE) {
                mark = ControlProbe.checkableBeside(scene.screenshot(), lb);
            }
            if (mark.isEmpty() && query.kind() == Kind.TOGGLE) {
                mark = ControlProbe.graphicNear(scene.screenshot(), lb);
            }
            if (mark.isPresent()) {
                evidence.put("kind", query.kind() == Kind.TOGGLE ? "toggle" : "checkbox");
                evidence.put("source", "pixels beside the label");
                if (query.kind() == Kind.TOGGLE) {
                    // a switch that is on is filled with a colour; off is grey
                    java.util.Set<String> colours = Colours.of(scene.screenshot(), mark.get());
                    boolean vivid = colours.stream().anyMatch(c -> !c.equals("grey") && !c.equals("white") && !c.equals("black"));
                    evidence.put("state", vivid ? "on" : "off");
                }
                return Grounding.found(query.expression(), scene.screenshot().frame(), mark.get(), mark.get().center(), 0.7,
                        List.of(), evidence);
            }
        }
        return null;
    }

    /**
     * "the sender phone" when nothing reads so: the leading words may name a section or owner
     * ("Sender") and the rest the element ("Phone") in it.
     */
    private Grounding qualifierSplit(Scene scene, Query query, int depth) {
        if (depth > 0 || query.quoted() || !query.relations().isEmpty() || query.ordinal() != 0) {
            return null;
        }
        List<String> words = List.of(query.text().split(" "));
        if (words.size() < 2 || words.size() > 6) {
            return null;
        }
        Grounding best = null;
        for (int k = 1; k < words.size(); k++) {
            String owner = String.join(" ", words.subList(0, k));
            String rest = String.join(" ", words.subList(k, words.size()));
            Grounding named = anchor(scene, owner, depth + 1);
            if (!named.isFound() || "icon".equals(named.evidence().get("kind"))) {
                continue; // a qualifier is words written on the screen, not an icon's meaning ("Delete" for a cross)
            }
            Query q = new Query(query.expression(), rest, false, query.kind(), query.icons(), 0,
                    List.of(Relation.to(Relation.Type.SECTION, owner)), query.region(), query.colour());
            Grounding g = resolve(scene, q, depth + 1);
            if (g.isUnique() && g.score() >= 0.5 && (best == null || g.score() > best.score())) {
                best = g;
            }
        }
        return best;
    }

    /**
     * "Wednesday the 12th" on a week strip whose day buttons read "Wed", "12", "12 open" in lines one under
     * another: the words of a small card or tile, read top to bottom, may say together what no line says
     * alone. Tried when nothing else matched; the card is the answer, and two such cards are ambiguous. A place
     * it is said to be in ("in the week strip") does not stop it: that place was already found or not found.
     */
    private Grounding stackedCard(Scene scene, Query query) {
        boolean placesOnly = query.relations().stream().allMatch(r -> r.type() == Relation.Type.INSIDE);
        if (!query.hasText() || query.ordinal() != 0 || !placesOnly || TextMatch.words(query.text()).size() < 2
                || query.kind() != Kind.ANY && query.kind() != Kind.BUTTON) {
            return null;
        }
        double dpr = scene.screenshot().devicePixelRatio();
        Map<Box, Double> cards = new LinkedHashMap<>();
        int tried = 0;
        String wanted = calendarWords(query.text());
        for (Element e : scene.elements()) {
            if (tried >= STACKED_TRIES) {
                break;
            }
            if (!e.isText() || TextMatch.partial(wanted, calendarWords(e.text())) < 0.25) {
                continue;
            }
            tried++;
            Optional<Box> card = scene.regions().tileAround(e.box());
            if (card.isEmpty() || cards.containsKey(card.get()) || card.get().width() > 320 * dpr || card.get().height() > 160 * dpr) {
                continue;
            }
            Box c = card.get();
            String words = scene.lines().stream().filter(l -> c.contains(l.box().center()))
                    .sorted(Comparator.comparingInt((TextLine l) -> l.box().top()).thenComparingInt(l -> l.box().left()))
                    .map(TextLine::text).collect(java.util.stream.Collectors.joining(" "));
            cards.put(c, TextMatch.containment(query.text(), words));
        }
        List<Map.Entry<Box, Double>> good = cards.entrySet().stream().filter(e -> e.getValue() >= FOUND)
                .sorted(Map.Entry.<Box, Double>comparingByValue().reversed()).toList();
        if (good.isEmpty()) {
            return null;
        }
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("kind", "card");
        evidence.put("query", describe(query));
        evidence.put("source", "the lines of a small card read together");
        Box best = good.get(0).getKey();
        double score = good.get(0).getValue();
        List<Candidate> others = new ArrayList<>();
        for (int i = 1; i < good.size(); i++) {
            others.add(new Candidate(good.get(i).getKey(), good.get(i).getValue(), "card", ""));
        }
        if (good.size() > 1 && good.get(1).getValue() >= score * TIE) {
            return Grounding.ambiguous(query.expression(), scene.screenshot().frame(), best, best.center(), score, others,
                    evidence, good.size() + " cards read about equally like '" + query.text() + "'");
        }
        return Grounding.found(query.expression(), scene.screenshot().frame(), best, best.center(), score, others, evidence);
    }

    private static String calendarWords(String text) {
        return String.join(" ", TextMatch.stems(TextMatch.words(text)));
    }

    /**
     * "the select-all checkbox" with no such words on the screen: the box heading a column of row checkboxes (a
     * table's or a message list's), the topmost of its column with at least two below it and no caption of its own.
     */
    private Grounding selectAll(Scene scene, Query query) {
        if (!SELECT_ALL.matcher(TextMatch.fold(query.text())).matches() || !mayBeCheckbox(query)) {
            return null;
        }
        List<Element> boxes = scene.elements().stream().filter(e -> e.widget() == WidgetKind.CHECKBOX).toList();
        List<Element> heads = new ArrayList<>();
        List<Element> captioned = new ArrayList<>();
        Map<Element, Long> rows = new java.util.HashMap<>();
        for (Element b : boxes) {
            int slack = Math.max(4, b.box().width()); // a toolbar's box may sit a little off the rows' column
            long below = boxes.stream().filter(o -> o != b && Math.abs(o.box().centerX() - b.box().centerX()) <= slack
                    && o.box().top() >= b.box().bottom()).count();
            boolean above = boxes.stream().anyMatch(o -> o != b && Math.abs(o.box().centerX() - b.box().centerX()) <= slack
                    && o.box().bottom() <= b.box().top());
            boolean unnamed = b.label().isBlank() || SELECT_ALL.matcher(TextMatch.fold(b.label())).matches();
            if (below >= 2 && !above) {
                (unnamed ? heads : captioned).add(b);
                rows.put(b, below);
            }
        }
        if (heads.isEmpty() && !captioned.isEmpty()) {
            // a header row's box takes the first column's title beside it ("EMPLOYEE") for its caption: the one over the
            // most rows, as a captioned box heading a short column may be anything
            long most = captioned.stream().mapToLong(rows::get).max().orElse(0);
            heads = captioned.stream().filter(b -> rows.get(b) == most).toList();
        }
        return oneCheckbox(scene, query, heads, "the box heading a column of row checkboxes",
                heads.size() + " boxes head a column of row checkboxes");
    }

    /**
     * "the consent checkbox", "the terms box" with no such words shown: the checkbox whose caption gives consent
     * ("I agree to the privacy notice…", "I accept the terms", "I have read…"); two such boxes are ambiguous.
     */
    private Grounding consentBox(Scene scene, Query query) {
        if (!CONSENT.matcher(TextMatch.fold(query.text())).matches() || !mayBeCheckbox(query)) {
            return null;
        }
        List<Element> boxes = scene.elements().stream().filter(e -> e.widget() == WidgetKind.CHECKBOX
                && AGREEING.matcher(TextMatch.fold(captionBeside(scene, e))).lookingAt()).toList();
        return oneCheckbox(scene, query, boxes, "the box whose caption gives consent", boxes.size() + " boxes give consent");
    }

    private static final java.util.regex.Pattern PAGE = java.util.regex.Pattern.compile("page (\\d{1,3})");

    /**
     * "page 2", "Go to page 2 of the shipments list": the number in a pager, a row of page numbers ("1 2 3", "‹ 1 2 ›"),
     * not any "2" (a tab's count, a quantity). Not found when no pager shows it, so the caller scrolls for one; null
     * when the words ask for no page.
     */
    private Grounding pageOfPager(Scene scene, Query query) {
        java.util.regex.Matcher m = PAGE.matcher(TextMatch.fold(query.text()));
        if (!m.matches() || query.quoted()) {
            return null;
        }
        int wanted = Integer.parseInt(m.group(1));
        List<Element> numbers = scene.elements().stream()
                .filter(e -> e.text().strip().matches("\\d{1,3}") && e.box().height() <= 48).toList();
        List<Element> hits = new ArrayList<>();
        for (Element n : numbers) {
            if (Integer.parseInt(n.text().strip()) != wanted) {
                continue;
            }
            // another page number on its line, close beside it and one apart (or the next but one, past an ellipsis)
            boolean paged = numbers.stream().anyMatch(o -> o != n && Math.abs(o.box().centerY() - n.box().centerY()) <= 4
                    && Math.abs(o.box().centerX() - n.box().centerX()) <= 6 * Math.max(n.box().height(), 16)
                    && Math.abs(Integer.parseInt(o.text().strip()) - wanted) <= 2);
            if (paged) {
                hits.add(n);
            }
        }
        if (hits.size() == 1) {
            return Grounding.found(query.expression(), scene.screenshot().frame(), hits.get(0).box(), null, 0.9, List.of(),
                    Map.of("kind", hits.get(0).isText() ? "text" : "button", "text", hits.get(0).text(), "reading", "page " + wanted + " of the pager"));
        }
        if (hits.isEmpty()) {
            return Grounding.notFound(query.expression(), scene.screenshot().frame(), "no pager (a row of page numbers) shows page "
                    + wanted, candidates(numbers.stream().map(e -> new Scored(e, e.box(), e.text(), 0.3, 0.3)).limit(5).toList()));
        }
        return null; // two pagers (above and below a list): the usual rules and relations decide
    }

    /** Words that name a grid's cell by what it holds: "the Quiz 2 score for Ethan", "the Unit 1 Test cell of Jonah's row". */
    private static final java.util.regex.Pattern CELL_NOUN = java.util.regex.Pattern.compile("\\b(?:cell|score|grade)\\b");
    /** The cell noun ending the words asked for ("quiz 2 score"), or "cell" taken as the kind ("the Quiz 2 cell"). */
    private static final java.util.regex.Pattern ENDS_IN_CELL_NOUN = java.util.regex.Pattern.compile("(?:^|\\s)(?:score|grade)$");
    private static final java.util.regex.Pattern CELL_WORD = java.util.regex.Pattern.compile("\\bcell\\b");
    /** What a planner or a tester may add after a row's or a column's name. */
    private static final java.util.regex.Pattern CELL_TAIL = java.util.regex.Pattern.compile(
            "(?:(?:'s|’s) row|\\s+(?:row|column|field|box|input|cell|score|grade))+$");

    /**
     * "Ethan Brooks's score for Quiz 2", "the Quiz 2 score for Ethan Brooks", "the Unit 1 Test cell of Jonah Reyes's row":
     * a grid's cell named by its column's heading and its row's name, whatever it holds (a number, an "M" pill, an
     * empty input). The element under the heading on the row's line; the cell's own place when nothing is seen there.
     * Null unless the words name a cell and both names are found, the heading above the row.
     */
    private Grounding gridCell(Scene scene, Query query) {
        String expr = TextMatch.fold(query.expression());
        boolean cellKind = query.kind() == Kind.BOX && CELL_WORD.matcher(expr).find();
        if (!CELL_NOUN.matcher(expr).find() || !cellKind && !ENDS_IN_CELL_NOUN.matcher(TextMatch.fold(query.text())).find()) {
            return null; // "Mark all as read in the panel", "the score card": no cell of a grid
        }
        List<String> owners = new ArrayList<>();
        for (Relation r : query.relations()) {
            if (r.type() == Relation.Type.OWNER || r.type() == Relation.Type.SAME_ROW || r.type() == Relation.Type.INSIDE) {
                owners.add(CELL_TAIL.matcher(r.anchor().replaceFirst("^(?:the|a|an) ", "")).replaceFirst("").strip());
            } else if (r.type() != Relation.Type.ROW_ORDINAL) {
                return null; // "the score next to …": a relation of another kind says where
            }
        }
        String own = CELL_TAIL.matcher(" " + TextMatch.fold(query.text())).replaceFirst("").strip();
        List<String[]> tries = new ArrayList<>(); // {column, row}
        if (!own.isEmpty() && owners.size() == 1) {
            tries.add(new String[] {own, owners.get(0)});
        } else if (own.isEmpty() && owners.size() == 2) {
            tries.add(new String[] {owners.get(0), owners.get(1)});
            tries.add(new String[] {owners.get(1), owners.get(0)});
        }
        for (String[] t : tries) {
            if (t[0].isBlank() || t[1].isBlank()) {
                continue;
            }
            Grounding row = resolve(scene, parser.parse(t[1]), 1);
            Grounding column = resolve(scene, parser.parse(t[0]), 1);
            if (!row.isFound() || !column.isFound()) {
                continue;
            }
            Box r = row.requireBox();
            // the heading: of the column's matches, the nearest above the row
            List<Box> headings = new ArrayList<>(List.of(column.requireBox()));
            column.alternatives().stream().filter(c -> c.score() >= column.score() * TIE).forEach(c -> headings.add(c.box()));
            Box heading = headings.stream().filter(h -> h.bottom() <= r.top()).max(Comparator.comparingInt(Box::bottom)).orElse(null);
            if (heading == null) {
                continue;
            }
            int band = Math.max(8, r.height());
            Box line = new Box(heading.left(), r.top() - band, heading.right(), r.bottom() + band);
            Element best = null;
            for (Element e : scene.elements()) {
                Box b = e.box();
                boolean under = b.centerX() >= heading.left() - 4 && b.centerX() <= heading.right() + 4;
                if (!under || !line.contains(b.center()) || b.equals(r) || b.height() > 3 * band) {
                    continue;
                }
                boolean control = !e.isText();
                if (best == null || control && best.isText()
                        || control == !best.isText() && Math.abs(b.centerY() - r.centerY()) < Math.abs(best.box().centerY() - r.centerY())) {
                    best = e;
                }
            }
            Box box = best != null ? best.box() : new Box(heading.left(), (int) r.centerY() - band / 2, heading.right(),
                    (int) r.centerY() + band / 2);
            Map<String, String> evidence = new LinkedHashMap<>();
            evidence.put("kind", best == null ? "cell" : best.isText() ? "text" : best.widget().toString().toLowerCase(Locale.ROOT).replace('_', ' '));
            evidence.put("text", best == null ? "" : best.text());
            evidence.put("reading", "the cell under '" + t[0] + "' in the row of '" + t[1] + "'");
            return Grounding.found(query.expression(), scene.screenshot().frame(), box, null, 0.85, List.of(), evidence);
        }
        return null;
    }

    private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile("[1-9]\\d?\\+?");

    /**
     * "the bell icon", "the notifications icon" with no bell seen: a count badge drawn over a small bell may hide all of
     * it, and the count is where the bell is. The one icon reading a count (in the region asked for); several are
     * ambiguous (messages and notifications each with theirs), none is null.
     */
    private Grounding countBadge(Scene scene, Query query) {
        boolean bellOnly = TextMatch.words(query.text()).stream().allMatch(w -> IconKind.BELL.words().contains(w));
        if (!query.icons().contains(IconKind.BELL) || query.kind() != Kind.ICON && query.kind() != Kind.ANY || !bellOnly) {
            return null; // "SMS alerts" names a setting, not the bell
        }
        Optional<Box> region = query.region() == Region.ANYWHERE ? Optional.empty() : scene.regions().find(query.region());
        int most = (int) Math.round(48 * scene.screenshot().devicePixelRatio());
        List<Element> badges = scene.elements().stream()
                .filter(e -> e.widget() == WidgetKind.ICON && COUNT.matcher(e.text().strip()).matches()
                        && e.box().width() <= most && e.box().height() <= most
                        && region.map(r -> r.contains(e.box().center())).orElse(true))
                .toList();
        if (badges.isEmpty()) {
            return null;
        }
        Element first = badges.get(0);
        Map<String, String> evidence = Map.of("kind", "icon", "text", first.text(), "reading",
                "no bell seen: the count badge that covers it");
        if (badges.size() > 1) {
            List<Candidate> others = badges.subList(1, badges.size()).stream()
                    .map(e -> new Candidate(e.box(), 0.7, "icon", e.text())).toList();
            return Grounding.ambiguous(query.expression(), scene.screenshot().frame(), first.box(), null, 0.7, others, evidence,
                    badges.size() + " count badges are shown and no bell");
        }
        return Grounding.found(query.expression(), scene.screenshot().frame(), first.box(), null, 0.7, List.of(), evidence);
    }

    /**
     * A checkbox's caption: its label, or else the text starting just right of it that the box sits beside though on no
     * one line of it (a caption of two lines, the box centred between them).
     */
    private static String captionBeside(Scene scene, Element box) {
        if (!box.label().isBlank()) {
            return box.label();
        }
        Box b = box.box();
        return scene.lines().stream()
                .filter(l -> l.box().left() >= b.right() && l.box().left() - b.right() <= 4 * Math.max(8, b.width())
                        && l.box().bottom() >= b.top() - b.height() && l.box().top() <= b.bottom() + b.height())
                .sorted(Comparator.comparingInt((dev.seepoint.perception.text.TextLine l) -> l.box().top()))
                .map(dev.seepoint.perception.text.TextLine::text).collect(java.util.stream.Collectors.joining(" "));
    }

    /** The one checkbox of {@code boxes}, found for {@code source}; several are ambiguous, none is null. */
    private static Grounding oneCheckbox(Scene scene, Query query, List<Element> boxes, String source, String several) {
        if (boxes.isEmpty()) {
            return null;
        }
        Element first = boxes.get(0);
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("kind", "checkbox");
        if (!first.label().isBlank()) {
            evidence.put("label", first.label());
        }
        evidence.put("state", first.state().name().toLowerCase(Locale.ROOT));
        evidence.put("source", source);
        List<Candidate> others = boxes.subList(1, boxes.size()).stream()
                .map(e -> new Candidate(e.box(), 0.75, "checkbox", e.label())).toList();
        Box b = first.box();
        return boxes.size() == 1
                ? Grounding.found(query.expression(), scene.screenshot().frame(), b, b.center(), 0.75, others, evidence)
                : Grounding.ambiguous(query.expression(), scene.screenshot().frame(), b, b.center(), 0.75, others, evidence, several);
    }

    /** Below this, words matched do not outweigh the owner's place for a control named by what it sets. */
    private static final double OWNED_WORDS = 0.8;

    /** Kinds of control a person's or item's row usually holds one of, named by what it sets. */
    private static final java.util.Set<Kind> OWNED_CONTROLS = java.util.EnumSet.of(Kind.TOGGLE, Kind.CHECKBOX, Kind.CHECKABLE, Kind.DROPDOWN);

    /**
     * "Lena Novak's on-shift toggle", "the availability switch for Luis": no toggle is captioned so (the row shows
     * "Off shift" beside it, or nothing), but the owner's row or card holds exactly one of the kind: that one. Null when
     * the query names no owner, or the owner's place holds none or several.
     */
    private Grounding ownersOnly(Scene scene, Query query, int depth) {
        if (depth > 0 || query.quoted() || !query.hasText() || !OWNED_CONTROLS.contains(query.kind())
                || query.relations().size() != 1 || query.relations().get(0).type() != Relation.Type.OWNER) {
            return null;
        }
        Query kindOnly = new Query(query.expression(), "", false, query.kind(), List.of(), query.ordinal(), query.relations(),
                query.region(), query.colour());
        Grounding only = resolve(scene, kindOnly, depth + 1);
        if (!only.isUnique() || only.score() < FOUND) {
            return null;
        }
        return only.withEvidence("reading", "nothing there reads '" + query.text() + "': the one "
                + query.kind().name().toLowerCase(Locale.ROOT) + " of " + query.relations().get(0).anchor());
    }

    /** What a name's nearness is worth where the same name elsewhere heads a card holding the thing asked for. */
    private static final double UNCARDED = 0.7;

    /** Words that ask for whatever button confirms a dialog, when none of its buttons says them. */
    private static final java.util.regex.Pattern CONFIRMING = java.util.regex.Pattern.compile("confirm|ok|okay|proceed");
    /** What a dialog's other buttons say: they close it without doing its deed. */
    private static final java.util.regex.Pattern DISMISSING = java.util.regex.Pattern.compile(
            "(?:cancel|close|back|go back|no|no thanks|not now|later|maybe later|dismiss|never ?mind|skip|keep (?:it|editing|.{1,30}))");

    /**
     * "the Confirm button" where the open dialog's buttons say what they do ("Seat at T9", "Transfer $120") and none
     * says Confirm: the dialog's primary button, the one button on its last row of buttons filled with a strong colour
     * (or, when no button there is filled, the one button that does not dismiss it). Null without a dialog, when the
     * words ask for something else, or when the last row holds no such single button.
     */
    private Grounding dialogPrimary(Scene scene, Query query) {
        if (query.quoted() || query.ordinal() != 0 || !query.relations().isEmpty()
                || query.kind() != Kind.BUTTON && query.kind() != Kind.ANY
                || !CONFIRMING.matcher(TextMatch.fold(query.text())).matches()) {
            return null;
        }
        Optional<Box> dialog = scene.regions().find(Region.DIALOG);
        if (dialog.isEmpty()) {
            return null;
        }
        Box d = dialog.get();
        Screenshot shot = scene.screenshot();
        List<Element> buttons = new ArrayList<>();
        for (Element e : scene.elements()) {
            boolean button = e.widget() == WidgetKind.BUTTON || e.isText() && onFill(shot, e.box());
            if (button && d.contains(e.box().center()) && e.box().centerY() > d.centerY() && !e.text().isBlank()
                    && buttons.stream().noneMatch(b -> b.box().contains(e.box().center()) || e.box().contains(b.box().center()))) {
                buttons.add(e);
            }
        }
        // the footer: the lowest row of buttons (a dialog's choices above it may be buttons too, one of them filled)
        double last = buttons.stream().mapToDouble(e -> e.box().centerY()).max().orElse(0);
        List<Element> footer = buttons.stream().filter(e -> last - e.box().centerY() <= 12).toList();
        List<Element> acting = footer.stream().filter(e -> !DISMISSING.matcher(TextMatch.fold(e.text())).matches()).toList();
        List<Element> filled = acting.stream().filter(e -> strongFill(shot, e)).toList();
        Element chosen = filled.size() == 1 ? filled.get(0) : filled.isEmpty() && acting.size() == 1 ? acting.get(0) : null;
        if (chosen == null) {
            return null;
        }
        return Grounding.found(query.expression(), scene.screenshot().frame(), chosen.box(), chosen.box().center(), 0.8, List.of(),
                Map.of("kind", "button", "text", chosen.text(),
                        "reading", "no button says '" + query.text() + "': the dialog's primary button"));
    }

    /** Whether a button is filled with a strong colour (a primary button), not white, light grey or outlined. */
    private static boolean strongFill(Screenshot shot, Element button) {
        Box b = button.box().clip(shot.size());
        if (b.height() < 6 || b.width() < 6) {
            return false;
        }
        // for a button, the rows just inside its top and bottom edges; for words on a fill, the rows just round them
        int inset = button.isText() ? -Math.max(2, b.height() / 4) : 3;
        int p = dominant(shot, b.left() + 4, b.right() - 4, 0.6, b.top() + inset, b.bottom() - 1 - inset);
        if (p < 0) {
            return false;
        }
        int r = p >> 16 & 0xFF;
        int g = p >> 8 & 0xFF;
        int bl = p & 0xFF;
        int max = Math.max(r, Math.max(g, bl));
        int min = Math.min(r, Math.min(g, bl));
        return max - min >= 60 || max < 110; // a vivid colour, or dark
    }

    /** A query that may name a checkbox: one of that kind, any checkable, or no kind at all. */
    private static boolean mayBeCheckbox(Query query) {
        return query.kind() == Kind.CHECKBOX || query.kind() == Kind.CHECKABLE || query.kind() == Kind.ANY || query.kind() == Kind.BOX;
    }

    private static final java.util.regex.Pattern CONSENT = java.util.regex.Pattern.compile(
            "(?:consent|agreement|agree|accept|acceptance|legal|gdpr|terms(?: and conditions| of (?:service|use))?|"
                    + "privacy(?: policy| notice| consent)?|t ?& ?cs?|tos|confirmation|declaration|"
                    + "(?:confirm|certify|declare)(?:ing|s)?(?: (?:that )?(?:the|my|your|all|this) [a-z ]{2,60})?)(?: box| checkbox| tick ?box)?");
    private static final java.util.regex.Pattern AGREEING = java.util.regex.Pattern.compile(
            "(?:i |we )?(?:hereby )?(?:agree|accept|consent|have read|acknowledge|confirm|certify|declare|understand and agree)\\b");

    private static final java.util.regex.Pattern SELECT_ALL = java.util.regex.Pattern.compile(
            "(?:select|check|tick)[ -]?all(?: (?:rows|messages|items|emails|users|mails))?|all");

    /** A best match below this may lose to a card whose lines read the query together ({@link #stackedCard}). */
    private static final double STACKED_BELOW = 0.8;

    /**
     * Colour swatches come as a palette: a row of three or more round or square marks of one size, big enough to
     * click. A lone mark of the colour asked for (a badge, a dot in a picture) counts for less.
     */
    private static List<Scored> inPalettes(List<Scored> scored) {
        List<Scored> out = new ArrayList<>();
        for (Scored s : scored) {
            Box b = s.box;
            long siblings = scored.stream().filter(o -> o != s && Math.abs(o.box.top() - b.top()) <= 3
                    && Math.abs(o.box.width() - b.width()) <= 3 && Math.abs(o.box.height() - b.height()) <= 3
                    && Math.abs(o.box.centerX() - b.centerX()) <= 6L * b.width()).count();
            double aspect = b.width() / (double) Math.max(1, b.height());
            boolean mark = aspect >= 0.8 && aspect <= 1.25 && Math.min(b.width(), b.height()) >= 14;
            out.add(siblings >= 2 && mark ? s : s.withRank(s.rank * (mark ? 0.6 : 0.3)));
        }
        return out;
    }

    /** An anchor naming a time shown on the screen: "the time", "the timestamp", "the duration". */
    private static final java.util.regex.Pattern TIME_NOUN = java.util.regex.Pattern.compile(
            "(?:current |elapsed |playback )?(?:time|timestamp|timer|clock|duration|time code|timecode)");
    /** A time as screens write it: "04:12", "1:05:33", "11:38". */
    private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile("(?<![\\d:])\\d{1,2}:\\d{2}(?::\\d{2})?(?![\\d:])");

    /** Most partly matching lines whose card {@link #stackedCard} reads. */
    private static final int STACKED_TRIES = 8;

    /**
     * The element an anchor names; when the words name no such element, the words alone
     * ("the privacy checkboxes" falls back to the text "privacy"); an ambiguous anchor gives its best.
     */
    /**
     * An anchor named by a control's kind and a name not read on it ("the branch selector", a dropdown showing "main"):
     * the controls of that kind, or null when the words name no kind or none is seen.
     */
    private Grounding anchorByKind(Scene scene, String expression, int depth) {
        Query a = parser.parse(expression);
        if (a.kind() == Kind.ANY || a.kind() == Kind.TEXT || !a.hasText() || !a.relations().isEmpty() || a.ordinal() != 0) {
            return null;
        }
        Query kindOnly = new Query(a.expression(), "", false, a.kind(), List.of(), 0, List.of(), a.region(), a.colour());
        Grounding g = resolve(scene, kindOnly, depth);
        return g.isFound() ? g : null;
    }

    /** "My vehicles" written so on the screen, once: that heading, not the "Vehicles" tab; null otherwise. */
    private Grounding possessive(Scene scene, String expression, Query parsed, int depth) {
        Query words = parser.parsePossessive(expression, parsed);
        if (words == null) {
            return null;
        }
        Grounding whole = resolve(scene, words, Math.max(1, depth));
        return whole.isUnique() && whole.score() >= 0.95 ? whole : null;
    }

    private Grounding anchor(Scene scene, String expression, int depth) {
        Query q = parser.parse(expression);
        Grounding g = resolve(scene, q, depth);
        Grounding owned = possessive(scene, expression, q, depth);
        if (owned != null) {
            return owned;
        }
        // a "Time" caption stands for itself; the word inside a sentence ("time goes on the x-axis") does not
        String named = TextMatch.fold(q.text());
        if (TIME_NOUN.matcher(named).matches() && scene.elements().stream().noneMatch(e -> TextMatch.fold(e.text()).equals(named))) {
            // "next to the time": a clock or a player's "04:12 / 11:38" is the time, whatever word labels it
            List<Element> clocks = scene.elements().stream().filter(e -> CLOCK.matcher(e.text()).find()).toList();
            if (clocks.size() == 1) {
                Element clock = clocks.get(0);
                return Grounding.found(expression, scene.screenshot().frame(), clock.box(), null, 0.9, List.of(),
                        Map.of("text", clock.text()));
            }
            if (clocks.size() > 1) {
                // several times shown (a player's, a note's): each may be the one meant; the relation chooses
                List<Candidate> others = clocks.subList(1, clocks.size()).stream()
                        .map(e -> new Candidate(e.box(), 0.9, "text", e.text())).toList();
                return Grounding.ambiguous(expression, scene.screenshot().frame(), clocks.get(0).box(), null, 0.9, others,
                        Map.of("text", clocks.get(0).text()), clocks.size() + " times are shown");
            }
        }
        if (!g.isFound() && q.kind() != Kind.ANY && q.hasText()) {
            // "the privacy checkboxes": the words "Privacy" where such controls are near them
            Query words = new Query(q.expression(), q.text(), q.quoted(), Kind.ANY, q.icons(), q.ordinal(),
                    q.relations(), q.region());
            List<Scored> texts = score(scene, words);
            List<Scored> controls = score(scene, new Query(q.expression(), "", false, q.kind(), List.of(), 0, List.of(),
                    Region.ANYWHERE));
            Scored best = null;
            double bestRank = 0;
            for (Scored t : texts) {
                if (t.match < FOUND) {
                    continue;
                }
                double near = 0;
                for (Scored c : controls) {
                    if (c.box.top() >= t.box.top() - t.box.height()) {
                        near = Math.max(near, 1.0 / (1 + c.box.gapTo(t.box) / (8.0 * Math.max(10, t.box.height()))));
                    }
                }
                double rank = t.match * (0.5 + 0.5 * near);
                if (rank > bestRank) {
                    bestRank = rank;
                    best = t;
                }
            }
            g = best != null && !controls.isEmpty()
                    ? Grounding.found(expression, scene.screenshot().frame(), best.box, null, best.match, List.of(),
                            Map.of("text", best.shown))
                    : resolve(scene, words, depth);
        }
        String digits = q.text().replaceAll("\\D+", " ").strip();
        if (g.isFound() && !digits.isEmpty()
                && !g.evidence().getOrDefault("text", "").replaceAll("\\D+", " ").strip().contains(digits)) {
            g = Grounding.notFound(expression, scene.screenshot().frame(), "the number " + digits + " is not on it", List.of());
        }
        if (!g.isFound() && q.hasText()) {
            // partial words: "order #1045" finds "#1045"
            List<Scored> partial = new ArrayList<>();
            for (Element e : scene.elements()) {
                double p = TextMatch.partial(q.text(), e.text().isEmpty() ? e.label() : e.text());
                if (p >= 0.3) {
                    partial.add(new Scored(e, e.box(), shown(e), p, p));
                }
            }
            partial.sort(Comparator.comparingDouble(Scored::rank).reversed());
            if (!partial.isEmpty()) {
                Scored best = partial.get(0);
                return Grounding.found(expression, scene.screenshot().frame(), best.box, null, best.match, List.of(),
                        Map.of("text", best.shown));
            }
        }
        return g;
    }

    private Grounding found(Scene scene, Query query, Scored best, List<Scored> others, boolean ambiguous, String reason) {
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("kind", best.element.kindLabel());
        if (!best.shown.isEmpty()) {
            evidence.put("text", best.shown);
        }
        if (!best.element.label().isEmpty()) {
            evidence.put("label", best.element.label());
        }
        if (best.element.widget() == WidgetKind.CHECKBOX || best.element.widget() == WidgetKind.RADIO
                || best.element.widget() == WidgetKind.TOGGLE || best.element.widget() == WidgetKind.TAB) {
            evidence.put("state", best.element.state().name().toLowerCase(Locale.ROOT));
        }
        IconKind drawn = drawn(best.element);
        if (drawn != null) {
            evidence.put("icon", drawn.words().get(0));
        }
        evidence.put("query", describe(query));
        List<Candidate> alternatives = candidates(others);
        double score = Math.min(1, best.rank);
        if (query.kind() != Kind.ANY && kindFactor(query.kind(), best.element) < 1) {
            // "the Holds tab" answered by a card's caption or a word in a sentence: no tab was seen; one may be elsewhere
            evidence.put("kind_seen", "false");
        }
        if (ambiguous) {
            return Grounding.ambiguous(query.expression(), scene.screenshot().frame(), best.box, best.box.center(), score,
                    alternatives, evidence, reason);
        }
        return Grounding.found(query.expression(), scene.screenshot().frame(), best.box, best.box.center(), score,
                alternatives, evidence);
    }

    /** Every element scored against the words and kind of the query. */
    /** Nouns for an item of a list, which is where its name is: "Olivia Brown's reservation", "the order for Ada". */
    private static final java.util.regex.Pattern ITEM_NOUN = java.util.regex.Pattern.compile("(?:reservation|booking|order|"
            + "appointment|ticket|entry|record|item|listing|request|application|invoice|shipment|conversation|thread|task|"
            + "issue|episode|trip|claim|case|stay|visit|delivery|subscription)s?");

    /** Kinds a text field never holds: the words inside one do not answer them. */
    private static final java.util.Set<Kind> FIELD_HELD = java.util.EnumSet.of(Kind.TAB, Kind.BUTTON, Kind.LINK, Kind.ICON,
            Kind.CHECKBOX, Kind.RADIO, Kind.TOGGLE, Kind.CHECKABLE);

    List<Scored> score(Scene scene, Query query) {
        List<Scored> out = new ArrayList<>();
        List<String> tone = query.kind() == Kind.TEXT || query.kind() == Kind.ANY ? TONES.get(TextMatch.fold(query.text())) : null;
        // "open the cart" with a cart icon standing on its own: words that only hold "cart" among others ("Add to cart")
        // name something else
        List<String> command = commandWords(query); // once, not for each element
        boolean iconNamed = query.kind() == Kind.ANY && !query.icons().isEmpty() && scene.elements().stream()
                .anyMatch(e -> e.widget() == WidgetKind.ICON && namesIcon(query, e.icon()) && !captioned(scene, e));
        // "the Carrier filter" with a dropdown captioned "Carrier": that control, not words reading "Carriers" elsewhere
        Query roleless = CONTROL_NOUN.matcher(query.text()).find() ? withoutRoleNoun(query) : null;
        boolean controlNamed = roleless != null && scene.elements().stream().anyMatch(e -> e.widget() != null
                && e.widget() != WidgetKind.ICON && !e.label().isBlank()
                && TextMatch.similarity(TextMatch.fold(roleless.text()), TextMatch.fold(e.label())) >= 0.9);
        for (Element e : scene.elements()) {
            double kind = kindFactor(query.kind(), e);
            if (kind <= 0) {
                continue;
            }
            if (!query.hasText()) {
                if (query.kind() == Kind.ANY || query.kind() == Kind.TEXT && e.isText()) {
                    continue;
                }
                if (kind >= 0.99) {
                    out.add(new Scored(e, e.box(), shown(e), 1.0, 1.0));
                } else if (kind >= 0.9 && query.kind() == Kind.FIELD && e.widget() == WidgetKind.TEXT_AREA) {
                    out.add(new Scored(e, e.box(), shown(e), kind, kind)); // a one-line input taken for a text area
                }
                continue;
            }
            if (e.isText() && !query.icons().isEmpty()) {
                // a cross, plus or minus that OCR read as a character is the icon it draws
                IconKind glyph = GLYPHS.get(e.text().strip().toLowerCase(Locale.ROOT));
                if (glyph == IconKind.MORE && afterWords(scene, e)) {
                    glyph = null; // "Portland, OR …": the ellipsis ending a cut-off line, not a row's menu
                }
                if (glyph != null && query.icons().contains(glyph) && explains(glyph, query.text())) {
                    double m = 0.85 * kindFactor(query.kind(), WidgetKind.ICON);
                    out.add(new Scored(e, e.box(), e.text(), m, m));
                    continue;
                }
            }
            if (e.isText() && tone != null && Colours.of(scene.screenshot(), e.box()).stream().anyMatch(tone::contains)) {
                // "the error message": the words of an error are rarely "error", but they are written in red
                double m = 0.85 * kind;
                out.add(new Scored(e, e.box(), e.text(), m, m));
                continue;
            }
            if (e.isText() && (query.kind() == Kind.FIELD || query.kind() == Kind.BOX) && PLACEHOLDER.matcher(e.text().strip()).matches()) {
                // "the Reply box" where no outline was seen: a placeholder ("Reply…") is written inside its field
                kind = Math.max(kind, 0.9);
            }
            if (e.isText()) {
                if (formatLetter(query, e)) {
                    out.add(new Scored(e, e.box(), e.text(), 0.9 * kind, 0.9 * kind)); // a toolbar's lone "I" is Italic
                    continue;
                }
                Span span = bestSpan(query, e);
                Query bare = withoutRoleNoun(query);
                if (bare != null) {
                    Span s2 = bestSpan(bare, e);
                    if (s2 != null && (span == null || s2.score * ROLE_STRIPPED > span.score)) {
                        span = new Span(s2.box, s2.text, s2.score * ROLE_STRIPPED);
                    }
                }
                if (span != null && span.score > 0.3) {
                    // "the Carrier filter": a control that filters, not words reading "Carriers" in a menu bar
                    double filter = controlNamed && !sameWords(query.text(), e.text()) ? 0.85 : 1;
                    double m = span.score * kind * 0.98 * filter * (iconNamed && !sameWords(query.text(), e.text()) ? PART_OF_CAPTION : 1)
                            * (missesCommand(command, e.text()) ? WITHOUT_COMMAND : 1);
                    out.add(new Scored(e, span.box, span.text, m, m));
                }
                continue;
            }
            if (isContainer(e, query)) {
                if (FIELD_HELD.contains(query.kind()) && (e.widget() == WidgetKind.TEXT_FIELD || e.widget() == WidgetKind.TEXT_AREA)) {
                    continue; // words a field holds or hints ("Search vehicles, drivers, trips…") are no tab or button
                }
                // a widget holding many words (a row, a toolbar, a card taken for one control):
                // point at the matching words inside it, not at its middle
                Span span = bestSpan(query, e);
                // "the Sort menu" for a control reading "Sort: Last name (A–Z)": the words before its colon name it
                Query bare = withoutRoleNoun(query);
                Span s2 = bare == null || !captionedByColon(bare.text(), e.text()) ? null : bestSpan(bare, e);
                if (s2 != null && (span == null || s2.score * ROLE_STRIPPED > span.score)) {
                    span = new Span(s2.box, s2.text, s2.score * ROLE_STRIPPED);
                }
                if (span != null && span.score > 0.5) {
                    double m = span.score * kindFactor(query.kind(), Element.text(List.of(new Word(span.box, span.text, 1))))
                            * (iconNamed ? PART_OF_CAPTION : 1);
                    out.add(new Scored(Element.text(List.of(new Word(span.box, span.text, 1))), span.box, span.text, m, m));
                }
                continue;
            }
            double text = Math.max(TextMatch.containment(query.text(), e.text()),
                    0.97 * TextMatch.containment(query.text(), e.label()));
            if (missesCommand(command, e.text() + " " + e.label())) {
                text *= WITHOUT_COMMAND; // "Save preferences": not the "Preferences" link
            }
            if (formatLetter(query, e)) {
                text = Math.max(text, 0.9); // a toolbar's "B" is its Bold button
            }
            if (query.quoted() && text < 0.8) {
                text *= 0.5;
            } else if (query.quoted()) {
                // quoted words are the whole caption: "3. Bar and line charts" is the lesson so named, not "2.3 · Bar and
                // line charts" over the video
                String q = String.join(" ", TextMatch.words(query.text()));
                // a tab's count is its badge, not part of its caption: "Unassigned 6" is the tab "Unassigned"
                String uncounted = e.widget() == WidgetKind.TAB ? e.text().replaceFirst("\\s*\\(?\\d{1,4}\\+?\\)?$", "") : e.text();
                boolean whole = q.equals(String.join(" ", TextMatch.words(e.text())))
                        || q.equals(String.join(" ", TextMatch.words(uncounted)))
                        || q.equals(String.join(" ", TextMatch.words(e.label())));
                text = whole ? Math.max(text, 1.0) : text * QUOTED_PART;
            }
            Query bare = withoutRoleNoun(query);
            boolean byName = false; // "the DK avatar": the name read on it, the role noun ("avatar") only saying what it is
            if (bare != null) {
                double named = ROLE_STRIPPED * Math.max(TextMatch.containment(bare.text(), e.text()),
                        0.97 * TextMatch.containment(bare.text(), e.label()));
                byName = named > text;
                text = Math.max(text, named);
            }
            double icon = iconMatch(query, e);
            if ((query.kind() == Kind.FIELD || query.kind() == Kind.BOX) && kind >= 0.99 && icon == 0 && !query.icons().isEmpty()) {
                icon = HELD_ICON * heldIcon(scene, query, e); // "the search box": a field with a lens in it, whatever it says
            }
            if ((query.kind() == Kind.FIELD || query.kind() == Kind.BOX) && looksLikeSearchField(e)) {
                kind = Math.max(kind, 0.85);
            }
            if (icon > 0 && e.widget() == WidgetKind.ICON && query.kind() == Kind.ANY && namesIcon(query, e.icon())
                    && captioned(scene, e)) {
                // "open the cart": the cart drawn in "Add to cart" is that button's decoration, not the thing named
                kind *= 0.8;
            } else if (iconNamed && !sameWords(query.text(), e.text()) && !byName) {
                text *= PART_OF_CAPTION;
            }
            double m = Math.max(text, icon) * kind;
            if (m < 0.6 && kind >= 0.99 && RangeNames.applies(query, e)) {
                m = Math.max(m, RangeNames.unnamed(scene, query, e));
            }
            if (m > 0.2) {
                out.add(new Scored(e, aim(query, e, text, icon), shown(e), m, m));
            }
        }
        if (CHIP_NOUN.matcher(TextMatch.fold(query.expression())).find()) {
            // "the Overdue filter": one of a row of chips, not the status badge of the same name in a list's row
            return out.stream().map(sc -> inChipRow(scene, sc.element()) ? sc : sc.withRank(sc.rank() * CHIP_ALONE)).toList();
        }
        return out;
    }

    /** Words naming one of a row of chips: a filter, chip, pill, tag or facet. */
    private static final java.util.regex.Pattern CHIP_NOUN = java.util.regex.Pattern.compile("\\b(?:filter|chip|pill|facet)s?\\b");
    /** What a thing named as a chip but standing alone is worth against one in a row of chips. */
    private static final double CHIP_ALONE = 0.8;

    /**
     * Whether {@code e} is one of a row of at least three controls of its height, side by side with small gaps (filter
     * chips, segments), as a status badge in a list's row is not.
     */
    static boolean inChipRow(Scene scene, Element e) {
        if (e.widget() == WidgetKind.ICON || e.widget() == null && !chipWords(e)) {
            return false;
        }
        // controls side by side; or short texts whose faint outlines were not seen, their padding between them
        boolean plain = e.widget() == null;
        Box b = e.box();
        List<Box> row = new ArrayList<>();
        for (Element o : scene.elements()) {
            Box ob = o.box();
            boolean alike = plain ? o.widget() == null && chipWords(o) : o.widget() != null && o.widget() != WidgetKind.ICON;
            if (alike && Math.abs(ob.height() - b.height()) <= Math.max(3, b.height() / 5)
                    && Math.abs(ob.centerY() - b.centerY()) <= Math.max(3, b.height() / 5)) {
                row.add(ob);
            }
        }
        row.sort(java.util.Comparator.comparingInt(Box::left));
        // the run of neighbours, each within a chip's height (a text's, its padding) of the next, that holds e
        double gap = plain ? 2.5 * b.height() : b.height();
        int at = row.indexOf(b);
        if (at < 0) {
            return false;
        }
        int first = at;
        while (first > 0 && row.get(first).left() - row.get(first - 1).right() <= gap) first--;
        int last = at;
        while (last + 1 < row.size() && row.get(last + 1).left() - row.get(last).right() <= gap) last++;
        return last - first + 1 >= 3;
    }

    /** A text short enough to be a chip's: three words at most. */
    private static boolean chipWords(Element e) {
        return !e.text().isBlank() && e.text().strip().split("\\s+").length <= 3;
    }

    /**
     * Where to point in a widget found by its words: its box, or the words alone when they are only part of what
     * it holds and lie off its middle (a popover's header taken for one button, "Notifications ... Mark all as
     * read": clicking the middle would miss the link at the right).
     */
    private static Box aim(Query query, Element e, double text, double icon) {
        if (query.kind() == Kind.ANY && e.labelBox() != null
                && (e.widget() == WidgetKind.CHECKBOX || e.widget() == WidgetKind.RADIO) && namesItem(query, e)) {
            // "open the lesson 'Subplots and layouts'": the lesson is its title, not the box that marks it done
            return e.labelBox();
        }
        if (text < icon || e.words().size() <= TextMatch.words(query.text()).size()) {
            return e.box();
        }
        Span span = bestSpan(query, e);
        if (span == null || span.score < 0.9 || span.box.contains(e.box().center())) {
            return e.box();
        }
        return span.box;
    }

    /** Whether the query calls {@code e} by an item's noun its label does not hold ("the lesson …", "the task …"). */
    private static boolean namesItem(Query query, Element e) {
        List<String> label = TextMatch.words(e.label());
        return TextMatch.words(query.text()).stream().anyMatch(w -> !label.contains(w) && GENERIC_NOUN.matcher(w).matches());
    }

    /** Messages named by what they mean, and the ink they are written in. */
    private static final Map<String, List<String>> TONES = Map.of(
            "error", List.of("red"), "validation error", List.of("red"), "errors", List.of("red"),
            "error text", List.of("red"), "invalid", List.of("red"), "validation", List.of("red"),
            "warning", List.of("orange", "yellow", "red"), "success", List.of("green"));

    /** Kinds of anchor that are a name written on the screen rather than a container. */
    private static final java.util.Set<String> TEXTUAL = java.util.Set.of("text", "link");

    private static final java.util.regex.Pattern ROLE_NOUN = java.util.regex.Pattern.compile(
            "^(.+?)\\s+(?:filter|option|item|menu item|menu|entry|choice|control|element|one|thing|label|heading|title|"
                    + "text|message|caption|setting|action|command|tile|pill|chip|badge|tag|arrow|knob|slider|dial|folder|line|"
                    + "email|mail|conversation|thread|appointment|visit|booking|reservation|service|slot|time slot|time|avatar|"
                    + "profile picture|initials|channel|workspace|range|tip|suggestion|preset|number|address|event|meeting)$");

    /** Where Unicode's symbols and pictographs begin (general punctuation and above): "★" is U+2605. */
    private static final int PICTOGRAPHS = 0x2000;

    /** Symbols that name an icon kind ("★", "♥", "🔔"), as OCR may read them over the drawing. */
    private static final Map<String, IconKind> SYMBOLS = symbols();

    /** What an element draws: the pictograph OCR read over an icon when there is one, else the drawing's kind. */
    private static IconKind drawn(Element e) {
        IconKind symbol = e.widget() == WidgetKind.ICON ? SYMBOLS.get(e.text().strip()) : null;
        return symbol != null ? symbol : e.icon();
    }

    private static Map<String, IconKind> symbols() {
        Map<String, IconKind> out = new java.util.HashMap<>();
        for (IconKind k : IconKind.values()) {
            for (String w : k.words()) {
                // pictographs only: OCR makes "+", "x" or "<" out of any strokes, but not a "★" or a "♥"
                if (w.codePointCount(0, w.length()) == 1 && w.codePointAt(0) >= PICTOGRAPHS) {
                    out.putIfAbsent(w, k);
                }
            }
        }
        return Map.copyOf(out);
    }

    /**
     * Whether {@code e} is punctuation ending the words before it on its line: read at their baseline, at most half as
     * tall as they are and within twice their height ("Portland, OR …"), as a row's "⋯" menu standing apart is not.
     */
    private static boolean afterWords(Scene scene, Element e) {
        Box b = e.box();
        return scene.elements().stream().anyMatch(o -> o != e && o.isText() && o.box().verticalOverlap(b) > 0
                && (o.box().right() <= b.left() && b.left() - o.box().right() <= 2 * o.box().height()
                        && b.height() <= 0.5 * o.box().height()
                        // read at the line's height, the dots hug the last word or overlap it: "Fix contrast on secondary…"
                        || o.box().left() < b.left() && o.box().right() >= b.left() - Math.max(3, o.box().height() / 4)
                                && o.box().right() <= b.centerX() && o.box().width() >= 3 * b.width()));
    }

    private static final Map<String, IconKind> GLYPHS = Map.of(
            "x", IconKind.CLOSE, "×", IconKind.CLOSE, "✕", IconKind.CLOSE, "+", IconKind.PLUS, "-", IconKind.MINUS,
            "−", IconKind.MINUS, "☰", IconKind.MENU, "...", IconKind.MORE, "…", IconKind.MORE, "⋯", IconKind.MORE);

    /** "the italic I", "Bold": the element is the lone letter a text toolbar draws for that format. */
    private static boolean formatLetter(Query query, Element e) {
        String letter = FORMAT_LETTERS.get(TextMatch.fold(query.text()).replaceAll(" [a-z]$", ""));
        return letter != null && e.text().strip().toLowerCase(Locale.ROOT).equals(letter); // the letter alone, not "i="
    }

    private static final Map<String, String> FORMAT_LETTERS = Map.of(
            "bold", "b", "italic", "i", "underline", "u", "strikethrough", "s", "strike", "s");

    private static final java.util.regex.Pattern LEADING_ROLE_NOUN = java.util.regex.Pattern.compile(
            "^(?:(?:page|step|tab|option|item|number|no|entry|slide|level|avatar|channel|workspace)"
                    // "the listing at 2118 SE Clinton St", "the home called …": the words after say which
                    + "|(?:listing|property|house|home|apartment|flat|card|row|item|entry|result|product|contact|ticket|"
                    + "order|deal|lesson|course|file|message|task|event|song|track) (?:at|for|with|called|named|titled))\\s+(.+)$");

    /** Role nouns that name a control ("the Carrier filter", "the Sort menu"): plain words are not one. */
    private static final java.util.regex.Pattern CONTROL_NOUN = java.util.regex.Pattern.compile("\\s(?:filter|menu)$");

    /** Whether {@code text} starts with {@code words} and a colon ("Sort: Last name"), an icon read as a letter or two before them aside. */
    private static boolean captionedByColon(String words, String text) {
        String w = words.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return !w.isEmpty() && java.util.regex.Pattern.compile("^(?:\\S{1,2}\\s+)?" + java.util.regex.Pattern.quote(w) + "\\s*:").matcher(t).find();
    }

    /** "the Completed filter", "page 2": the words without a role noun, or null when there is none. */
    private static Query withoutRoleNoun(Query q) {
        if (q.quoted()) {
            return null;
        }
        java.util.regex.Matcher m = ROLE_NOUN.matcher(q.text());
        java.util.regex.Matcher lead = LEADING_ROLE_NOUN.matcher(q.text());
        String bare = m.matches() ? m.group(1) : lead.matches() ? lead.group(1) : null;
        if (bare == null) {
            return null;
        }
        return new Query(q.expression(), bare, false, q.kind(), q.icons(), q.ordinal(), q.relations(), q.region(), q.colour());
    }

    private static final java.util.regex.Pattern GENERIC_NOUN = java.util.regex.Pattern.compile(
            "(?:question|item|todo|to-do|task|file|product|entry|result|row|card|message|comment|post|article|order|"
                    + "option|answer|document|doc|song|track|user|contact|email|mail|notification|record|line|link|"
                    + "heading|section|step|plan|review|event|person|customer|project|folder|note|ticket|issue|invoice|"
                    + "deal|lead|listing|property|home|lesson|course|video|episode|playlist|album|device|room|transaction|"
                    + "payment|job|candidate|applicant|application|appointment|booking|reservation|hotel|flight|photo|"
                    + "thread|conversation|channel|reply|member|account|report|recipe|invite|invitation|request|"
                    + "contract|quote|bill|statement)(?:e?s)?");

    private static boolean isGenericNoun(Query q) {
        return !q.quoted() && q.kind() == Kind.ANY && GENERIC_NOUN.matcher(TextMatch.fold(q.text())).matches();
    }

    private static int ordinalOf(Query q) {
        int ordinal = q.ordinal();
        for (Relation rel : q.relations()) {
            if (rel.type() == Relation.Type.ROW_ORDINAL) {
                ordinal = rel.rowOrdinal();
            }
        }
        return ordinal;
    }

    /**
     * "the third question", "the last todo": the n-th item of the longest vertical list on the screen
     * (texts sharing a left edge and a size, one under the other), unless the noun itself is
     * written on the screen often enough to count. A list headed by the noun ("Tickets", "5 tickets",
     * a "Songs" tab) goes before a longer one that is not, and items written on two lines (a name over
     * a subject) count once.
     */
    private Grounding listItem(Scene scene, Query query, int ordinal, List<Scored> scored) {
        long exact = scored.stream().filter(s -> s.match >= 0.95).count();
        if (exact >= Math.abs(ordinal)) {
            return null;
        }
        double tol = 4 * scene.screenshot().devicePixelRatio();
        Optional<Box> region = query.region() == Region.ANYWHERE ? Optional.empty() : scene.regions().find(query.region());
        List<Element> texts = new ArrayList<>();
        for (Element e : scene.elements()) {
            boolean checkable = e.widget() == WidgetKind.CHECKBOX || e.widget() == WidgetKind.RADIO
                    || e.widget() == WidgetKind.TOGGLE || e.widget() == WidgetKind.ICON;
            if (!checkable && TextMatch.words(e.text()).size() >= 1 && e.text().length() >= 2
                    && (region.isEmpty() || region.get().contains(e.box().center()))) {
                texts.add(e);
            }
        }
        List<List<Element>> lists = new ArrayList<>();
        if (TextMatch.fold(query.text()).startsWith("question")) {
            // a question is written as one: keep to the texts ending in "?" when they make a list
            lists.addAll(lists(scene, texts.stream().filter(e -> e.text().strip().endsWith("?")).toList(), tol));
        }
        if (lists.stream().noneMatch(l -> l.size() >= 3)) {
            lists = lists(scene, texts, tol);
        }
        List<String> noun = TextMatch.stems(TextMatch.words(query.text()));
        List<Element> items = List.of();
        boolean headed = false;
        for (List<Element> list : lists) {
            List<Element> lines = new ArrayList<>(list);
            lines.sort(Comparator.comparingInt((Element e) -> e.box().top()));
            String last = noun.isEmpty() ? "" : noun.get(noun.size() - 1);
            boolean titled = !last.isEmpty() && countsNoun(lines.get(0).text(), last);
            if (titled) {
                lines.remove(0); // "4 tickets" written at the list's own left edge heads it
            }
            List<Element> rows = rowsOf(lines);
            boolean byNoun = rows.size() >= 2 && (titled || !last.isEmpty() && headedBy(scene, list, lists, last));
            boolean better = byNoun != headed ? byNoun
                    : rows.size() > items.size() || rows.size() == items.size() && !rows.isEmpty()
                            && rows.get(0).box().height() > items.get(0).box().height();
            if (better && (byNoun || rows.size() >= 3)) {
                items = rows;
                headed = byNoun;
            }
        }
        if (items.isEmpty()) {
            return null;
        }
        int index = ordinal > 0 ? ordinal - 1 : items.size() + ordinal;
        if (index < 0 || index >= items.size()) {
            return Grounding.notFound(query.expression(), scene.screenshot().frame(), "asked for " + query.text()
                    + " number " + ordinal + " but the list on the screen has " + items.size() + " items", List.of());
        }
        Element pick = items.get(index);
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("kind", "list item");
        evidence.put("text", pick.text());
        evidence.put("list", items.size() + " items sharing a left edge" + (headed ? ", headed by '" + query.text() + "'" : ""));
        return Grounding.found(query.expression(), scene.screenshot().frame(), pick.box(), pick.box().center(), 0.8,
                List.of(), evidence);
    }

    /**
     * "the first card in the second row": a card of a grid, counted by its row and its place in the row. The grid is
     * known by texts set alike in every card (a price, an address) whose columns line up row by row; the text
     * standing for the card is the one written highest in it. Null unless both ordinals are given and such a grid
     * of at least two columns is on the screen.
     */
    private Grounding gridItem(Scene scene, Query query) {
        int row = 0;
        for (Relation rel : query.relations()) {
            if (rel.type() == Relation.Type.ROW_ORDINAL) {
                row = rel.rowOrdinal();
            }
        }
        int col = query.ordinal();
        if (row == 0 || col == 0) {
            return null;
        }
        double tol = 4 * scene.screenshot().devicePixelRatio();
        List<Element> texts = scene.elements().stream()
                .filter(e -> e.isText() && TextMatch.words(e.text()).size() >= 1 && e.text().length() >= 2).toList();
        List<List<Element>> columns = new ArrayList<>();
        for (List<Element> list : lists(scene, texts, tol, false)) {
            columns.add(rowsOf(list)); // an address over an agency's name in each card: one line a card
        }
        List<List<Element>> grid = List.of();
        int gridRows = 0;
        for (List<Element> seed : columns) {
            List<List<Element>> family = new ArrayList<>();
            int rows = seed.size();
            for (List<Element> other : columns) {
                int shared = Math.min(seed.size(), other.size());
                boolean aligned = shared >= 1;
                for (int i = 0; i < shared && aligned; i++) {
                    aligned = Math.abs(other.get(i).box().top() - seed.get(i).box().top()) <= 2 * tol;
                }
                boolean apart = family.stream().allMatch(f -> Math.abs(f.get(0).box().left() - other.get(0).box().left()) > 4 * tol);
                if (aligned && apart) {
                    family.add(other);
                    rows = Math.min(rows, other.size());
                }
            }
            long cells = (long) family.size() * rows;
            long best = (long) grid.size() * gridRows;
            if (family.size() >= 2 && (cells > best || cells == best && !grid.isEmpty()
                    && seed.get(0).box().top() < grid.get(0).get(0).box().top())) {
                grid = family;
                gridRows = rows;
            }
        }
        if (grid.isEmpty()) {
            return null;
        }
        List<List<Element>> ordered = new ArrayList<>(grid);
        ordered.sort(Comparator.comparingInt((List<Element> c) -> c.get(0).box().left()));
        int r = row > 0 ? row - 1 : gridRows + row;
        int c = col > 0 ? col - 1 : ordered.size() + col;
        if (r < 0 || r >= gridRows || c < 0 || c >= ordered.size()) {
            return Grounding.notFound(query.expression(), scene.screenshot().frame(), "asked for item " + col + " of row " + row
                    + " but the grid on the screen has " + gridRows + " rows of " + ordered.size(), List.of());
        }
        Element pick = ordered.get(c).get(r);
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("kind", "grid item");
        evidence.put("text", pick.text());
        evidence.put("grid", gridRows + " rows of " + ordered.size());
        return Grounding.found(query.expression(), scene.screenshot().frame(), pick.box(), pick.box().center(), 0.8,
                List.of(), evidence);
    }

    /** Whether {@code text} reads as a count or title of {@code noun}s: "Tickets", "5 tickets", "Songs (12)". */
    private static boolean countsNoun(String text, String noun) {
        List<String> words = TextMatch.words(text);
        List<String> named = words.stream().filter(w -> !w.chars().allMatch(Character::isDigit)).toList();
        return named.size() == 1 && TextMatch.stems(named).contains(noun);
    }

    /**
     * The first line of each item of {@code list} (sorted top to bottom): when the gaps between its lines
     * fall into short ones and long ones, and every long gap closes an item of the same number of
     * lines (a sender over a subject), an item is the lines between two long gaps.
     */
    static List<Element> rowsOf(List<Element> list) {
        List<Element> lines = new ArrayList<>(list);
        lines.sort(Comparator.comparingInt((Element e) -> e.box().top()));
        if (lines.size() < 4) {
            return lines;
        }
        int[] gaps = new int[lines.size() - 1];
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        for (int i = 0; i < gaps.length; i++) {
            gaps[i] = lines.get(i + 1).box().top() - lines.get(i).box().top();
            shortest = Math.min(shortest, gaps[i]);
            longest = Math.max(longest, gaps[i]);
        }
        if (longest < 1.6 * shortest) {
            return lines;
        }
        double cut = (shortest + longest) / 2.0;
        List<Element> firsts = new ArrayList<>(List.of(lines.get(0)));
        int size = -1;
        int run = 1;
        for (int i = 0; i < gaps.length; i++) {
            if (gaps[i] > cut) {
                if (size != -1 && size != run) {
                    return lines;
                }
                size = run;
                run = 1;
                firsts.add(lines.get(i + 1));
            } else {
                run++;
            }
        }
        return size >= 2 && run == size ? firsts : lines;
    }

    /**
     * Whether a text naming {@code noun} ("Tickets", "5 tickets", a "Songs" tab) stands above the first
     * line of {@code list}, within a few lines of it and over its column. Lines of another list woven
     * into this one (the titles over a list of grey captions) belong to it: a heading stands above them too.
     */
    private static boolean headedBy(Scene scene, List<Element> list, List<List<Element>> lists, String noun) {
        int top = list.stream().mapToInt(e -> e.box().top()).min().orElse(0);
        int bottom = list.stream().mapToInt(e -> e.box().bottom()).max().orElse(0);
        int left = list.stream().mapToInt(e -> e.box().left()).min().orElse(0);
        int right = list.stream().mapToInt(e -> e.box().right()).max().orElse(0);
        int zone = top;
        for (List<Element> other : lists) {
            int otherTop = other.stream().mapToInt(e -> e.box().top()).min().orElse(0);
            int otherBottom = other.stream().mapToInt(e -> e.box().bottom()).max().orElse(0);
            boolean woven = otherTop < bottom && otherBottom > top
                    && other.stream().anyMatch(e -> e.box().right() >= left && e.box().left() <= right);
            if (woven) {
                zone = Math.min(zone, otherTop);
            }
        }
        double reach = 240 * scene.screenshot().devicePixelRatio();
        for (Element e : scene.elements()) {
            // a select-all box labelled "5 tickets" heads the list as well as the words alone would
            if (heads(e.box(), e.text(), noun, zone, top, left, right, reach)
                    || heads(e.labelBox(), e.label(), noun, zone, top, left, right, reach)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code words} at {@code b} name {@code noun} and stand above the list's zone, over its column, as a
     * heading does: "Tickets", "5 tickets", "Open tickets"; an action on such things ("New ticket", "Search tickets")
     * is a button or a field, no heading.
     */
    private static boolean heads(Box b, String words, String noun, int zone, int top, int left, int right, double reach) {
        if (b == null || b.bottom() > zone + 2 || top - b.bottom() > reach || b.right() < left || b.left() > right) {
            return false;
        }
        List<String> said = TextMatch.words(words);
        return TextMatch.stems(said).contains(noun) && said.size() <= 4 && said.stream().noneMatch(ACTION_WORDS::contains);
    }

    /** Verbs that open a button's caption and say what it does: "Save preferences", "Add to cart", "Delete account". */
    private static final java.util.Set<String> COMMANDS = java.util.Set.of("save", "add", "create", "delete", "remove",
            "submit", "send", "apply", "update", "edit", "publish", "share", "export", "download", "upload", "invite",
            "archive", "restore", "confirm", "book", "buy", "pay", "place", "reset", "change", "duplicate", "rename");
    /** What a match is worth that reads the words after a command verb but not the verb: a place, not the action. */
    static final double WITHOUT_COMMAND = 0.6;

    /** The words asked for when they name an action by its verb and more ("Save preferences"), else empty. */
    static List<String> commandWords(Query query) {
        List<String> words = query.quoted() ? List.of() : TextMatch.words(query.text());
        return words.size() >= 2 && COMMANDS.contains(words.get(0)) ? words : List.of();
    }

    /**
     * Whether {@code shown} reads the words after a command verb ({@link #commandWords}) but not the verb (the
     * "Preferences" link of a top bar for "Save preferences"): the action's button may be elsewhere, off the screen.
     */
    static boolean missesCommand(List<String> command, String shown) {
        if (command.isEmpty()) {
            return false;
        }
        List<String> seen = TextMatch.words(shown);
        String verb = command.get(0);
        boolean verbShown = seen.stream().anyMatch(w -> w.equals(verb) || TextMatch.similarity(w, verb) >= 0.8
                || w.startsWith(verb));
        boolean restShown = command.subList(1, command.size()).stream().anyMatch(q -> q.length() >= 3
                && seen.stream().anyMatch(w -> TextMatch.similarity(w, q) >= 0.8));
        return !verbShown && restShown;
    }

    /** Words of an action on a list's things, not of a heading over them. */
    private static final java.util.Set<String> ACTION_WORDS = java.util.Set.of("new", "add", "create", "search", "find",
            "delete", "remove", "edit", "export", "import", "filter", "sort", "manage", "upload", "download", "view");

    /**
     * Every list among {@code texts}, largest first: texts sharing a left edge, a height, the darkness
     * of their ink and the container they sit in, known by the vertical edge to their left (a grey note
     * under an answer, or a bold line in the next box, is no item of the list above it).
     */
    private static List<List<Element>> lists(Scene scene, List<Element> texts, double tol) {
        return lists(scene, texts, tol, true);
    }

    /**
     * As {@link #lists(Scene, List, double)}; with {@code sameBox} false, texts in different boxes whose left edges
     * line up (the same line of each card down a grid's column) are one list.
     */
    private static List<List<Element>> lists(Scene scene, List<Element> texts, double tol, boolean sameBox) {
        Map<Element, Integer> ink = new HashMap<>();
        Map<Element, Optional<Regions.Edge>> card = new HashMap<>();
        for (Element e : texts) {
            ink.put(e, darkestInk(scene.screenshot(), e.box()));
            card.put(e, scene.regions().leftEdge(e.box()));
        }
        List<List<Element>> lists = new ArrayList<>();
        for (Element seed : texts) {
            List<Element> list = new ArrayList<>();
            for (Element e : texts) {
                if (Math.abs(e.box().left() - seed.box().left()) <= tol
                        && Math.abs(e.box().height() - seed.box().height()) <= Math.max(3, seed.box().height() * 0.3)
                        && Math.abs(ink.get(e) - ink.get(seed)) <= 48 && (sameBox ? card.get(e).equals(card.get(seed))
                                : card.get(e).map(Regions.Edge::x).equals(card.get(seed).map(Regions.Edge::x)))) {
                    list.add(e);
                }
            }
            if (list.size() >= 2 && !lists.contains(list)) {
                lists.add(list);
            }
        }
        lists.sort(Comparator.comparingInt((List<Element> l) -> l.size()).reversed());
        return lists;
    }

    /** How far the strongest ink in {@code box} stands from the box's background, 0..255. */
    private static int darkestInk(Screenshot shot, Box box) {
        Box b = box.clip(shot.size());
        if (b.isEmpty()) {
            return 0;
        }
        int[] hist = new int[256];
        for (int y = b.top(); y < b.bottom(); y++) {
            for (int x = b.left(); x < b.right(); x++) {
                int p = shot.rgb(x, y);
                hist[Screenshot.grey(p)]++;
            }
        }
        int background = 0;
        for (int v = 1; v < 256; v++) {
            if (hist[v] > hist[background]) {
                background = v;
            }
        }
        int far = 0;
        for (int v = 0; v < 256; v++) {
            if (hist[v] > 0 && Math.abs(v - background) > far) {
                far = Math.abs(v - background);
            }
        }
        return far;
    }

    /** A widget whose words are many more than the query's and spread wide: read it as text. */
    private static boolean isContainer(Element e, Query query) {
        if (e.words().size() < 4 || TextMatch.containment(query.text(), e.label()) >= 0.8
                || e.widget() == WidgetKind.TAB && query.kind() == Kind.TAB && TextMatch.words(e.text()).size() <= 4) {
            return false; // a tab asked for as a tab is one thing, though OCR read its caption and badge in pieces
        }
        switch (query.kind()) {
            case ANY, TEXT, LINK, BUTTON, TAB -> { }
            default -> {
                return false;
            }
        }
        int qn = Math.max(1, TextMatch.words(query.text()).size());
        if (e.words().size() < qn + 3) {
            return false;
        }
        return true;
    }

    /** What an icon drawn inside a field is worth as that field's name: a little less than words naming it. */
    private static final double HELD_ICON = 0.9;

    /** How well an icon drawn inside {@code field} (a lens, a calendar) answers the query's icons; 0 when none does. */
    private static double heldIcon(Scene scene, Query query, Element field) {
        // "the location search box": the words before the icon's name say what is searched for, not what is drawn
        List<String> words = TextMatch.words(query.text());
        Query last = words.size() < 2 ? null : new Query(query.expression(), words.get(words.size() - 1), false, query.kind(),
                query.icons(), query.ordinal(), query.relations(), query.region(), query.colour());
        double best = 0;
        for (Element o : scene.elements()) {
            if (o != field && o.widget() == WidgetKind.ICON && field.box().contains(o.box())) {
                best = Math.max(best, iconMatch(query, o));
                if (last != null) {
                    best = Math.max(best, DESCRIBED_FIELD * iconMatch(last, o));
                }
            }
        }
        return best;
    }

    /** What quoted words score against a longer caption holding them, so that the caption they are wins. */
    private static final double QUOTED_PART = 0.9;

    /** What a field with the asked icon in it scores when the query's other words only say what the field is for. */
    private static final double DESCRIBED_FIELD = 0.9;

    /** A wide box whose text reads like a placeholder ("Search orders…") is a field, whatever its frame looked like. */
    private static boolean looksLikeSearchField(Element e) {
        if (e.widget() != WidgetKind.BUTTON || e.box().width() < 5 * e.box().height()) {
            return false;
        }
        String t = e.text().strip();
        return t.endsWith("...") || t.endsWith("…") || TextMatch.fold(t).startsWith("search");
    }

    /** Kinds of query a field answers, whose placeholder or content may have been read as words of their own. */
    private static final java.util.Set<Kind> FIELD_KINDS = java.util.EnumSet.of(Kind.FIELD, Kind.TEXT_AREA, Kind.BOX);

    /**
     * "the note field" answered by the words "note" inside the field's placeholder ("Add a note for this row…"): the
     * field holding them is what is meant.
     */
    private static List<Scored> intoFields(Scene scene, List<Scored> scored, Kind kind) {
        if (!FIELD_KINDS.contains(kind)) {
            return scored;
        }
        List<Element> fields = scene.elements().stream()
                .filter(e -> e.widget() == WidgetKind.TEXT_FIELD || e.widget() == WidgetKind.TEXT_AREA).toList();
        List<Scored> out = new ArrayList<>();
        for (Scored s : scored) {
            Element field = !s.element.isText() ? null : fields.stream().filter(f -> f.box().contains(s.box.center()))
                    .min(Comparator.comparingLong(f -> f.box().area())).orElse(null);
            out.add(field == null ? s : new Scored(field, field.box(), shown(field), s.match, s.rank));
        }
        return out;
    }

    private static String shown(Element e) {
        return !e.text().isEmpty() ? e.text() : e.label();
    }

    private record Span(Box box, String text, double score) {
    }

    /** The run of consecutive words of a text element that best matches the query text. */
    private static Span bestSpan(Query query, Element e) {
        List<Word> words = e.words();
        if (words.isEmpty()) {
            double s = TextMatch.containment(query.text(), e.text());
            return new Span(e.box(), e.text(), s);
        }
        int qn = Math.max(1, TextMatch.words(query.text()).size());
        Span best = null;
        for (int i = 0; i < words.size(); i++) {
            for (int len = Math.max(1, qn - 1); len <= qn + 1 && i + len <= words.size(); len++) {
                StringBuilder sb = new StringBuilder();
                Box box = words.get(i).box();
                for (int k = i; k < i + len; k++) {
                    if (k > i) {
                        sb.append(' ');
                    }
                    sb.append(words.get(k).text());
                    box = box.union(words.get(k).box());
                }
                double s = TextMatch.similarity(query.text(), sb.toString());
                if (s < 0.97) {
                    s = Math.max(s, TextMatch.containment(query.text(), sb.toString()) * 0.95);
                }
                if (TextMatch.normalize(words.get(i).text()).isEmpty()
                        || TextMatch.normalize(words.get(i + len - 1).text()).isEmpty()) {
                    s -= 0.01; // a stray mark read as a word ("{| Remember me") is not part of the text
                }
                if (best == null || s > best.score) {
                    best = new Span(box, sb.toString(), s);
                }
            }
        }
        // a whole run of words that equals the query beats the same words inside a longer run
        if (best != null && TextMatch.words(best.text).size() < TextMatch.words(e.text()).size()) {
            best = new Span(best.box, best.text, best.score * 0.92);
        }
        if (query.quoted() && best != null && best.score < 0.8) {
            best = new Span(best.box, best.text, best.score * 0.5);
        }
        return best;
    }

    private static final java.util.Set<String> DRAWING_WORDS = java.util.Set.of("big", "large", "small", "little", "tiny",
            "huge", "round", "rounded", "circular", "circle", "square", "arrow", "arrows", "symbol", "sign", "mark", "main",
            "primary", "curved", "curly", "thin", "outlined", "outline", "filled", "solid", "floating", "shaped", "shape",
            "empty", "hollow", "unfilled", "blank", "open", "full");

    /**
     * Whether the tester described the anchor in lower-case words of their own ("the restaurant banner") rather than
     * writing a name as the screen shows it ("the Olive Tree card").
     */
    static boolean described(String expression, String anchor) {
        return !anchor.isBlank() && anchor.equals(anchor.toLowerCase(Locale.ROOT))
                && java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(anchor) + "\\b").matcher(expression).find();
    }

    /** Whether every word of {@code text} names {@code icon} ("delete" a cross; "Delete account" not). */
    private static boolean explains(IconKind icon, String text) {
        List<String> names = new ArrayList<>();
        icon.words().forEach(n -> names.addAll(TextMatch.words(n)));
        return TextMatch.words(text).stream().allMatch(names::contains);
    }

    static double iconMatch(Query query, Element e) {
        if (query.icons().isEmpty()) {
            return 0;
        }
        IconKind drawn = drawn(e);
        if (drawn != e.icon()) {
            // OCR read the drawing as its own symbol ("★" over a filled star the drawings took for a house): the symbol says
            return query.icons().contains(drawn) ? iconMatch(query, drawn) : 0;
        }
        if (e.icon() == null || e.icon() == IconKind.UNKNOWN) {
            // a drawing about as near two kinds: one of them asked for is a match, a weaker one than a sure icon;
            // not when OCR read a letter there ("H" for a heading button), unless a lone letter read unsurely
            // (a speaker's cone and waves read "D")
            boolean unsureLetter = e.text().strip().length() == 1 && !e.words().isEmpty()
                    && e.words().stream().allMatch(w -> w.confidence() < UNSURE_LETTER);
            if (e.text().codePoints().anyMatch(Character::isLetterOrDigit) && !unsureLetter) {
                return 0;
            }
            for (IconKind k : e.likely()) {
                if (query.icons().contains(k)) {
                    return UNSURE_ICON * iconMatch(query, k);
                }
            }
            return 0;
        }
        if (!query.icons().contains(e.icon())) {
            IconKind alike = LOOKALIKE.get(e.icon());
            return alike != null && query.icons().contains(alike) ? UNSURE_ICON * iconMatch(query, alike) : 0;
        }
        return iconMatch(query, e.icon());
    }

    /**
     * Icons drawn so alike at small sizes that one is read for the other: a send arrow's dart is a play
     * triangle with a notch a few pixels deep.
     */
    private static final java.util.Map<IconKind, IconKind> LOOKALIKE = java.util.Map.of(IconKind.PLAY, IconKind.SEND);

    /** What a word that only sits among others of a caption is worth, when an icon it names stands on its own. */
    private static final double PART_OF_CAPTION = 0.7;

    /** {@code box} stands in a row with at least two other controls or icons: a toolbar's strip of tools. */
    private static boolean inRowOfTools(Scene scene, Box box) {
        long others = scene.elements().stream().filter(e -> !e.isText() && !e.box().equals(box)
                && Math.abs(e.box().centerY() - box.centerY()) <= 6 && Math.abs(e.box().centerX() - box.centerX()) <= 320
                && e.box().height() <= 3 * box.height()).count();
        return others >= 2;
    }

    /**
     * Whether the text in {@code box} is written on a filled shape of its own (a button's fill): the colour just round
     * the words is one, not near white, and the page above and below the shape is another.
     */
    static boolean onFill(Screenshot shot, Box box) {
        int gap = Math.max(2, box.height() / 4);
        Box ring = box.expand(gap).clip(shot.size());
        int fill = dominant(shot, ring.left(), ring.right(), 0.7, ring.top(), ring.bottom() - 1);
        if (fill < 0 || Screenshot.grey(fill) > 235) {
            return false;
        }
        int reach = (int) Math.round(2.2 * box.height());
        int x = (int) Math.round(box.centerX());
        int above = Math.max(0, box.top() - reach);
        int below = Math.min(shot.height() - 1, box.bottom() + reach);
        return Regions.dist(shot.rgb(x, above), fill) > AROUND_FILL && Regions.dist(shot.rgb(x, below), fill) > AROUND_FILL;
    }

    /**
     * The colour (to 4 bits a channel, given as one pixel of it) most of the pixels in [left, right) of the rows
     * {@code ys} (those inside the frame) show, when it covers at least {@code share} of them; else -1.
     */
    private static int dominant(Screenshot shot, int left, int right, double share, int... ys) {
        int[] counts = new int[4096];
        int[] sample = new int[4096];
        int total = 0;
        for (int x = left; x < right; x++) {
            for (int y : ys) {
                if (y < 0 || y >= shot.height()) {
                    continue;
                }
                int p = shot.rgb(x, y);
                int q = Regions.quant(p);
                counts[q]++;
                sample[q] = p;
                total++;
            }
        }
        int best = 0;
        for (int q = 1; q < counts.length; q++) {
            if (counts[q] > counts[best]) {
                best = q;
            }
        }
        return total == 0 || counts[best] < share * total ? -1 : sample[best];
    }

    /** How far (summed channels) the page above and below a button's fill is from the fill. */
    private static final int AROUND_FILL = 90;

    private static boolean sameWords(String a, String b) {
        return TextMatch.similarity(OWNERLESS.matcher(TextMatch.fold(a)).replaceAll(""),
                OWNERLESS.matcher(TextMatch.fold(b)).replaceAll("")) >= 0.9;
    }

    private static final java.util.regex.Pattern OWNERLESS = java.util.regex.Pattern.compile("\\b(?:the|your|my|our|a|an)\\s+");

    /** The query's words, all but articles, are {@code icon}'s own name ("cart", "bell", "trash can"). */
    private static boolean namesIcon(Query query, IconKind icon) {
        if (icon == null || icon == IconKind.UNKNOWN) {
            return false;
        }
        String said = OWNERLESS.matcher(TextMatch.fold(query.text())).replaceAll("");
        List<String> names = icon.words();
        for (int i = 0; i < Math.min(4, names.size()); i++) {
            if (TextMatch.fold(names.get(i)).equals(said)) {
                return true;
            }
        }
        return false;
    }

    /** {@code icon} lies inside a control that has words of its own (a button's "Add to cart", a field's "Search products"). */
    private static boolean captioned(Scene scene, Element icon) {
        for (Element e : scene.elements()) {
            if (e != icon && e.widget() != null && e.widget() != WidgetKind.ICON && e.box().contains(icon.box().center())
                    && e.box().area() > 2 * icon.box().area() && e.text().codePoints().filter(Character::isLetter).count() >= 3) {
                return true;
            }
        }
        return false;
    }

    /** How well an icon of kind {@code icon} answers {@code query}, which names it among its icons. */
    private static double iconMatch(Query query, IconKind icon) {
        // every word of the query should be an icon word or a kind word; words that only describe the
        // drawing ("the big play button", "the redo arrow") neither help nor hurt
        List<String> words = new ArrayList<>(TextMatch.words(query.text()));
        words.removeIf(DRAWING_WORDS::contains);
        double iconWords = 0;
        boolean byMeaning = false;
        for (String w : words) {
            List<String> names = icon.words();
            for (int i = 0; i < names.size(); i++) {
                if (TextMatch.words(names.get(i)).contains(w)) {
                    iconWords += i < 4 ? 1.0 : 0.93; // the first names are what the icon is; later ones what it may do
                    byMeaning |= i >= 2 && !icon.name().toLowerCase(Locale.ROOT).contains(w);
                    break;
                }
            }
        }
        if (words.isEmpty() && TextMatch.normalize(query.text()).isEmpty()) {
            iconWords = 1; // a bare symbol such as ☰
        }
        double cover = words.isEmpty() ? 1 : iconWords / (double) words.size();
        // naming an icon by its meaning ("Next" for a chevron) is weaker evidence than reading the word itself
        // "the Checkout button": the word written on a button beats a cart icon that may check out
        // "your profile" with the menu open: the words written there beat an avatar that may lead to a profile
        double base = query.kind() == Kind.ICON ? 0.95 : query.kind() == Kind.BUTTON ? (byMeaning ? 0.72 : 0.95)
                : byMeaning ? 0.80 : 0.88;
        if (cover < 0.9) {
            // "the Delete account button" is hardly a person icon: unexplained words count against it,
            // and with half the words unexplained it is no match at all
            if (cover < 0.6) {
                return base * cover;
            }
            cover *= 0.6;
        }
        return base * (0.6 + 0.4 * cover);
    }

    /** How well an element of this kind answers a query asking for {@code kind}. */
    static double kindFactor(Kind kind, Element e) {
        return kindFactor(kind, e.widget());
    }

    /** How well a widget of kind {@code w} ({@code null} for plain text) answers a query asking for {@code kind}. */
    static double kindFactor(Kind kind, WidgetKind w) {
        if (kind == Kind.ANY) {
            return w == null ? 1.0 : w == WidgetKind.TEXT_AREA ? 0.9 : 1.0;
        }
        if (w == null) {
            return switch (kind) {
                case TEXT -> 1.0;
                case LINK -> 0.92;
                case TAB -> 0.9;
                case BUTTON -> 0.8;
                case ICON -> 0.6;
                default -> 0.25;
            };
        }
        return switch (kind) {
            case BUTTON -> switch (w) {
                case BUTTON -> 1.0;
                case ICON -> 0.95;
                case LINK -> 0.92; // testers call a "Next" or "Sign up" link a button
                case TAB -> 0.7;
                default -> 0.3;
            };
            case LINK -> switch (w) {
                case LINK -> 1.0;
                case BUTTON -> 0.8;
                case TAB -> 0.75;
                default -> 0.3;
            };
            case FIELD -> switch (w) {
                case TEXT_FIELD -> 1.0;
                case TEXT_AREA -> 0.9;
                case SELECT -> 0.8;
                default -> 0.15;
            };
            case TEXT_AREA -> switch (w) {
                case TEXT_AREA -> 1.0;
                case TEXT_FIELD -> 0.85;
                default -> 0.15;
            };
            case CHECKBOX -> switch (w) {
                case CHECKBOX -> 1.0;
                case TOGGLE -> 0.75;
                case RADIO -> 0.6;
                default -> 0.15;
            };
            case RADIO -> switch (w) {
                case RADIO -> 1.0;
                case CHECKBOX -> 0.6;
                default -> 0.15;
            };
            case TOGGLE -> switch (w) {
                case TOGGLE -> 1.0;
                case CHECKBOX -> 0.8;
                default -> 0.15;
            };
            case CHECKABLE -> switch (w) {
                case CHECKBOX, RADIO, TOGGLE -> 1.0;
                default -> 0.15;
            };
            case TAB -> switch (w) {
                case TAB -> 1.0;
                case BUTTON, LINK -> 0.85;
                default -> 0.3;
            };
            case ICON -> switch (w) {
                case ICON -> 1.0;
                case BUTTON -> 0.7;
                default -> 0.3;
            };
            case DROPDOWN -> switch (w) {
                case SELECT -> 1.0;
                case TEXT_FIELD -> 0.7;
                case BUTTON -> 0.6;
                default -> 0.2;
            };
            case BOX -> switch (w) {
                case CHECKBOX, TEXT_FIELD, TEXT_AREA -> 1.0;
                case SELECT -> 0.9;
                default -> 0.3;
            };
            case TEXT -> 0.6;
            case CONTROL -> switch (w) {
                case SLIDER, PROGRESS, KNOB -> 1.0;
                case BUTTON, TOGGLE, ICON -> 0.7;
                default -> 0.3;
            };
            case SLIDER -> switch (w) {
                case SLIDER -> 1.0;
                case PROGRESS -> 0.85; // a seek bar is called either
                case KNOB -> 0.5;
                default -> 0.2;
            };
            case PROGRESS -> switch (w) {
                case PROGRESS -> 1.0;
                case SLIDER -> 0.85;
                default -> 0.2;
            };
            case KNOB -> switch (w) {
                case KNOB -> 1.0;
                case SLIDER -> 0.5;
                default -> 0.2;
            };
            // a colour swatch is a small filled circle or square: read as an icon, a radio or a checkbox
            case SWATCH -> switch (w) {
                case ICON, RADIO -> 1.0;
                case CHECKBOX -> 0.9;
                case BUTTON -> 0.6;
                default -> 0.1;
            };
            case ANY -> 1.0;
        };
    }

    /**
     * The section a heading opens: from the heading down to the next text that starts at the same
     * left edge and is at least as tall (the next heading of its level, or the next item of a
     * menu), or to the bottom of the frame.
     */
    static Box section(Scene scene, Box heading) {
        double tol = Math.max(4, heading.height() * 0.4);
        int end = scene.screenshot().height();
        int right = scene.screenshot().width();
        boolean smallerEnd = false; // whether what ends it reads a little smaller: a sub-heading of the same panel
        boolean capitals = scene.elements().stream().filter(e -> e.isText() && e.box().equals(heading))
                .findFirst().map(e -> upper(e.text())).orElse(true);
        for (Element e : scene.elements()) {
            if (!e.isText()) {
                continue;
            }
            Box b = e.box();
            // a line right under it and much longer is the heading's subtitle ("Where your show is listed, and how …")
            boolean subtitle = b.top() - heading.bottom() < heading.height() && b.width() > 2 * heading.width();
            if (b.top() >= heading.bottom() - 2 && b.top() < end && !subtitle
                    && Math.abs(b.left() - heading.left()) <= tol && b.height() >= heading.height() * 0.9) {
                end = b.top();
                smallerEnd = b.height() < heading.height();
            }
            // a heading written alike beside it on the same line (SENDER | RECIPIENT) opens the next column
            if (b.left() > heading.right() + 2 * heading.height() && b.verticalOverlap(heading) > 0.5
                    && Math.abs(b.height() - heading.height()) <= tol && upper(e.text()) == capitals) {
                right = Math.min(right, b.left() - 1);
            }
        }
        Box byHeadings = new Box(Math.max(0, heading.left() - heading.height()), heading.top(), right, Math.max(end, heading.bottom()));
        // a heading at the top of its own panel, ended by a sub-heading a little smaller ("Distribution" over a card
        // whose "Platforms" and "RSS feed" are nearly as tall): the section is the whole panel
        Optional<Box> panel = scene.regions().panelAround(heading);
        if (smallerEnd && panel.isPresent() && heading.top() - panel.get().top() <= 3 * heading.height()
                && panel.get().bottom() > byHeadings.bottom()) {
            return new Box(panel.get().left(), heading.top(), panel.get().right(), panel.get().bottom());
        }
        return byHeadings;
    }

    private static boolean upper(String s) {
        return s.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static double inSection(Box c, Box section, Box heading) {
        if (!section.contains(c.center())) {
            return 0.1;
        }
        double h = Math.max(8, heading.height());
        return 1.0 / (1 + Math.max(0, c.top() - heading.bottom()) / (60 * h));
    }

    /** Multiplier for a candidate {@code c} against anchor {@code a}. */
    static double relation(Relation.Type type, Box c, Box a) {
        double h = Math.max(8, Math.max(a.height(), Math.min(c.height(), 60)));
        double gap = c.gapTo(a);
        boolean sameRow = c.verticalOverlap(a) > 0.3 || Math.abs(c.centerY() - a.centerY()) < h * 0.7;
        // a row of two lines (a name over an email) has its controls centred on both, a little below the first line,
        // further along the row
        boolean rowOfTwoLines = c.centerY() > a.bottom() && c.centerY() - a.bottom() < 0.9 * h && c.left() >= a.right();
        boolean sameColumn = c.horizontalOverlap(a) > 0.2;
        // a row's checkbox before its name, centred on the name and the lines under it ("Metformin ER" over its Rx
        // number): beside the name, though less surely than a control level with it (the next row's may lie as low)
        boolean besideTwoLines = c.centerY() > a.bottom() && c.centerY() - a.bottom() < 0.9 * h
                && (c.left() >= a.right() || c.right() <= a.left());
        return switch (type) {
            case NEXT_TO -> sameRow ? 1.0 / (1 + gap / (10 * h)) : besideTwoLines ? 0.8 / (1 + gap / (10 * h))
                    : 0.45 / (1 + gap / (6 * h));
            case NEAR -> 1.0 / (1 + gap / (6 * h));
            case SAME_ROW -> sameRow || rowOfTwoLines ? 1.0 / (1 + gap / (80 * h)) : 0.05; // a table row may run the page's width
            case BELOW -> c.centerY() > a.bottom() - h * 0.2
                    ? (sameColumn ? 1.0 : 0.6) / (1 + Math.max(0, c.top() - a.bottom()) / (5 * h)) : 0.05;
            case ABOVE -> c.centerY() < a.top() + h * 0.2
                    ? (sameColumn ? 1.0 : 0.6) / (1 + Math.max(0, a.top() - c.bottom()) / (5 * h)) : 0.05;
            case LEFT_OF -> c.centerX() < a.left() + h * 0.2
                    ? (sameRow ? 1.0 : 0.5) / (1 + Math.max(0, a.left() - c.right()) / (10 * h)) : 0.05;
            case RIGHT_OF -> c.centerX() > a.right() - h * 0.2
                    ? (sameRow ? 1.0 : 0.5) / (1 + Math.max(0, c.left() - a.right()) / (10 * h)) : 0.05;
            case INSIDE -> a.contains(c.center()) && a.area() > 2 * c.area() ? 1.0
                    : c.centerY() > a.top() ? 0.9 / (1 + gap / (10 * h)) : 0.1;
            case SECTION -> c.centerY() >= a.top() - h * 0.5
                    ? 1.0 / (1 + Math.max(0, c.top() - a.bottom()) / (15 * h)) : 0.1;
            // a name's own things lie on its row or under it; above it lies the item before (the last message's reactions)
            case OWNER -> Math.max(sameRow || rowOfTwoLines ? 1.0 / (1 + gap / (40 * h)) : 0.05,
                    (c.bottom() <= a.top() ? 0.5 : 0.95) / (1 + gap / (4 * h)));
            case ROW_ORDINAL -> 1.0;
            // a calendar day's column: anywhere under its heading, however far down the day it is
            case COLUMN -> c.horizontalOverlap(a) > 0.2 && c.centerY() > a.bottom() - h * 0.2 ? 1.0 : 0.1;
        };
    }

    /**
     * A text that is the label of a field, checkbox, radio or toggle names that control: the text's
     * candidate is folded into the control's, which keeps the better score.
     */
    private static List<Scored> mergeLabels(List<Scored> scored, Kind kind) {
        List<Scored> out = new ArrayList<>(scored);
        for (int i = 0; i < out.size(); i++) {
            Scored w = out.get(i);
            Box lb = w.element.labelBox();
            if (w.element.isText() || lb == null) {
                continue;
            }
            boolean row = kind == Kind.ANY && TextMatch.words(w.element.label()).size() > ROW_LABEL_WORDS;
            for (int j = 0; j < out.size(); j++) {
                Scored t = out.get(j);
                if (!t.element.isText() || !(t.box.intersects(lb) && (lb.contains(t.box.center()) || t.box.contains(lb.center())))) {
                    continue;
                }
                if (row && lb.height() > 1.8 * t.box.height()) {
                    // a list row's content beside its checkbox, line under line ("Marcus Chen" / "Lunch on Friday?" /
                    // "Are you…"): a name in it, asked for plainly, is the row's text to open, not the box to tick
                    continue;
                }
                double m = Math.max(w.match, t.match);
                double r = Math.max(w.rank, t.rank);
                w = new Scored(w.element, w.box, w.shown, m, r);
                out.set(i, w);
                out.remove(j);
                if (j < i) {
                    i--;
                }
                j--;
            }
        }
        return out;
    }

    /** More words than a caption has, on several lines: the label is a list row's content. */
    private static final int ROW_LABEL_WORDS = 6;

    /** Drops candidates that are the same thing as a better one (a caption inside its button). */
    private static List<Scored> dedupe(List<Scored> scored) {
        List<Scored> sorted = new ArrayList<>(scored);
        sorted.sort(Comparator.comparingDouble(Scored::rank).reversed());
        List<Scored> out = new ArrayList<>();
        for (Scored s : sorted) {
            boolean dup = false;
            for (Scored o : out) {
                if (s.box.iou(o.box) > 0.5 || o.box.contains(s.box.center()) && s.element.isText()
                        || s.box.contains(o.box.center()) && o.element.isText() && s.box.area() < 6 * o.box.area()) {
                    dup = true;
                    break;
                }
            }
            if (!dup) {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean distinct(Box a, Box b) {
        return a.iou(b) < 0.3 && !a.contains(b.center()) && !b.contains(a.center());
    }

    /** Rows top to bottom (elements whose vertical centres are close share a row), then left to right. */
    private static Comparator<Scored> readingOrder(List<Scored> group) {
        double tol = group.stream().mapToInt(s -> s.box.height()).average().orElse(10) * 0.6;
        return (x, y) -> {
            double dy = x.box.centerY() - y.box.centerY();
            if (Math.abs(dy) > tol) {
                return dy < 0 ? -1 : 1;
            }
            return Double.compare(x.box.centerX(), y.box.centerX());
        };
    }

    private static List<Scored> top(List<Scored> scored, int n) {
        List<Scored> sorted = new ArrayList<>(scored);
        sorted.sort(Comparator.comparingDouble(Scored::rank).reversed());
        return sorted.subList(0, Math.min(n, sorted.size()));
    }

    private static List<Candidate> candidates(List<Scored> scored) {
        List<Candidate> out = new ArrayList<>();
        for (Scored s : scored.subList(0, Math.min(scored.size(), 8))) {
            out.add(new Candidate(s.box, Math.min(1, s.rank), s.element.kindLabel(), s.shown));
        }
        return out;
    }

    /** "a button reading 'Sign in'" */
    static String describe(Query q) {
        String kind = switch (q.kind()) {
            case ANY -> "an element";
            case FIELD -> "a text field";
            case TEXT_AREA -> "a text area";
            case DROPDOWN -> "a dropdown";
            case BOX -> "a box";
            case CHECKABLE -> "a checkbox, radio or toggle";
            case ICON -> "an icon";
            case PROGRESS -> "a progress bar";
            case SWATCH -> "a colour swatch";
            default -> "a " + q.kind().name().toLowerCase(Locale.ROOT);
        };
        return kind + (q.hasText() ? " matching '" + q.text() + "'" : "") + (q.colour() != null ? " in " + q.colour() : "");
    }
}
