package dev.longtake.cli.internal;

import java.io.PrintWriter;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The Eclipse application behind the {@code longtake} command. It runs without a display,
 * hands the command line to {@link Longtake} and returns its exit code, which the Equinox
 * launcher passes on to the shell.
 */
public class HeadlessApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        return Integer.valueOf(new Longtake(out, err).run(args == null ? new String[0] : args));
    }

    @Override
    public void stop() {
        // Commands run on the caller's thread and end on their own.
    }
}
