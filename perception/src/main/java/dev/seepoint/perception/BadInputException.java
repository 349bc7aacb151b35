package dev.seepoint.perception;

/**
 * A user mistake: blank instruction, unreadable image, frame of impossible size, and the like.
 * The message says what was wrong and how to fix it; command-line tools print it without a stack
 * trace and exit with status 2.
 */
public class BadInputException extends IllegalArgumentException {

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
