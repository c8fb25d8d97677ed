package dev.longtake.storyboard;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.draw2d.Viewport;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.editparts.ScalableRootEditPart;
import org.eclipse.gef.ui.parts.ScrollingGraphicalViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

import dev.longtake.media.MediaException;
import dev.longtake.storyboard.figures.Palette;
import dev.longtake.storyboard.internal.Thumbnails;
import dev.longtake.storyboard.internal.Waveform;
import dev.longtake.storyboard.parts.StoryboardPartFactory;
import dev.longtake.storyboard.parts.TimelineEditPart;
import dev.longtake.storyboard.parts.TimelinePartFactory;

/**
 * The board's pages for one {@link BoardSession}: the storyboard and the timeline, each a GEF
 * viewer in the session's edit domain (one command stack, one undo history). The stand-alone
 * {@link StoryboardEditor} shows them as its two pages; a multi-page {@code .shots} editor can
 * add the same controls beside its text page:
 *
 * <pre>
 * BoardPages pages = new BoardPages(session);
 * int board = addPage(pages.createStoryboard(getContainer()));
 * int timeline = addPage(pages.createTimeline(getContainer()));
 * getSite().setSelectionProvider(pages.storyboardViewer());
 * </pre>
 */
public final class BoardPages {

    /** Viewer property holding the viewer's {@link BoardSession}. */
    public static final String SESSION = "dev.longtake.storyboard.session";
    /** The family of the job that computes the song's waveform. */
    public static final Object WAVEFORM_FAMILY = Waveform.class;

    private final BoardSession session;
    private Thumbnails thumbnails;
    private ScrollingGraphicalViewer storyboard;
    private ScrollingGraphicalViewer timeline;
    private org.eclipse.gef.ui.palette.FlyoutPaletteComposite flyout;
    private org.eclipse.gef.palette.PaletteRoot paletteRoot;
    private org.eclipse.swt.widgets.Canvas overview;
    private org.eclipse.draw2d.parts.ScrollableThumbnail thumbnail;
    private dev.longtake.storyboard.internal.CostEstimates costs;

    public BoardPages(BoardSession session) {
        this.session = session;
    }

    public BoardSession session() {
        return session;
    }

    /**
     * The storyboard page: sequences as rows of panels, with a flyout palette on the right (Shot,
     * Beat, Sequence creation tools) and an overview of the whole board in the bottom right corner.
     */
    public Control createStoryboard(Composite parent) {
        thumbnails(parent.getDisplay());
        storyboard = new ScrollingGraphicalViewer();
        org.eclipse.ui.IWorkbenchWindow window = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        org.eclipse.ui.IWorkbenchPage page = window == null ? null : window.getActivePage();
        Composite host = parent;
        if (page != null) {
            flyout = new org.eclipse.gef.ui.palette.FlyoutPaletteComposite(parent, org.eclipse.swt.SWT.NONE, page,
                    new org.eclipse.gef.ui.palette.PaletteViewerProvider(session.editDomain()), new PalettePreferences());
            host = flyout;
        }
        paletteRoot = dev.longtake.storyboard.palette.BoardPalette.create();
        session.editDomain().setPaletteRoot(paletteRoot);
        storyboard.createControl(host);
        if (flyout != null) {
            flyout.setGraphicalControl(storyboard.getControl());
        }
        storyboard.getControl().setBackground(Palette.CANVAS);
        ScalableRootEditPart root = new ScalableRootEditPart();
        storyboard.setRootEditPart(root);
        // rows are as wide as the editor and panels wrap within them
        ((Viewport) root.getFigure()).setContentsTracksWidth(true);
        storyboard.setProperty(SESSION, session);
        storyboard.setProperty("dev.longtake.storyboard.thumbnails", thumbnails);
        storyboard.setEditPartFactory(new StoryboardPartFactory());
        session.editDomain().addViewer(storyboard);
        storyboard.setContents(session.board());
        if (flyout != null) {
            createOverview(root);
        }
        costs = new dev.longtake.storyboard.internal.CostEstimates(session, parent.getDisplay());
        return flyout != null ? flyout : storyboard.getControl();
    }

