package dev.longtake.dsl.ide;

import java.util.List;

/**
 * Where a completion asked in the current text of a document can be answered in an older text of
 * it that is already parsed: the edits made since are known (offsets of the text each produced),
 * and the answer holds when the cursor's line, from its start to the cursor, reads the same in
 * both, or the same plus name characters typed since (then those are the prefix of every
 * proposal). What follows the cursor, and any other line, may differ: completion reads the text
 * before the cursor, from the rule around it.
 * <p>
 * Used by the language server so that completion right after a keystroke does not wait for the
 * rebuild of the whole script (parse, link, validate) that the keystroke started.
 */
public final class CompletionBeforeBuild {

	private CompletionBeforeBuild() {
	}

	/** One edit: {@code removed} characters at {@code start} replaced by {@code inserted} characters. */
	public record Edit(int start, int removed, int inserted) {
	}

	/**
	 * Where to complete in the older text.
	 *
	 * @param offset the cursor's offset in the older text
	 * @param typed  the name characters typed before the cursor since the older text (part of the
	 *               prefix of the proposals, not in the older text)
	 */
	public record Mapping(int offset, String typed) {
	}

	/**
	 * Maps the cursor from the current text into the older one.
	 *
	 * @param older   the parsed text
	 * @param current the text now
	 * @param edits   the edits that made {@code current} from {@code older}, in order
	 * @param cursor  the offset of the completion in {@code current}
	 * @return where to complete in {@code older}, or null when the older text cannot answer (the
	 *         cursor's line was changed before the cursor otherwise than by typing a name)
	 */
	public static Mapping map(String older, String current, List<Edit> edits, int cursor) {
		if (cursor < 0 || cursor > current.length()) {
			return null;
		}
		int offset = cursor;
		for (int i = edits.size() - 1; i >= 0; i--) {
			Edit edit = edits.get(i);
			if (offset <= edit.start()) {
				continue;
			}
			if (offset >= edit.start() + edit.inserted()) {
				offset -= edit.inserted() - edit.removed();
			} else {
				offset = edit.start(); // in text inserted since: the line's check below decides
			}
		}
		if (offset < 0 || offset > older.length()) {
			return null;
		}
		String before = older.substring(older.lastIndexOf('\n', offset - 1) + 1, offset);
		String now = current.substring(current.lastIndexOf('\n', cursor - 1) + 1, cursor);
		if (now.equals(before)) {
			return new Mapping(offset, "");
		}
		if (!now.startsWith(before)) {
			return null;
		}
		String typed = now.substring(before.length());
		for (int i = 0; i < typed.length(); i++) {
			char c = typed.charAt(i);
			if (!Character.isLetterOrDigit(c) && c != '_') {
				return null;
			}
		}
		return new Mapping(offset, typed);
	}
}
