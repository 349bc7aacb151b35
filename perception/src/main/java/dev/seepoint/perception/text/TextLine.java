package dev.seepoint.perception.text;

import dev.seepoint.perception.Box;
import java.util.List;

/**
 * One line of text read on the screen: its box in frame pixels, the text, a confidence in 0..1
 * and its words (each with its own box; a single word when word boxes are unknown).
 */
public record TextLine(Box box, String text, double confidence, List<Word> words) {

    public TextLine {
        words = List.copyOf(words);
    }
}
