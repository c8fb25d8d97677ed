package dev.longtake.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.longtake.cli.ExitCode;
import dev.longtake.render.RenderOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code longtake render}: the takes the plan needs, then the assembled cut. */
@Command(name = "render", description = { "Render every take the film still needs through its backends "
        + "(a render that was killed resumes: jobs already submitted are polled, never submitted again), "
        + "then assemble the cut on the song into out/<title>.mp4.",
        "A plan above the project's budget is refused before anything is spent." })
final class RenderCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<project>", description = "the film's folder or its script")
    Path project;

    @Option(names = "--no-assemble", description = "only render the takes; do not assemble the cut")
    boolean noAssemble;

    @Option(names = "--prores", description = "also write a ProRes 422 master of the cut, out/<title>.master.mov")
    boolean prores;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        FilmRequests film = FilmRequests.load(project, spec.commandLine().getErr());
        boolean terminal = RenderCommandSupport.stdoutIsTerminal();
        RenderCommandSupport support = new RenderCommandSupport(film.project().folder(), CommandLineSettings.installedBackends(),
                out, spec.commandLine().getErr(), terminal);
        int rendered = support.render(film.requests(), film.budget(), RenderOptions.defaults());
        if (rendered != ExitCode.OK || noAssemble) {
            return rendered;
        }
        return AssembleCommand.assembleAndReport(film, out, terminal, prores);
    }
}
