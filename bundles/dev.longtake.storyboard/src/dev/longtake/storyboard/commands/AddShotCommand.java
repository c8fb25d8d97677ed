package dev.longtake.storyboard.commands;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import dev.longtake.model.Script;
import dev.longtake.model.Sequence;
import dev.longtake.model.Shot;
import dev.longtake.storyboard.BoardSession;

/**
 * Adds a shot to a sequence, before another shot or at the sequence's end: a name not yet taken
 * ({@code Shot20}), 8 seconds, one beat to write. Only the new lines are added to the script.
 */
public final class AddShotCommand extends ScriptTextCommand {

    /** The duration and the beat a new shot gets. */
    public static final String DURATION = "8s";
    public static final String BEAT = "describe what the camera sees";

    private final String sequenceName;
    private final String beforeShot;
    private String newName;

    /** @param beforeShot the shot it goes before, or null for the end of the sequence */
    public AddShotCommand(BoardSession session, String sequenceName, String beforeShot) {
        super("Add a shot to " + sequenceName, session);
        this.sequenceName = sequenceName;
        this.beforeShot = beforeShot;
    }

    /** The new shot's name (once executed). */
    public String newName() {
        return newName;
    }

    @Override
    public boolean canExecute() {
        Script script = session.script();
        if (script == null) {
            return false;
        }
        return ScriptText.sequenceNames(script).contains(sequenceName)
                && (beforeShot == null || script.findShot(beforeShot) != null);
    }

    @Override
    protected String editText(Script script, String text) {
        if (newName == null) {
            var taken = ScriptText.shotNames(script);
            newName = ScriptText.unique("Shot", taken.size() + 1, taken);
        }
        Sequence sequence = sequence(script, sequenceName);
        String unit = ScriptText.indentUnit(text);
        int at;
        String indent;
        if (beforeShot != null) {
            int[] lines = ShotText.lines(shot(script, beforeShot), text);
            if (lines == null) {
                return null;
            }
            at = lines[0];
            indent = ScriptText.indentOf(text, NodeModelUtils.getNode(shot(script, beforeShot)).getOffset());
        } else if (!sequence.getShots().isEmpty()) {
            Shot last = sequence.getShots().get(sequence.getShots().size() - 1);
            int[] lines = ShotText.lines(last, text);
            if (lines == null) {
                return null;
            }
            at = lines[1];
            indent = ScriptText.indentOf(text, NodeModelUtils.getNode(last).getOffset());
        } else {
            ICompositeNode node = NodeModelUtils.getNode(sequence);
            int brace = text.indexOf('{', node.getOffset());
            if (brace < 0) {
                return null;
            }
            at = ScriptText.afterLine(text, brace);
            indent = ScriptText.indentOf(text, node.getOffset()) + unit;
        }
        String lines = indent + "shot " + newName + " " + DURATION + " {\n" + indent + unit + ScriptText.quote(BEAT)
                + "\n" + indent + "}\n";
        if (at > 0 && text.charAt(at - 1) != '\n') {
            lines = "\n" + lines;
        }
        return text.substring(0, at) + lines + text.substring(at);
    }

    @Override
    protected void edit(Script script) {
        throw new IllegalStateException("a shot is added through the text only");
    }
}
