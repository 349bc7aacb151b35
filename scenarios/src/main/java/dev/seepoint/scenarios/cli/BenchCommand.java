package dev.seepoint.scenarios.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seepoint.perception.DefaultGroundingModel;
import dev.seepoint.perception.GroundingModel;
import dev.seepoint.scenarios.bench.CaseFiles;
import dev.seepoint.scenarios.bench.GroundingBench;
import dev.seepoint.scenarios.bench.GroundingBench.Report;
import dev.seepoint.scenarios.bench.GroundingBench.Result;
import dev.seepoint.scenarios.bench.GroundingCase;
import dev.seepoint.scenarios.bench.Stats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code seepoint bench}: speed and accuracy figures. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure speed and accuracy.",
        subcommands = {BenchCommand.Grounding.class, SuiteBenchCommand.class})
final class BenchCommand {

    /** {@code seepoint bench grounding}: the labelled cases in headless Chromium. */
    @Command(name = "grounding", mixinStandardHelpOptions = true,
            description = {"Run the labelled grounding cases of test-pages in headless Chromium.",
                    "Prints the hit rate (overall and by category), p50/p95 locate time, the raw floor",
                    "(screenshot + coordinate click) on the same pages and the ratio; writes JSON under target/."})
    static final class Grounding implements Callable<Integer> {

        @Option(names = "--cases", description = "case JSON files to run instead of the bundled ones")
        List<Path> caseFiles = new ArrayList<>();

        @Option(names = "--filter", description = "only cases whose id contains this text")
        String filter;

        @Option(names = "--out", description = "figures as JSON (default: ${DEFAULT-VALUE})",
                defaultValue = "target/seepoint-bench/grounding.json")
        Path out;

        @Option(names = "--warmup", description = "locates run before measuring (default: ${DEFAULT-VALUE})", defaultValue = "3")
        int warmup;

        @Option(names = {"-v", "--verbose"}, description = "print every case, not only misses")
        boolean verbose;

        @Option(names = "--reuse-frames", description = "perceive each screen once and reuse it for all its cases"
                + " (quicker for development; locate times then count only the first case of a screen)")
        boolean reuseFrames;

        @Option(names = "--save-frames", description = "write every screen's screenshot into this folder")
        Path saveFrames;

        @Override
        public Integer call() {
            List<GroundingCase> cases = new ArrayList<>();
            if (caseFiles.isEmpty()) {
                cases.addAll(CaseFiles.bundled());
            } else {
                caseFiles.forEach(f -> cases.addAll(CaseFiles.read(f)));
            }
            if (filter != null) {
                cases.removeIf(c -> !c.id().contains(filter));
            }
            if (cases.isEmpty()) {
                throw new IllegalArgumentException("no cases to run" + (filter != null ? " match --filter " + filter : ""));
            }
            Path misses = out.toAbsolutePath().getParent().resolve("misses");
            try (GroundingModel model = DefaultGroundingModel.create(reuseFrames ? DefaultGroundingModel.CACHE : 0)) {
                if (warmup > 0) {
                    new GroundingBench(model, null, r -> { }).run(cases.subList(0, Math.min(warmup, cases.size())));
                }
                System.out.printf("running %d cases...%n", cases.size());
                GroundingBench bench = new GroundingBench(model, misses, r -> {
                    if (verbose || !r.hit()) {
                        System.out.printf(Locale.ROOT, "  %-4s %-40s %-45s %6.0f ms  %s%n", r.hit() ? "ok" : "MISS",
                                r.testCase().id(), quote(r.testCase().expression()), r.locateMs(), r.hit() ? "" : r.verdict());
                    }
                });
                if (saveFrames != null) {
                    bench.saveFrames(saveFrames);
                }
                Report report = bench.run(cases);
                print(report);
                write(report, out);
                System.out.println("figures: " + out.toAbsolutePath());
                if (report.hits() < report.results().size()) {
                    System.out.println("annotated misses: " + misses);
                }
                return 0;
            }
        }

        private static String quote(String s) {
            String q = "\"" + s + "\"";
            return q.length() > 45 ? q.substring(0, 42) + "...\"" : q;
        }

        static void print(Report r) {
            List<Double> locate = r.locateMs();
            double p50 = Stats.percentile(locate, 50);
            double floor = Stats.percentile(r.floorMs(), 50);
            System.out.println();
            System.out.printf(Locale.ROOT, "hit rate      %d/%d = %.1f%%%n", r.hits(), r.results().size(), 100 * r.hitRate());
            for (Map.Entry<String, double[]> e : r.byCategory().entrySet()) {
                System.out.printf(Locale.ROOT, "  %-18s %3.0f/%-3.0f %5.1f%%%n", e.getKey(), e.getValue()[0], e.getValue()[1],
                        100 * e.getValue()[0] / e.getValue()[1]);
            }
            System.out.printf(Locale.ROOT, "locate        p50 %.0f ms, p95 %.0f ms (%d locates)%n", p50,
                    Stats.percentile(locate, 95), locate.size());
            System.out.printf(Locale.ROOT, "raw floor     p50 %.0f ms (screenshot + coordinate click, %d samples)%n", floor,
                    r.floorMs().size());
            System.out.printf(Locale.ROOT, "ratio         locate / floor = %.1f×%n", floor > 0 ? p50 / floor : 0);
            System.out.println("machine       " + r.machine());
        }

        static void write(Report r, Path out) {
            ObjectNode root = GroundingJson.MAPPER.createObjectNode();
            root.put("machine", r.machine());
            root.put("cases", r.results().size());
            root.put("hits", r.hits());
            root.put("hitRate", r.hitRate());
            root.put("locateP50Ms", Stats.percentile(r.locateMs(), 50));
            root.put("locateP95Ms", Stats.percentile(r.locateMs(), 95));
            root.put("floorP50Ms", Stats.percentile(r.floorMs(), 50));
            ObjectNode cats = root.putObject("byCategory");
            r.byCategory().forEach((k, v) -> cats.put(k, v[0] / v[1]));
            ArrayNode list = root.putArray("results");
            for (Result res : r.results()) {
                ObjectNode n = list.addObject();
                n.put("id", res.testCase().id());
                n.put("expression", res.testCase().expression());
                n.put("category", res.testCase().category());
                n.put("hit", res.hit());
                n.put("verdict", res.verdict());
                n.put("locateMs", res.locateMs());
                n.set("grounding", GroundingJson.of(res.grounding()));
            }
            try {
                Files.createDirectories(out.toAbsolutePath().getParent());
                GroundingJson.MAPPER.writeValue(out.toFile(), root);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + out, e);
            }
        }
    }
}
