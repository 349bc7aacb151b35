package dev.seepoint.tools.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SegmentedTextTest {

    @Test
    void datesAndTimesAreRecognisedInTheirCommonForms() {
        assertThat(SegmentedText.isDateOrTime("03/15/2027")).isTrue();
        assertThat(SegmentedText.isDateOrTime("2027-03-15")).isTrue();
        assertThat(SegmentedText.isDateOrTime("15.03.2027")).isTrue();
        assertThat(SegmentedText.isDateOrTime("08:30")).isTrue();
        assertThat(SegmentedText.isDateOrTime("8:30 pm")).isTrue();
        assertThat(SegmentedText.isDateOrTime("12:15:00 A.M.")).isTrue();
    }

    @Test
    void otherTextIsNotADateOrTime() {
        assertThat(SegmentedText.isDateOrTime("Room 12/3")).isFalse();
        assertThat(SegmentedText.isDateOrTime("555 0100")).isFalse();
        assertThat(SegmentedText.isDateOrTime("Meet at 8:30 PM")).isFalse();
        assertThat(SegmentedText.isDateOrTime("")).isFalse();
    }

    @Test
    void aTwelveHourTimeLosesTheSpaceAndDotsOfItsMarker() {
        assertThat(SegmentedText.keys("08:30 PM")).isEqualTo("08:30PM");
        assertThat(SegmentedText.keys("8:30 a.m.")).isEqualTo("8:30am");
    }

    @Test
    void datesAndTwentyFourHourTimesAreTypedAsGiven() {
        assertThat(SegmentedText.keys("03/15/2027")).isEqualTo("03/15/2027");
        assertThat(SegmentedText.keys("20:30")).isEqualTo("20:30");
    }
}
