package dev.longtake.storyboard.api.tests;

import java.util.List;

import dev.longtake.model.Shot;
import dev.longtake.storyboard.api.PanelBadge;
import dev.longtake.storyboard.api.PanelContext;
import dev.longtake.storyboard.api.PanelDecorator;

/** A decorator with a bug: the storyboard must draw the other badges anyway. */
public final class FailingDecorator implements PanelDecorator {

    @Override
    public List<PanelBadge> badges(Shot shot, PanelContext context) {
        throw new IllegalStateException("bug in a plugin");
    }
}
