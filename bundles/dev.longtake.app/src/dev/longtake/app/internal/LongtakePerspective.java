package dev.longtake.app.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import dev.longtake.app.LongtakeUI;

/**
 * Films on the left, the script (later the storyboard) in the middle, its outline on the
 * right, and what needs attention (problems, properties, running renders) below.
 */
public class LongtakePerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout left = layout.createFolder("dev.longtake.app.left", IPageLayout.LEFT, 0.2f, editors);
        left.addView(LongtakeUI.NAVIGATOR_VIEW_ID);

        IFolderLayout right = layout.createFolder("dev.longtake.app.right", IPageLayout.RIGHT, 0.78f, editors);
        right.addView(LongtakeUI.OUTLINE_VIEW_ID);

        IFolderLayout bottom = layout.createFolder("dev.longtake.app.bottom", IPageLayout.BOTTOM, 0.72f, editors);
        bottom.addView(LongtakeUI.PROBLEMS_VIEW_ID);
        bottom.addView(LongtakeUI.PROPERTIES_VIEW_ID);
        bottom.addView(LongtakeUI.PROGRESS_VIEW_ID);

        // The Welcome view opens here on first start (see FirstStart), beside the script.
        layout.addPlaceholder(LongtakeUI.WELCOME_VIEW_ID, IPageLayout.RIGHT, 0.55f, editors);

        layout.addShowViewShortcut(LongtakeUI.WELCOME_VIEW_ID);
        layout.addShowViewShortcut(LongtakeUI.NAVIGATOR_VIEW_ID);
        layout.addShowViewShortcut(LongtakeUI.OUTLINE_VIEW_ID);
        layout.addShowViewShortcut(LongtakeUI.PROBLEMS_VIEW_ID);
        layout.addShowViewShortcut(LongtakeUI.PROPERTIES_VIEW_ID);
        layout.addShowViewShortcut(LongtakeUI.PROGRESS_VIEW_ID);
    }
}
