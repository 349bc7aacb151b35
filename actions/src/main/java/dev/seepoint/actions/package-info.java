/** Seepoint actions. */
package dev.seepoint.actions;
