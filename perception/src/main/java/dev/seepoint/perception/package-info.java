/** Screens, geometry and the grounded-model SPI: what the agent sees and how it points. */
package dev.seepoint.perception;
