package dev.seepoint.perception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.seepoint.perception.Kosmos2.GroundedPhrase;
import dev.seepoint.perception.Kosmos2.NormalizedBox;
import java.util.List;
import org.junit.jupiter.api.Test;

class Kosmos2Test {

    @Test
    void decodesTheDocumentedExample() {
        NormalizedBox box = Kosmos2.box(44, 863);
        assertThat(box.x1()).isCloseTo(0.390625, within(1e-9));
        assertThat(box.y1()).isCloseTo(0.046875, within(1e-9));
        assertThat(box.x2()).isCloseTo(0.984375, within(1e-9));
        assertThat(box.y2()).isCloseTo(0.828125, within(1e-9));
    }

    @Test
    void encodingTheDecodedExampleGivesTheSameCells() {
        assertThat(Kosmos2.cells(Kosmos2.box(44, 863))).containsExactly(44, 863);
    }

    @Test
    void cellsSharingARowDecodeToCellEdges() {
        NormalizedBox box = Kosmos2.box(33, 35); // row 1, columns 1..3
        assertThat(box.x1()).isEqualTo(1 / 32.0);
        assertThat(box.x2()).isEqualTo(4 / 32.0);
        assertThat(box.y1()).isEqualTo(1 / 32.0);
        assertThat(box.y2()).isEqualTo(2 / 32.0);
    }

    @Test
    void oneCellDecodesToThatWholeCell() {
        NormalizedBox box = Kosmos2.box(0, 0);
        assertThat(box).isEqualTo(new NormalizedBox(0, 0, 1 / 32.0, 1 / 32.0));
    }

    @Test
    void encodesAPixelBoxWithTheReferenceFormulas() {
        // 1280x800 frame, a button at x 500..620, y 40..80: ul=(12,1) lr=(ceil(15.5-1)=15, ceil(3.2-1)=3)
        String tokens = Kosmos2.tokens(Box.of(500, 40, 620, 80), Size.of(1280, 800));
        assertThat(tokens).isEqualTo("<patch_index_0044><patch_index_0111>");
    }

    @Test
    void rendersAndParsesAPhraseWithSeveralBoxes() {
        Size frame = Size.of(1280, 800);
        String text = Kosmos2.render("Delete", List.of(Box.of(0, 0, 40, 25), Box.of(1240, 775, 1280, 800)), frame);
        assertThat(text).isEqualTo("<phrase>Delete</phrase><object><patch_index_0000><patch_index_0000>"
                + "</delimiter_of_multi_objects/><patch_index_1023><patch_index_1023></object>");
        List<GroundedPhrase> parsed = Kosmos2.parse("<grounding> click " + text + " now");
        assertThat(parsed).hasSize(1);
        assertThat(parsed.get(0).phrase()).isEqualTo("Delete");
        assertThat(parsed.get(0).boxes()).hasSize(2);
        assertThat(parsed.get(0).boxes().get(1).toPixels(frame)).isEqualTo(Box.of(1240, 775, 1280, 800));
    }

    @Test
    void parsesAnObjectWithoutPhrase() {
        List<GroundedPhrase> parsed = Kosmos2.parse("<object><patch_index_0044><patch_index_0863></object>");
        assertThat(parsed).singleElement().satisfies(p -> assertThat(p.phrase()).isEmpty());
    }

    @Test
    void promptAsksToGroundTheExpression() {
        assertThat(Kosmos2.prompt("the Sign in button")).isEqualTo("<grounding><phrase> the Sign in button</phrase>");
    }

    @Test
    void aFoundGroundingRendersAsGroundedText() {
        Grounding g = Grounding.found("Sign in", Size.of(1280, 800), Box.of(500, 40, 620, 80), null, 0.9, List.of(), java.util.Map.of());
        assertThat(g.kosmos2()).isEqualTo("<phrase>Sign in</phrase><object><patch_index_0044><patch_index_0111></object>");
        assertThat(Kosmos2.parse(g.kosmos2())).hasSize(1);
    }
}
