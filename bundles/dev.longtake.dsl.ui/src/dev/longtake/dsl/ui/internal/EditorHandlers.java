package dev.longtake.dsl.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.longtake.dsl.ui.ShotsEditor;

/** The handlers of the editor's commands (format, toggle comment, rename). */
public final class EditorHandlers {

	private EditorHandlers() {
	}

	static ShotsEditor editor(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		return part instanceof ShotsEditor editor ? editor : null;
	}

	/** Format (Ctrl+Shift+F): the layout of {@code longtake format}. */
	public static final class Format extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			ShotsEditor editor = editor(event);
			if (editor != null) {
				editor.format();
			}
			return null;
		}
	}

	/** Toggle Comment (Ctrl+/). */
	public static final class ToggleComment extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			ShotsEditor editor = editor(event);
			if (editor != null) {
				editor.toggleComment();
			}
			return null;
		}
	}

	/** Rename (Alt+Shift+R): asks for the new name of what is named at the cursor. */
	public static final class Rename extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			ShotsEditor editor = editor(event);
			if (editor != null) {
				editor.renameAtCursor();
			}
			return null;
		}
	}
}
