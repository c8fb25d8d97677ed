package dev.longtake.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.longtake.cli.CommandFailure;
import dev.longtake.media.AssemblyMetadata;
import dev.longtake.media.AssemblyPlan;
import dev.longtake.media.AssemblyPlan.Join;
import dev.longtake.media.AssemblyPlan.Segment;
import dev.longtake.media.AssemblyResult;
import dev.longtake.media.AssemblyWarning;
import dev.longtake.media.Assembler;
import dev.longtake.media.MediaException;
import dev.longtake.media.MediaProgress;
import dev.longtake.media.Probe;
import dev.longtake.media.TakeProvenance;
import dev.longtake.model.CutEntry;
import dev.longtake.model.FrameSize;
import dev.longtake.model.Ledger;
import dev.longtake.model.ProjectSettings;
import dev.longtake.model.Script;
import dev.longtake.model.Take;
import dev.longtake.model.TransitionKind;
import dev.longtake.model.util.CutPlan;
import dev.longtake.model.util.CutPlanner;
import dev.longtake.model.util.CutWarning;
import dev.longtake.render.LedgerStore;
import dev.longtake.render.ProjectLayout;

/**
 * {@code longtake assemble}: the cut the planner makes from the script and the ledger (the
 * same cut the exports describe), laid on the song, upscaled to the deliver size and written
 * to {@code out/<title>.mp4} with its provenance manifest.
 */
final class FilmAssembly {

    private final FilmRequests film;
    private final PrintWriter out;
    private final boolean proresMaster;

    FilmAssembly(FilmRequests film, PrintWriter out, boolean proresMaster) {
        this.film = film;
        this.out = out;
        this.proresMaster = proresMaster;
    }

    AssemblyResult assemble(MediaProgress progress) {
        Path folder = film.project().folder();
        ProjectLayout layout = ProjectLayout.of(folder);
        Ledger ledger = LedgerStore.of(layout).read();
        Script script = film.cutScript();
        ProjectSettings settings = script.getSettings();
        Map<String, Double> lengths = new HashMap<>();
        CutPlan plan = CutPlanner.plan(script, ledger, take -> lengths.computeIfAbsent(take.getId(), id -> probe(folder, take)));
        for (CutWarning warning : plan.warnings()) {
            out.println("warning: " + warning.message());
        }
        Optional<Path> song = song(folder, settings);
        FrameSize deliver = settings == null ? null : settings.getDeliver();
        FrameSize generated = settings == null || settings.getFormat() == null ? null : settings.getFormat();
        int width = deliver != null ? deliver.getWidth() : generated != null ? generated.getWidth() : 1280;
        int height = deliver != null ? deliver.getHeight() : generated != null ? generated.getHeight() : 720;
        AssemblyPlan.Builder builder = AssemblyPlan.builder(width, height, plan.rate().fps());
        song.ifPresent(builder::song);
        builder.proresMaster(proresMaster);
        List<Segment> segments = segments(folder, ledger, plan);
        if (segments.isEmpty()) {
            throw new CommandFailure("no shot of the film has a finished take yet: run longtake render " + folder);
        }
        builder.addAll(segments);
        // On the song the film lasts as long as the song; without one, until its last shot ends.
        builder.length(song.isPresent() ? songSeconds(song.get()) : cutEnd(plan));
        String title = settings == null || settings.getTitle() == null ? folder.getFileName().toString() : settings.getTitle();
        Path target = folder.resolve("out").resolve(dev.longtake.export.ExportRunner.fileName(title) + ".mp4");
        try {
            Files.createDirectories(target.getParent());
            AssemblyResult result = Assembler.assemble(builder.build(), target,
                    AssemblyMetadata.titled(title).withGenerator("Longtake " + RootCommand.productVersion()), progress);
            for (AssemblyWarning warning : result.warnings()) {
                out.println("warning: " + warning);
            }
            return result;
        } catch (MediaException e) {
            throw new CommandFailure(e.getMessage());
        } catch (java.io.IOException e) {
            throw new CommandFailure("cannot create " + target.getParent() + ": " + e.getMessage());
        }
    }

    /** The cut's entries with a take, as placed segments joined as the script says. */
    private static List<Segment> segments(Path folder, Ledger ledger, CutPlan plan) {
        List<CutEntry> entries = plan.cut().getEntries();
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            CutEntry entry = entries.get(i);
            if (entry.getTakeId() == null) {
                continue; // held on black
            }
            Take take = ledger.findTake(entry.getTakeId());
            Segment segment = Segment.of(takeFile(folder, take), entry.getSourceIn(), entry.getSourceOut() - entry.getSourceIn(),
                    entry.getRecord());
            CutEntry next = i + 1 < entries.size() ? entries.get(i + 1) : null;
            if (next != null && next.getTakeId() != null && next.getTransition() != null) {
                if (next.getTransition().getKind() == TransitionKind.CROSSFADE) {
                    segment = segment.joinedBy(Join.crossfade(next.getTransition().getDuration()));
                } else if (next.getTransition().getKind() == TransitionKind.DIP) {
                    segment = segment.joinedBy(Join.dip(next.getTransition().getDuration()));
                }
            }
            segments.add(segment.withProvenance(new TakeProvenance(take.getShotName(), take.getId(), take.getBackend(),
                    take.getModel(), take.isSetSeed() ? Long.valueOf(take.getSeed()) : null, take.getRequestHash(),
                    take.getPromptAsSent())));
        }
        return segments;
    }

    /** Where the last entry of the cut (a take or black) ends, in seconds. */
    private static double cutEnd(CutPlan plan) {
        double end = 0;
        for (CutEntry entry : plan.cut().getEntries()) {
            end = Math.max(end, entry.getRecord() + entry.getSourceOut() - entry.getSourceIn());
        }
        return end;
    }

    static Path takeFile(Path folder, Take take) {
        Path file = Path.of(take.getFile());
        return file.isAbsolute() ? file : folder.resolve(file).normalize();
    }

    private static Double probe(Path folder, Take take) {
        try {
            return Probe.of(takeFile(folder, take)).seconds();
        } catch (MediaException e) {
            return null; // the assembler names the file when it reads it
        }
    }

    private static Optional<Path> song(Path folder, ProjectSettings settings) {
        if (settings == null || settings.getSong() == null) {
            return Optional.empty();
        }
        Path song = folder.resolve(settings.getSong()).normalize();
        if (!Files.isReadable(song)) {
            throw new CommandFailure("the song " + song + " is missing or unreadable");
        }
        return Optional.of(song);
    }

    static double songSeconds(Path song) {
        try {
            return Probe.of(song).seconds();
        } catch (MediaException e) {
            throw new CommandFailure(e.getMessage());
        }
    }
}
