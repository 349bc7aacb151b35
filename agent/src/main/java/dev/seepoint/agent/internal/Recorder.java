package dev.seepoint.agent.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seepoint.agent.Step;
import dev.seepoint.agent.Trace;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.tools.Observation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Collects the steps of one agent as they happen; thread-safe, so a snapshot can be taken at any time. */
public final class Recorder {

    private final List<Step> steps = new ArrayList<>();
    private final long startedAtMs;
    private final String model;

    public Recorder(long startedAtMs, String model) {
        this.startedAtMs = startedAtMs;
        this.model = model;
    }

    public synchronized Step add(String instruction, String thought, String tool, JsonNode args, Observation o,
            long startedMs, long durationMs, Map<String, Long> timings, Screenshot before, Screenshot after) {
        Step s = Step.of(steps.size() + 1, instruction, thought, tool, args, o, startedMs, durationMs, timings, before, after);
        steps.add(s);
        return s;
    }

    public synchronized int size() {
        return steps.size();
    }

    public synchronized Trace snapshot(String title, Trace.Status status, String failure) {
        return new Trace(title, model, startedAtMs, status, failure, new ArrayList<>(steps));
    }
}
