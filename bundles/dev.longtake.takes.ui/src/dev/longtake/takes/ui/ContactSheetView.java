package dev.longtake.takes.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

import dev.longtake.render.BackendRegistry;
import dev.longtake.render.LedgerStore;
import dev.longtake.render.Money;
import dev.longtake.render.ProjectLayout;
import dev.longtake.render.RenderException;
import dev.longtake.render.RenderPlan;
import dev.longtake.render.RenderPlanner;
import dev.longtake.render.RenderRequest;
import dev.longtake.storyboard.BoardSession;
import dev.longtake.storyboard.SelectedShot;
import dev.longtake.takes.ui.internal.FirstFrames;
import dev.longtake.takes.ui.internal.PromoteJob;
import dev.longtake.takes.ui.internal.PromotedRequest;
import dev.longtake.takes.ui.internal.ShotViewPart;
import dev.longtake.takes.ui.internal.ThumbnailJob;

/**
 * The preview variants of the shot selected on a storyboard ({@code longtake preview} keeps them
 * in the ledger as takes of {@code <Shot>.preview}) as a grid of their first frames, each with
 * its seed and a "Promote to full render" button that renders the shot at full length and size
 * with that variant's seed and prompt, as a job with progress. It reads the variants again
 * whenever the board reads the ledger again (after its Preview, a render, a circle).
 */
public class ContactSheetView extends ShotViewPart {

    public static final String ID = "dev.longtake.takes.ui.contactSheet";
    /** The family of the view's background jobs (reading the ledger, first frames). */
    public static final Object FAMILY = ContactSheetView.class;
    /** The suffix of the shot name under which {@code longtake preview} ledgers a shot's variants. */
    public static final String PREVIEW_SUFFIX = ".preview";

    static final int CELL_WIDTH = 176;
    static final int CELL_HEIGHT = 99;
    static final int COLUMNS = 4;

    private Label header;
    private ScrolledComposite scroller;
    private Composite grid;
    private final Map<String, Cell> cells = new LinkedHashMap<>();
    private final FirstFrames frames = new FirstFrames();
    private List<TakeEntry> variants = List.of();
    private String problem;
    private int generation;
    private ThumbnailJob loading;
    private PromoteJob lastPromotion;
    private BoardSession listenedSession;
    private final Runnable ledgerRead = () -> {
        if (header != null && !header.isDisposed()) {
            reload();
        }
    };

