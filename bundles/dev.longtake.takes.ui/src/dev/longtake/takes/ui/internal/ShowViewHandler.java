package dev.longtake.takes.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.longtake.storyboard.SelectedShot;

/** Shows the Takes view or the contact sheet (the view id is the handler's data) for the selected shot. */
public final class ShowViewHandler extends AbstractHandler implements IExecutableExtension {

    private String viewId = "dev.longtake.takes.ui.takes";

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        if (data instanceof String id && !id.isBlank()) {
            viewId = id;
        }
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        SelectedShot shot = ShotTracker.shotOf(HandlerUtil.getActiveMenuSelection(event));
        if (shot == null) {
            shot = ShotTracker.shotOf(HandlerUtil.getCurrentSelection(event));
        }
        try {
            IViewPart view = window.getActivePage().showView(viewId);
            if (view instanceof ShotViewPart shotView && shot != null) {
                shotView.show(shot);
            }
        } catch (PartInitException e) {
            throw new ExecutionException("cannot show " + viewId, e);
        }
        return null;
    }
}
