package dev.seepoint.perception.text.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CtcDecoderTest {

    /** blank, a, b, c, space. */
    private final CtcDecoder decoder = new CtcDecoder(List.of("", "a", "b", "c", " "));

    /** One-hot-ish logits: each step puts {@code p} on its class and spreads the rest. */
    private static float[] steps(double p, int... classes) {
        float[] out = new float[classes.length * 5];
        for (int t = 0; t < classes.length; t++) {
            for (int c = 0; c < 5; c++) {
                out[t * 5 + c] = (float) ((1 - p) / 4);
            }
            out[t * 5 + classes[t]] = (float) p;
        }
        return out;
    }

    @Test
    void repeatsMergeAndBlanksVanish() {
        CtcDecoder.Decoded d = decoder.decode(steps(0.9, 1, 1, 0, 2, 2, 2, 0, 3), 0, 8);

        assertThat(d.text()).isEqualTo("abc");
        assertThat(d.confidence()).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aBlankBetweenTwoEqualClassesKeepsBothLetters() {
        assertThat(decoder.decode(steps(0.8, 1, 0, 1), 0, 3).text()).isEqualTo("aa");
    }

    @Test
    void eachCharacterRemembersTheStepsItWasReadAt() {
        CtcDecoder.Decoded d = decoder.decode(steps(0.9, 0, 1, 1, 0, 0, 2, 0), 0, 7);

        assertThat(d.chars()).extracting(CtcDecoder.DecodedChar::firstStep).containsExactly(1, 5);
        assertThat(d.chars()).extracting(CtcDecoder.DecodedChar::lastStep).containsExactly(2, 5);
        assertThat(d.chars().get(0).centerStep()).isEqualTo(1.5);
    }

    @Test
    void decodingStartsAtTheGivenOffsetForBatchedOutputs() {
        float[] first = steps(0.9, 1, 1);
        float[] second = steps(0.9, 3, 0);
        float[] batch = new float[first.length + second.length];
        System.arraycopy(first, 0, batch, 0, first.length);
        System.arraycopy(second, 0, batch, first.length, second.length);

        assertThat(decoder.decode(batch, first.length, 2).text()).isEqualTo("c");
    }

    @Test
    void onlyBlanksReadAsEmptyTextWithZeroConfidence() {
        CtcDecoder.Decoded d = decoder.decode(steps(0.99, 0, 0, 0), 0, 3);
        assertThat(d.text()).isEmpty();
        assertThat(d.confidence()).isZero();
    }

    @Test
    void tooShortAnOutputIsRejectedWithTheSizesInvolved() {
        assertThatThrownBy(() -> decoder.decode(new float[7], 0, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 steps of 5 classes");
    }

    @Test
    void theShippedKeyListGivesBlankKeysAndSpaceMatchingTheRecogniserOutput() {
        List<String> classes = ModelResources.recognizerClasses();
        assertThat(classes).hasSize(6_625);
        assertThat(classes.get(0)).isEmpty();
        assertThat(classes.get(classes.size() - 1)).isEqualTo(" ");
        assertThat(classes).contains("$", "@", "é", "ü");
    }
}
