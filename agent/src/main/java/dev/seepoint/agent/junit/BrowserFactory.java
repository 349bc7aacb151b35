package dev.seepoint.agent.junit;

/**
 * Starts browsers for {@link SeepointTest}. Implementations need a public no-argument constructor.
 * The actions module's browsers satisfy it with a few lines (start a Chromium WebDriver of the
 * spec's size, wrap it in its Device, quit the driver on close).
 */
public interface BrowserFactory {

    /** Starts a browser; throws with a message saying what is missing when it cannot. */
    BrowserSession open(BrowserSpec spec) throws Exception;
}
