package dev.longtake.export.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a CMX 3600 edit decision list the way a conforming suite does: the title and frame
 * code mode, then events of one or two edit lines followed by {@code *} comment lines. Written
 * for the tests, so that exported EDLs are read by something other than their writer.
 */
final class EdlReader {

	/** An edit line: event, reel, channels, C or D (with frames), four timecodes. */
	private static final Pattern EDIT = Pattern.compile("^(\\d{3,})\\s+(\\S+)\\s+(V|A|A2|AA|AA/V|B)\\s+(C|D)\\s+"
			+ "(\\d{3})?\\s*(\\d\\d:\\d\\d:\\d\\d:\\d\\d) (\\d\\d:\\d\\d:\\d\\d:\\d\\d) "
			+ "(\\d\\d:\\d\\d:\\d\\d:\\d\\d) (\\d\\d:\\d\\d:\\d\\d:\\d\\d)$");

	/** One edit line, timecodes as frames at the timecode base. */
	record Edit(int event, String reel, String channels, String transition, int frames, long sourceIn,
			long sourceOut, long recordIn, long recordOut) {

		long length() {
			return recordOut - recordIn;
		}
	}

	/** An event: its edit lines and the comments after them (without the leading "* "). */
	record Event(int number, List<Edit> edits, List<String> comments) {

		Edit last() {
			return edits.get(edits.size() - 1);
		}

		/** The text of the first comment starting with the key, or null. */
		String comment(String key) {
			return comments.stream().filter(comment -> comment.startsWith(key)).map(comment -> comment.substring(key.length()))
					.findFirst().orElse(null);
		}
	}

	record Edl(String title, String frameCodeMode, List<Event> events) {
	}

	private EdlReader() {
	}

	static Edl read(String text, int base) {
		String[] lines = text.split("\r\n", -1);
		if (!lines[lines.length - 1].isEmpty()) {
			throw new IllegalArgumentException("the last line is not ended by CR LF");
		}
		String title = null;
		String fcm = null;
		List<Event> events = new ArrayList<>();
		for (int i = 0; i < lines.length - 1; i++) {
			String line = lines[i];
			if (line.contains("\n") || line.contains("\r")) {
				throw new IllegalArgumentException("a stray line break in line " + (i + 1));
			}
			if (line.startsWith("TITLE: ")) {
				require(i == 0, "TITLE comes first");
				title = line.substring(7);
			} else if (line.startsWith("FCM: ")) {
				fcm = line.substring(5);
			} else if (line.startsWith("* ")) {
				require(!events.isEmpty(), "a comment before any event, line " + (i + 1));
				events.get(events.size() - 1).comments().add(line.substring(2));
			} else if (!line.isBlank()) {
				Matcher edit = EDIT.matcher(line);
				require(edit.matches(), "not an edit line: " + line);
				int number = Integer.parseInt(edit.group(1));
				Edit parsed = new Edit(number, edit.group(2), edit.group(3), edit.group(4),
						edit.group(5) == null ? 0 : Integer.parseInt(edit.group(5)), frames(edit.group(6), base),
						frames(edit.group(7), base), frames(edit.group(8), base), frames(edit.group(9), base));
				require(parsed.reel().length() <= 8, "a reel name has 8 characters at most");
				require(parsed.transition().equals("C") == (edit.group(5) == null), "only a dissolve has a duration");
				Event last = events.isEmpty() ? null : events.get(events.size() - 1);
				if (last != null && last.number() == number) {
					require(last.comments().isEmpty() && last.edits().size() == 1, "event " + number + " has 2 lines at most");
					last.edits().add(parsed);
				} else {
					require(last == null || number > last.number(), "event numbers increase: " + number);
					List<Edit> edits = new ArrayList<>();
					edits.add(parsed);
					events.add(new Event(number, edits, new ArrayList<>()));
				}
				require(parsed.sourceOut() - parsed.sourceIn() == parsed.recordOut() - parsed.recordIn(),
						"source and record lengths agree in event " + number);
			}
		}
		return new Edl(title, fcm, events);
	}

	/** Non-drop-frame timecode to frames. */
	static long frames(String timecode, int base) {
		String[] parts = timecode.split(":");
		long hours = Long.parseLong(parts[0]);
		long minutes = Long.parseLong(parts[1]);
		long seconds = Long.parseLong(parts[2]);
		long frames = Long.parseLong(parts[3]);
		require(minutes < 60 && seconds < 60 && frames < base, "a timecode within its base: " + timecode);
		return ((hours * 60 + minutes) * 60 + seconds) * base + frames;
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message);
		}
	}
}
