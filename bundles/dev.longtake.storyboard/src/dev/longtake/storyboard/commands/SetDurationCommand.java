package dev.longtake.storyboard.commands;

import dev.longtake.model.Script;
import dev.longtake.storyboard.BoardSession;
import dev.longtake.storyboard.model.BoardModel;

/** Changes a shot's duration: only the duration's word in the script changes. */
public final class SetDurationCommand extends ScriptTextCommand {

    private final String shotName;
    private final double seconds;

    public SetDurationCommand(BoardSession session, String shotName, double seconds) {
        super("Duration of " + shotName + " " + BoardModel.seconds(seconds), session);
        this.shotName = shotName;
        this.seconds = seconds;
    }

    @Override
    public boolean canExecute() {
        return seconds > 0;
    }

    @Override
    protected String editText(Script script, String text) {
        return ShotText.duration(shot(script, shotName), text, BoardModel.seconds(seconds));
    }

    @Override
    protected void edit(Script script) {
        shot(script, shotName).setDuration(seconds);
    }
}
