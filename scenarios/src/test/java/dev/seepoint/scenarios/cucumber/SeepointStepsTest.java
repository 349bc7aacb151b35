package dev.seepoint.scenarios.cucumber;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeepointStepsTest {

    @Test
    void assertionsAreToldFromInstructionsByTheirWords() {
        assertThat(SeepointSteps.isAssertion("I should see 'Welcome, Ada'")).isTrue();
        assertThat(SeepointSteps.isAssertion("the page shows \"Invalid email or password.\"")).isTrue();
        assertThat(SeepointSteps.isAssertion("the Remember me box is checked")).isTrue();
        assertThat(SeepointSteps.isAssertion("I click the Sign in button")).isFalse();
        assertThat(SeepointSteps.isAssertion("type ada@example.com into the Email field")).isFalse();
    }
}
