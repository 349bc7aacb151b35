package dev.seepoint.tools;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/** A tool with a fixed name, description and schema; subclasses implement {@code execute}. */
public abstract class AbstractTool implements Tool {

    private final String name;
    private final String description;
    private final ObjectNode schema;

    protected AbstractTool(String name, String description, ObjectNode schema) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final ObjectNode schema() {
        return schema.deepCopy();
    }

    @Override
    public String toString() {
        return name;
    }
}
