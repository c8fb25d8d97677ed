package dev.longtake.dsl.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * ANTLR's syntax errors with the grammar's token names put in the director's words:
 * "mismatched input '{' expecting a name" rather than "... expecting RULE_ID".
 */
public class SyntaxErrorMessages extends SyntaxErrorMessageProvider {

	private static final Map<String, String> WORDS = new LinkedHashMap<>();
	static {
		WORDS.put("mismatched character '<EOF>' expecting '\"'", "a text in quotes is not closed before the end of the file");
		WORDS.put("mismatched character '<EOF>' expecting '''", "a text in quotes is not closed before the end of the file");
		WORDS.put(" expecting set null", "");
		WORDS.put("RULE_WHOLE_SECONDS", "a time in seconds such as 5s");
		WORDS.put("RULE_WIDTH", "a frame size such as 1280x720");
		WORDS.put("RULE_CAMERA_MOVE", "a camera move");
		WORDS.put("RULE_STRING", "a text in quotes");
		WORDS.put("RULE_ID", "a name");
		WORDS.put("RULE_INT", "a whole number");
		WORDS.put("'<EOF>'", "the end of the file");
		WORDS.put("expecting EOF", "expecting the end of the file");
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(inWords(message.getMessage()), message.getIssueCode(), message.getIssueData());
	}

	static String inWords(String message) {
		if (message == null) {
			return "syntax error";
		}
		String text = message;
		for (Map.Entry<String, String> word : WORDS.entrySet()) {
			text = text.replace(word.getKey(), word.getValue());
		}
		return text;
	}
}
