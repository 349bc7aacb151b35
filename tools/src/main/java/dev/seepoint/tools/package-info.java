/** ReAct tools: what the agent can do in one step, and the observation that comes back. */
package dev.seepoint.tools;
