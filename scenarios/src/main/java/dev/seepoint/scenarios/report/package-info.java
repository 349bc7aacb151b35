/** What a run leaves behind: Surefire-format JUnit XML, one HTML report, JSON traces. */
package dev.seepoint.scenarios.report;
