package dev.seepoint.actions;

/** A browser could not be started: Chromium or ChromeDriver missing, a Grid unreachable, a viewport refused. */
public class BrowserStartException extends ActionException {

    public BrowserStartException(String message) {
        super(message);
    }

    public BrowserStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