    @Override
    protected void createContents(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 4;
        layout.marginHeight = 4;
        root.setLayout(layout);
        header = new Label(root, SWT.NONE);
        header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button refresh = new Button(root, SWT.PUSH);
        refresh.setText("Refresh");
        refresh.addListener(SWT.Selection, event -> reload());
        scroller = new ScrolledComposite(root, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        grid = new Composite(scroller, SWT.NONE);
        GridLayout cellsLayout = new GridLayout(COLUMNS, true);
        cellsLayout.horizontalSpacing = 8;
        cellsLayout.verticalSpacing = 8;
        grid.setLayout(cellsLayout);
        scroller.setContent(grid);
        parent.addListener(SWT.Dispose, event -> {
            unlisten();
            generation++;
            if (loading != null) {
                loading.cancel();
            }
            frames.clear();
        });
        showVariants();
    }

    @Override
    public void setFocus() {
        scroller.setFocus();
    }

    @Override
    protected void shotChanged(SelectedShot selected, boolean same) {
        if (!same) {
            unlisten();
            if (selected != null) {
                // the board's Preview (or any render) ends by reading the ledger again
                listenedSession = selected.session();
                listenedSession.addLedgerListener(ledgerRead);
            }
        }
        reload();
    }

    private void unlisten() {
        if (listenedSession != null) {
            listenedSession.removeLedgerListener(ledgerRead);
            listenedSession = null;
        }
    }

    /** Reads the shot's preview variants from the ledger again and decodes their first frames in the background. */
    public void reload() {
        int mine = ++generation;
        if (loading != null) {
            loading.cancel();
        }
        SelectedShot shot = shot();
        if (shot == null) {
            variants = List.of();
            problem = null;
            showVariants();
            return;
        }
        ProjectLayout layout = new ProjectLayout(shot.folder());
        Display display = header.getDisplay();
        loading = new ThumbnailJob("Reading the preview variants of " + shot.shotName(), FAMILY, () -> {
            List<TakeEntry> read;
            String failure = null;
            try {
                read = TakeEntry.of(LedgerStore.of(layout).read(), shot.shotName() + PREVIEW_SUFFIX, layout).stream()
                        .filter(TakeEntry::done).sorted(Comparator.comparingInt(TakeEntry::number)).toList();
            } catch (RenderException e) {
                read = List.of();
                failure = e.getMessage();
            }
            List<TakeEntry> found = read;
            String why = failure;
            List<Path> missing = new ArrayList<>();
            display.syncExec(() -> {
                if (mine != generation || header.isDisposed()) {
                    return;
                }
                variants = found;
                problem = why;
                showVariants();
                for (TakeEntry variant : found) {
                    if (variant.file() != null && !frames.has(variant.file())) {
                        missing.add(variant.file());
                    }
                }
            });
            return missing;
        }, CELL_WIDTH, CELL_HEIGHT, display, (file, data) -> {
            if (mine == generation && !header.isDisposed()) {
                frameReady(file, data);
            }
        });
        loading.schedule();
    }

    private void frameReady(Path file, ImageData data) {
        if (!frames.put(header.getDisplay(), file, data)) {
            return;
        }
        cells.values().stream().filter(cell -> file.equals(cell.variant.file())).forEach(cell -> cell.frame.redraw());
    }

    private void showVariants() {
        if (header.isDisposed()) {
            return;
        }
        SelectedShot shot = shot();
        header.setText(shot == null ? "Select a shot on a storyboard"
                : problem != null ? shot.shotName() + ": " + problem
                : variants.isEmpty() ? shot.shotName() + ": no preview variants (longtake preview <film> "
                        + shot.shotName() + " makes them)"
                : shot.shotName() + ": " + variants.size() + " preview variants");
        cells.values().forEach(cell -> cell.box.dispose());
        cells.clear();
        for (TakeEntry variant : variants) {
            cells.put(variant.id(), new Cell(grid, variant));
        }
        scroller.setMinSize(grid.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        grid.layout(true, true);
        header.getParent().layout(true, true);
    }

    /**
     * Renders the shot at full length and size with a variant's seed and prompt, as a job with
     * progress (a plan with problems is refused, one over the budget asks first); returns the
     * job (scheduled), or null when nothing was started.
     */
    public PromoteJob promote(String variantId) {
        SelectedShot shot = shot();
        TakeEntry variant = variant(variantId);
        if (shot == null || variant == null) {
            return null;
        }
        List<RenderRequest> requests = shot.session().requests(List.of(shot.shotName()));
        if (requests.isEmpty()) {
            header.setText(shot.shotName() + ": the script no longer has this shot");
            return null;
        }
        PromotedRequest request = new PromotedRequest(requests.get(0), variant.seed(), variant.prompt());
        // as the storyboard's Render does: problems stop it, a plan over the budget asks first
        Money budget = shot.session().budget();
        RenderPlan plan;
        try {
            plan = RenderPlanner.plan(shot.session().layout(), List.of(request), budget, BackendRegistry.installed());
        } catch (RenderException e) {
            MessageDialog.openError(header.getShell(), "Promote", e.getMessage());
            return null;
        }
        if (!plan.problems().isEmpty()) {
            MessageDialog.openError(header.getShell(), "Promote", String.join("\n", plan.problems()));
            return null;
        }
        if (plan.overBudget()) {
            if (!MessageDialog.openQuestion(header.getShell(), "Promote over budget",
                    plan.budgetVerdict() + ".\n\nRender anyway?")) {
                return null;
            }
            budget = null; // the user accepted the overrun
        }
        PromoteJob job = new PromoteJob(shot, request, budget, header.getDisplay());
        lastPromotion = job;
        job.schedule();
        return job;
    }

    /** The last promotion started from this view, or null. */
    public PromoteJob lastPromotion() {
        return lastPromotion;
    }

    /** The variants shown, by number. */
    public List<TakeEntry> variants() {
        return variants;
    }

    public TakeEntry variant(String id) {
        return variants.stream().filter(v -> v.id().equals(id)).findFirst().orElse(null);
    }

    /** A variant's cell, or null. */
    public Cell cell(String variantId) {
        return cells.get(variantId);
    }

    /** The first frame shown for a variant, or null while it is decoded. */
    public Image frame(String variantId) {
        TakeEntry variant = variant(variantId);
        return variant == null ? null : frames.get(variant.file());
    }

    public String headerText() {
        return header.getText();
    }

    /** One variant: its first frame, its number and seed, and the promote button. */
    public final class Cell {
        private final TakeEntry variant;
        private final Composite box;
        private final Canvas frame;
        private final Button promote;

        Cell(Composite parent, TakeEntry variant) {
            this.variant = variant;
            box = new Composite(parent, SWT.BORDER);
            box.setLayout(new GridLayout(1, false));
            frame = new Canvas(box, SWT.DOUBLE_BUFFERED);
            GridData frameData = new GridData(SWT.CENTER, SWT.TOP, false, false);
            frameData.widthHint = CELL_WIDTH;
            frameData.heightHint = CELL_HEIGHT;
            frame.setLayoutData(frameData);
            frame.addListener(SWT.Paint, event -> paint(event.gc));
            Label label = new Label(box, SWT.NONE);
            label.setText("v" + variant.number() + (variant.seed() == null ? "" : "  \u00b7  seed " + variant.seed()));
            label.setToolTipText(variant.prompt());
            promote = new Button(box, SWT.PUSH);
            promote.setText("Promote to full render");
            promote.setToolTipText("Renders " + shot().shotName() + " at full length and size with this variant's "
                    + "seed and prompt, as a new take");
            promote.addListener(SWT.Selection, event -> promote(variant.id()));
        }

        private void paint(GC gc) {
            Rectangle area = frame.getClientArea();
            gc.setBackground(frame.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.fillRectangle(area);
            Image image = frames.get(variant.file());
            if (image == null) {
                gc.setForeground(frame.getDisplay().getSystemColor(SWT.COLOR_GRAY));
                gc.drawText("decoding\u2026", 8, 8, true);
                return;
            }
            Rectangle size = image.getBounds();
            double scale = Math.min(area.width / (double) size.width, area.height / (double) size.height);
            int w = (int) (size.width * scale);
            int h = (int) (size.height * scale);
            gc.drawImage(image, 0, 0, size.width, size.height, (area.width - w) / 2, (area.height - h) / 2, w, h);
        }

        public TakeEntry variant() {
            return variant;
        }

        public Button promoteButton() {
            return promote;
        }

        public Canvas frame() {
            return frame;
        }
    }
}
