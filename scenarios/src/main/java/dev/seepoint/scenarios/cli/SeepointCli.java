package dev.seepoint.scenarios.cli;

import dev.seepoint.actions.ActionException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code seepoint} command line. Exit status: 0 success, 1 a check or scenario failed,
 * 2 bad usage, bad input or configuration (printed without a stack trace).
 */
@Command(name = "seepoint", mixinStandardHelpOptions = true, version = "seepoint 0.1.0",
        description = "Plain-language UI testing: an agent that sees the screen and points.",
        subcommands = {RunCommand.class, SessionCommand.class, LocateCommand.class, BenchCommand.class, DemoCommand.class,
                CommandLine.HelpCommand.class})
public final class SeepointCli {

    /** Exit status for a failed check or scenario. */
    public static final int FAILED = 1;
    /** Exit status for bad usage, bad input or configuration. */
    public static final int USAGE = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SeepointCli());
        cl.setExitCodeExceptionMapper(e -> USAGE);
        cl.setExecutionExceptionHandler((e, command, parsed) -> {
            PrintWriter err = command.getErr();
            if (isUserMistake(e)) {
                err.println("seepoint: " + e.getMessage());
                return USAGE;
            }
            err.println("seepoint: internal error: " + e);
            e.printStackTrace(err);
            return USAGE;
        });
        return cl;
    }

    /** Bad input and configuration errors carry a message meant for the user, not a stack trace. */
    static boolean isUserMistake(Throwable e) {
        return e instanceof IllegalArgumentException || e instanceof ActionException
                || e instanceof java.io.UncheckedIOException || e instanceof IllegalStateException;
    }
}
