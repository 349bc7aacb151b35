package dev.seepoint.tools.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seepoint.perception.Box;
import dev.seepoint.perception.Point;
import java.time.Duration;
import java.util.Optional;

/** Reads tool arguments; a missing required argument is an {@link IllegalArgumentException} naming it. */
public final class Args {

    private final String tool;
    private final JsonNode node;

    private Args(String tool, JsonNode node) {
        this.tool = tool;
        this.node = node == null || node.isNull() || node.isMissingNode() ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode() : node;
        if (!this.node.isObject()) {
            throw new IllegalArgumentException("arguments of " + tool + " must be a JSON object, got " + node);
        }
    }

    public static Args of(String tool, JsonNode node) {
        return new Args(tool, node);
    }

    public boolean has(String name) {
        JsonNode v = node.get(name);
        return v != null && !v.isNull() && !(v.isTextual() && v.asText().isBlank());
    }

    public String string(String name) {
        return optString(name).orElseThrow(() -> new IllegalArgumentException(
                "argument '" + name + "' is required, e.g. {\"" + name + "\": \"...\"}"));
    }

    public Optional<String> optString(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonNode v = node.get(name);
        if (!v.isValueNode()) {
            throw new IllegalArgumentException("argument '" + name + "' must be text, got " + v);
        }
        return Optional.of(v.asText());
    }

    /** A string that may legitimately be empty (the text to type). */
    public String rawString(String name, String fallback) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? fallback : v.asText();
    }

    public boolean bool(String name, boolean fallback) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        String s = v.asText().trim().toLowerCase(java.util.Locale.ROOT);
        if (s.equals("true") || s.equals("yes")) {
            return true;
        }
        if (s.equals("false") || s.equals("no")) {
            return false;
        }
        throw new IllegalArgumentException("argument '" + name + "' must be true or false, got " + v);
    }

    public double number(String name, double fallback) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (v.isNumber() || (v.isTextual() && v.asText().matches("-?\\d+(\\.\\d+)?"))) {
            return v.asDouble();
        }
        throw new IllegalArgumentException("argument '" + name + "' must be a number, got " + v);
    }

    public int integer(String name, int fallback) {
        return (int) Math.round(number(name, fallback));
    }

    /** A duration given as {@code name} in milliseconds. */
    public Duration millis(String name, Duration fallback) {
        return has(name) ? Duration.ofMillis(Math.max(0, Math.round(number(name, 0)))) : fallback;
    }

    /** A box as {@code [left, top, right, bottom]} or {@code {"left":..,"top":..,"right":..,"bottom":..}}. */
    public Optional<Box> box(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (v.isArray() && v.size() == 4) {
            return Optional.of(Box.of(v.get(0).asInt(), v.get(1).asInt(), v.get(2).asInt(), v.get(3).asInt()));
        }
        if (v.isObject() && v.has("left") && v.has("top") && v.has("right") && v.has("bottom")) {
            return Optional.of(Box.of(v.get("left").asInt(), v.get("top").asInt(), v.get("right").asInt(),
                    v.get("bottom").asInt()));
        }
        throw new IllegalArgumentException("argument '" + name + "' must be a box [left, top, right, bottom], got " + v);
    }

    /** A point as {@code [x, y]} or {@code {"x":..,"y":..}}. */
    public Optional<Point> point(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (v.isArray() && v.size() == 2) {
            return Optional.of(Point.of(v.get(0).asInt(), v.get(1).asInt()));
        }
        if (v.isObject() && v.has("x") && v.has("y")) {
            return Optional.of(Point.of(v.get("x").asInt(), v.get("y").asInt()));
        }
        throw new IllegalArgumentException("argument '" + name + "' must be a point [x, y], got " + v);
    }

    @Override
    public String toString() {
        return tool + node;
    }
}
