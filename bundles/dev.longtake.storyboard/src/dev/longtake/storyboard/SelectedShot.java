package dev.longtake.storyboard;

import java.beans.PropertyChangeListener;
import java.nio.file.Path;
import java.util.List;

import dev.longtake.storyboard.commands.CircleTakeCommand;
import dev.longtake.storyboard.model.ShotNode;

/**
 * A shot selected on a board, for views outside the storyboard (the Takes view, the contact
 * sheet): a storyboard panel's edit part adapts to it ({@code getAdapter(SelectedShot.class)}).
 *
 * @param session  the board the panel is on (its ledger, its one command stack)
 * @param shotName the shot's name in the script
 */
public record SelectedShot(BoardSession session, String shotName) {

    /** The film's folder (its ledger and takes live under it). */
    public Path folder() {
        return session.folder();
    }

    /**
     * Calls {@code listener} (on the UI thread) whenever the board's takes of this shot change:
     * after a render, a circle, or its undo. Returns what removes the listener.
     */
    public Runnable onTakesChanged(Runnable listener) {
        ShotNode node = session.board().shot(shotName);
        if (node == null) {
            return () -> {
            };
        }
        List<?>[] seen = { node.takes() };
        PropertyChangeListener changed = event -> {
            if (!node.takes().equals(seen[0])) {
                seen[0] = node.takes();
                listener.run();
            }
        };
        node.addPropertyChangeListener(changed);
        return () -> node.removePropertyChangeListener(changed);
    }

    /**
     * Circles a done take of this shot through the board's command stack, so it is undone and
     * redone with the board's (and, in the film editor, the script's) history.
     */
    public void circle(String takeId) {
        session.commandStack().execute(new CircleTakeCommand(session, shotName, takeId));
    }
}
