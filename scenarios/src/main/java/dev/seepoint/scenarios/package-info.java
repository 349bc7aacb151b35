/** Suites of plain-language scenarios (YAML and Gherkin), their runner, and the results they produce. */
package dev.seepoint.scenarios;
