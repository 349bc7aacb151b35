package dev.seepoint.scenarios.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.seepoint.scenarios.Location;
import dev.seepoint.scenarios.SuiteException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree whose every node and key remembers its line and column, so errors can
 * say {@code suite.yaml:7:5}. Jackson's own trees forget where things were.
 */
public final class YamlTree {

    private static final YAMLFactory YAML = new YAMLFactory();
    private static final int MAX_DEPTH = 64;

    /** Any node. */
    public sealed interface Node permits MapNode, ListNode, Scalar {
        Location at();

        /** A word for error messages: "a mapping", "a list", "text". */
        String kind();
    }

    /** One key of a mapping, with where the key was written. */
    public record Entry(String key, Location keyAt, Node value) {
    }

    public record MapNode(Map<String, Entry> entries, Location at) implements Node {
        public MapNode {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String kind() {
            return "a mapping (key: value)";
        }
    }

    public record ListNode(List<Node> items, Location at) implements Node {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /** A scalar; {@code text} is null for YAML null (an empty value). */
    public record Scalar(String text, Location at) implements Node {
        @Override
        public String kind() {
            return text == null ? "an empty value" : "text";
        }
    }

    private YamlTree() {
    }

    /** Parses {@code yaml} read from {@code file}; an empty document is an empty mapping. */
    public static Node parse(String yaml, Path file) {
        try (JsonParser p = YAML.createParser(yaml)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return new MapNode(Map.of(), new Location(file, 1, 1));
            }
            Node root = read(p, file, 0);
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            Location at = loc == null ? Location.of(file) : new Location(file, loc.getLineNr(), loc.getColumnNr());
            String why = e.getOriginalMessage() == null ? e.toString() : e.getOriginalMessage();
            throw new SuiteException(at + ": YAML syntax error: " + firstLines(why)
                    + " (check the indentation and that values holding ': ' or starting with { [ * & ! are quoted)", e);
        } catch (IOException e) {
            throw new SuiteException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static Node read(JsonParser p, Path file, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new SuiteException(at(p, file) + ": nested deeper than " + MAX_DEPTH + " levels");
        }
        Location at = at(p, file);
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Location keyAt = at(p, file);
                    p.nextToken();
                    Node value = read(p, file, depth + 1);
                    if (entries.containsKey(key)) {
                        throw new SuiteException(keyAt + ": the key '" + key + "' appears twice in one mapping (first at "
                                + entries.get(key).keyAt() + "); in a list of steps start each step with '- '");
                    }
                    entries.put(key, new Entry(key, keyAt, value));
                }
                return new MapNode(entries, at);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p, file, depth + 1));
                }
                return new ListNode(items, at);
            }
            case VALUE_NULL -> {
                return new Scalar(null, at);
            }
            default -> {
                return new Scalar(p.getText(), at);
            }
        }
    }

    private static Location at(JsonParser p, Path file) {
        JsonLocation loc = p.currentTokenLocation();
        return new Location(file, loc.getLineNr(), loc.getColumnNr());
    }

    private static String firstLines(String s) {
        String[] lines = s.strip().split("\\R");
        StringBuilder out = new StringBuilder(lines[0].strip());
        for (int i = 1; i < Math.min(lines.length, 2); i++) {
            out.append(' ').append(lines[i].strip());
        }
        return out.toString();
    }
}
