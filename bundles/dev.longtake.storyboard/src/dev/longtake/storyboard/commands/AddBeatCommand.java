package dev.longtake.storyboard.commands;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import dev.longtake.model.Beat;
import dev.longtake.model.Script;
import dev.longtake.model.Shot;
import dev.longtake.storyboard.BoardSession;
import dev.longtake.storyboard.model.BoardModel;

/**
 * Adds a beat at the end of a shot, halfway between the last beat's time and the shot's end
 * (whole seconds), with a text to write. Only the new line is added to the script.
 */
public final class AddBeatCommand extends ScriptTextCommand {

    public static final String TEXT = "what happens next";

    private final String shotName;

    public AddBeatCommand(BoardSession session, String shotName) {
        super("Add a beat to " + shotName, session);
        this.shotName = shotName;
    }

    @Override
    public boolean canExecute() {
        return session.script() != null && session.script().findShot(shotName) != null;
    }

    @Override
    protected String editText(Script script, String text) {
        Shot shot = shot(script, shotName);
        ICompositeNode node = NodeModelUtils.getNode(shot);
        int close = node.getEndOffset() - 1;
        if (close < 0 || text.charAt(close) != '}') {
            return null;
        }
        double last = 0;
        for (Beat beat : shot.getBeats()) {
            if (beat.isSetTime()) {
                last = Math.max(last, beat.getTime());
            }
        }
        double time = Math.round((last + shot.getDuration()) / 2);
        String when = shot.getBeats().isEmpty() || time <= last || time >= shot.getDuration() ? ""
                : BoardModel.seconds(time) + " ";
        String beat = when + ScriptText.quote(TEXT);
        int lineStart = text.lastIndexOf('\n', close - 1) + 1;
        if (!text.substring(lineStart, close).isBlank()) {
            // "{ ... }" on one line: the beat goes before the brace on that line
            return text.substring(0, close) + beat + " " + text.substring(close);
        }
        String indent = ScriptText.indentOf(text, close) + ScriptText.indentUnit(text);
        return text.substring(0, lineStart) + indent + beat + "\n" + text.substring(lineStart);
    }

    @Override
    protected void edit(Script script) {
        throw new IllegalStateException("a beat is added through the text only");
    }
}
