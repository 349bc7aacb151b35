/** Parsing and running helpers of the scenarios module; subject to change. */
package dev.seepoint.scenarios.internal;
