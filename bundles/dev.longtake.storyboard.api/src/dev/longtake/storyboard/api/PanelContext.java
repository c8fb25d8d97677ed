package dev.longtake.storyboard.api;

import java.nio.file.Path;
import java.util.List;

import dev.longtake.model.Ledger;
import dev.longtake.model.Shot;
import dev.longtake.model.Take;

/**
 * What a decorator may look at besides the shot: the film's folder and its take ledger, as the
 * storyboard has them loaded. Read only: a decorator never changes the model.
 *
 * @param filmFolder the folder holding the script, or null for a script not on disk
 * @param ledger     the film's ledger, or null when nothing was rendered yet
 */
public record PanelContext(Path filmFolder, Ledger ledger) {

    /** The takes of the shot in the ledger, oldest first; empty without a ledger. */
    public List<Take> takesOf(Shot shot) {
        if (ledger == null || shot == null || shot.getName() == null) {
            return List.of();
        }
        return List.copyOf(ledger.takesOf(shot.getName()));
    }
}