    /** The whole board in small, in the corner of the page; dragging its frame scrolls the board. */
    private void createOverview(ScalableRootEditPart root) {
        overview = new org.eclipse.swt.widgets.Canvas(flyout, org.eclipse.swt.SWT.BORDER);
        overview.setBackground(Palette.CANVAS);
        org.eclipse.draw2d.LightweightSystem lws = new org.eclipse.draw2d.LightweightSystem(overview);
        thumbnail = new org.eclipse.draw2d.parts.ScrollableThumbnail((Viewport) root.getFigure());
        thumbnail.setSource(root.getLayer(org.eclipse.gef.LayerConstants.PRINTABLE_LAYERS));
        lws.setContents(thumbnail);
        Runnable place = () -> {
            if (overview.isDisposed() || storyboard.getControl().isDisposed()) {
                return;
            }
            org.eclipse.swt.graphics.Rectangle area = storyboard.getControl().getBounds();
            org.eclipse.swt.graphics.Rectangle client = ((org.eclipse.swt.widgets.Scrollable) storyboard.getControl())
                    .getClientArea();
            int width = Math.min(200, Math.max(60, client.width / 4));
            int height = width * 2 / 3;
            overview.setBounds(area.x + client.width - width - 8, area.y + client.height - height - 8, width, height);
            overview.moveAbove(null);
        };
        storyboard.getControl().addListener(org.eclipse.swt.SWT.Resize, event -> place.run());
        flyout.addListener(org.eclipse.swt.SWT.Resize, event -> flyout.getDisplay().asyncExec(place));
        place.run();
    }

    /** The overview of the board (null when the page has no palette composite). */
    public org.eclipse.swt.widgets.Canvas overview() {
        return overview;
    }

    /** The storyboard's palette: selection tools, and Shot, Beat and Sequence creation tools. */
    public org.eclipse.gef.palette.PaletteRoot paletteRoot() {
        return paletteRoot;
    }

    /** Where the palette is docked, its width and state, for this editor's life (pinned open). */
    private static final class PalettePreferences implements org.eclipse.gef.ui.palette.FlyoutPaletteComposite.FlyoutPreferences {
        private int dock = org.eclipse.draw2d.PositionConstants.EAST;
        private int state = org.eclipse.gef.ui.palette.FlyoutPaletteComposite.STATE_PINNED_OPEN;
        private int width = 140;

        @Override
        public int getDockLocation() {
            return dock;
        }

        @Override
        public int getPaletteState() {
            return state;
        }

        @Override
        public int getPaletteWidth() {
            return width;
        }

        @Override
        public void setDockLocation(int location) {
            dock = location;
        }

        @Override
        public void setPaletteState(int value) {
            state = value;
        }

        @Override
        public void setPaletteWidth(int value) {
            width = value;
        }
    }

    /** The timeline page: the song's waveform, the sequences at their song positions, a playhead. */
    public Control createTimeline(Composite parent) {
        timeline = new ScrollingGraphicalViewer();
        timeline.createControl(parent);
        timeline.getControl().setBackground(Palette.CANVAS);
        timeline.setRootEditPart(new ScalableRootEditPart());
        timeline.setProperty(SESSION, session);
        timeline.setProperty("dev.longtake.storyboard.thumbnails", thumbnails(parent.getDisplay()));
        timeline.setEditPartFactory(new TimelinePartFactory());
        session.editDomain().addViewer(timeline);
        timeline.setContents(session.board());
        computeWaveform(parent.getDisplay());
        timeline.getControl().addListener(org.eclipse.swt.SWT.Resize, event -> {
            TimelineEditPart part = timelinePart();
            if (part != null && part.isActive()) {
                part.fit();
            }
        });
        return timeline.getControl();
    }

    private Thumbnails thumbnails(Display display) {
        if (thumbnails == null) {
            thumbnails = new Thumbnails(display);
        }
        return thumbnails;
    }

    public GraphicalViewer storyboardViewer() {
        return storyboard;
    }

    public GraphicalViewer timelineViewer() {
        return timeline;
    }

    /** The timeline's root part (its figure has the playhead). */
    public TimelineEditPart timelinePart() {
        return timeline == null ? null : (TimelineEditPart) timeline.getContents();
    }

    /** Decodes the song in the background and gives the timeline its waveform and length. */
    private void computeWaveform(Display display) {
        String song = session.board().song();
        if (song == null) {
            return;
        }
        Path file = session.folder().resolve(song).normalize();
        Job job = new Job("Reading the song's waveform") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    Waveform waveform = Waveform.of(file, 20, monitor);
                    display.asyncExec(() -> {
                        TimelineEditPart part = timelinePart();
                        if (part != null && part.isActive()) {
                            session.board().setSongSeconds(waveform.seconds());
                            part.timeline().setPeaks(waveform.peaks());
                        }
                    });
                    return Status.OK_STATUS;
                } catch (MediaException | RuntimeException | LinkageError e) {
                    // no waveform: the timeline still shows the film against the time axis
                    return new Status(IStatus.INFO, "dev.longtake.storyboard", "no waveform: " + e.getMessage());
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == WAVEFORM_FAMILY;
            }
        };
        job.setSystem(true);
        job.schedule();
    }

    public void dispose() {
        if (costs != null) {
            costs.dispose();
        }
        if (thumbnail != null) {
            thumbnail.deactivate();
        }
        if (thumbnails != null) {
            thumbnails.dispose();
        }
    }
}
