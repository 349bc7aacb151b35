package dev.seepoint.actions.internal;

import dev.seepoint.actions.ActionException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.Keys;

/**
 * A key or chord parsed from text such as {@code "Enter"}, {@code "Ctrl+A"} or {@code "Ctrl+Shift+K"}:
 * the modifiers held down, then the one key pressed.
 *
 * @param modifiers modifier keys, pressed in order and released in reverse
 * @param key       the key pressed while they are held: a {@link Keys} character or one text code point
 */
public record KeyChord(List<Keys> modifiers, int key) {

    private static final Map<String, Keys> MODIFIERS = new LinkedHashMap<>();
    private static final Map<String, Keys> NAMED = new LinkedHashMap<>();

    static {
        MODIFIERS.put("ctrl", Keys.CONTROL);
        MODIFIERS.put("control", Keys.CONTROL);
        MODIFIERS.put("shift", Keys.SHIFT);
        MODIFIERS.put("alt", Keys.ALT);
        MODIFIERS.put("option", Keys.ALT);
        MODIFIERS.put("meta", Keys.META);
        MODIFIERS.put("cmd", Keys.META);
        MODIFIERS.put("command", Keys.META);
        MODIFIERS.put("super", Keys.META);

        NAMED.put("enter", Keys.ENTER);
        NAMED.put("return", Keys.ENTER);
        NAMED.put("tab", Keys.TAB);
        NAMED.put("escape", Keys.ESCAPE);
        NAMED.put("esc", Keys.ESCAPE);
        NAMED.put("backspace", Keys.BACK_SPACE);
        NAMED.put("delete", Keys.DELETE);
        NAMED.put("del", Keys.DELETE);
        NAMED.put("insert", Keys.INSERT);
        NAMED.put("space", Keys.SPACE);
        NAMED.put("home", Keys.HOME);
        NAMED.put("end", Keys.END);
        NAMED.put("pageup", Keys.PAGE_UP);
        NAMED.put("pagedown", Keys.PAGE_DOWN);
        NAMED.put("arrowup", Keys.ARROW_UP);
        NAMED.put("arrowdown", Keys.ARROW_DOWN);
        NAMED.put("arrowleft", Keys.ARROW_LEFT);
        NAMED.put("arrowright", Keys.ARROW_RIGHT);
        NAMED.put("up", Keys.ARROW_UP);
        NAMED.put("down", Keys.ARROW_DOWN);
        NAMED.put("left", Keys.ARROW_LEFT);
        NAMED.put("right", Keys.ARROW_RIGHT);
        Keys[] f = {Keys.F1, Keys.F2, Keys.F3, Keys.F4, Keys.F5, Keys.F6, Keys.F7, Keys.F8, Keys.F9, Keys.F10, Keys.F11, Keys.F12};
        for (int i = 0; i < f.length; i++) {
            NAMED.put("f" + (i + 1), f[i]);
        }
    }

    /** What the error message offers. */
    static final String VALID = "Enter, Tab, Escape, Backspace, Delete, Insert, Space, Home, End, PageUp, PageDown, "
            + "ArrowUp, ArrowDown, ArrowLeft, ArrowRight, F1..F12, a single character (A, 7, /), "
            + "and chords of Ctrl, Shift, Alt, Meta with one of them (Ctrl+A, Shift+Tab, Ctrl+Shift+K, Meta+A)";

    public KeyChord {
        modifiers = List.copyOf(modifiers);
    }

    /** Parses a key name or chord; names are case-insensitive, parts are joined with {@code +}. */
    public static KeyChord parse(String chord) {
        if (chord == null || chord.isBlank()) {
            throw new ActionException("no key given; valid keys: " + VALID);
        }
        String text = chord.strip();
        List<String> parts = new ArrayList<>();
        String last;
        if (text.equals("+")) {
            last = "+";
        } else if (text.endsWith("++")) {
            last = "+";
            text = text.substring(0, text.length() - 2);
            parts.addAll(List.of(text.split("\\+", -1)));
        } else {
            List<String> all = List.of(text.split("\\+", -1));
            parts.addAll(all.subList(0, all.size() - 1));
            last = all.get(all.size() - 1);
        }
        List<Keys> modifiers = new ArrayList<>();
        for (String part : parts) {
            Keys modifier = MODIFIERS.get(normalise(part));
            if (modifier == null) {
                throw new ActionException("'" + part.strip() + "' in '" + chord + "' is not a modifier; in a chord every part "
                        + "before the last must be Ctrl, Shift, Alt or Meta. Valid keys: " + VALID);
            }
            if (!modifiers.contains(modifier)) {
                modifiers.add(modifier);
            }
        }
        return new KeyChord(modifiers, key(last, modifiers, chord));
    }

    private static int key(String token, List<Keys> modifiers, String chord) {
        String raw = token.equals(" ") ? token : token.strip();
        if (raw.codePointCount(0, raw.length()) == 1) {
            int cp = raw.codePointAt(0);
            if (Character.isLetter(cp)) {
                boolean shiftOnly = modifiers.equals(List.of(Keys.SHIFT));
                boolean otherModifiers = !modifiers.isEmpty() && !shiftOnly;
                if (shiftOnly) {
                    return Character.toUpperCase(cp);
                }
                if (otherModifiers) {
                    return Character.toLowerCase(cp);
                }
            }
            return cp;
        }
        String name = normalise(raw);
        Keys named = NAMED.get(name);
        if (named == null) {
            named = MODIFIERS.get(name);
        }
        if (named == null) {
            throw new ActionException("unknown key '" + raw + "' in '" + chord + "'. Valid keys: " + VALID);
        }
        return named.charAt(0);
    }

    private static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "").replace("-", "");
    }

    /** Every accepted key name, lower case (for documentation and tests). */
    public static Set<String> names() {
        Set<String> names = new java.util.TreeSet<>(NAMED.keySet());
        names.addAll(MODIFIERS.keySet());
        return names;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Keys m : modifiers) {
            out.append(m.name()).append('+');
        }
        for (Keys k : Keys.values()) {
            if (k.charAt(0) == key) {
                return out.append(k.name()).toString();
            }
        }
        return out.appendCodePoint(key).toString();
    }
}
