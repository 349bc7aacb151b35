package dev.seepoint.scenarios;

/**
 * A suite file cannot be used: missing, not valid YAML or Gherkin, an unknown key, a variable that is
 * not set. The message names the place ({@code suite.yaml:7:5}) and how to fix it; the CLI prints it
 * without a stack trace and exits with status 2.
 */
public class SuiteException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public SuiteException(String message) {
        super(message);
    }

    public SuiteException(String message, Throwable cause) {
        super(message, cause);
    }
}
