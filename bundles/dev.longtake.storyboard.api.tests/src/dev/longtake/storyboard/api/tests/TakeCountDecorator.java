package dev.longtake.storyboard.api.tests;

import java.util.List;

import dev.longtake.model.Shot;
import dev.longtake.storyboard.api.PanelBadge;
import dev.longtake.storyboard.api.PanelContext;
import dev.longtake.storyboard.api.PanelDecorator;

/** The schema's example: the number of takes rendered, bottom right. */
public final class TakeCountDecorator implements PanelDecorator {

    @Override
    public List<PanelBadge> badges(Shot shot, PanelContext context) {
        int takes = context.takesOf(shot).size();
        return takes == 0 ? List.of()
                : List.of(new PanelBadge(String.valueOf(takes), takes + " takes rendered", PanelBadge.Corner.BOTTOM_RIGHT,
                        0x2E7D32));
    }
}
