package dev.seepoint.perception.text;

import dev.seepoint.perception.Box;

/** One word read on the screen, with its box in frame pixels and a confidence in 0..1. */
public record Word(Box box, String text, double confidence) {
}
