package dev.longtake.dsl.ide.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

import dev.longtake.dsl.validation.ShotsIssueCodes;

/**
 * Quick fixes for the rules whose fix is obvious: an unknown name (character, place, style,
 * shot) or backend is replaced by one of the close names its diagnostic carries ("Change to
 * 'Ernest'"), best first, at most {@value #MOST}.
 */
public class ShotsCodeActions implements ICodeActionService2 {

	static final int MOST = 3;

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		if (options.getCodeActionParams() == null || options.getCodeActionParams().getContext() == null) {
			return actions;
		}
		String uri = options.getURI() != null ? options.getURI()
				: options.getCodeActionParams().getTextDocument().getUri();
		for (Diagnostic diagnostic : options.getCodeActionParams().getContext().getDiagnostics()) {
			String code = diagnostic.getCode() == null ? null
					: diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft()
							: String.valueOf(diagnostic.getCode().getRight());
			if (!ShotsIssueCodes.UNKNOWN_NAME.equals(code) && !ShotsIssueCodes.UNKNOWN_BACKEND.equals(code)) {
				continue;
			}
			int offered = 0;
			for (String name : closeNames(diagnostic.getData())) {
				if (offered++ == MOST) {
					break;
				}
				CodeAction action = new CodeAction("Change to '" + name + "'");
				action.setKind(CodeActionKind.QuickFix);
				action.setDiagnostics(List.of(diagnostic));
				action.setIsPreferred(offered == 1);
				action.setEdit(new WorkspaceEdit(Map.of(uri, List.of(new TextEdit(diagnostic.getRange(), name)))));
				actions.add(Either.forRight(action));
			}
		}
		return actions;
	}

	/** The issue data: a String[] inside the server, a JSON array when it came back from a client. */
	static Set<String> closeNames(Object data) {
		Set<String> names = new LinkedHashSet<>();
		if (data instanceof String[] strings) {
			for (String s : strings) {
				addName(names, s);
			}
		} else if (data instanceof JsonArray array) {
			for (JsonElement element : array) {
				if (element.isJsonPrimitive()) {
					addName(names, element.getAsString());
				}
			}
		} else if (data instanceof Iterable<?> iterable) {
			for (Object o : iterable) {
				addName(names, o instanceof JsonElement e && e.isJsonPrimitive() ? e.getAsString() : String.valueOf(o));
			}
		}
		return names;
	}

	private static void addName(Set<String> names, String name) {
		if (name != null && !name.isBlank() && name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')) {
			names.add(name);
		}
	}
}
