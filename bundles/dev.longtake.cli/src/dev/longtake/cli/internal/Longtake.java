package dev.longtake.cli.internal;

import java.io.PrintWriter;

import dev.longtake.cli.CommandFailure;
import dev.longtake.cli.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs one {@code longtake} command line and maps every outcome to the convention of
 * {@link ExitCode}: usage errors and failures give one line on standard error, never a bare
 * stack trace.
 */
public final class Longtake {

    private final PrintWriter out;
    private final PrintWriter err;

    public Longtake(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    public int run(String... args) {
        CommandLine commandLine = newCommandLine();
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new RootCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(usageErrors());
        commandLine.setExecutionExceptionHandler(failures());
        commandLine.getCommandSpec().exitCodeOnUsageHelp(ExitCode.OK);
        commandLine.getCommandSpec().exitCodeOnVersionHelp(ExitCode.OK);
        commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE);
        commandLine.getCommandSpec().exitCodeOnExecutionException(ExitCode.INTERNAL);
        return commandLine;
    }

    private IParameterExceptionHandler usageErrors() {
        return (ParameterException e, String[] args) -> {
            CommandLine failed = e.getCommandLine();
            String name = failed.getCommandSpec().qualifiedName();
            err.println(name + ": " + describe(e));
            String helpTarget = failed.getParent() == null ? "" : " " + failed.getCommandName();
            err.println("Run 'longtake help" + helpTarget + "' for usage.");
            return ExitCode.USAGE;
        };
    }

    /** "unknown command 'x'" rather than picocli's "Unmatched argument at index 0: 'x'". */
    private static String describe(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()
                && !unmatched.getUnmatched().get(0).startsWith("-")
                && !e.getCommandLine().getSubcommands().isEmpty()) {
            return "unknown command '" + unmatched.getUnmatched().get(0) + "'";
        }
        return e.getMessage();
    }

    private IExecutionExceptionHandler failures() {
        return (Exception e, CommandLine commandLine, ParseResult parseResult) -> {
            String name = commandLine.getCommandSpec().qualifiedName();
            if (e instanceof CommandFailure) {
                err.println(name + ": error: " + e.getMessage());
                return ExitCode.FAILURE;
            }
            err.println(name + ": internal error: " + e + " (please report it; run with -Dlongtake.trace=true for the stack trace)");
            if (Boolean.getBoolean("longtake.trace")) {
                e.printStackTrace(err);
            }
            return ExitCode.INTERNAL;
        };
    }
}
