package dev.longtake.storyboard.commands;

import dev.longtake.model.Script;
import dev.longtake.model.Shot;
import dev.longtake.storyboard.BoardSession;

/**
 * Sets a word of a shot's header, {@code style}, {@code takes}, {@code backend} or {@code seed},
 * or removes it (null value): only that word (and its keyword) changes in the script.
 */
public final class SetShotWordCommand extends ScriptTextCommand {

    public static final String STYLE = "style";
    public static final String TAKES = "takes";
    public static final String BACKEND = "backend";

    private final String shotName;
    private final String keyword;
    private final String value;

    public SetShotWordCommand(BoardSession session, String shotName, String keyword, String value) {
        super((value == null ? "No " + keyword : keyword + " " + value) + " for " + shotName, session);
        this.shotName = shotName;
        this.keyword = keyword;
        this.value = value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public boolean canExecute() {
        Script script = session.script();
        if (script == null || script.findShot(shotName) == null) {
            return false;
        }
        if (value == null) {
            return true;
        }
        if (TAKES.equals(keyword)) {
            try {
                return Integer.parseInt(value) >= 1;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return ScriptText.nameProblem(value) == null;
    }

    @Override
    protected String editText(Script script, String text) {
        return ScriptText.headerWord(shot(script, shotName), text, keyword, value);
    }

    @Override
    protected void edit(Script script) {
        Shot shot = shot(script, shotName);
        switch (keyword) {
        case BACKEND -> shot.setBackend(value);
        case TAKES -> shot.setTakesWanted(value == null ? 1 : Integer.parseInt(value));
        default -> throw new IllegalStateException(keyword + " is written through the text only");
        }
    }
}
