/** Helpers shared by the built-in tools; internal, subject to change. */
package dev.seepoint.tools.internal;
