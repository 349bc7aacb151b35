package dev.seepoint.tools.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TargetsTest {

    @Test
    void aKindWordGoesBeforeWhereTheTargetIs() {
        assertThat(Targets.ofKind("SMS alerts in the Notification settings section", "switch"))
                .isEqualTo("SMS alerts switch in the Notification settings section");
        assertThat(Targets.ofKind("Autopay in the dialog", "switch")).isEqualTo("Autopay switch in the dialog");
        assertThat(Targets.ofKind("DHL Express in the Carrier accounts card", "checkbox"))
                .isEqualTo("DHL Express checkbox in the Carrier accounts card");
        assertThat(Targets.ofKind("Weekly digest", "switch")).isEqualTo("Weekly digest switch");
    }

    @Test
    void aTargetWithoutItsSectionIsTheThingAlone() {
        assertThat(Targets.withoutSection("Workshop day in the Registration section")).contains("Workshop day");
        assertThat(Targets.withoutSection("Cancel in the dialog")).isEmpty(); // what is behind a dialog is never meant
        assertThat(Targets.withoutSection("the Save button")).isEmpty();
    }
}
