package dev.seepoint.tools.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextMatchTest {

    @Test
    void ignoresCaseSpacingAndPunctuation() {
        assertThat(TextMatch.contains("WELCOME,   ada!", "Welcome, Ada")).isTrue();
    }

    @Test
    void forgivesAboutOneOcrErrorInTenCharacters() {
        assertThat(TextMatch.contains("Your order has been p1aced", "order has been placed")).isTrue();
        assertThat(TextMatch.contains("Your order was cancelled", "order has been placed")).isFalse();
    }

    @Test
    void forgivesDroppedSpacesInShortTexts() {
        assertThat(TextMatch.contains("AcmePortal", "Acme Portal")).isTrue();
    }

    @Test
    void unquotesEveryQuoteStyle() {
        assertThat(TextMatch.unquote("'a'")).isEqualTo("a");
        assertThat(TextMatch.unquote("“a b”")).isEqualTo("a b");
        assertThat(TextMatch.unquote("\"a\"")).isEqualTo("a");
        assertThat(TextMatch.unquote("a'")).isEqualTo("a'");
    }
}
