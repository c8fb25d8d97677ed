package dev.longtake.storyboard.actions;

import org.eclipse.gef.ui.actions.ActionBarContributor;
import org.eclipse.gef.ui.actions.DeleteRetargetAction;
import org.eclipse.gef.ui.actions.RedoRetargetAction;
import org.eclipse.gef.ui.actions.UndoRetargetAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.ui.actions.ActionFactory;

/** Undo, redo and delete of the workbench's Edit menu and toolbar, for the storyboard. */
public class StoryboardActionBarContributor extends ActionBarContributor {

    @Override
    protected void buildActions() {
        addRetargetAction(new UndoRetargetAction());
        addRetargetAction(new RedoRetargetAction());
        addRetargetAction(new DeleteRetargetAction());
    }

    @Override
    protected void declareGlobalActionKeys() {
        addGlobalActionKey(ActionFactory.SELECT_ALL.getId());
    }

    @Override
    public void contributeToToolBar(IToolBarManager toolBar) {
        toolBar.add(getAction(ActionFactory.UNDO.getId()));
        toolBar.add(getAction(ActionFactory.REDO.getId()));
    }
}
