package dev.longtake.storyboard.commands;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import dev.longtake.model.Script;
import dev.longtake.model.Sequence;
import dev.longtake.storyboard.BoardSession;

/**
 * Adds a sequence before another one (above the comment lines that introduce it) or after the
 * last: a name not yet taken, with one new shot (8 seconds, one beat). Only new lines are added.
 */
public final class AddSequenceCommand extends ScriptTextCommand {

    private final String beforeSequence;
    private String newName;
    private String shotName;

    /** @param beforeSequence the sequence it goes before, or null for after the last one */
    public AddSequenceCommand(BoardSession session, String beforeSequence) {
        super("Add a sequence", session);
        this.beforeSequence = beforeSequence;
    }

    public String newName() {
        return newName;
    }

    public String shotName() {
        return shotName;
    }

    @Override
    public boolean canExecute() {
        Script script = session.script();
        return script != null
                && (beforeSequence == null || ScriptText.sequenceNames(script).contains(beforeSequence));
    }

    @Override
    protected String editText(Script script, String text) {
        if (newName == null) {
            var sequences = ScriptText.sequenceNames(script);
            newName = ScriptText.unique("Sequence", sequences.size() + 1, sequences);
            var shots = ScriptText.shotNames(script);
            shotName = ScriptText.unique("Shot", shots.size() + 1, shots);
        }
        String unit = ScriptText.indentUnit(text);
        String block = "sequence " + newName + " {\n" + unit + "shot " + shotName + " " + AddShotCommand.DURATION
                + " {\n" + unit + unit + ScriptText.quote(AddShotCommand.BEAT) + "\n" + unit + "}\n}\n";
        if (beforeSequence != null) {
            ICompositeNode node = NodeModelUtils.getNode(sequence(script, beforeSequence));
            int at = text.lastIndexOf('\n', node.getOffset() - 1) + 1;
            // above the comment lines right over it, which belong to it
            while (at > 0) {
                int previous = text.lastIndexOf('\n', at - 2) + 1;
                if (!text.substring(previous, at).strip().startsWith("//")) {
                    break;
                }
                at = previous;
            }
            return text.substring(0, at) + block + "\n" + text.substring(at);
        }
        int at = text.length();
        if (!script.getSequences().isEmpty()) {
            Sequence last = script.getSequences().get(script.getSequences().size() - 1);
            at = ScriptText.afterLine(text, NodeModelUtils.getNode(last).getEndOffset());
        }
        String before = at > 0 && text.charAt(at - 1) != '\n' ? "\n\n" : "\n";
        return text.substring(0, at) + before + block + text.substring(at);
    }

    @Override
    protected void edit(Script script) {
        throw new IllegalStateException("a sequence is added through the text only");
    }
}
