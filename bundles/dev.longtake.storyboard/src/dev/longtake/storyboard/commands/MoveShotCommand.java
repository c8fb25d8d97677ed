package dev.longtake.storyboard.commands;

import dev.longtake.model.Script;
import dev.longtake.model.Sequence;
import dev.longtake.model.Shot;
import dev.longtake.storyboard.BoardSession;

/** Moves a shot before another shot (or to the end) of a sequence, its own or another. */
public final class MoveShotCommand extends ScriptTextCommand {

    private final String shotName;
    private final String targetSequence;
    private final String beforeShot;

    /**
     * @param beforeShot the shot it goes before, or null for the end of the target sequence
     */
    public MoveShotCommand(BoardSession session, String shotName, String targetSequence, String beforeShot) {
        super("Move " + shotName, session);
        this.shotName = shotName;
        this.targetSequence = targetSequence;
        this.beforeShot = beforeShot;
    }

    @Override
    public boolean canExecute() {
        return !shotName.equals(beforeShot);
    }

    @Override
    protected String editText(Script script, String text) {
        Shot shot = shot(script, shotName);
        int[] lines = ShotText.lines(shot, text);
        if (lines == null) {
            return null;
        }
        Integer at;
        if (beforeShot != null) {
            int[] target = ShotText.lines(shot(script, beforeShot), text);
            at = target == null ? null : target[0];
        } else {
            at = ShotText.endOf(sequence(script, targetSequence), shot, text);
        }
        if (at == null || at > lines[0] && at < lines[1]) {
            return null;
        }
        if (at == lines[0] || at == lines[1]) {
            return text; // already there
        }
        return ShotText.move(text, lines, at);
    }

    @Override
    protected void edit(Script script) {
        Shot shot = shot(script, shotName);
        Sequence target = sequence(script, targetSequence);
        if (shot.getSequence() == target) {
            int from = target.getShots().indexOf(shot);
            int to = beforeShot == null ? target.getShots().size() - 1 : target.getShots().indexOf(shot(script, beforeShot));
            if (to > from && beforeShot != null) {
                to--; // the shot leaves its place first
            }
            if (to != from) {
                target.getShots().move(to, from);
            }
        } else {
            int index = beforeShot == null ? target.getShots().size()
                    : target.getShots().indexOf(shot(script, beforeShot));
            target.getShots().add(index, shot);
        }
    }
}
