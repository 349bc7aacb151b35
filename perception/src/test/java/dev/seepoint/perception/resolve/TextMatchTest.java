package dev.seepoint.perception.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextMatchTest {

    @Test
    void dayAndMonthNamesMatchTheirAbbreviations() {
        assertThat(TextMatch.containment("Wednesday the 12th", "Wed 12")).isGreaterThanOrEqualTo(0.9);
        assertThat(TextMatch.containment("Fri 14", "Friday 14")).isGreaterThanOrEqualTo(0.9);
        assertThat(TextMatch.containment("September 3", "Sept 3")).isGreaterThanOrEqualTo(0.9);
        assertThat(TextMatch.containment("March 3rd", "Mar 3")).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void otherWordsThatStartLikeADayStayThemselves() {
        assertThat(TextMatch.containment("Wedding", "Wed")).isLessThan(0.55);
        assertThat(TextMatch.containment("Sunset", "Sun")).isLessThan(0.55);
        assertThat(TextMatch.containment("Friday 14", "Friday 15")).isLessThan(0.8);
    }

    @Test
    void aVerbMatchesItsOwnCaptionBeforeItsPastForm() {
        assertThat(TextMatch.containment("invite", "+ Invite user")).isGreaterThan(TextMatch.containment("invite", "Invited"));
        assertThat(TextMatch.containment("refund", "Refunds")).isGreaterThanOrEqualTo(0.9); // a plural is the same thing
    }

    @Test
    void aNumberInTheQueryMustBeRead() {
        assertThat(TextMatch.containment("room 307", "Search guest, room or confirmation")).isLessThan(0.45);
        assertThat(TextMatch.containment("room 307", "Room 307")).isEqualTo(1.0);
        assertThat(TextMatch.containment("Floor 1", "Floor l")).isGreaterThan(0.8); // a 1 read as an l is still one
        assertThat(TextMatch.containment("Submit payroll", "7 Submit 3 payroll")).isGreaterThan(0.7); // icons read as digits
    }

    @Test
    void aNounBeforeANumberMayBeLeftOffTheScreen() {
        assertThat(TextMatch.containment("table P3", "P3")).isGreaterThanOrEqualTo(0.85);
        assertThat(TextMatch.containment("claim CLM-20931", "CLM-20931")).isGreaterThanOrEqualTo(0.85);
        assertThat(TextMatch.containment("table P3", "P4")).isLessThan(0.6);
    }

    @Test
    void aGenericNounAfterTheNameMayBeLeftOffTheScreen() {
        assertThat(TextMatch.containment("Drinks category", "Drinks")).isGreaterThanOrEqualTo(0.85);
        assertThat(TextMatch.containment("DNS page", "DNS")).isGreaterThanOrEqualTo(0.85);
        assertThat(TextMatch.containment("Mutual NDA template", "Mutual NDA")).isGreaterThanOrEqualTo(0.85);
    }
}
