/** Seepoint agent. */
package dev.seepoint.agent;
