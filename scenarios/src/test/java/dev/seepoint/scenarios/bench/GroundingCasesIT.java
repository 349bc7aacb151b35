package dev.seepoint.scenarios.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.perception.DefaultGroundingModel;
import dev.seepoint.perception.GroundingModel;
import dev.seepoint.scenarios.bench.GroundingBench.Report;
import dev.seepoint.scenarios.bench.GroundingBench.Result;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The default grounded model against every labelled case, in real headless Chromium.
 *
 * <p>The goal, 95% of the cases, is what this test asserts ({@link #FLOOR}); docs/BENCHMARKS.md has the
 * figures measured so far. A change that loses cases below it fails the build.
 */
class GroundingCasesIT {

    /** The hit rate the model must keep: the goal (95.7% measured when it was first reached). */
    static final double FLOOR = 0.95;

    @Test
    void theDefaultModelKeepsItsHitRateOnTheLabelledCases() {
        List<GroundingCase> cases = CaseFiles.bundled();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
        Report report;
        try (GroundingModel model = DefaultGroundingModel.create()) {
            report = new GroundingBench(model, Path.of("target", "grounding-misses"), r -> { }).run(cases);
        }
        String misses = report.results().stream().filter(r -> !r.hit())
                .map(r -> r.testCase().id() + " \"" + r.testCase().expression() + "\": " + r.verdict())
                .collect(Collectors.joining("\n  "));
        System.out.printf("grounding cases: %d/%d hit (%.1f%%)%n  %s%n", report.hits(), report.results().size(),
                100 * report.hitRate(), misses);
        assertThat(report.hitRate()).as("hit rate (must be at least %s); misses:%n  %s", FLOOR, misses)
                .isGreaterThanOrEqualTo(FLOOR);
    }

    @Test
    void everyCategoryIsRepresented() {
        List<String> categories = CaseFiles.bundled().stream().map(GroundingCase::category).distinct().toList();
        assertThat(categories).hasSizeGreaterThanOrEqualTo(8);
        assertThat(CaseFiles.bundled()).extracting(GroundingCase::expect)
                .contains(GroundingCase.Expect.AMBIGUOUS, GroundingCase.Expect.NOT_FOUND);
    }

}
