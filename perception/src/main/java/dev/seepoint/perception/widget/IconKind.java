package dev.seepoint.perception.widget;

import java.util.List;

/** Common icon-only controls, each with the words a tester may use for it. */
public enum IconKind {
    CLOSE("close", "x", "×", "dismiss", "cross"),
    MENU("menu", "hamburger", "☰", "navigation"),
    SEARCH("search", "magnifier", "magnifying glass", "find"),
    SETTINGS("settings", "gear", "cog", "preferences"),
    PLUS("plus", "add", "+", "increase", "increment"),
    MINUS("minus", "remove", "-", "−", "decrease", "decrement"),
    CHEVRON_LEFT("left chevron", "previous", "back", "left arrow", "prev"),
    CHEVRON_RIGHT("right chevron", "next", "forward", "right arrow"),
    CHEVRON_UP("up chevron", "up arrow", "collapse", "up"),
    CHEVRON_DOWN("down chevron", "down arrow", "expand", "down"),
    TRASH("trash", "delete", "bin", "remove", "garbage", "wastebasket"),
    UNKNOWN("icon");

    private final List<String> words;

    IconKind(String... words) {
        this.words = List.of(words);
    }

    /** Words a tester may use to name this icon, the first being its plain name. */
    public List<String> words() {
        return words;
    }
}
