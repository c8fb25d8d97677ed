package dev.longtake.storyboard.commands;

import org.eclipse.xtext.nodemodel.INode;

import dev.longtake.model.Beat;
import dev.longtake.model.LongtakePackage;
import dev.longtake.model.Script;
import dev.longtake.model.Shot;
import dev.longtake.storyboard.BoardSession;

/** Changes the text of a shot's beat (what happens): only its string in the script changes. */
public final class SetBeatTextCommand extends ScriptTextCommand {

    private final String shotName;
    private final int beat;
    private final String newText;

    public SetBeatTextCommand(BoardSession session, String shotName, int beat, String newText) {
        super("Beat " + (beat + 1) + " of " + shotName, session);
        this.shotName = shotName;
        this.beat = beat;
        this.newText = newText == null ? "" : newText;
    }

    /** The beat's text now, or null when the shot has no such beat. */
    public static String current(Script script, String shotName, int beat) {
        Shot shot = script == null ? null : script.findShot(shotName);
        if (shot == null || beat < 0 || beat >= shot.getBeats().size()) {
            return null;
        }
        String action = shot.getBeats().get(beat).getAction();
        return action == null ? "" : action;
    }

    @Override
    public boolean canExecute() {
        String now = current(session.script(), shotName, beat);
        return now != null && !now.equals(newText);
    }

    @Override
    protected String editText(Script script, String text) {
        Beat target = shot(script, shotName).getBeats().get(beat);
        INode node = ScriptText.node(target, LongtakePackage.Literals.BEAT__ACTION);
        if (node == null) {
            return null;
        }
        return text.substring(0, node.getOffset()) + ScriptText.quote(newText) + text.substring(node.getEndOffset());
    }

    @Override
    protected void edit(Script script) {
        shot(script, shotName).getBeats().get(beat).setAction(newText);
    }
}
