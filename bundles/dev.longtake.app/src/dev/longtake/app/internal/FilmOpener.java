package dev.longtake.app.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.statushandlers.StatusManager;

import dev.longtake.app.LongtakeUI;

/**
 * Opens a film folder (or a script inside one) given on the command line: the folder becomes
 * a workspace project that stays where it is on disk, and its script opens in an editor.
 */
public final class FilmOpener {

    /** The script a film folder is opened on, when the user names the folder. */
    static final String DEFAULT_SCRIPT = "script.shots";

    private final IWorkbench workbench;

    public FilmOpener(IWorkbench workbench) {
        this.workbench = workbench;
    }

    /** Opens the film; problems go to the status manager with the path that caused them. */
    public Optional<IProject> open(Path path) {
        try {
            if (!Files.exists(path)) {
                throw new CoreException(Status.error("No film at " + path + ": the folder or script does not exist"));
            }
            Path folder = Files.isDirectory(path) ? path : path.getParent();
            IProject project = linkProject(folder);
            Path script = Files.isDirectory(path) ? folder.resolve(DEFAULT_SCRIPT) : path;
            reveal(project);
            if (Files.isRegularFile(script)) {
                IFile file = project.getFile(IPath.fromPath(folder.relativize(script)));
                IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
                IDE.openEditor(page, file, true);
            }
            return Optional.of(project);
        } catch (CoreException e) {
            StatusManager.getManager().handle(
                    new Status(IStatus.ERROR, "dev.longtake.app", "Could not open the film " + path + ": " + e.getMessage(), e),
                    StatusManager.SHOW | StatusManager.LOG);
            return Optional.empty();
        }
    }

    /** A project named after the folder, located at the folder; reused when it already is. */
    static IProject linkProject(Path folder) throws CoreException {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IPath location = IPath.fromPath(folder);
        for (IProject existing : workspace.getRoot().getProjects()) {
            if (location.equals(existing.getLocation())) {
                openIfClosed(existing);
                return existing;
            }
        }
        String base = folder.getFileName() == null ? "film" : folder.getFileName().toString();
        IProject project = workspace.getRoot().getProject(base);
        for (int n = 2; project.exists(); n++) {
            project = workspace.getRoot().getProject(base + "-" + n);
        }
        IProjectDescription description = workspace.newProjectDescription(project.getName());
        if (!location.equals(workspace.getRoot().getLocation().append(project.getName()))) {
            description.setLocation(location);
        }
        project.create(description, null);
        openIfClosed(project);
        // scripts are UTF-8 (the language says so); without this Eclipse warns on every new film
        project.setDefaultCharset("UTF-8", null);
        return project;
    }

    private static void openIfClosed(IProject project) throws CoreException {
        if (!project.isOpen()) {
            project.open(null);
        }
    }

    private void reveal(IProject project) {
        try {
            IViewPart navigator = workbench.getActiveWorkbenchWindow().getActivePage().showView(LongtakeUI.NAVIGATOR_VIEW_ID);
            if (navigator instanceof ISetSelectionTarget target) {
                target.selectReveal(new StructuredSelection(project));
            }
        } catch (PartInitException e) {
            StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG);
        }
    }
}
