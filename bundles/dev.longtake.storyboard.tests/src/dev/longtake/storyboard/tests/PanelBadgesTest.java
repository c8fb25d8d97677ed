package dev.longtake.storyboard.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.storyboard.StoryboardEditor;
import dev.longtake.storyboard.api.PanelBadge;
import dev.longtake.storyboard.parts.ShotEditPart;

/**
 * Badges contributed through the panelDecorations extension point (this bundle's plugin.xml)
 * are drawn on the panels they are for, and follow the script when it changes.
 */
class PanelBadgesTest {

    @TempDir
    Path temp;

    private IFile script;

    @AfterEach
    void close() {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        Ui.flush();
        Films.delete(script);
    }

    @Test
    void aContributedDecoratorMarksThePanelsItIsFor() throws Exception {
        script = Films.example(temp);
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1280, 1000);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        StoryboardEditor editor = (StoryboardEditor) IDE.openEditor(page, script, StoryboardEditor.ID);
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        GraphicalViewer viewer = editor.pages().storyboardViewer();
        Ui.flush();

        ShotEditPart hallway = (ShotEditPart) viewer.getEditPartRegistry().get(editor.session().board().shot("Hallway"));
        ShotEditPart bus = (ShotEditPart) viewer.getEditPartRegistry().get(editor.session().board().shot("Bus"));
        assertEquals(1, hallway.panel().badges().size(), "Hallway runs 20 s");
        PanelBadge badge = hallway.panel().badges().get(0);
        assertEquals("LONG", badge.text());
        assertEquals(PanelBadge.Corner.BOTTOM_LEFT, badge.corner());
        assertTrue(bus.panel().badges().isEmpty(), "Bus runs 8 s");
        Ui.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "storyboard-badges");

        // the script changes on disk: Bus grows to 16 s and gets the badge, nothing else changes
        Path file = script.getLocation().toFile().toPath();
        Files.writeString(file, Files.readString(file).replace("shot Bus 8s", "shot Bus 16s"));
        script.refreshLocal(0, null);
        Ui.waitUntil("Bus is marked long", 10_000, () -> {
            Object part = viewer.getEditPartRegistry().get(editor.session().board().shot("Bus"));
            return part instanceof ShotEditPart panel && panel.panel().badges().size() == 1;
        });
    }
}
