package dev.seepoint.actions;

/** The browser is closed, crashed or unreachable: a terminal error that ends a run. */
public class DeviceGoneException extends ActionException {

    public DeviceGoneException(String message, Throwable cause) {
        super(message, cause);
    }
}
