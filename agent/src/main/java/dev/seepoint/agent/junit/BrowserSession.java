package dev.seepoint.agent.junit;

import dev.seepoint.actions.Device;
import java.util.Optional;
import org.openqa.selenium.WebDriver;

/** A started browser: the device the agent acts on, the WebDriver under it (if any), and close() to end it. */
public interface BrowserSession extends AutoCloseable {

    Device device();

    /** The WebDriver under the device, for tests that also want to use Selenium directly. */
    Optional<WebDriver> driver();

    /** Ends the browser (quits the driver); must be safe to call twice. */
    @Override
    void close();
}
