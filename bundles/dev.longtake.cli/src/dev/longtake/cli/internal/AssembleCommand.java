package dev.longtake.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.longtake.cli.ExitCode;
import dev.longtake.media.AssemblyResult;
import dev.longtake.media.MediaProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code longtake assemble}: the circled takes, cut on the song, into one video. */
@Command(name = "assemble", description = { "Assemble the film: the circled take of every shot (else its latest "
        + "take, with a warning), trimmed to the shot, joined by each sequence's transitions, placed on the song, "
        + "upscaled to the deliver size; writes out/<title>.mp4 and out/<title>.provenance.json.",
        "The previous output is replaced only when the new one is complete." })
final class AssembleCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<project>", description = "the film's folder or its script")
    Path project;

    @Option(names = "--prores", description = "also write a ProRes 422 master, out/<title>.master.mov, for grading")
    boolean prores;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        FilmRequests film = FilmRequests.load(project, spec.commandLine().getErr());
        return assembleAndReport(film, spec.commandLine().getOut(), RenderCommandSupport.stdoutIsTerminal(), prores);
    }

    static int assembleAndReport(FilmRequests film, PrintWriter out, boolean terminal, boolean prores) {
        out.println("assembling the cut ...");
        AssemblyResult result = new FilmAssembly(film, out, prores).assemble(new Progress(out, terminal));
        out.println(String.format(Locale.ROOT, "assembled %s: %dx%d, %.2f s, %d frames",
                ScriptPaths.shown(result.video()), result.info().video().map(v -> v.width()).orElse(0),
                result.info().video().map(v -> v.height()).orElse(0), result.info().seconds(), result.frames()));
        result.master().ifPresent(master -> out.println("master: " + ScriptPaths.shown(master)));
        result.manifest().ifPresent(manifest -> out.println("provenance: " + ScriptPaths.shown(manifest)));
        return ExitCode.OK;
    }

    /** Percent steps: a redrawn line on a terminal, a line per 10 % elsewhere. */
    private static final class Progress implements MediaProgress {
        private final PrintWriter out;
        private final boolean terminal;
        private int total = 1;
        private int done;
        private int shown = -1;

        Progress(PrintWriter out, boolean terminal) {
            this.out = out;
            this.terminal = terminal;
        }

        @Override
        public void begin(String task, int totalUnits) {
            total = Math.max(1, totalUnits);
            done = 0;
        }

        @Override
        public void worked(int units) {
            done += units;
            int percent = (int) Math.min(100, 100L * done / total);
            int step = terminal ? percent : percent / 10 * 10;
            if (step != shown) {
                shown = step;
                if (terminal) {
                    out.print("\r  assembling " + percent + " %");
                    if (percent == 100) {
                        out.println();
                    }
                } else {
                    out.println("  assembling " + step + " %");
                }
                out.flush();
            }
        }
    }
}
