package dev.longtake.storyboard.model;

import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;

/**
 * A node of the board model: what the edit parts show and listen to. The board model is a view
 * of the script's EMF model that outlives it: every edit rewrites the .shots text and the script
 * is parsed again, so the EMF objects are new after each edit, while these nodes (keyed by
 * name) stay and tell their edit parts what changed.
 */
public abstract class BoardElement {

    /** The element's own values changed (duration, takes, thumbnail...). */
    public static final String PROPERTIES = "properties";
    /** The element's children changed (membership or order). */
    public static final String CHILDREN = "children";

    private final PropertyChangeSupport listeners = new PropertyChangeSupport(this);

    public void addPropertyChangeListener(PropertyChangeListener listener) {
        listeners.addPropertyChangeListener(listener);
    }

    public void removePropertyChangeListener(PropertyChangeListener listener) {
        listeners.removePropertyChangeListener(listener);
    }

    protected void fire(String property) {
        listeners.firePropertyChange(property, null, property);
    }
}
