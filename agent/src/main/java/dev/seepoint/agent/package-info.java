/** The Agent facade, the planner, the bounded ReAct loop, traces and reports, and Guice wiring. */
package dev.seepoint.agent;
