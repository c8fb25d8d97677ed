package dev.longtake.storyboard.api;

import java.util.List;

import dev.longtake.model.Shot;

/**
 * Adds badges to the storyboard's panels, one panel per shot. Contributed through the extension
 * point {@value PanelDecorations#EXTENSION_POINT} (see its schema); the storyboard asks every
 * contributed decorator each time it draws a panel, on the UI thread, so an implementation must
 * be quick (no I/O beyond what {@link PanelContext} holds) and must not change the model.
 * A decorator that throws is skipped for that panel and its failure logged once.
 */
@FunctionalInterface
public interface PanelDecorator {

    /** The badges for the shot's panel, possibly none; never null. */
    List<PanelBadge> badges(Shot shot, PanelContext context);
}
