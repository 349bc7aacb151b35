/** Acting on a screen: the Device over any WebDriver, the only module that touches WebDriver. */
package dev.seepoint.actions;
