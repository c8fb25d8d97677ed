package dev.longtake.ext.compat.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.AssertionFailedException;
import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.LineBorder;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditDomain;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.editparts.ScalableRootEditPart;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.palette.SelectionToolEntry;
import org.eclipse.gef.palette.PaletteDrawer;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.palette.FlyoutPaletteComposite;
import org.eclipse.gef.ui.palette.PaletteViewerProvider;
import org.eclipse.gef.ui.parts.ScrollingGraphicalViewer;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.internal.DragCursors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GEF 3.2 (the newest on Maven Central) runs on Eclipse 4.39 through our two fragments:
 * {@code org.eclipse.jface.util.Assert} and {@code org.eclipse.ui.internal.DragCursors}.
 */
class GefOnCurrentPlatformTest {

    private Display display;
    private Shell shell;

    @BeforeEach
    void openShell() {
        display = PlatformUI.getWorkbench().getDisplay();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(640, 400);
    }

    @AfterEach
    void closeShell() {
        shell.dispose();
    }

    /** A single panel, enough for the viewer to build and lay out a figure. */
    static final class PanelPart extends AbstractGraphicalEditPart {
        PanelPart(Object model) {
            setModel(model);
        }

        @Override
        protected IFigure createFigure() {
            Label label = new Label(String.valueOf(getModel()));
            label.setBorder(new LineBorder(ColorConstants.darkGray, 2));
            label.setOpaque(true);
            label.setBackgroundColor(ColorConstants.lightGray);
            label.setBounds(new Rectangle(20, 20, 200, 120));
            return label;
        }

        @Override
        protected void createEditPolicies() {
        }
    }

    @Test
    void aGraphicalViewerInAFlyoutPaletteRendersAndZooms() {
        FlyoutPaletteComposite flyout = new FlyoutPaletteComposite(shell, SWT.NONE,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(),
                new PaletteViewerProvider(new EditDomain()),
                FlyoutPaletteComposite.createFlyoutPreferences(new org.eclipse.core.runtime.Preferences()));
        ScrollingGraphicalViewer viewer = new ScrollingGraphicalViewer();
        viewer.createControl(flyout);
        ScalableRootEditPart root = new ScalableRootEditPart();
        viewer.setRootEditPart(root);
        viewer.setEditDomain(new EditDomain());
        viewer.setEditPartFactory((context, model) -> new PanelPart(model));
        viewer.setContents("Hallway");
        flyout.setGraphicalControl(viewer.getControl());
        PaletteRoot palette = new PaletteRoot();
        PaletteDrawer tools = new PaletteDrawer("Tools");
        tools.add(new SelectionToolEntry());
        palette.add(tools);
        viewer.getEditDomain().setPaletteRoot(palette);
        shell.open();
        flush();

        ZoomManager zoom = root.getZoomManager();
        zoom.setZoom(2.0);
        flush();
        assertEquals(2.0, zoom.getZoom());
        IFigure panel = ((AbstractGraphicalEditPart) viewer.getContents()).getFigure();
        assertTrue(panel.isShowing(), "the panel figure is not on screen");
        assertEquals("Hallway", ((Label) panel).getText());
        assertNotNull(viewer.getControl());
    }

    @Test
    void actionRegistryChecksItsArgumentsThroughTheJFaceAssertShim() {
        ActionRegistry registry = new ActionRegistry();
        Action named = new Action("Named") {
        };
        named.setId("named");
        registry.registerAction(named);
        assertSame(named, registry.getAction("named"));
        assertThrows(AssertionFailedException.class, () -> registry.registerAction(new Action("No id") {
        }));
    }

    @Test
    void dragCursorsAreSharedPerDisplayAndDistinctPerSide() {
        Cursor left = DragCursors.getCursor(DragCursors.LEFT);
        Cursor right = DragCursors.getCursor(DragCursors.RIGHT);
        assertNotNull(left);
        assertNotNull(right);
        assertNotSame(left, right);
        assertSame(left, DragCursors.getCursor(DragCursors.LEFT));
    }

    private void flush() {
        while (display.readAndDispatch()) {
            // process paints and layouts
        }
    }
}
