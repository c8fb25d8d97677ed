package dev.longtake.storyboard.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import dev.longtake.media.AssemblyMetadata;
import dev.longtake.media.AssemblyPlan;
import dev.longtake.media.AssemblyPlan.Join;
import dev.longtake.media.AssemblyPlan.Segment;
import dev.longtake.media.AssemblyResult;
import dev.longtake.media.Assembler;
import dev.longtake.media.MediaCanceledException;
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
import dev.longtake.preferences.ui.MediaPreferences;
import dev.longtake.render.LedgerStore;
import dev.longtake.render.ProjectLayout;

/**
 * Assembles the film as {@code longtake assemble} does (the cut the planner makes from the
 * script and the ledger, laid on the song, upscaled, written to {@code out/<title>.mp4} with its
 * provenance), as an Eclipse job: progress in the Progress view, cancellable there. The Media
 * preferences (encoder, deliver size, scaler) are read when the job runs, so a change applies to
 * the next assembly without a restart.
 */
public final class AssembleFilmJob extends Job {

    /** The family of assembly jobs. */
    public static final Object FAMILY = AssembleFilmJob.class;

    private static final String PLUGIN = "dev.longtake.storyboard";

    private final Path folder;
    private final Script script;
    private final ProjectSettings settings;
    private volatile AssemblyResult result;

    /**
     * @param script   the script whose sequences are cut (read on the job's thread: give a copy)
     * @param settings the film's project settings (from any of its files), or null
     */
    public AssembleFilmJob(Path folder, Script script, ProjectSettings settings) {
        super("Assembling " + title(folder, settings));
        this.folder = folder;
        this.script = script;
        this.settings = settings;
        setUser(true);
    }

    private static String title(Path folder, ProjectSettings settings) {
        return settings == null || settings.getTitle() == null ? folder.getFileName().toString() : settings.getTitle();
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** What the last run wrote, else null. */
    public AssemblyResult result() {
        return result;
    }

    /** The file the cut is written to: out/&lt;title&gt;.mp4 in the film's folder. */
    public Path target() {
        return folder.resolve("out").resolve(dev.longtake.export.ExportRunner.fileName(title(folder, settings)) + ".mp4");
    }

    /** The deliver size: the Media preference, else the script's deliver size, else its format, else 720p. */
    public static int[] deliverSize(ProjectSettings settings) {
        Optional<int[]> preferred = MediaPreferences.deliverSize();
        if (preferred.isPresent()) {
            return preferred.get();
        }
        FrameSize deliver = settings == null ? null : settings.getDeliver();
        FrameSize generated = settings == null ? null : settings.getFormat();
        return deliver != null ? new int[] { deliver.getWidth(), deliver.getHeight() }
                : generated != null ? new int[] { generated.getWidth(), generated.getHeight() } : new int[] { 1280, 720 };
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            Ledger ledger = LedgerStore.of(ProjectLayout.of(folder)).read();
            Map<String, Double> lengths = new HashMap<>();
            CutPlan plan = CutPlanner.plan(script, ledger, take -> lengths.computeIfAbsent(take.getId(), id -> probe(take)));
            List<Segment> segments = segments(ledger, plan);
            if (segments.isEmpty()) {
                return new Status(IStatus.ERROR, PLUGIN, "no shot of the film has a finished take yet: render first");
            }
            int[] size = deliverSize(settings);
            AssemblyPlan.Builder builder = AssemblyPlan.builder(size[0], size[1], plan.rate().fps());
            MediaPreferences.encoder().ifPresent(builder::videoEncoder);
            String scaler = MediaPreferences.scaler();
            builder.scaler(AssemblyPlan.SCALERS.contains(scaler) ? scaler : "lanczos");
            Optional<Path> song = song();
            song.ifPresent(builder::song);
            builder.addAll(segments);
            builder.length(song.isPresent() ? Probe.of(song.get()).seconds() : cutEnd(plan));
            Path target = target();
            Files.createDirectories(target.getParent());
            result = Assembler.assemble(builder.build(), target, AssemblyMetadata.titled(title(folder, settings))
                    .withGenerator("Longtake workbench"), progress(monitor));
            String warnings = result.warnings().isEmpty() ? "" : " (" + result.warnings().size() + " warnings: "
                    + result.warnings().get(0) + ")";
            return new Status(IStatus.OK, PLUGIN, "assembled " + target.getFileName() + " at " + size[0] + "x"
                    + size[1] + warnings);
        } catch (MediaCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (IOException | RuntimeException e) { // MediaException is an IOException
            return new Status(IStatus.ERROR, PLUGIN, "cannot assemble the film: " + e.getMessage(), e);
        } finally {
            monitor.done();
        }
    }

    private static MediaProgress progress(IProgressMonitor monitor) {
        return new MediaProgress() {
            @Override
            public void begin(String task, int totalUnits) {
                monitor.beginTask(task, Math.max(1, totalUnits));
            }

            @Override
            public void worked(int units) {
                monitor.worked(units);
            }

            @Override
            public boolean isCanceled() {
                return monitor.isCanceled();
            }
        };
    }

    private List<Segment> segments(Ledger ledger, CutPlan plan) {
        List<CutEntry> entries = plan.cut().getEntries();
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            CutEntry entry = entries.get(i);
            if (entry.getTakeId() == null) {
                continue; // held on black
            }
            Take take = ledger.findTake(entry.getTakeId());
            Segment segment = Segment.of(file(take), entry.getSourceIn(), entry.getSourceOut() - entry.getSourceIn(),
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

    private static double cutEnd(CutPlan plan) {
        double end = 0;
        for (CutEntry entry : plan.cut().getEntries()) {
            end = Math.max(end, entry.getRecord() + entry.getSourceOut() - entry.getSourceIn());
        }
        return end;
    }

    private Path file(Take take) {
        Path file = Path.of(take.getFile());
        return file.isAbsolute() ? file : folder.resolve(file).normalize();
    }

    private Double probe(Take take) {
        try {
            return Probe.of(file(take)).seconds();
        } catch (MediaException e) {
            return null; // the assembler names the file when it reads it
        }
    }

    private Optional<Path> song() throws MediaException {
        if (settings == null || settings.getSong() == null) {
            return Optional.empty();
        }
        Path song = folder.resolve(settings.getSong()).normalize();
        return Files.isReadable(song) ? Optional.of(song) : Optional.empty();
    }
}
