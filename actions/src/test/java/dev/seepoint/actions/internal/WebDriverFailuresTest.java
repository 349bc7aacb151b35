package dev.seepoint.actions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.actions.ActionException;
import dev.seepoint.actions.DeviceGoneException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.NoSuchSessionException;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.remote.UnreachableBrowserException;

class WebDriverFailuresTest {

    @Test
    void aMissingSessionMeansTheDeviceIsGone() {
        ActionException error = WebDriverFailures.translate("click at (1,2)",
                new NoSuchSessionException("Session ID is null. Using WebDriver after calling quit()?"));

        assertThat(error).isInstanceOf(DeviceGoneException.class)
                .hasMessageContaining("click at (1,2) failed: the browser is gone")
                .hasMessageContaining("calling quit()");
    }

    @Test
    void anUnreachableOrUncreatedSessionMeansGone() {
        assertThat(WebDriverFailures.isGone(new UnreachableBrowserException("Error communicating with the remote browser"))).isTrue();
        assertThat(WebDriverFailures.isGone(new SessionNotCreatedException("no"))).isTrue();
        assertThat(WebDriverFailures.isGone(new WebDriverException(new ConnectException("Connection refused")))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "unknown error: chrome not reachable", "disconnected: not connected to DevTools", "invalid session id",
        "unknown error: session deleted as the browser has closed the connection", "tab crashed"})
    void chromeDriverMessagesAboutADeadBrowserMeanGone(String message) {
        assertThat(WebDriverFailures.translate("type 'x'", new WebDriverException(message)))
                .isInstanceOf(DeviceGoneException.class);
    }

    @Test
    void otherFailuresAreActionErrorsThatCarryTheEvidence() {
        ActionException error = WebDriverFailures.translate("click at (5,5)",
                new ElementClickInterceptedException("element click intercepted: other element would receive the click\nBuild info: x"));

        assertThat(error).isNotInstanceOf(DeviceGoneException.class)
                .hasMessage("click at (5,5) failed: element click intercepted: other element would receive the click");
        assertThat(error.getCause()).isInstanceOf(ElementClickInterceptedException.class);
    }

    @Test
    void anActionErrorPassesThroughUnchanged() {
        ActionException original = new ActionException("already explained");

        assertThat(WebDriverFailures.translate("x", original)).isSameAs(original);
    }
}
