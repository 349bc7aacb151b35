package dev.seepoint.scenarios.cucumber;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.testpages.TestPages;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A .feature file run by Cucumber's own runner with Seepoint's glue, in headless Chromium. */
class CucumberGlueIT {

    @Test
    void aFeatureRunsThroughCucumberWithSeepointSteps() {
        Path feature = Path.of("src/test/resources/cucumber/sign-in.feature").toAbsolutePath();
        try (TestPages pages = TestPages.start()) {
            System.setProperty("seepoint.baseUrl", pages.baseUrl());
            byte status = io.cucumber.core.cli.Main.run(new String[] {"--glue", "dev.seepoint.scenarios.cucumber",
                    "--plugin", "progress", feature.toString()}, Thread.currentThread().getContextClassLoader());
            assertThat(status).as("Cucumber exit status").isZero();
        } finally {
            System.clearProperty("seepoint.baseUrl");
        }
    }
}
