package dev.seepoint.scenarios.cucumber;

import com.google.inject.Guice;
import dev.seepoint.actions.Browser;
import dev.seepoint.actions.BrowserOptions;
import dev.seepoint.actions.Browsers;
import dev.seepoint.agent.Agent;
import dev.seepoint.agent.AgentFactory;
import dev.seepoint.agent.SeepointModule;
import dev.seepoint.perception.Size;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.en.Given;
import java.util.regex.Pattern;

/**
 * Cucumber glue for teams already on Cucumber: add {@code dev.seepoint.scenarios.cucumber} to the glue
 * path and every step of a {@code .feature} file is carried out by the Seepoint agent in a headless
 * Chromium started for each scenario.
 *
 * <p>Cucumber hands step definitions the text without its keyword, so an assertion is recognised by
 * its words ("I should see …", "the page shows …", "… is checked") and goes to {@link Agent#check};
 * every other step goes to {@link Agent#act}. {@code I open PAGE} navigates, relative to the system
 * property {@code seepoint.baseUrl}. {@code seepoint.grid} runs on a Selenium Grid and
 * {@code seepoint.viewport} (e.g. {@code 1280x800}) sets the viewport.
 */
public final class SeepointSteps {

    private static final Pattern ASSERTION = Pattern.compile(
            "(?i)^(?:I should (?:see|not see)|I see|the page (?:shows|contains|displays|says)|there (?:is|are)|"
                    + "(?:verify|check|expect|assert|ensure) that|.*\\b(?:should (?:be|show|say|contain|read)|is (?:shown|visible|"
                    + "displayed|checked|unchecked|selected|enabled|disabled|on|off)|are (?:shown|visible)))\\b.*");

    private static AgentFactory factory;

    private Browser browser;
    private Agent agent;

    private static synchronized AgentFactory factory() {
        if (factory == null) {
            factory = Guice.createInjector(new SeepointModule()).getInstance(AgentFactory.class);
        }
        return factory;
    }

    @Before
    public void startBrowser() {
        BrowserOptions options = BrowserOptions.defaults();
        String viewport = System.getProperty("seepoint.viewport");
        if (viewport != null) {
            options = options.withViewport(Size.parse(viewport));
        }
        String grid = System.getProperty("seepoint.grid", System.getenv("SEEPOINT_GRID"));
        if (grid != null && !grid.isBlank()) {
            options = options.withGrid(grid);
        }
        browser = Browsers.chrome(options);
        agent = factory().create(browser);
    }

    @After
    public void closeBrowser() {
        if (agent != null) {
            agent.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    /** {@code I open sign-in.html}, {@code I open https://example.org} */
    @Given("^I (?:open|go to|navigate to|visit) (?:the page )?(\\S+)$")
    public void open(String page) {
        String base = System.getProperty("seepoint.baseUrl", "");
        browser.navigate(page.matches("(?i)^[a-z]+:.*") || base.isEmpty() ? page
                : base.replaceAll("/+$", "") + "/" + page.replaceAll("^/+", ""));
    }

    /** Any other step: an assertion goes to {@link Agent#check}, an instruction to {@link Agent#act}. */
    @Given("^(?!I (?:open|go to|navigate to|visit) \\S+$)(.+)$")
    public void step(String text) {
        if (isAssertion(text)) {
            agent.check(text);
        } else {
            agent.act(text);
        }
    }

    static boolean isAssertion(String text) {
        return ASSERTION.matcher(text.strip()).matches();
    }

    /** The agent of the running scenario, for step definitions of your own next to these. */
    public Agent agent() {
        return agent;
    }
}
