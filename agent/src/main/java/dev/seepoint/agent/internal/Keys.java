package dev.seepoint.agent.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Recognises key names and chords in plain words ("the Enter key", "ctrl + a", "shift-tab") and spells them canonically. */
public final class Keys {

    private static final Map<String, String> MODIFIERS = Map.of("ctrl", "Ctrl", "control", "Ctrl", "alt", "Alt",
            "option", "Alt", "shift", "Shift", "meta", "Meta", "cmd", "Meta", "command", "Meta", "win", "Meta", "super", "Meta");
    private static final Map<String, String> KEYS = Map.ofEntries(Map.entry("enter", "Enter"), Map.entry("return", "Enter"),
            Map.entry("tab", "Tab"), Map.entry("escape", "Escape"), Map.entry("esc", "Escape"),
            Map.entry("backspace", "Backspace"), Map.entry("delete", "Delete"), Map.entry("del", "Delete"),
            Map.entry("space", "Space"), Map.entry("spacebar", "Space"), Map.entry("up", "ArrowUp"),
            Map.entry("down", "ArrowDown"), Map.entry("left", "ArrowLeft"), Map.entry("right", "ArrowRight"),
            Map.entry("arrowup", "ArrowUp"), Map.entry("arrowdown", "ArrowDown"), Map.entry("arrowleft", "ArrowLeft"),
            Map.entry("arrowright", "ArrowRight"), Map.entry("pageup", "PageUp"), Map.entry("pagedown", "PageDown"),
            Map.entry("home", "Home"), Map.entry("end", "End"), Map.entry("insert", "Insert"));

    private Keys() {
    }

    /** The canonical chord ({@code Enter}, {@code Ctrl+A}, {@code Shift+Tab}) when {@code words} name a key. */
    public static Optional<String> parse(String words) {
        String s = words.trim().toLowerCase(Locale.ROOT).replaceAll("^the ", "").replaceAll(" keys?$", "").trim();
        s = s.replaceAll("\\bpage (up|down)\\b", "page$1").replaceAll("\\barrow (up|down|left|right)\\b", "arrow$1")
                .replaceAll("\\b(up|down|left|right) arrow\\b", "arrow$1").replaceAll("\\bspace bar\\b", "spacebar")
                .replaceAll("\\bback space\\b", "backspace");
        if (s.isEmpty()) {
            return Optional.empty();
        }
        String[] tokens = s.split("\\s*\\+\\s*|\\s*-\\s*(?=\\S)|\\s+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            boolean last = i == tokens.length - 1;
            if (!last) {
                if (!MODIFIERS.containsKey(t)) {
                    return Optional.empty();
                }
                out.add(MODIFIERS.get(t));
            } else if (KEYS.containsKey(t)) {
                out.add(KEYS.get(t));
            } else if (t.matches("f([1-9]|1[0-2])")) {
                out.add(t.toUpperCase(Locale.ROOT));
            } else if (t.length() == 1 && Character.isLetterOrDigit(t.charAt(0)) && tokens.length > 1) {
                out.add(t.toUpperCase(Locale.ROOT));
            } else if (MODIFIERS.containsKey(t) && tokens.length == 1) {
                out.add(MODIFIERS.get(t));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(String.join("+", out));
    }
}
