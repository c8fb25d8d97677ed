package dev.longtake.storyboard.commands;

import org.eclipse.gef.commands.Command;

import dev.longtake.model.Script;
import dev.longtake.storyboard.BoardSession;

/**
 * An undoable edit of the script: executing applies {@link #edit} to the parsed script and
 * writes the resulting text (minimal changes, through the language's serializer); undo writes
 * back the exact text from before, redo the text after. Subclasses name shots and sequences,
 * never hold the EMF objects, which are new after every parse.
 */
public abstract class ScriptTextCommand extends Command {

    protected final BoardSession session;
    private String before;
    private String after;

    protected ScriptTextCommand(String label, BoardSession session) {
        super(label);
        this.session = session;
    }

    /** Changes the freshly parsed script; throws IllegalStateException when the edit no longer applies. */
    protected abstract void edit(Script script);

    /**
     * The new text made by editing the text directly (faster than the serializer, and exact),
     * or null to let {@link #edit} and the serializer make it. The script is parsed from the text.
     */
    protected String editText(Script script, String text) {
        return null;
    }

    @Override
    public void execute() {
        before = session.text();
        long t0 = System.nanoTime();
        String direct = editText(session.script(), before);
        after = direct != null ? direct : session.textAfter(() -> edit(session.linkedScript()));
        if (Boolean.getBoolean("longtake.storyboard.timing")) {
            System.out.printf("storyboard %s: new text %.1f ms (%s)%n", getLabel(), (System.nanoTime() - t0) / 1e6,
                    direct != null ? "text edit" : "serializer");
        }
        session.setText(after);
    }

    @Override
    public boolean canUndo() {
        return before != null;
    }

    @Override
    public void undo() {
        session.setText(before);
    }

    @Override
    public void redo() {
        session.setText(after);
    }

    /** The text this command wrote (null before it ran). */
    public String textAfter() {
        return after;
    }

    protected static dev.longtake.model.Shot shot(Script script, String name) {
        dev.longtake.model.Shot shot = script.findShot(name);
        if (shot == null) {
            throw new IllegalStateException("the script has no shot " + name + " any more");
        }
        return shot;
    }

    protected static dev.longtake.model.Sequence sequence(Script script, String name) {
        for (dev.longtake.model.Sequence sequence : script.getSequences()) {
            if (name.equals(sequence.getName())) {
                return sequence;
            }
        }
        throw new IllegalStateException("the script has no sequence " + name + " any more");
    }
}
