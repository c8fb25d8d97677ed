package dev.longtake.app.internal;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.statushandlers.StatusManager;

import dev.longtake.app.LongtakeUI;

/** Starts the workbench in the Longtake perspective over the workspace of films. */
final class LongtakeWorkbenchAdvisor extends WorkbenchAdvisor {

    private final StudioArguments arguments;

    LongtakeWorkbenchAdvisor(StudioArguments arguments) {
        this.arguments = arguments;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(true);
        // The navigator, Problems and Properties views adapt resources through these.
        IDE.registerAdapters();
        SharedIdeImages.declare(configurer);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return LongtakeUI.PERSPECTIVE_ID;
    }

    @Override
    public IAdaptable getDefaultPageInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new LongtakeWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        arguments.film().ifPresent(film -> new FilmOpener(getWorkbenchConfigurer().getWorkbench()).open(film));
        FirstStart.showWelcomeOnce(getWorkbenchConfigurer().getWorkbench());
        StartupReport.writeWhenIdle(getWorkbenchConfigurer().getWorkbench().getDisplay());
    }

    @Override
    public boolean preShutdown() {
        try {
            ResourcesPlugin.getWorkspace().save(true, null);
        } catch (CoreException e) {
            StatusManager.getManager().handle(
                    new Status(IStatus.ERROR, "dev.longtake.app", "Could not save the workspace", e), StatusManager.LOG);
        }
        return true;
    }
}
