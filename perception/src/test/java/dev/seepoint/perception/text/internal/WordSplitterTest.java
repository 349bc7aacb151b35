package dev.seepoint.perception.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordSplitterTest {

    private static CtcDecoder.DecodedChar c(String s, int first, int last) {
        return new CtcDecoder.DecodedChar(s, first, last, 0.9);
    }

    @Test
    void spacesCutTheDecodedTextIntoWordsPlacedByTheirTimeSteps() {
        CtcDecoder.Decoded d = new CtcDecoder.Decoded("Sign in",
                0.9, List.of(c("S", 1, 1), c("i", 3, 3), c("g", 4, 4), c("n", 6, 6), c(" ", 8, 8), c("i", 10, 10), c("n", 12, 13)), 16);

        List<WordSplitter.Span> words = WordSplitter.words(d, 8.0);

        assertThat(words).extracting(WordSplitter.Span::text).containsExactly("Sign", "in");
        // "Sign" spans steps 1..6 -> [8, 56), widened by a step each side.
        assertThat(words.get(0).left()).isEqualTo(0.0);
        assertThat(words.get(0).right()).isEqualTo(64.0);
        assertThat(words.get(1).left()).isEqualTo(72.0);
        assertThat(words.get(1).right()).isEqualTo(120.0);
    }

    @Test
    void leadingTrailingAndDoubledSpacesMakeNoEmptyWords() {
        CtcDecoder.Decoded d = new CtcDecoder.Decoded(" a  b ",
                0.9, List.of(c(" ", 0, 0), c("a", 2, 2), c(" ", 3, 3), c(" ", 5, 5), c("b", 7, 7), c(" ", 9, 9)), 10);

        assertThat(WordSplitter.words(d, 4)).extracting(WordSplitter.Span::text).containsExactly("a", "b");
    }

    @Test
    void inkRunsSplitOnlyAtGapsAtLeastTheMinimumWide() {
        boolean[] ink = columns("..###.##.....####...#");

        assertThat(WordSplitter.inkRuns(ink, 4)).containsExactly(new int[] {2, 8}, new int[] {13, 21});
        assertThat(WordSplitter.inkRuns(ink, 1)).hasSize(4);
        assertThat(WordSplitter.inkRuns(columns("....."), 2)).isEmpty();
    }

    private static boolean[] columns(String pattern) {
        boolean[] out = new boolean[pattern.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = pattern.charAt(i) == '#';
        }
        return out;
    }
}
