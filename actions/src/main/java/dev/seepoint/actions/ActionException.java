package dev.seepoint.actions;

/** An action could not be carried out (the page refused it, a key name was unknown...). */
public class ActionException extends RuntimeException {

    public ActionException(String message) {
        super(message);
    }

    public ActionException(String message, Throwable cause) {
        super(message, cause);
    }
}
