package dev.longtake.app.internal.wizards;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the New Film wizard. */
public class NewFilmHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        NewFilmWizard wizard = new NewFilmWizard();
        wizard.init(PlatformUI.getWorkbench(), null);
        new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open();
        return null;
    }
}
