/** Helpers behind the Browser (key chords, settling, WebDriver failure mapping, Chromium launch); subject to change. */
package dev.seepoint.actions.internal;
