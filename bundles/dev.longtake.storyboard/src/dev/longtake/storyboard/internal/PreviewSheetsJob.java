package dev.longtake.storyboard.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import dev.longtake.media.ContactSheet;
import dev.longtake.media.MediaProgress;
import dev.longtake.model.Ledger;
import dev.longtake.model.Take;
import dev.longtake.model.TakeState;
import dev.longtake.render.LedgerStore;
import dev.longtake.render.PreviewVariants;
import dev.longtake.render.ProjectLayout;
import dev.longtake.render.RenderRequest;

/**
 * After a preview: each shot's variants as a contact sheet of first frames,
 * {@code out/previews/<Shot>-<variants>.png}, the file {@code longtake preview} writes.
 */
public final class PreviewSheetsJob extends Job {

    /** The family of contact sheet jobs. */
    public static final Object FAMILY = PreviewSheetsJob.class;

    private final Path folder;
    private final List<RenderRequest> variants;
    private final List<Path> written = new ArrayList<>();

    public PreviewSheetsJob(Path folder, List<RenderRequest> variants) {
        super("Contact sheets of the previews");
        this.folder = folder;
        this.variants = List.copyOf(variants);
        setUser(false);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** The sheets the job wrote. */
    public List<Path> written() {
        return List.copyOf(written);
    }

    /** Where a shot's sheet of n variants goes. */
    public static Path sheet(Path folder, String shot, int variants) {
        return folder.resolve("out").resolve("previews").resolve(shot + "-" + variants + ".png");
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        ProjectLayout layout = ProjectLayout.of(folder);
        Ledger ledger = LedgerStore.of(layout).read();
        Map<String, Take> done = new LinkedHashMap<>();
        for (Take take : ledger.getTakes()) {
            if (take.getState() == TakeState.DONE && take.getRequestHash() != null && take.getFile() != null) {
                done.putIfAbsent(take.getRequestHash(), take);
            }
        }
        Map<String, List<ContactSheet.Variant>> byShot = new LinkedHashMap<>();
        for (RenderRequest variant : variants) {
            Take take = done.get(variant.hash());
            if (take == null) {
                continue; // not rendered (cancelled, failed): the sheet shows what there is
            }
            String shot = variant.shotName().endsWith(PreviewVariants.SUFFIX)
                    ? variant.shotName().substring(0, variant.shotName().length() - PreviewVariants.SUFFIX.length())
                    : variant.shotName();
            String label = "v" + variant.takeNumber() + (variant.seed() != null ? "  seed " + variant.seed() : "");
            byShot.computeIfAbsent(shot, key -> new ArrayList<>())
                    .add(new ContactSheet.Variant(label, layout.resolve(take.getFile())));
        }
        monitor.beginTask(getName(), Math.max(1, byShot.size()));
        try {
            for (Map.Entry<String, List<ContactSheet.Variant>> shot : byShot.entrySet()) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                Path sheet = sheet(folder, shot.getKey(), shot.getValue().size());
                Files.createDirectories(sheet.getParent());
                ContactSheet.write(shot.getValue(), ContactSheet.Layout.DEFAULT.withTitle(shot.getKey() + ": "
                        + shot.getValue().size() + " previews"), sheet, MediaProgress.NONE);
                written.add(sheet);
                monitor.worked(1);
            }
            return Status.OK_STATUS;
        } catch (IOException e) { // a MediaException is one
            return new Status(IStatus.WARNING, "dev.longtake.storyboard", "no contact sheet: " + e.getMessage(), e);
        } finally {
            monitor.done();
        }
    }
}
