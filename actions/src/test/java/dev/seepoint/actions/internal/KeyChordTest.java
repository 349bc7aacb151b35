package dev.seepoint.actions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seepoint.actions.ActionException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Keys;

class KeyChordTest {

    @ParameterizedTest
    @CsvSource({
        "Enter, ENTER", "Tab, TAB", "Escape, ESCAPE", "Esc, ESCAPE", "Backspace, BACK_SPACE", "Delete, DELETE",
        "ArrowDown, ARROW_DOWN", "PageDown, PAGE_DOWN", "Page Down, PAGE_DOWN", "Home, HOME", "Space, SPACE",
        "F5, F5", "F12, F12", "enter, ENTER", "ARROWUP, ARROW_UP", "Down, ARROW_DOWN"})
    void namedKeysMapToWebDriverKeys(String name, Keys expected) {
        KeyChord chord = KeyChord.parse(name);

        assertThat(chord.modifiers()).isEmpty();
        assertThat(chord.key()).isEqualTo(expected.charAt(0));
    }

    @Test
    void ctrlAHoldsControlAndPressesLowerCaseA() {
        KeyChord chord = KeyChord.parse("Ctrl+A");

        assertThat(chord.modifiers()).containsExactly(Keys.CONTROL);
        assertThat(chord.key()).isEqualTo('a');
    }

    @Test
    void shiftTabHoldsShiftAndPressesTab() {
        KeyChord chord = KeyChord.parse("Shift+Tab");

        assertThat(chord.modifiers()).containsExactly(Keys.SHIFT);
        assertThat(chord.key()).isEqualTo(Keys.TAB.charAt(0));
    }

    @Test
    void threePartChordsKeepTheModifierOrder() {
        KeyChord chord = KeyChord.parse("Ctrl+Shift+K");

        assertThat(chord.modifiers()).containsExactly(Keys.CONTROL, Keys.SHIFT);
        assertThat(chord.key()).isEqualTo('k');
    }

    @Test
    void metaAndItsAliasesAreTheSameKey() {
        assertThat(KeyChord.parse("Meta+A").modifiers()).containsExactly(Keys.META);
        assertThat(KeyChord.parse("cmd + a").modifiers()).containsExactly(Keys.META);
        assertThat(KeyChord.parse("Control+a").modifiers()).containsExactly(Keys.CONTROL);
    }

    @Test
    void shiftAloneWithALetterTypesTheCapital() {
        assertThat(KeyChord.parse("Shift+a").key()).isEqualTo('A');
    }

    @Test
    void singleCharactersArePressedAsThemselves() {
        assertThat(KeyChord.parse("a").key()).isEqualTo('a');
        assertThat(KeyChord.parse("A").key()).isEqualTo('A');
        assertThat(KeyChord.parse("/").key()).isEqualTo('/');
        assertThat(KeyChord.parse("é").key()).isEqualTo('é');
        assertThat(KeyChord.parse("😀").key()).isEqualTo("😀".codePointAt(0));
    }

    @Test
    void thePlusKeyCanBeTheLastPartOfAChord() {
        assertThat(KeyChord.parse("+").key()).isEqualTo('+');
        KeyChord zoom = KeyChord.parse("Ctrl++");
        assertThat(zoom.modifiers()).containsExactly(Keys.CONTROL);
        assertThat(zoom.key()).isEqualTo('+');
    }

    @Test
    void aModifierAloneIsPressedAlone() {
        KeyChord shift = KeyChord.parse("Shift");

        assertThat(shift.modifiers()).isEmpty();
        assertThat(shift.key()).isEqualTo(Keys.SHIFT.charAt(0));
    }

    @Test
    void anUnknownKeyNameListsTheValidNames() {
        assertThatThrownBy(() -> KeyChord.parse("Entr"))
                .isInstanceOf(ActionException.class)
                .hasMessageContaining("unknown key 'Entr'")
                .hasMessageContaining("Enter, Tab, Escape")
                .hasMessageContaining("Ctrl+A");
    }

    @Test
    void aNonModifierBeforeThePlusIsRefused() {
        assertThatThrownBy(() -> KeyChord.parse("Enter+A"))
                .isInstanceOf(ActionException.class)
                .hasMessageContaining("'Enter' in 'Enter+A' is not a modifier");
    }

    @Test
    void anEmptyKeyIsRefused() {
        assertThatThrownBy(() -> KeyChord.parse(" ")).isInstanceOf(ActionException.class).hasMessageContaining("no key given");
        assertThatThrownBy(() -> KeyChord.parse("Ctrl+")).isInstanceOf(ActionException.class).hasMessageContaining("unknown key ''");
    }

    @Test
    void everyDocumentedNameParses() {
        for (String name : List.of("Enter", "Tab", "Escape", "Backspace", "Delete", "ArrowDown", "PageDown", "Home", "Space",
                "F5", "Ctrl+A", "Shift+Tab", "Ctrl+Shift+K", "Meta+A")) {
            assertThat(KeyChord.parse(name)).as(name).isNotNull();
        }
        assertThat(KeyChord.names()).contains("enter", "pagedown", "f1", "ctrl");
    }
}
