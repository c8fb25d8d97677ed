package dev.longtake.dsl.ui.internal;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;

/**
 * The partitions of a shot script: comments, strings and camera lines, and the rest (code).
 * Strings and comments are the language's (Xtext's common terminals); a camera line runs from
 * {@code camera} to the end of the line or to a {@code //} comment, as the grammar's
 * {@code CAMERA_MOVE} terminal does.
 */
public final class ShotsPartitions {

	public static final String PARTITIONING = "dev.longtake.dsl.ui.partitioning";
	public static final String COMMENT = "__shots_comment";
	public static final String STRING = "__shots_string";
	public static final String CAMERA = "__shots_camera";

	static final String[] CONTENT_TYPES = { IDocument.DEFAULT_CONTENT_TYPE, COMMENT, STRING, CAMERA };

	private ShotsPartitions() {
	}

	/** Installs the partitioner on the document unless it has one. */
	public static void install(IDocument document) {
		if (!(document instanceof IDocumentExtension3 extension)
				|| extension.getDocumentPartitioner(PARTITIONING) != null) {
			return;
		}
		IDocumentPartitioner partitioner = new FastPartitioner(new Scanner(),
				new String[] { COMMENT, STRING, CAMERA });
		extension.setDocumentPartitioner(PARTITIONING, partitioner);
		partitioner.connect(document);
	}

	static final class Scanner extends RuleBasedPartitionScanner {
		Scanner() {
			IToken comment = new Token(COMMENT);
			IToken string = new Token(STRING);
			setPredicateRules(new IPredicateRule[] { new MultiLineRule("/*", "*/", comment, (char) 0, true),
					new EndOfLineRule("//", comment), new SingleLineRule("\"", "\"", string, '\\', true),
					new SingleLineRule("'", "'", string, '\\', true), new CameraRule(new Token(CAMERA)) });
		}
	}

	/** {@code camera} and a blank at the start of a word, then everything up to {@code //} or the line's end. */
	static final class CameraRule implements IPredicateRule {
		private static final String WORD = "camera";
		private final IToken token;

		CameraRule(IToken token) {
			this.token = token;
		}

		@Override
		public IToken getSuccessToken() {
			return token;
		}

		@Override
		public IToken evaluate(ICharacterScanner scanner, boolean resume) {
			return evaluate(scanner);
		}

		@Override
		public IToken evaluate(ICharacterScanner scanner) {
			if (scanner.getColumn() > 0) {
				scanner.unread();
				int before = scanner.read();
				if (Character.isJavaIdentifierPart(before)) {
					return Token.UNDEFINED;
				}
			}
			int read = 0;
			for (int i = 0; i < WORD.length(); i++) {
				int c = scanner.read();
				read++;
				if (c != WORD.charAt(i)) {
					unread(scanner, read);
					return Token.UNDEFINED;
				}
			}
			int blank = scanner.read();
			read++;
			if (blank != ' ' && blank != '\t') {
				unread(scanner, read);
				return Token.UNDEFINED;
			}
			while (true) {
				int c = scanner.read();
				if (c == ICharacterScanner.EOF || c == '\n' || c == '\r') {
					scanner.unread();
					return token;
				}
				if (c == '/') {
					int next = scanner.read();
					if (next == '/') {
						scanner.unread();
						scanner.unread();
						return token;
					}
					scanner.unread();
				}
			}
		}

		private static void unread(ICharacterScanner scanner, int count) {
			for (int i = 0; i < count; i++) {
				scanner.unread();
			}
		}
	}
}
