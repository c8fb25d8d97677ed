package dev.longtake.storyboard.commands;

import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import dev.longtake.model.Beat;
import dev.longtake.model.LongtakePackage;
import dev.longtake.model.Script;
import dev.longtake.storyboard.BoardSession;

/**
 * Sets who is in a shot: the cast of its first beat ({@code with Theo, June}), which the beats
 * after it keep unless they name their own. Only that list changes in the script.
 */
public final class SetCastCommand extends ScriptTextCommand {

    private final String shotName;
    private final List<String> cast;

    public SetCastCommand(BoardSession session, String shotName, List<String> cast) {
        super("Cast of " + shotName, session);
        this.shotName = shotName;
        this.cast = List.copyOf(cast);
    }

    @Override
    public boolean canExecute() {
        Script script = session.script();
        if (script == null || script.findShot(shotName) == null || script.findShot(shotName).getBeats().isEmpty()) {
            return false;
        }
        return cast.stream().allMatch(name -> ScriptText.nameProblem(name) == null);
    }

    @Override
    protected String editText(Script script, String text) {
        Beat beat = shot(script, shotName).getBeats().get(0);
        List<INode> names = NodeModelUtils.findNodesForFeature(beat, LongtakePackage.Literals.BEAT__CAST);
        INode location = ScriptText.node(beat, LongtakePackage.Literals.BEAT__LOCATION);
        INode action = ScriptText.node(beat, LongtakePackage.Literals.BEAT__ACTION);
        String list = String.join(", ", cast);
        if (!names.isEmpty()) {
            int first = names.get(0).getOffset();
            int last = names.get(names.size() - 1).getEndOffset();
            if (!cast.isEmpty()) {
                return text.substring(0, first) + list + text.substring(last);
            }
            int with = text.lastIndexOf("with", first);
            if (location != null) {
                // "in Lake with June:" -> "in Lake:"
                return text.substring(0, location.getEndOffset()) + text.substring(last);
            }
            // "with June: \"...\"" -> "\"...\""
            return action == null ? null : text.substring(0, with) + text.substring(action.getOffset());
        }
        if (cast.isEmpty()) {
            return text;
        }
        if (location != null) {
            return text.substring(0, location.getEndOffset()) + " with " + list + text.substring(location.getEndOffset());
        }
        return action == null ? null
                : text.substring(0, action.getOffset()) + "with " + list + ": " + text.substring(action.getOffset());
    }

    @Override
    protected void edit(Script script) {
        throw new IllegalStateException("the cast is written through the text only");
    }
}
