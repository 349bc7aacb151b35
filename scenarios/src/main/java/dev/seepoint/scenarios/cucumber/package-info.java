/** Cucumber glue: .feature steps carried out by the Seepoint agent. */
package dev.seepoint.scenarios.cucumber;
