package dev.longtake.dsl;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One finding of {@link ShotsProject#load}: a syntax error, an unknown name, a rule broken.
 *
 * @param severity error, warning or info
 * @param file     the script it is in (absolute)
 * @param line     its line, from 1
 * @param column   its column, from 1 (a tab counts as one)
 * @param offset   its offset in the file's text, from 0
 * @param length   the length of the offending text
 * @param message  what is wrong, in the director's words
 * @param code     the issue code (see {@link dev.longtake.dsl.validation.ShotsIssueCodes}), or null
 * @param data     the issue data a quick fix needs
 */
public record ShotsDiagnostic(Severity severity, Path file, int line, int column, int offset, int length,
		String message, String code, List<String> data) {

	public enum Severity {
		ERROR, WARNING, INFO;

		/** "error", "warning", "info". */
		public String label() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	public ShotsDiagnostic {
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(message, "message");
		data = List.copyOf(data);
	}

	/** {@code file:line:col: severity: message}, the file as given (make it relative first if you like). */
	public String format(Path shownAs) {
		return shownAs + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
	}

	@Override
	public String toString() {
		return format(file);
	}
}
