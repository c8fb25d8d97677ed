package dev.longtake.cli.internal;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code longtake plan}: what the script still needs generated, and what it will cost. */
@Command(name = "plan", description = { "List every take the film still needs (takes already in the ledger are not "
        + "generated again), with its backend and estimated cost, totals per backend and the spending so far.",
        "A plan above the project's budget is refused with the figures (exit 1)." })
final class PlanCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<project>", description = "the film's folder or its script")
    Path project;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        FilmRequests film = FilmRequests.load(project, spec.commandLine().getErr());
        RenderCommandSupport support = new RenderCommandSupport(film.project().folder(), CommandLineSettings.installedBackends(),
                spec.commandLine().getOut(), spec.commandLine().getErr(), RenderCommandSupport.stdoutIsTerminal());
        return support.plan(film.requests(), film.budget());
    }
}
