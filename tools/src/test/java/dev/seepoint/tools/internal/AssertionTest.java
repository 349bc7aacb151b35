package dev.seepoint.tools.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.tools.internal.Assertion.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssertionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "the page shows 'Welcome, Ada'                | TEXT_SHOWN   | Welcome, Ada          |",
        "The page should show \"Welcome, Ada\".       | TEXT_SHOWN   | Welcome, Ada          |",
        "I should see 'Order placed'                  | TEXT_SHOWN   | Order placed          |",
        "see 'Order placed'                           | TEXT_SHOWN   | Order placed          |",
        "that the screen displays 'Saved'             | TEXT_SHOWN   | Saved                 |",
        "'Saved'                                      | TEXT_SHOWN   | Saved                 |",
        "the page does not show 'Error'               | TEXT_ABSENT  | Error                 |",
        "I should not see 'Error'                     | TEXT_ABSENT  | Error                 |",
        "the Remember me box is checked               | STATE        | the Remember me box   | state=on",
        "the Remember me box should be unchecked      | STATE        | the Remember me box   | state=off",
        "the Dark mode toggle is on                   | STATE        | the Dark mode toggle  | state=on",
        "the Submit button is disabled                | STATE        | the Submit button     | enabled=off",
        "the error banner is not visible              | GONE         | the error banner      |",
        "the spinner has disappeared                  | GONE         | the spinner           |",
        "I should not see the cookie banner           | GONE         | the cookie banner     |",
        "the Logout link is visible                   | VISIBLE      | the Logout link       |",
        "I see the Logout link                        | VISIBLE      | the Logout link       |",
        "the Total shows '$42.00'                     | ELEMENT_TEXT | the Total             | $42.00",
        "the greeting should read 'Hello, Ada'        | ELEMENT_TEXT | the greeting          | 'Hello, Ada'",
        "the Welcome banner                           | VISIBLE      | the Welcome banner    |",
    })
    void parsesCommonPhrasings(String text, Kind kind, String subject, String value) {
        Assertion a = Assertion.parse(text);

        assertThat(a.kind()).isEqualTo(kind);
        assertThat(a.subject()).isEqualTo(subject);
        if (value != null) {
            assertThat(a.value()).isEqualTo(TextMatch.unquote(value));
        }
    }
}
