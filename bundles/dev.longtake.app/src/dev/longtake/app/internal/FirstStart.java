package dev.longtake.app.internal;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.osgi.service.prefs.BackingStoreException;

import dev.longtake.app.LongtakeUI;

/** Shows the Welcome view the first time a workspace is opened; Help > Welcome brings it back. */
final class FirstStart {

    static final String WELCOME_SHOWN = "welcome.shown";

    private FirstStart() {
    }

    static void showWelcomeOnce(IWorkbench workbench) {
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode("dev.longtake.app");
        if (preferences.getBoolean(WELCOME_SHOWN, false)) {
            return;
        }
        IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
        try {
            page.showView(LongtakeUI.WELCOME_VIEW_ID, null, IWorkbenchPage.VIEW_VISIBLE);
            preferences.putBoolean(WELCOME_SHOWN, true);
            preferences.flush();
        } catch (PartInitException | BackingStoreException e) {
            org.eclipse.core.runtime.ILog.get().warn("Could not show the Welcome view: " + e.getMessage());
        }
    }
}
