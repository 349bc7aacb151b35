package dev.seepoint.tools.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A small builder of JSON Schema objects for tool arguments. */
public final class Schema {

    private final ObjectNode root = JsonNodeFactory.instance.objectNode();
    private final ObjectNode properties;
    private final ArrayNode required;

    private Schema() {
        root.put("type", "object");
        properties = root.putObject("properties");
        required = root.putArray("required");
        root.put("additionalProperties", false);
    }

    public static Schema object() {
        return new Schema();
    }

    public Schema string(String name, String description, boolean isRequired) {
        return property(name, "string", description, isRequired);
    }

    public Schema number(String name, String description) {
        return property(name, "number", description, false);
    }

    public Schema bool(String name, String description) {
        return property(name, "boolean", description, false);
    }

    public Schema choice(String name, String description, String... values) {
        property(name, "string", description, false);
        ObjectNode p = (ObjectNode) properties.get(name);
        ArrayNode e = p.putArray("enum");
        for (String v : values) {
            e.add(v);
        }
        return this;
    }

    public Schema box(String name, String description) {
        ObjectNode p = properties.putObject(name);
        p.put("type", "array");
        p.put("description", description + " ([left, top, right, bottom] in screenshot pixels)");
        p.putObject("items").put("type", "integer");
        p.put("minItems", 4);
        p.put("maxItems", 4);
        return this;
    }

    public Schema point(String name, String description) {
        ObjectNode p = properties.putObject(name);
        p.put("type", "array");
        p.put("description", description + " ([x, y] in screenshot pixels)");
        p.putObject("items").put("type", "integer");
        p.put("minItems", 2);
        p.put("maxItems", 2);
        return this;
    }

    private Schema property(String name, String type, String description, boolean isRequired) {
        ObjectNode p = properties.putObject(name);
        p.put("type", type);
        p.put("description", description);
        if (isRequired) {
            required.add(name);
        }
        return this;
    }

    public ObjectNode build() {
        return root.deepCopy();
    }
}
