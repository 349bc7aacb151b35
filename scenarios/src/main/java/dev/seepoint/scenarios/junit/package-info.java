/** Scenario files as JUnit 5 dynamic tests. */
package dev.seepoint.scenarios.junit;
