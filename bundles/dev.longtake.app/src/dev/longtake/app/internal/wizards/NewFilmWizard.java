package dev.longtake.app.internal.wizards;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;

import dev.longtake.app.internal.FilmOpener;

/** File > New Film: makes a film folder from a template and opens its script. */
public class NewFilmWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;
    private NewFilmPage page;
    private Path created;

    public NewFilmWizard() {
        setWindowTitle("New Film");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
    }

    @Override
    public void addPages() {
        page = new NewFilmPage(FilmTemplates.all());
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        Path folder = page.folder();
        try {
            FilmCreator.create(folder, page.filmTitle(), page.template());
        } catch (IOException e) {
            page.setErrorMessage("Could not create the film in " + folder + ": " + e.getMessage());
            return false;
        }
        created = folder;
        new FilmOpener(workbench).open(folder);
        return true;
    }

    /** The folder the last finish created, for tests. */
    public Path created() {
        return created;
    }

    NewFilmPage page() {
        return page;
    }

    /** For tests: fills the page and finishes as the Finish button would. */
    public boolean finishWith(String title, Path location, String templateId) {
        page.fill(title, location, templateId);
        return page.isPageComplete() && performFinish();
    }
}
