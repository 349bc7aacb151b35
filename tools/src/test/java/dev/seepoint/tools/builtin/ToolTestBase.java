package dev.seepoint.tools.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.perception.text.OcrEngine;
import dev.seepoint.tools.Observation;
import dev.seepoint.tools.ToolContext;
import dev.seepoint.tools.ToolOptions;
import dev.seepoint.tools.Toolbox;
import dev.seepoint.tools.testing.FakeClock;
import dev.seepoint.tools.testing.FakeDevice;
import dev.seepoint.tools.testing.Frames;
import dev.seepoint.tools.testing.ScriptedModel;

abstract class ToolTestBase {

    static final ObjectMapper JSON = new ObjectMapper();

    final Screenshot page = Frames.solid(400, 300, 0xFFFFFF);
    final FakeDevice device = new FakeDevice(page);
    final ScriptedModel model = new ScriptedModel();
    final FakeClock clock = new FakeClock();
    OcrEngine ocr;
    final Toolbox toolbox = Toolbox.standard();

    ToolContext context() {
        return new ToolContext(device, model, ocr, ToolOptions.defaults(), clock);
    }

    Observation check(String assertion, int timeoutMs) {
        com.fasterxml.jackson.databind.node.ObjectNode args = JSON.createObjectNode();
        args.put("assertion", assertion);
        args.put("timeout_ms", timeoutMs);
        return toolbox.execute("check", args, context());
    }

    Observation run(String tool, String argsJson) {
        try {
            JsonNode args = JSON.readTree(argsJson.replace('\'', '"'));
            return toolbox.execute(tool, args, context());
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
