/** Fixture pages and their labelled cases, served by a tiny local HTTP server for tests and benchmarks. */
package dev.seepoint.testpages;
