package dev.longtake.storyboard.commands;

import org.eclipse.gef.commands.Command;

import dev.longtake.model.Take;
import dev.longtake.model.TakeState;
import dev.longtake.render.RenderException;
import dev.longtake.storyboard.BoardSession;

/**
 * Circles a take in the ledger (the take the cut uses for its shot), through the render
 * bundle's ledger transaction; undo circles the take that was circled before, or none.
 */
public final class CircleTakeCommand extends Command {

    private final BoardSession session;
    private final String shotName;
    private final String takeId;
    private String previous;

    public CircleTakeCommand(BoardSession session, String shotName, String takeId) {
        super("Circle " + takeId);
        this.session = session;
        this.shotName = shotName;
        this.takeId = takeId;
    }

    @Override
    public void execute() {
        previous = session.ledgerStore().update(ledger -> {
            Take take = ledger.findTake(takeId);
            if (take == null || take.getState() != TakeState.DONE) {
                throw new RenderException("take " + takeId + " is not a done take of " + shotName);
            }
            Take before = ledger.circledTake(shotName);
            ledger.circle(take);
            return before == null ? null : before.getId();
        });
        session.reloadLedger();
    }

    @Override
    public void undo() {
        session.ledgerStore().update(ledger -> {
            Take before = previous == null ? null : ledger.findTake(previous);
            if (before != null) {
                ledger.circle(before);
            } else {
                for (Take take : ledger.takesOf(shotName)) {
                    take.setCircled(false);
                }
            }
            return null;
        });
        session.reloadLedger();
    }

    @Override
    public void redo() {
        execute();
    }
}
