/** Seepoint tools. */
package dev.seepoint.tools;
