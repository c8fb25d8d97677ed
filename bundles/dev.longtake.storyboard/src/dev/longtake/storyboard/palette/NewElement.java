package dev.longtake.storyboard.palette;

import org.eclipse.gef.requests.CreationFactory;

/**
 * What the palette's creation tools create: the object and the type of their CreateRequest. The
 * policies that handle the request write the new element into the script.
 */
public enum NewElement implements CreationFactory {
    SHOT, BEAT, SEQUENCE;

    @Override
    public Object getNewObject() {
        return this;
    }

    @Override
    public Object getObjectType() {
        return this;
    }

    /** The element a create request asks for, or null when it is not one of the board's. */
    public static NewElement of(org.eclipse.gef.Request request) {
        return request instanceof org.eclipse.gef.requests.CreateRequest create
                && create.getNewObjectType() instanceof NewElement element ? element : null;
    }
}
