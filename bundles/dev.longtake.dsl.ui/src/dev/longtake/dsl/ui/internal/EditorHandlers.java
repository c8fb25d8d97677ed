package dev.longtake.dsl.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.window.Window;
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
			if (editor == null || !(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
				return null;
			}
			int offset = selection.getOffset();
			ScriptSnapshot analysis = editor.snapshot();
			String current = "";
			if (analysis != null && analysis.isOf(editor.document().get())) {
				ScriptElements.NameAt at = ScriptElements.nameAt(analysis.resource(), offset);
				if (at == null) {
					MessageDialog.openInformation(editor.getSite().getShell(), "Rename",
							"Put the cursor on the name of a character, location, style, shot or sequence.");
					return null;
				}
				current = at.element().getName();
			}
			String shown = current;
			InputDialog dialog = new InputDialog(editor.getSite().getShell(), "Rename",
					"New name (every use in the film's scripts changes with it):", shown,
					name -> name.strip().equals(shown) ? "" : null);
			if (dialog.open() != Window.OK) {
				return null;
			}
			try {
				editor.rename(offset, dialog.getValue().strip());
			} catch (IllegalArgumentException e) {
				MessageDialog.openError(editor.getSite().getShell(), "Rename", e.getMessage());
			} catch (Exception e) {
				throw new ExecutionException("Rename failed: " + e.getMessage(), e);
			}
			return null;
		}
	}
}
