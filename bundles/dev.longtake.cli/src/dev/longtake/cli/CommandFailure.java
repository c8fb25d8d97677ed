package dev.longtake.cli;

/**
 * Thrown by a command to stop with {@link ExitCode#FAILURE} and a one-line reason that names
 * the thing at fault ("script.shots: no such file"). No stack trace is shown to the user.
 */
public class CommandFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CommandFailure(String reason) {
        super(reason);
    }

    public CommandFailure(String reason, Throwable cause) {
        super(reason, cause);
    }
}
