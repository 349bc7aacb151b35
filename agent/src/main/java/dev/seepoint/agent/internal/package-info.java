/** The agent's internals: the loop runner, instruction splitting, screen diffs, drawing; subject to change. */
package dev.seepoint.agent.internal;
