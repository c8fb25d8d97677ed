package dev.longtake.app.internal.welcome;

import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;

import dev.longtake.app.LongtakeUI;

/** Shown on first start: the three steps of making a film, and where to begin. */
public class WelcomeView extends ViewPart {

    public static final String ID = "dev.longtake.app.welcome";

    static final String[][] STEPS = {
            { "1. Write", "Describe the film in script.shots: styles, characters and locations once, then sequences of shots "
                    + "placed on the song. A shot is one generation; its beats are one continuous camera move." },
            { "2. Storyboard", "See every shot as a panel with its takes. Reorder, trim and judge them; circle the take "
                    + "that works. The script follows every change." },
            { "3. Render", "Plan what is still to generate and what it costs, render takes through a backend "
                    + "(the offline animatic needs no account), then assemble the circled takes on the music." } };

    private Composite page;

    @Override
    public void createPartControl(Composite parent) {
        page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        Label heading = new Label(page, SWT.NONE);
        heading.setText("Welcome to Longtake");
        heading.setFont(JFaceResources.getHeaderFont());
        for (String[] step : STEPS) {
            Label name = new Label(page, SWT.NONE);
            name.setText(step[0]);
            name.setFont(JFaceResources.getBannerFont());
            Label text = new Label(page, SWT.WRAP);
            text.setText(step[1]);
            GridData layout = new GridData(SWT.FILL, SWT.TOP, true, false);
            layout.widthHint = 420;
            text.setLayoutData(layout);
        }
        Link start = new Link(page, SWT.NONE);
        start.setText("<a>Create a new film...</a>   (File > New Film, Ctrl+Shift+N)");
        start.addListener(SWT.Selection, e -> newFilm());
    }

    private void newFilm() {
        try {
            getSite().getService(IHandlerService.class).executeCommand(LongtakeUI.NEW_FILM_COMMAND_ID, null);
        } catch (NotDefinedException | RuntimeException | org.eclipse.core.commands.ExecutionException
                | org.eclipse.core.commands.NotEnabledException | org.eclipse.core.commands.NotHandledException e) {
            org.eclipse.core.runtime.ILog.get().error("Could not open the New Film wizard", e);
        }
    }

    @Override
    public void setFocus() {
        page.setFocus();
    }
}
