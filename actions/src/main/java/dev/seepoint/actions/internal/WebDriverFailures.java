package dev.seepoint.actions.internal;

import dev.seepoint.actions.ActionException;
import dev.seepoint.actions.DeviceGoneException;
import java.net.ConnectException;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.NoSuchSessionException;
import org.openqa.selenium.NoSuchWindowException;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.remote.UnreachableBrowserException;

/** Turns WebDriver failures into the two errors a Device speaks: gone, or this action failed. */
public final class WebDriverFailures {

    /** Phrases ChromeDriver and Selenium use when the browser or its session has died. */
    private static final List<String> GONE_PHRASES = List.of(
            "chrome not reachable", "disconnected:", "not connected to devtools", "invalid session id",
            "session deleted", "browser has closed", "tab crashed", "no such session", "session id is null",
            "unable to connect to renderer", "target window already closed", "web view not found");

    private WebDriverFailures() {
    }

    /** True when {@code failure} (or one of its causes) says the browser is closed, crashed or unreachable. */
    public static boolean isGone(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 16; t = t.getCause(), depth++) {
            if (t instanceof NoSuchSessionException || t instanceof UnreachableBrowserException
                    || t instanceof SessionNotCreatedException || t instanceof NoSuchWindowException
                    || t instanceof ConnectException) {
                return true;
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            for (String phrase : GONE_PHRASES) {
                if (message.contains(phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The Device error for {@code failure} while doing {@code action} ("click at (10,20)"). */
    public static ActionException translate(String action, RuntimeException failure) {
        if (failure instanceof ActionException already) {
            return already;
        }
        if (isGone(failure)) {
            return new DeviceGoneException(action + " failed: the browser is gone (" + firstLine(failure)
                    + "); it was closed, crashed or became unreachable. Start a new Browser.", failure);
        }
        return new ActionException(action + " failed: " + firstLine(failure), failure);
    }

    /** The first line of a WebDriver message, without Selenium's build and system dump. */
    public static String firstLine(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        String line = (newline < 0 ? message : message.substring(0, newline)).strip();
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
