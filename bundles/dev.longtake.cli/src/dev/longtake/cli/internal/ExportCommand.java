package dev.longtake.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import dev.longtake.cli.CommandFailure;
import dev.longtake.cli.ExitCode;
import dev.longtake.export.ExportResult;
import dev.longtake.export.ExporterDescriptor;
import dev.longtake.export.Exporters;
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
        + "(--otio), a CMX3600 EDL (--edl) and FCPXML 1.9 (--fcpxml), all pointing at the same takes and song, "
        + "and the formats plugins contribute (--format <id>; --list-formats shows them). "
        + "Without a format option every available format is written." })
final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "<project>", description = "the film's folder or its script")
    Path project;

    @Option(names = "--otio", description = "OpenTimelineIO JSON (.otio)")
    boolean otio;

    @Option(names = "--edl", description = "CMX3600 EDL (.edl)")
    boolean edl;

    @Option(names = "--fcpxml", description = "Final Cut Pro XML 1.9 (.fcpxml)")
    boolean fcpxml;

    @Option(names = "--format", paramLabel = "<id>", description = "an exporter by id, built in or contributed "
            + "by a plugin through the extension point dev.longtake.export.exporters (repeatable)")
    List<String> format = new ArrayList<>();

    @Option(names = "--list-formats", description = "list the available exporters and stop")
    boolean listFormats;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<ExporterDescriptor> available = Exporters.available();
        if (listFormats) {
            available.forEach(exporter -> out.println(exporter.id() + "\t." + exporter.fileExtension() + "\t" + exporter.name()));
            return ExitCode.OK;
        }
        if (project == null) {
            throw new CommandFailure("name the film's folder or its script");
        }
        for (String id : format) {
            if (Exporters.find(available, id).isEmpty()) {
                throw new CommandFailure("no exporter '" + id + "'; available: "
                        + String.join(", ", available.stream().map(ExporterDescriptor::id).toList()));
            }
        }
        FilmRequests film = FilmRequests.load(project, spec.commandLine().getErr());
        Path folder = film.project().folder();
        Ledger ledger = LedgerStore.of(ProjectLayout.of(folder)).read();
        Set<String> formats = new LinkedHashSet<>();
        if (otio) formats.add("otio");
        if (edl) formats.add("edl");
        if (fcpxml) formats.add("fcpxml");
        formats.addAll(format);
        if (formats.isEmpty()) {
            available.forEach(exporter -> formats.add(exporter.id()));
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
            ExportResult result = new ExportRunner(available)
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
