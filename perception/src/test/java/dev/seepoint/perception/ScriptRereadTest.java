package dev.seepoint.perception;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.perception.text.TextLine;
import dev.seepoint.perception.text.TextReader;
import dev.seepoint.perception.text.Word;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScriptRereadTest {

    /** Reads "RR" where the pixels say 東京, as Tesseract in English does, and "東京" when asked for Han. */
    private static final class LatinOnlyReader implements TextReader {
        final List<Set<Character.UnicodeScript>> asked = new ArrayList<>();

        @Override
        public List<TextLine> read(Screenshot screenshot) {
            return List.of(line("RR"), line2("Sign in"));
        }

        @Override
        public List<TextLine> rereadFor(Screenshot screenshot, List<TextLine> lines, Set<Character.UnicodeScript> scripts) {
            asked.add(scripts);
            return scripts.contains(Character.UnicodeScript.HAN) ? List.of(line("東京"), lines.get(1)) : lines;
        }

        private static TextLine line(String text) {
            Box b = new Box(100, 100, 140, 120);
            return new TextLine(b, text, 0.9, List.of(new Word(b, text, 0.9)));
        }

        private static TextLine line2(String text) {
            Box b = new Box(100, 300, 160, 320);
            return new TextLine(b, text, 0.9, List.of(new Word(b, text, 0.9)));
        }
    }

    private static Screenshot blank() {
        BufferedImage img = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 400, 400);
        g.dispose();
        return Screenshot.of(img);
    }

    @Test
    void theScriptsOfAnInstructionAreItsNonLatinLetters() {
        assertThat(DefaultGroundingModel.otherScripts("the 東京 button")).containsExactly(Character.UnicodeScript.HAN);
        assertThat(DefaultGroundingModel.otherScripts("the Entfernen button for the Μέλι honey"))
                .containsExactly(Character.UnicodeScript.GREEK);
        assertThat(DefaultGroundingModel.otherScripts("Москва")).containsExactly(Character.UnicodeScript.CYRILLIC);
        assertThat(DefaultGroundingModel.otherScripts("the Café button, 2 €")).isEmpty();
    }

    @Test
    void aQueryInAScriptNothingMatchedHasTheLinesReadAgainInThatScript() {
        LatinOnlyReader reader = new LatinOnlyReader();
        try (DefaultGroundingModel model = new DefaultGroundingModel(reader, (shot, lines) -> List.of(), false, 0)) {
            Grounding g = model.locate(blank(), "東京");
            assertThat(g.isFound()).isTrue();
            assertThat(g.requireBox()).isEqualTo(new Box(100, 100, 140, 120));
            assertThat(g.evidence()).containsKey("reread");
            assertThat(reader.asked).containsExactly(Set.of(Character.UnicodeScript.HAN));
        }
    }

    @Test
    void anInstructionInLatinLettersNeverPaysForARereading() {
        LatinOnlyReader reader = new LatinOnlyReader();
        try (DefaultGroundingModel model = new DefaultGroundingModel(reader, (shot, lines) -> List.of(), false, 0)) {
            assertThat(model.locate(blank(), "Sign in").isFound()).isTrue();
            assertThat(model.locate(blank(), "Zürich").isFound()).isFalse();
            assertThat(reader.asked).isEmpty();
        }
    }

    @Test
    void aRereadingThatFindsNothingNewLeavesTheAnswerNotFound() {
        LatinOnlyReader reader = new LatinOnlyReader();
        try (DefaultGroundingModel model = new DefaultGroundingModel(reader, (shot, lines) -> List.of(), false, 0)) {
            Grounding g = model.locate(blank(), "Αθήνα");
            assertThat(g.isFound()).isFalse();
            assertThat(reader.asked).containsExactly(Set.of(Character.UnicodeScript.GREEK));
        }
    }

    @Test
    void aFrameIsReadAgainForAScriptOnlyOnce() {
        LatinOnlyReader reader = new LatinOnlyReader();
        try (DefaultGroundingModel model = new DefaultGroundingModel(reader, (shot, lines) -> List.of(), false, 0)) {
            Screenshot shot = blank();
            assertThat(model.locate(shot, "Αθήνα").isFound()).isFalse();
            assertThat(model.locate(shot, "the Αθήνα button").isFound()).isFalse();
            assertThat(reader.asked).hasSize(1);
        }
    }
}
