package dev.longtake.dsl.ui.internal;

import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWhitespaceDetector;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.xtext.GrammarUtil;

import dev.longtake.preferences.ui.EditorColours;
import dev.longtake.dsl.Shots;
import dev.longtake.dsl.services.ShotsGrammarAccess;

/**
 * Colours the code partition: the grammar's keywords, names, numbers and durations
 * ({@code 20s}, {@code 0.5s}). The keywords are read from the grammar, so a new keyword is
 * coloured without a change here.
 */
public final class ShotsCodeScanner extends RuleBasedScanner {

	private static volatile Set<String> keywords;

	public ShotsCodeScanner() {
		IToken keyword = ShotsColours.token(EditorColours.Kind.KEYWORD);
		IToken name = ShotsColours.token(EditorColours.Kind.NAME);
		WordRule words = new WordRule(new IWordDetector() {
			@Override
			public boolean isWordStart(char c) {
				return Character.isLetter(c) || c == '_' || c == '^';
			}

			@Override
			public boolean isWordPart(char c) {
				return Character.isLetterOrDigit(c) || c == '_' || c == '-';
			}
		}, name);
		for (String word : keywords()) {
			if (Character.isLetter(word.charAt(0))) {
				words.addWord(word, keyword);
			}
		}
		IWhitespaceDetector blank = Character::isWhitespace;
		setRules(new IRule[] { new WhitespaceRule(blank), new NumberAndDurationRule(ShotsColours.token(EditorColours.Kind.NUMBER),
				ShotsColours.token(EditorColours.Kind.DURATION)), words });
		setDefaultReturnToken(new Token(ShotsColours.PLAIN));
	}

	/** The words of the grammar. */
	public static Set<String> keywords() {
		Set<String> known = keywords;
		if (known == null) {
			ShotsGrammarAccess grammar = Shots.injector().getInstance(ShotsGrammarAccess.class);
			known = new TreeSet<>(GrammarUtil.getAllKeywords(grammar.getGrammar()));
			keywords = known;
		}
		return known;
	}

	/** 12, 23.976, 0:32 and 1280x720 are numbers; 20s and 0.5s are durations. */
	static final class NumberAndDurationRule implements IRule {
		private final IToken number;
		private final IToken duration;

		NumberAndDurationRule(IToken number, IToken duration) {
			this.number = number;
			this.duration = duration;
		}

		@Override
		public IToken evaluate(ICharacterScanner scanner) {
			if (scanner.getColumn() > 0) {
				scanner.unread();
				int before = scanner.read();
				if (Character.isLetter(before) || before == '_') {
					return Token.UNDEFINED; // a digit inside a name
				}
			}
			int c = scanner.read();
			if (!Character.isDigit(c)) {
				scanner.unread();
				return Token.UNDEFINED;
			}
			while (true) {
				c = scanner.read();
				if (Character.isDigit(c) || c == '.' || c == ':') {
					continue;
				}
				if (c == 's') {
					int after = scanner.read();
					scanner.unread();
					if (!Character.isLetterOrDigit(after) && after != '_') {
						return duration;
					}
					scanner.unread();
					return number;
				}
				if (c == 'x') {
					return number; // the width of 1280x720; the height follows as a number
				}
				scanner.unread();
				return number;
			}
		}
	}
}
