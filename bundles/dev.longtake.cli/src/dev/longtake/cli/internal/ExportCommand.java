package dev.longtake.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;

import dev.longtake.cli.CommandFailure;
import dev.longtake.cli.ExitCode;
import dev.longtake.export.ExportResult;
import dev.longtake.export.ExportRunner;
import dev.longtake.media.MediaException;
import dev.longtake.media.Probe;
import dev.longtake.model.Ledger;
import dev.longtake.model.ProjectSettings;
import dev.longtake.render.LedgerStore;
import dev.longtake.render.ProjectLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code longtake export}: the cut for editing suites. */
@Command(name = "export", description = { "Write the film's cut for editing suites into out/: OpenTimelineIO "
        + "(--otio), a CMX3600 EDL (--edl) and FCPXML 1.9 (--fcpxml), all pointing at the same takes and song. "
        + "Without a format option all three are written." })
final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<project>", description = "the film's folder or its script")
    Path project;

    @Option(names = "--otio", description = "OpenTimelineIO JSON (.otio)")
    boolean otio;

    @Option(names = "--edl", description = "CMX3600 EDL (.edl)")
    boolean edl;

    @Option(names = "--fcpxml", description = "Final Cut Pro XML 1.9 (.fcpxml)")
    boolean fcpxml;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        FilmRequests film = FilmRequests.load(project, spec.commandLine().getErr());
        Path folder = film.project().folder();
        Ledger ledger = LedgerStore.of(ProjectLayout.of(folder)).read();
        Set<String> formats = new LinkedHashSet<>();
        if (otio) formats.add("otio");
        if (edl) formats.add("edl");
        if (fcpxml) formats.add("fcpxml");
        if (formats.isEmpty()) {
            formats.addAll(Set.of("otio", "edl", "fcpxml"));
        }
        ProjectSettings settings = film.settings();
        Double songSeconds = null;
        if (settings != null && settings.getSong() != null) {
            try {
                songSeconds = Probe.of(folder.resolve(settings.getSong())).seconds();
            } catch (MediaException e) {
                out.println("warning: " + e.getMessage() + " (the cut is exported without the song's length)");
            }
        }
        try {
            ExportResult result = new ExportRunner()
                    .withTakeLengths(take -> {
                        try {
                            return Probe.of(FilmAssembly.takeFile(folder, take)).seconds();
                        } catch (MediaException e) {
                            return null;
                        }
                    })
                    .withSongSeconds(songSeconds)
                    .export(film.cutScript(), ledger, folder, formats);
            result.warnings().forEach(warning -> out.println("warning: " + warning.message()));
            result.files().forEach(file -> out.println("wrote " + ScriptPaths.shown(file)));
        } catch (IOException | IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
        return ExitCode.OK;
    }
}
