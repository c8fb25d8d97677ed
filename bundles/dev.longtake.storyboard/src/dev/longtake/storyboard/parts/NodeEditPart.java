package dev.longtake.storyboard.parts;

import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;

import org.eclipse.gef.editparts.AbstractGraphicalEditPart;

import dev.longtake.storyboard.BoardSession;
import dev.longtake.storyboard.internal.Thumbnails;
import dev.longtake.storyboard.model.BoardElement;

/** An edit part of a board node: it listens to its node and refreshes what changed. */
abstract class NodeEditPart extends AbstractGraphicalEditPart implements PropertyChangeListener {

    /** Viewer property the storyboard page sets: the thumbnail cache. */
    static final String THUMBNAILS = "dev.longtake.storyboard.thumbnails";

    NodeEditPart(BoardElement node) {
        setModel(node);
    }

    BoardElement node() {
        return (BoardElement) getModel();
    }

    BoardSession session() {
        return (BoardSession) getViewer().getProperty(dev.longtake.storyboard.BoardPages.SESSION);
    }

    Thumbnails thumbnails() {
        return (Thumbnails) getViewer().getProperty(THUMBNAILS);
    }

    @Override
    public void activate() {
        if (!isActive()) {
            super.activate();
            node().addPropertyChangeListener(this);
        }
    }

    @Override
    public void deactivate() {
        if (isActive()) {
            node().removePropertyChangeListener(this);
            super.deactivate();
        }
    }

    /** Refreshes the figure from the node (for parts whose look depends on their siblings). */
    void update() {
        refreshVisuals();
    }

    @Override
    public void propertyChange(PropertyChangeEvent event) {
        if (BoardElement.CHILDREN.equals(event.getPropertyName())) {
            refreshChildren();
        }
        refreshVisuals();
    }
}
