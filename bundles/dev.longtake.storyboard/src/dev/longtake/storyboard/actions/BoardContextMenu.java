package dev.longtake.storyboard.actions;

import java.util.List;

import org.eclipse.gef.ContextMenuProvider;
import org.eclipse.gef.EditPartViewer;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.ui.actions.ActionFactory;

import dev.longtake.storyboard.BoardSession;
import dev.longtake.storyboard.model.ShotNode;
import dev.longtake.storyboard.model.TakeInfo;
import dev.longtake.storyboard.parts.ShotEditPart;

/** The storyboard's context menu: undo, redo, delete, render, and circling the panel's takes. */
public class BoardContextMenu extends ContextMenuProvider {

    /** The id of the "Circle" submenu. */
    public static final String CIRCLE_MENU = "dev.longtake.storyboard.circle";

    private final ActionRegistry actions;
    private final BoardSession session;

    public BoardContextMenu(EditPartViewer viewer, ActionRegistry actions, BoardSession session) {
        super(viewer);
        this.actions = actions;
        this.session = session;
    }

    @Override
    public void buildContextMenu(IMenuManager menu) {
        GEFActionConstants.addStandardActionGroups(menu);
        menu.appendToGroup(GEFActionConstants.GROUP_UNDO, actions.getAction(ActionFactory.UNDO.getId()));
        menu.appendToGroup(GEFActionConstants.GROUP_UNDO, actions.getAction(ActionFactory.REDO.getId()));
        menu.appendToGroup(GEFActionConstants.GROUP_EDIT, actions.getAction(ActionFactory.DELETE.getId()));
        menu.appendToGroup(GEFActionConstants.GROUP_REST, actions.getAction(RenderAction.ID));
        if (actions.getAction(PreviewAction.ID) != null) { // the film editor's, not every host's
            menu.appendToGroup(GEFActionConstants.GROUP_REST, actions.getAction(PreviewAction.ID));
        }
        if (actions.getAction(AssembleAction.ID) != null) { // the film editor's, not every host's
            menu.appendToGroup(GEFActionConstants.GROUP_REST, actions.getAction(AssembleAction.ID));
        }
        menu.appendToGroup(GEFActionConstants.GROUP_VIEW, actions.getAction(GEFActionConstants.ZOOM_IN));
        menu.appendToGroup(GEFActionConstants.GROUP_VIEW, actions.getAction(GEFActionConstants.ZOOM_OUT));
        List<?> selection = getViewer().getSelectedEditParts();
        if (selection.size() == 1 && selection.get(0) instanceof ShotEditPart part) {
            menu.appendToGroup(GEFActionConstants.GROUP_REST, circleMenu(part.shot()));
        }
    }

    /** The "Circle" submenu of a shot: one item per take, the done ones enabled. */
    public MenuManager circleMenu(ShotNode shot) {
        MenuManager circle = new MenuManager("&Circle", CIRCLE_MENU);
        for (TakeInfo take : shot.takes()) {
            circle.add(new CircleTakeAction(session, shot, take));
        }
        if (shot.takes().isEmpty()) {
            org.eclipse.jface.action.Action none = new org.eclipse.jface.action.Action("(no takes yet)") {
            };
            none.setEnabled(false);
            circle.add(none);
        }
        return circle;
    }
}
