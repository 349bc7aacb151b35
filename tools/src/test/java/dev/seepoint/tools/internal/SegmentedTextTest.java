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

    @Test
    void anIsoDateGoesInTheOrderTheControlShowsItsSegments() {
        assertThat(SegmentedText.keys("2027-03-12", "mm/dd/yyyy")).isEqualTo("03/12/2027");
        assertThat(SegmentedText.keys("2027-03-12", "12/10/2026")).isEqualTo("03/12/2027"); // Chromium's en-US order
        assertThat(SegmentedText.keys("2027-03-12", "dd/mm/yyyy")).isEqualTo("12/03/2027");
        assertThat(SegmentedText.keys("2027-03-12", "tt.mm.jjjj")).isEqualTo("12/03/2027");
        assertThat(SegmentedText.keys("2027-03-12", "25/10/2026")).isEqualTo("12/03/2027");
        assertThat(SegmentedText.keys("2027-3-5", "yyyy-mm-dd")).isEqualTo("2027-3-5");
        assertThat(SegmentedText.keys("03/15/2027", "mm/dd/yyyy")).isEqualTo("03/15/2027"); // already in its order
    }

    @Test
    void aDateWrittenWithItsMonthsNameIsADateInTheControlsOrder() {
        assertThat(SegmentedText.isDateOrTime("March 20, 2026")).isTrue();
        assertThat(SegmentedText.keys("March 20, 2026", "03/11/2026")).isEqualTo("03/20/2026");
        assertThat(SegmentedText.keys("20 March 2026", "dd/mm/yyyy")).isEqualTo("20/03/2026");
        assertThat(SegmentedText.keys("Sept 3rd, 2027", "mm/dd/yyyy")).isEqualTo("09/03/2027");
        assertThat(SegmentedText.isDateOrTime("March madness 2026")).isFalse();
    }
}
