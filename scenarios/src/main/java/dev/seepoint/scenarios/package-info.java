/** Seepoint scenarios. */
package dev.seepoint.scenarios;
