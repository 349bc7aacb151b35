package dev.seepoint.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seepoint.actions.ActionException;
import dev.seepoint.actions.DeviceGoneException;
import dev.seepoint.tools.builtin.CheckTool;
import dev.seepoint.tools.builtin.ClickTool;
import dev.seepoint.tools.builtin.CropTool;
import dev.seepoint.tools.builtin.HoverTool;
import dev.seepoint.tools.builtin.LocateTool;
import dev.seepoint.tools.builtin.NavigateTool;
import dev.seepoint.tools.builtin.OcrTool;
import dev.seepoint.tools.builtin.PressTool;
import dev.seepoint.tools.builtin.ReadTool;
import dev.seepoint.tools.builtin.ScreenshotTool;
import dev.seepoint.tools.builtin.ScrollTool;
import dev.seepoint.tools.builtin.SelectTool;
import dev.seepoint.tools.builtin.SetTool;
import dev.seepoint.tools.builtin.ToggleTool;
import dev.seepoint.tools.builtin.TypeTool;
import dev.seepoint.tools.builtin.WaitTool;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An immutable registry of tools by name. {@link #execute} is the one place a tool is run: any
 * exception other than {@link DeviceGoneException} becomes an error observation.
 */
public final class Toolbox {

    private static final Logger LOG = LoggerFactory.getLogger(Toolbox.class);

    private final Map<String, Tool> tools;

    private Toolbox(Map<String, Tool> tools) {
        this.tools = Collections.unmodifiableMap(new LinkedHashMap<>(tools));
    }

    /** All built-in tools. */
    public static Toolbox standard() {
        return of(new ScreenshotTool(), new LocateTool(), new CropTool(), new OcrTool(), new ClickTool(),
                new TypeTool(), new PressTool(), new ScrollTool(), new SelectTool(), new SetTool(), new ToggleTool(), new HoverTool(),
                new WaitTool(), new ReadTool(), new CheckTool(), new NavigateTool());
    }

    public static Toolbox of(Tool... tools) {
        Map<String, Tool> map = new LinkedHashMap<>();
        for (Tool t : tools) {
            if (map.put(t.name(), t) != null) {
                throw new IllegalArgumentException("two tools are named '" + t.name() + "'");
            }
        }
        return new Toolbox(map);
    }

    /** A copy with {@code tool} added, replacing a tool of the same name. */
    public Toolbox with(Tool tool) {
        Map<String, Tool> map = new LinkedHashMap<>(tools);
        map.put(tool.name(), tool);
        return new Toolbox(map);
    }

    public Optional<Tool> find(String name) {
        return Optional.ofNullable(tools.get(name));
    }

    /** The tool named {@code name}; throws naming the known tools when there is none. */
    public Tool get(String name) {
        Tool t = tools.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no tool named '" + name + "'; known tools: " + names());
        }
        return t;
    }

    public List<String> names() {
        return List.copyOf(tools.keySet());
    }

    public List<Tool> tools() {
        return List.copyOf(tools.values());
    }

    /**
     * Runs tool {@code name}. Unknown tools, bad arguments and action failures come back as error
     * observations; {@link DeviceGoneException} propagates.
     */
    public Observation execute(String name, JsonNode args, ToolContext context) {
        Tool tool = tools.get(name);
        if (tool == null) {
            return Observation.error("there is no tool named '" + name + "'; known tools: " + names())
                    .with("reason", "unknown_tool");
        }
        try {
            return tool.execute(args == null ? JsonNodeFactory.instance.objectNode() : args, context);
        } catch (DeviceGoneException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            return Observation.error(name + ": " + e.getMessage()).with("reason", "bad_args");
        } catch (ActionException e) {
            LOG.debug("tool {} failed", name, e);
            return Observation.error(name + " failed: " + e.getClass().getSimpleName() + ": " + e.getMessage())
                    .with("reason", "tool_failed");
        } catch (RuntimeException e) {
            // not a refusal of the page or the browser: a fault in Seepoint or a plugged-in part, worth its stack trace
            LOG.warn("tool {} failed unexpectedly with {}", name, args, e);
            return Observation.error(name + " failed: " + e.getClass().getSimpleName() + ": " + e.getMessage())
                    .with("reason", "tool_failed");
        }
    }

    /** The tools as a JSON array of {name, description, parameters}, as function-calling models expect. */
    public ArrayNode manifest() {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (Tool t : tools.values()) {
            ObjectNode o = out.addObject();
            o.put("name", t.name());
            o.put("description", t.description());
            o.set("parameters", t.schema());
        }
        return out;
    }

    @Override
    public String toString() {
        return "Toolbox" + new ArrayList<>(tools.keySet());
    }
}
