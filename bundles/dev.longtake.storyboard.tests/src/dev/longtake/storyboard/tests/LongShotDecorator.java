package dev.longtake.storyboard.tests;

import java.util.List;

import dev.longtake.model.Shot;
import dev.longtake.storyboard.api.PanelBadge;
import dev.longtake.storyboard.api.PanelContext;
import dev.longtake.storyboard.api.PanelDecorator;

/** Marks shots of 15 s or more, bottom left, as a plugin might mark shots a backend must extend. */
public class LongShotDecorator implements PanelDecorator {

    @Override
    public List<PanelBadge> badges(Shot shot, PanelContext context) {
        if (shot.getDuration() < 15) {
            return List.of();
        }
        return List.of(new PanelBadge("LONG", shot.getName() + " runs " + Math.round(shot.getDuration()) + " s",
                PanelBadge.Corner.BOTTOM_LEFT, 0x2E7D32));
    }
}
