package dev.seepoint.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One step a planner decided on: a tool call and the words of the instruction it came from.
 *
 * @param tool   tool name, e.g. {@code click}
 * @param args   the tool's arguments (a JSON object; treat as read-only)
 * @param intent the part of the instruction this step carries out
 */
public record PlanStep(String tool, ObjectNode args, String intent) {

    public PlanStep {
        Objects.requireNonNull(tool, "tool");
        args = args == null ? JsonNodeFactory.instance.objectNode() : args.deepCopy();
        intent = intent == null ? "" : intent;
    }

    /** A step with string arguments given as {@code key, value, key, value...}. */
    public static PlanStep of(String tool, String intent, Object... keyValues) {
        ObjectNode args = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            Object v = keyValues[i + 1];
            String k = keyValues[i].toString();
            if (v instanceof Boolean b) {
                args.put(k, b);
            } else if (v instanceof Integer n) {
                args.put(k, n);
            } else if (v instanceof Number n) {
                args.put(k, n.doubleValue());
            } else if (v != null) {
                args.put(k, v.toString());
            }
        }
        return new PlanStep(tool, args, intent);
    }

    /** A copy with one more (or a replaced) argument. */
    public PlanStep with(String key, JsonNode value) {
        ObjectNode copy = args.deepCopy();
        copy.set(key, value);
        return new PlanStep(tool, copy, intent);
    }

    /** The string argument {@code key}, or empty. */
    public String arg(String key) {
        JsonNode v = args.get(key);
        return v == null || v.isNull() ? "" : v.asText();
    }

    /** Compact form for logs and tests: {@code type(text=ada, into=the Email field)}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = args.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            parts.add(e.getKey() + "=" + (e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
        }
        return tool + "(" + String.join(", ", parts) + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
