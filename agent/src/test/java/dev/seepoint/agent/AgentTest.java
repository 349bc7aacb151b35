package dev.seepoint.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seepoint.actions.DeviceGoneException;
import dev.seepoint.perception.Box;
import dev.seepoint.perception.Candidate;
import dev.seepoint.perception.Screenshot;
import dev.seepoint.tools.testing.FakeClock;
import dev.seepoint.tools.testing.FakeDevice;
import dev.seepoint.tools.testing.Frames;
import dev.seepoint.tools.testing.ScriptedModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentTest {

    @TempDir
    Path reports;

    final Screenshot page = Frames.solid(400, 300, 0xFFFFFF);
    final Box signIn = Box.of(100, 200, 200, 230);
    final Screenshot welcome = Frames.with(page, Box.of(0, 0, 400, 60), 0x3355AA);
    final FakeDevice device = new FakeDevice(page);
    final ScriptedModel model = new ScriptedModel();
    final FakeClock clock = new FakeClock();

    Agent agent(AgentOptions options) {
        return Agent.builder().device(device).model(model).clock(clock).options(options.withReportDir(reports)).build();
    }

    Agent agent() {
        return agent(AgentOptions.defaults());
    }

    @Test
    void tapClicksTheGroundedElementAndVerifiesTheScreenChanged() {
        model.find("the Sign in button", signIn);
        device.whenClickedIn(signIn, welcome);

        agent().tap("the Sign in button");

        assertThat(device.log()).containsExactly("click (150,215)");
    }

    @Test
    void anAmbiguousTargetIsAFailureListingTheCandidatesNeverAGuess() {
        model.ambiguous("the Delete button", Box.of(10, 10, 60, 30), Box.of(10, 50, 60, 70));
        Agent agent = agent();

        assertThatThrownBy(() -> agent.tap("the Delete button"))
                .isInstanceOf(SeepointAssertionError.class)
                .hasMessageContaining("Failed: tap the Delete button")
                .hasMessageContaining("ambiguous")
                .hasMessageContaining("[10,10,60,30]").hasMessageContaining("[10,50,60,70]")
                .hasMessageContaining("Screenshot: ").hasMessageContaining("Trace: ");
        assertThat(device.actions()).isEmpty();
    }

    @Test
    void aTargetAmbiguousAmongThingsNotOfItsKindIsLookedForFurtherDownFirst() {
        // "the Holds tab" on a screen showing a card captioned "Holds" and the word "holds" in a sentence, no tab:
        // the tab bar is further down, where the tab is the one match
        Box caption = Box.of(100, 40, 140, 52);
        Box tab = Box.of(60, 120, 110, 140);
        Screenshot lower = Frames.with(page, Box.of(0, 100, 400, 150), 0xEEEEEE);
        Screenshot opened = Frames.with(lower, Box.of(0, 200, 400, 300), 0x3355AA);
        model.rule("the Holds tab", s -> s.samePixels(page), (shot, e) -> dev.seepoint.perception.Grounding.ambiguous(e,
                shot.size(), caption, caption.center(), 0.88, java.util.List.of(new Candidate(Box.of(20, 90, 60, 100), 0.83, "text", "holds")),
                Map.of("kind", "text", "text", "Holds", "kind_seen", "false"), "2 elements match a tab matching 'holds'"));
        model.findOn(lower, "the Holds tab", tab, Map.of("kind", "tab", "text", "Holds"));
        device.when(a -> a.kind().equals("scroll"), lower);
        device.whenClickedIn(tab, opened);
        Agent agent = agent();

        agent.tap("the Holds tab");

        assertThat(agent.trace().steps()).extracting(Step::tool).containsExactly("click", "scroll", "click");
        assertThat(device.log()).last().isEqualTo("click (85,130)");
    }

    @Test
    void aSwitchFoundOnlyAsACaptionThatAClickDoesNotTurnOnIsLookedForFurtherDown() {
        // "turn on the Autopay switch" on a screen whose card is captioned AUTOPAY; the switch is further down
        Box caption = Box.of(100, 40, 160, 52);
        Box toggle = Box.of(300, 120, 340, 140);
        Screenshot lower = Frames.with(page, Box.of(0, 100, 400, 150), 0xEEEEEE);
        Screenshot switched = Frames.with(lower, Box.of(300, 120, 340, 140), 0x2266CC);
        model.findOn(page, "the Autopay switch", caption, Map.of("kind", "text", "text", "AUTOPAY", "kind_seen", "false"));
        model.findOn(lower, "the Autopay switch", toggle, Map.of("kind", "toggle", "text", "Autopay", "state", "off"));
        model.findOn(switched, "the Autopay switch", toggle, Map.of("kind", "toggle", "text", "Autopay", "state", "on"));
        device.when(a -> a.kind().equals("scroll"), lower);
        device.whenClickedIn(toggle, switched);
        Agent agent = agent();

        agent.act("turn on the Autopay switch");

        assertThat(agent.trace().steps()).extracting(Step::tool).containsExactly("toggle", "scroll", "toggle");
        assertThat(device.log()).last().isEqualTo("click (320,130)");
    }

    @Test
    void anAmbiguityAmongThingsNotOfItsKindStandsWhenScrollingFindsNoneOfItsKind() {
        Box caption = Box.of(100, 40, 140, 52);
        model.rule("the Holds tab", s -> true, (shot, e) -> dev.seepoint.perception.Grounding.ambiguous(e,
                shot.size(), caption, caption.center(), 0.88, java.util.List.of(new Candidate(Box.of(20, 90, 60, 100), 0.83, "text", "holds")),
                Map.of("kind", "text", "text", "Holds", "kind_seen", "false"), "2 elements match a tab matching 'holds'"));
        Agent agent = agent();

        assertThatThrownBy(() -> agent.tap("the Holds tab"))
                .isInstanceOf(SeepointAssertionError.class)
                .hasMessageContaining("ambiguous").hasMessageContaining("did not come into view");
        assertThat(device.actions()).allSatisfy(a -> assertThat(a.kind()).isEqualTo("scroll"));
    }

    @Test
    void whenAClickChangesNothingItReGroundsWithAZoomedCropAndRetriesOnce() {
        Box nearMiss = Box.of(100, 232, 200, 262);
        model.find("the Sign in button", nearMiss);
        model.findWhenZoomed("the Sign in button", signIn);
        device.whenClickedIn(signIn, welcome);
        Agent agent = agent();

        agent.tap("the Sign in button");

        assertThat(device.log()).containsExactly("click (150,247)", "click (150,215)");
        assertThat(agent.trace().steps()).extracting(Step::tool).containsExactly("click", "crop", "click");
        assertThat(agent.trace().steps().get(1).thought()).contains("Nothing changed", "zoom");
    }

    @Test
    void aClickWithNoVisibleEffectIsAcceptedWhenTheZoomedLookAgreesWithIt() {
        model.find("the Sign in button", signIn);
        Agent agent = agent();

        agent.tap("the Sign in button");

        assertThat(device.log()).hasSize(1);
        assertThat(agent.trace().steps()).extracting(Step::tool).containsExactly("click", "crop");
    }

    @Test
    void failsWithEvidenceWhenTheZoomedLookDisagreesAndTheRetryChangesNothingEither() {
        model.find("the Sign in button", Box.of(100, 232, 200, 262));
        model.findWhenZoomed("the Sign in button", signIn);
        Agent agent = agent();

        assertThatThrownBy(() -> agent.tap("the Sign in button"))
                .isInstanceOf(SeepointAssertionError.class)
                .hasMessageContaining("did not change the screen")
                .hasMessageContaining("after re-grounding with a zoomed crop");
        assertThat(device.log()).hasSize(2);
    }

    @Test
    void aTargetNotYetVisibleIsWaitedForThenScrolledToThenReported() {
        model.notFound("the Sign in button", new Candidate(Box.of(5, 5, 50, 25), 0.4, "button", "Sign up"));
        Agent agent = agent(AgentOptions.defaults().withTimeout(Duration.ofSeconds(2)));

        assertThatThrownBy(() -> agent.tap("the Sign in button"))
                .isInstanceOf(SeepointAssertionError.class)
                .hasMessageContaining("not found").hasMessageContaining("Sign up")
                .hasMessageContaining("did not come into view");
        assertThat(agent.trace().steps()).extracting(Step::tool).containsExactly("click", "wait", "scroll");
        assertThat(clock.slept()).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(device.actions()).allSatisfy(a -> assertThat(a.kind()).isEqualTo("scroll"));
    }

    @Test
    void aThingInASectionTooTallToShowItsHeadingWithItIsThenLookedForAlone() {
        // "Workshop day in the Registration section": the heading scrolled away long before the add-ons came into view
        Box addOn = Box.of(40, 150, 160, 170);
        model.notFound("Workshop day in the Registration section");
        model.find("Workshop day", addOn);
        device.whenClickedIn(addOn, welcome);
        Agent agent = agent(AgentOptions.defaults().withTimeout(Duration.ofSeconds(1)));

        agent.act("In the Registration section, click Workshop day");

        assertThat(agent.trace().steps()).extracting(Step::tool).containsExactly("click", "wait", "scroll", "click");
        assertThat(device.log()).last().isEqualTo("click (100,160)");
    }

    @Test
    void aThingInTheDialogIsNeverLookedForBehindIt() {
        model.notFound("Cancel in the dialog");
        model.find("Cancel", signIn);
        Agent agent = agent(AgentOptions.defaults().withTimeout(Duration.ofSeconds(1)));

        assertThatThrownBy(() -> agent.act("In the dialog, click Cancel")).isInstanceOf(SeepointAssertionError.class)
                .hasMessageContaining("did not come into view");
        assertThat(device.log()).noneMatch(a -> a.startsWith("click"));
    }

    @Test
    void aTieIsSettledByWhatTheLastInstructionBroughtUp() {
        // "Open the Branch dropdown", then "Type 'release' into its search box": two search boxes match, one of them in
        // the panel the dropdown opened
        Box dropdown = Box.of(20, 20, 120, 40);
        Box panelSearch = Box.of(30, 60, 130, 80);
        Box pageSearch = Box.of(250, 20, 380, 40);
        Screenshot opened = Frames.with(page, Box.of(20, 45, 180, 200), 0xEEEEEE);
        model.find("the Branch dropdown", dropdown);
        device.whenClickedIn(dropdown, opened);
        model.ambiguous("the search box", panelSearch, pageSearch);
        Agent agent = agent();

        agent.tap("the Branch dropdown");
        device.whenTyped(Frames.with(opened, Box.of(32, 62, 90, 78), 0x333333));
        agent.act("type 'release' into the search box");

        assertThat(device.log()).contains("click (80,70)").doesNotContain("click (315,30)");
    }

    @Test
    void anElementThatAppearsWhileWaitingIsThenClicked() {
        Screenshot loaded = Frames.with(page, Box.of(0, 280, 10, 290), 0x00FF00);
        model.findOn(loaded, "the Sign in button", signIn, Map.of());
        device.whenClickedIn(signIn, welcome);
        // the page finishes loading when the agent first looks again (after its first poll)
        ScriptedModel.Call[] seen = new ScriptedModel.Call[1];
        model.rule("the Sign in button", s -> {
            if (seen[0] == null) {
                seen[0] = new ScriptedModel.Call("x", s);
                return false;
            }
            device.show(loaded);
            return false;
        }, (s, e) -> null);

        agent().tap("the Sign in button");

        assertThat(device.log()).containsExactly("click (150,215)");
    }

    @Test
    void stopsAtMaxStepsAndNamesTheBound() {
        for (int i = 0; i < 5; i++) {
            model.find("button " + i, Box.of(i * 50, 0, i * 50 + 40, 20));
        }
        Agent agent = agent(AgentOptions.defaults().withMaxSteps(3).withVerifyActions(false));

        assertThatThrownBy(() -> agent.act("click button 0, click button 1, click button 2, click button 3"))
                .isInstanceOf(SeepointAssertionError.class)
                .hasMessageContaining("gave up after 3 steps (maxSteps=3)");
        assertThat(device.actions()).hasSize(3);
    }

    @Test
    void stopsAtMaxTimeAndNamesTheBound() {
        Agent agent = agent(AgentOptions.defaults().withMaxTime(Duration.ofSeconds(3)));

        assertThatThrownBy(() -> agent.act("wait 2 seconds, then wait 2 seconds, then wait 2 seconds"))
                .isInstanceOf(SeepointAssertionError.class)
                .hasMessageContaining("gave up after 4.0 s (maxTime=3000 ms)");
    }

    @Test
    void aFailingToolIsRecordedAsAnObservationAndReportedWithItsEvidence() {
        model.find("the error message", Box.of(10, 10, 100, 30));
        Agent agent = agent();

        assertThatThrownBy(() -> agent.read("the error message"))
                .isInstanceOf(SeepointAssertionError.class)
                .hasMessageContaining("read no text there (no OCR engine is configured)");
        assertThat(agent.trace().steps()).singleElement().satisfies(s -> {
            assertThat(s.ok()).isFalse();
            assertThat(s.tool()).isEqualTo("read");
        });
    }

    @Test
    void aBrowserThatDiesEndsTheRunWithTheTraceSoFarWritten() throws Exception {
        model.find("the Next button", Box.of(0, 0, 50, 20));
        device.when(a -> true, welcome).dieAfter(1);
        Agent agent = agent(AgentOptions.defaults().withVerifyActions(false));

        assertThatThrownBy(() -> agent.act("click the Next button, then click the Next button"))
                .isInstanceOf(DeviceGoneException.class)
                .hasMessageContaining("the browser is gone")
                .hasMessageContaining("Trace: ");
        try (var dirs = Files.list(reports)) {
            Path dir = dirs.findFirst().orElseThrow();
            Trace written = Trace.read(dir.resolve("trace.json"));
            assertThat(written.status()).isEqualTo(Trace.Status.FAILED);
            assertThat(written.steps()).extracting(Step::ok).containsExactly(true, false);
            assertThat(written.steps().get(1).observation()).contains("the browser is gone");
            assertThat(dir.resolve("report.html")).exists();
        }
    }

    @Test
    void aFalseCheckThrowsAnAssertionErrorWithTheTextReadAndTheScreenshotPath() {
        Agent agent = Agent.builder().device(device).model(model).clock(clock).ocr(r -> "Invalid password")
                .options(AgentOptions.defaults().withReportDir(reports)).build();

        assertThatThrownBy(() -> agent.check("the page shows 'Welcome, Ada'"))
                .isInstanceOf(SeepointAssertionError.class)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Failed: check the page shows 'Welcome, Ada'")
                .hasMessageContaining("Invalid password")
                .hasMessageContaining("Screenshot: " + reports.toAbsolutePath())
                .satisfies(e -> assertThat(((SeepointAssertionError) e).report().orElseThrow().screenshot()).exists());
    }

    @Test
    void actRunsSeveralStepsInOrder() {
        Box user = Box.of(50, 50, 250, 80);
        Box pass = Box.of(50, 100, 250, 130);
        Box button = Box.of(50, 150, 150, 180);
        model.find("the Username field", user).find("the Password field", pass).find("the Log in button", button);
        Screenshot typed1 = Frames.with(page, Box.of(55, 55, 90, 75), 0);
        Screenshot typed2 = Frames.with(typed1, Box.of(55, 105, 90, 125), 0);
        device.when(a -> a.kind().equals("type") && a.text().equals("ada"), typed1)
                .when(a -> a.kind().equals("type") && a.text().equals("s3cret"), typed2)
                .whenClickedIn(button, welcome);

        Agent agent = agent();
        agent.act("log in with username ada and password s3cret");

        assertThat(device.log()).containsExactly("click (150,65)", "type ada", "click (150,115)", "type s3cret",
                "click (100,165)");
        assertThat(agent.trace().steps()).allSatisfy(s -> assertThat(s.ok()).isTrue());
    }

    @Test
    void tapOptionsChooseTheButton() {
        model.find("the row", Box.of(0, 0, 100, 20));
        device.when(a -> true, welcome);

        agent().tap("the row", TapOptions.doubleClick());

        assertThat(device.log()).containsExactly("doubleClick (50,10)");
    }

    @Test
    void locateReturnsTheGrounding() {
        model.find("the logo", Box.of(0, 0, 40, 40));

        assertThat(agent().locate("the logo").requireBox()).isEqualTo(Box.of(0, 0, 40, 40));
    }

    @Test
    void anInstructionThatCannotBePlannedIsAPlanningException() {
        assertThatThrownBy(() -> agent().act("dance wildly")).isInstanceOf(PlanningException.class);
    }
}
