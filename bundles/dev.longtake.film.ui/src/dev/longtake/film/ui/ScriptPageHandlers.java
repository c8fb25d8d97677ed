package dev.longtake.film.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

import dev.longtake.dsl.ui.ShotsEditor;

import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The script editor's Format, Toggle Comment and Rename commands on the film editor's Script page (the
 * script editor's own handlers are active only when it is the workbench's active part).
 */
public final class ScriptPageHandlers {

    private ScriptPageHandlers() {
    }

    static ShotsEditor scriptPage(ExecutionEvent event) {
        if (HandlerUtil.getActiveEditor(event) instanceof FilmEditor film && film.getActivePage() == FilmEditor.SCRIPT_PAGE) {
            return film.scriptEditor();
        }
        return null;
    }

    /** Format (Ctrl+Shift+F). */
    public static final class Format extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            ShotsEditor editor = scriptPage(event);
            if (editor != null) {
                editor.format();
            }
            return null;
        }
    }

    /** Toggle Comment (Ctrl+/). */
    public static final class ToggleComment extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            ShotsEditor editor = scriptPage(event);
            if (editor != null) {
                editor.toggleComment();
            }
            return null;
        }
    }

    /**
     * Rename (Alt+Shift+R). Active whenever the film editor is (like the two above), not only
     * while its Script page shows: handler activation is evaluated when the active part
     * changes, not when the page does, so a handler that asked for the page would stay inactive
     * in a film editor activated on its Storyboard page and then turned to its Script page.
     */
    public static final class Rename extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            ShotsEditor editor = scriptPage(event);
            if (editor != null) {
                editor.renameAtCursor();
            }
            return null;
        }
    }
}
