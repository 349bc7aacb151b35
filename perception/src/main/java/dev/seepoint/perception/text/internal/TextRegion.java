package dev.seepoint.perception.text.internal;

import dev.seepoint.perception.Box;

/** A box where the detector saw text, with the detector's mean probability inside it (0..1). */
public record TextRegion(Box box, double score) {
}
