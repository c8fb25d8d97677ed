package dev.longtake.storyboard.commands;

import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.longtake.model.Script;
import dev.longtake.model.Shot;
import dev.longtake.storyboard.BoardSession;

/**
 * Deletes a shot from the script. A shot another shot continues is not deleted (the other
 * shot would extend nothing): the command cannot execute.
 */
public final class DeleteShotCommand extends ScriptTextCommand {

    private final String shotName;

    public DeleteShotCommand(BoardSession session, String shotName) {
        super("Delete " + shotName, session);
        this.shotName = shotName;
    }

    @Override
    public boolean canExecute() {
        Script script = session.script();
        if (script == null || script.findShot(shotName) == null) {
            return false;
        }
        for (Shot other : script.allShots()) {
            // the script is not linked: the name of the shot it continues is read from the text
            for (org.eclipse.xtext.nodemodel.INode node : org.eclipse.xtext.nodemodel.util.NodeModelUtils
                    .findNodesForFeature(other, dev.longtake.model.LongtakePackage.Literals.SHOT__CONTINUES)) {
                if (shotName.equals(org.eclipse.xtext.nodemodel.util.NodeModelUtils.getTokenText(node).strip())) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    protected String editText(Script script, String text) {
        int[] lines = ShotText.lines(shot(script, shotName), text);
        return lines == null ? null : text.substring(0, lines[0]) + text.substring(lines[1]);
    }

    @Override
    protected void edit(Script script) {
        EcoreUtil.remove(shot(script, shotName));
    }
}
