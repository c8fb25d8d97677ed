package dev.longtake.cli;

/**
 * The exit codes every {@code longtake} command uses, so scripts can tell a broken input
 * from a misuse of the command line from a fault of Longtake itself.
 */
public final class ExitCode {

    /** The command did what was asked. */
    public static final int OK = 0;

    /**
     * The command ran but the work failed or found errors: a script with errors, a render
     * with failed jobs, a missing file. A one-line reason is printed on standard error.
     */
    public static final int FAILURE = 1;

    /** The command line itself is wrong: unknown command or option, missing argument. */
    public static final int USAGE = 2;

    /** An unexpected fault inside Longtake; the message names the log that holds details. */
    public static final int INTERNAL = 70;

    private ExitCode() {
    }
}
