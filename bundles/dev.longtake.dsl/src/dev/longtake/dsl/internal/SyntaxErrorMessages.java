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
		WORDS.put("mismatched input '<EOF>' expecting", "the file ends too early: expecting");
		WORDS.put("extraneous input '<EOF>' expecting", "the file ends too early: expecting");
		WORDS.put("RULE_WHOLE_SECONDS", "a time in seconds such as 5s");
		WORDS.put("RULE_WIDTH", "a frame size such as 1280x720");
		WORDS.put("RULE_CAMERA_MOVE", "a camera move");
		WORDS.put("RULE_STRING", "a text in quotes");
		WORDS.put("RULE_ID", "a name");
		WORDS.put("RULE_INT", "a whole number");
		WORDS.put("'<EOF>'", "the end of the file");
		WORDS.put("expecting EOF", "expecting the end of the file");
	}

	/** A number with a unit that is not seconds where a length or a time is wanted: 8x, 5m, 2.5sec. */
	private static final java.util.regex.Pattern NOT_SECONDS = java.util.regex.Pattern
			.compile("[0-9]+(\\.[0-9]+)?[A-Za-z]+");

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
		String text = inWords(message.getMessage());
		String token = context.getRecognitionException() == null || context.getRecognitionException().token == null
				? null
				: context.getRecognitionException().token.getText();
		if (token != null && NOT_SECONDS.matcher(token).matches() && !token.endsWith("s")
				&& (context.getCurrentContext() instanceof dev.longtake.model.Shot
						|| context.getCurrentContext() instanceof dev.longtake.model.Beat)) {
			text = "'" + token + "' is not a " + (context.getCurrentContext() instanceof dev.longtake.model.Shot
					? "length: a shot's length is in seconds"
					: "time: a beat's time is in seconds") + ", such as 8s or 2.5s";
		}
		return new SyntaxErrorMessage(text, message.getIssueCode(), message.getIssueData());
	}

	private static final String NULL_FOR_PRIMITIVE = "ValueConverter returned null for primitive feature ";

	private static final Map<String, String> MISSING = Map.of(
			"duration", "the shot's length, such as 20s",
			"width", "a frame size such as 1280x720",
			"height", "a frame size such as 1280x720",
			"fps", "a frame rate such as 24",
			"tempo", "a tempo such as 100",
			"seconds", "a time such as 0:32",
			"time", "a time in seconds such as 5s",
			"bar", "a bar number",
			"beat", "a beat number");

	/**
	 * A value that is missing because the text around it is broken ("ValueConverter returned null
	 * for primitive feature duration") is said as what is missing.
	 */
	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
		String text = message.getMessage();
		if (text != null && text.startsWith(NULL_FOR_PRIMITIVE)) {
			String feature = text.substring(NULL_FOR_PRIMITIVE.length()).strip();
			text = "missing " + MISSING.getOrDefault(feature, "a value (" + feature + ")");
		}
		return new SyntaxErrorMessage(text, message.getIssueCode(), message.getIssueData());
	}

	/**
	 * Whether a message is one of the above about a value missing because the text around it is
	 * broken (the parser's own error at that place says more).
	 */
	public static boolean isValueNotRead(String message) {
		if (message == null || !message.startsWith("missing ")) {
			return false;
		}
		String what = message.substring("missing ".length());
		return MISSING.containsValue(what) || what.startsWith("a value (");
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
