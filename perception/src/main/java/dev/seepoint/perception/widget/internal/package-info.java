/** Pixel machinery behind widget perception (colour regions, shapes, ink glyphs, icon shapes); subject to change. */
package dev.seepoint.perception.widget.internal;
