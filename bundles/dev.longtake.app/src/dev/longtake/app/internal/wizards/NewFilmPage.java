package dev.longtake.app.internal.wizards;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Title, where the film lives, and which template it starts from. */
final class NewFilmPage extends WizardPage {

    private final List<FilmTemplate> templates;
    private Text title;
    private Text parent;
    private TableViewer templateList;
    private Label description;

    NewFilmPage(List<FilmTemplate> templates) {
        super("newFilm");
        this.templates = templates;
        setTitle("New Film");
        setDescription("A folder with a script, a media folder for the song and a refs folder for reference images.");
    }

    @Override
    public void createControl(Composite container) {
        Composite page = new Composite(container, SWT.NONE);
        page.setLayout(new GridLayout(3, false));

        new Label(page, SWT.NONE).setText("&Title:");
        title = new Text(page, SWT.BORDER);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        title.setText("Untitled Film");

        new Label(page, SWT.NONE).setText("&Location:");
        parent = new Text(page, SWT.BORDER);
        parent.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        parent.setText(Path.of(System.getProperty("user.home"), "Films").toString());
        Button browse = new Button(page, SWT.PUSH);
        browse.setText("&Browse...");
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setFilterPath(parent.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                parent.setText(chosen);
            }
        });

        new Label(page, SWT.NONE).setText("Te&mplate:");
        templateList = new TableViewer(page, SWT.BORDER | SWT.SINGLE);
        templateList.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        templateList.setContentProvider(ArrayContentProvider.getInstance());
        templateList.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((FilmTemplate) element).name();
            }
        });
        templateList.setInput(templates);
        new Label(page, SWT.NONE);
        description = new Label(page, SWT.WRAP);
        description.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        if (!templates.isEmpty()) {
            templateList.setSelection(new StructuredSelection(templates.get(0)));
        }

        title.addListener(SWT.Modify, e -> validate());
        parent.addListener(SWT.Modify, e -> validate());
        templateList.addSelectionChangedListener(e -> validate());
        setControl(page);
        validate();
        title.setFocus();
        title.selectAll();
    }

    private void validate() {
        FilmTemplate template = template();
        description.setText(template == null ? "" : template.description());
        String problem;
        if (title.getText().isBlank()) {
            problem = "Give the film a title";
        } else if (parent.getText().isBlank()) {
            problem = "Choose where the film's folder goes";
        } else if (template == null) {
            problem = "Choose a template";
        } else {
            problem = FilmCreator.problemWith(folder());
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    /** The film's folder: the location plus a folder name made from the title. */
    Path folder() {
        String name = title.getText().trim().replaceAll("[^\\p{L}\\p{N}._ -]", "").replace(' ', '-').toLowerCase();
        return Path.of(parent.getText().trim()).toAbsolutePath().resolve(name.isEmpty() ? "film" : name).normalize();
    }

    String filmTitle() {
        return title.getText().trim();
    }

    FilmTemplate template() {
        return (FilmTemplate) templateList.getStructuredSelection().getFirstElement();
    }

    /** For tests: fill the page as a user would. */
    void fill(String filmTitle, Path location, String templateId) {
        title.setText(filmTitle);
        parent.setText(location.toString());
        templates.stream().filter(t -> t.id().equals(templateId)).findFirst()
                .ifPresent(t -> templateList.setSelection(new StructuredSelection(t)));
    }
}
