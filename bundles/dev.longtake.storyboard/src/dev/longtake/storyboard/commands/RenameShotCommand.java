package dev.longtake.storyboard.commands;

import dev.longtake.model.Script;
import dev.longtake.model.Shot;
import dev.longtake.storyboard.BoardSession;

/**
 * Renames a shot, and every {@code continues} naming it, so the script stays valid. A name that
 * is not a name of the language, or is taken by another shot, cannot be given, nor can a shot
 * with takes be renamed (the ledger finds takes by shot name): {@link #problem()} says why.
 */
public final class RenameShotCommand extends ScriptTextCommand {

    private final String shotName;
    private final String newName;

    public RenameShotCommand(BoardSession session, String shotName, String newName) {
        super("Rename " + shotName + " to " + newName, session);
        this.shotName = shotName;
        this.newName = newName == null ? "" : newName.strip();
    }

    /** Why the shot cannot get the new name, or null. */
    public String problem() {
        Script script = session.script();
        if (script == null || script.findShot(shotName) == null) {
            return "The script has no shot " + shotName;
        }
        String problem = ScriptText.nameProblem(newName);
        if (problem != null) {
            return problem;
        }
        if (!newName.equals(shotName) && script.findShot(newName) != null) {
            return "There is already a shot " + newName;
        }
        // The ledger keys takes by shot name and does not follow a rename yet: renamed, the shot
        // would lose sight of its (paid) takes, so it keeps its name while it has any.
        long takes = session.ledgerStore().read().takesOf(shotName).size();
        if (takes > 0) {
            return shotName + " keeps its name: it has " + takes + (takes == 1 ? " take" : " takes")
                    + " in the ledger, which would no longer be found under a new name";
        }
        return null;
    }

    @Override
    public boolean canExecute() {
        return !newName.equals(shotName) && problem() == null;
    }

    @Override
    protected String editText(Script script, String text) {
        var edits = ScriptText.renameShot(script, shot(script, shotName), newName);
        return edits == null ? null : ScriptText.apply(text, edits);
    }

    @Override
    protected void edit(Script script) {
        Shot shot = shot(script, shotName);
        shot.setName(newName); // references follow through the serializer
    }
}
