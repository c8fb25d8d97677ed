package dev.longtake.dsl.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;

import dev.longtake.dsl.backend.BackendRegistry;
import dev.longtake.model.Character;
import dev.longtake.model.Location;
import dev.longtake.model.NamedElement;
import dev.longtake.model.Shot;
import dev.longtake.model.Style;

/**
 * Completion (Ctrl+Space) over the last analysis of the folder's scripts: what may follow the
 * word before the cursor is read from that word, the way the grammar uses it.
 * <ul>
 * <li>after {@code with} or a comma in a cast: the characters;</li>
 * <li>after {@code in}, {@code into}, {@code through}, {@code to}: the locations;</li>
 * <li>after {@code style} on a shot line: the styles; after {@code continues}: the shots;</li>
 * <li>after {@code backend}: the installed backends;</li>
 * <li>after a word that names a new thing ({@code character}, {@code shot}, ...): nothing;</li>
 * <li>elsewhere: the keywords and every name.</li>
 * </ul>
 */
public final class ShotsContentAssist implements IContentAssistProcessor {

	private final Supplier<ScriptSnapshot> snapshot;

	public ShotsContentAssist(Supplier<ScriptSnapshot> snapshot) {
		this.snapshot = snapshot;
	}

	/** What the word before the cursor asks for. */
	enum Expected {
		CHARACTER, LOCATION, STYLE, SHOT, BACKEND, NEW_NAME, ANYTHING
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		IDocument document = viewer.getDocument();
		try {
			String prefix = prefix(document, offset);
			Expected expected = expected(document, offset - prefix.length());
			Map<String, String> candidates = candidates(expected);
			List<ICompletionProposal> proposals = new ArrayList<>();
			String lower = prefix.toLowerCase(Locale.ROOT);
			for (Map.Entry<String, String> candidate : candidates.entrySet()) {
				if (candidate.getKey().toLowerCase(Locale.ROOT).startsWith(lower)) {
					String word = candidate.getKey();
					proposals.add(new CompletionProposal(word, offset - prefix.length(), prefix.length(), word.length(),
							null, word + (candidate.getValue().isEmpty() ? "" : " - " + firstLine(candidate.getValue())),
							null, candidate.getValue().isEmpty() ? null : candidate.getValue()));
				}
			}
			return proposals.toArray(ICompletionProposal[]::new);
		} catch (BadLocationException e) {
			return new ICompletionProposal[0];
		}
	}

	private static String firstLine(String text) {
		int end = text.indexOf('\n');
		String line = end < 0 ? text : text.substring(0, end);
		return line.length() > 80 ? line.substring(0, 77) + "..." : line;
	}

	static String prefix(IDocument document, int offset) throws BadLocationException {
		int start = offset;
		while (start > 0 && isNamePart(document.getChar(start - 1))) {
			start--;
		}
		return document.get(start, offset - start);
	}

	private static boolean isNamePart(char c) {
		return java.lang.Character.isLetterOrDigit(c) || c == '_';
	}

	static Expected expected(IDocument document, int wordStart) throws BadLocationException {
		int end = wordStart;
		while (end > 0 && java.lang.Character.isWhitespace(document.getChar(end - 1))) {
			end--;
		}
		if (end > 0 && document.getChar(end - 1) == ',') {
			IRegion line = document.getLineInformationOfOffset(end);
			String before = document.get(line.getOffset(), end - line.getOffset());
			return before.matches(".*\\bwith\\b.*") ? Expected.CHARACTER : Expected.ANYTHING;
		}
		int start = end;
		while (start > 0 && isNamePart(document.getChar(start - 1))) {
			start--;
		}
		String word = document.get(start, end - start);
		IRegion line = document.getLineInformationOfOffset(start);
		String lineStart = document.get(line.getOffset(), start - line.getOffset()).strip();
		return switch (word) {
		case "with" -> Expected.CHARACTER;
		case "in", "into", "through", "to" -> Expected.LOCATION;
		case "continues" -> Expected.SHOT;
		case "backend" -> Expected.BACKEND;
		case "style" -> lineStart.isEmpty() ? Expected.NEW_NAME : Expected.STYLE;
		case "character", "location", "sequence", "shot", "project" -> Expected.NEW_NAME;
		default -> Expected.ANYTHING;
		};
	}

	private Map<String, String> candidates(Expected expected) {
		Map<String, String> candidates = new LinkedHashMap<>();
		ScriptSnapshot current = snapshot.get();
		switch (expected) {
		case CHARACTER -> names(current, Character.class, candidates);
		case LOCATION -> names(current, Location.class, candidates);
		case STYLE -> names(current, Style.class, candidates);
		case SHOT -> names(current, Shot.class, candidates);
		case BACKEND -> BackendRegistry.shared().names().forEach(name -> candidates.put(name, "backend " + name));
		case NEW_NAME -> {
			// a new name is the writer's to choose
		}
		case ANYTHING -> {
			names(current, Character.class, candidates);
			names(current, Location.class, candidates);
			names(current, Style.class, candidates);
			names(current, Shot.class, candidates);
			for (String keyword : ShotsCodeScanner.keywords()) {
				if (java.lang.Character.isLetter(keyword.charAt(0))) {
					candidates.putIfAbsent(keyword, "");
				}
			}
		}
		}
		return candidates;
	}

	private static <T extends NamedElement> void names(ScriptSnapshot snapshot, Class<T> kind,
			Map<String, String> into) {
		if (snapshot == null) {
			return;
		}
		List<T> all = new ArrayList<>(snapshot.all(kind));
		all.sort((a, b) -> a.getName().compareToIgnoreCase(b.getName()));
		for (T element : all) {
			into.putIfAbsent(element.getName(), ScriptElements.describe(element, false));
		}
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
