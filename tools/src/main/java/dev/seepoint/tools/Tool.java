package dev.seepoint.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One thing the agent can do in a ReAct step: look (screenshot, locate, crop, ocr, read, check) or
 * act (click, type, press, scroll, select, hover, wait).
 *
 * <p>{@link #execute} never throws for an ordinary failure: it returns an
 * {@linkplain Observation#error(String) error observation} that says what went wrong, so the loop
 * can reason about it. Only {@link dev.seepoint.actions.DeviceGoneException} propagates.
 */
public interface Tool {

    /** Short snake_case name used in tool calls, e.g. {@code click}. */
    String name();

    /** One paragraph: what the tool does, when to use it, what it returns. */
    String description();

    /** JSON Schema (type object) of the arguments {@link #execute} accepts. */
    ObjectNode schema();

    /** Runs the tool with {@code args} (a JSON object; missing or null means no arguments). */
    Observation execute(JsonNode args, ToolContext context);
}
