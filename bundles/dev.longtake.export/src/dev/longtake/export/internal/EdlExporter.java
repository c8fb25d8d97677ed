package dev.longtake.export.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import dev.longtake.export.CutExporter;
import dev.longtake.export.FilmCut;
import dev.longtake.export.internal.Program.Event;

/**
 * A CMX 3600 edit decision list: one video event per entry (a cut, or a dissolve from the
 * entry before), the song as one stereo audio event. File-based media have no reels, so every
 * take is reel AX and is named by a {@code * FROM CLIP NAME:} comment (its file name, which is
 * what Resolve and Premiere relink by; a dissolve names its incoming clip {@code * TO CLIP
 * NAME:}), a {@code * SOURCE FILE:} comment (its absolute path) and a {@code * COMMENT: SHOT}
 * line with the shot and take; black is reel BL. Record timecode starts at 01:00:00:00, source timecode at the start
 * of each file, non-drop-frame at the project rate (24000/1001 counts 24 frames a second).
 * <p>
 * A crossfade is a dissolve starting where the incoming entry starts, using the outgoing
 * take's frames after its event ends. A dip to black is a dissolve to BL and one from BL.
 */
public final class EdlExporter implements CutExporter {

	private static final String TAKE_REEL = "AX";
	private static final String BLACK_REEL = "BL";
	/** The clip name of black, as editing suites name their generated black. */
	private static final String BLACK = "BLACK";

	@Override
	public void write(FilmCut film, OutputStream out) throws IOException {
		Program program = Program.of(film);
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		new Lines(program, writer).write();
		writer.flush();
	}

	/** The writing of one list. */
	private static final class Lines {

		private final Program program;
		private final Writer out;
		private final int base;
		private final long recordStart;
		private int number;

		Lines(Program program, Writer out) {
			this.program = program;
			this.out = out;
			this.base = program.rate().timecodeBase();
			this.recordStart = 3600L * base;
		}

		void write() throws IOException {
			line("TITLE: " + text(program.film().title()));
			line("FCM: NON-DROP FRAME");
			List<Event> events = program.events();
			for (int i = 0; i < events.size(); i++) {
				Event event = events.get(i);
				Event before = i > 0 ? events.get(i - 1) : null;
				long bodyEnd = bodyEnd(event, program.next(i));
				switch (event.join()) {
				case CROSSFADE -> dissolve(before, event, bodyEnd);
				case DIP -> dip(before, event, bodyEnd);
				default -> cut(event, bodyEnd);
				}
			}
			song();
		}

		/** Where the event's own line ends: where the join out of it begins. */
		private static long bodyEnd(Event event, Event next) {
			if (next == null) {
				return event.end();
			}
			return switch (next.join()) {
			case CROSSFADE -> next.record();
			case DIP -> event.end() - next.partBefore();
			default -> event.end();
			};
		}

		private void cut(Event event, long bodyEnd) throws IOException {
			body(++number, event, "C", 0, bodyEnd);
			line("* FROM CLIP NAME: " + clipName(event));
			describe(event);
		}

		private void dissolve(Event from, Event to, long bodyEnd) throws IOException {
			int event = ++number;
			long sourceAtStart = from.sourceIn() + (to.record() - from.record());
			edit(event, reel(from), "V", "C", 0, sourceAtStart, sourceAtStart, to.record(), to.record());
			body(event, to, "D", to.joinFrames(), bodyEnd);
			line("* FROM CLIP NAME: " + clipName(from));
			line("* TO CLIP NAME: " + clipName(to));
			describe(to);
		}

		/** Out of the entry before to black, then in from black to the entry. */
		private void dip(Event from, Event to, long bodyEnd) throws IOException {
			long fadeOut = to.partBefore();
			long blackStart = from.end() - fadeOut;
			long black = to.record() - blackStart;
			if (fadeOut > 0) {
				int event = ++number;
				long source = from.sourceIn() + (blackStart - from.record());
				edit(event, reel(from), "V", "C", 0, source, source, blackStart, blackStart);
				edit(event, BLACK_REEL, "V", "D", fadeOut, 0, black, blackStart, to.record());
				line("* FROM CLIP NAME: " + clipName(from));
				line("* TO CLIP NAME: " + BLACK);
				line("* COMMENT: DIP TO BLACK");
			} else if (black > 0) {
				edit(++number, BLACK_REEL, "V", "C", 0, 0, black, blackStart, to.record());
				line("* FROM CLIP NAME: " + BLACK);
				line("* COMMENT: DIP TO BLACK");
			}
			int event = ++number;
			edit(event, BLACK_REEL, "V", "C", 0, black, black, to.record(), to.record());
			body(event, to, "D", to.headPart(), bodyEnd);
			line("* FROM CLIP NAME: " + BLACK);
			line("* TO CLIP NAME: " + clipName(to));
			describe(to);
		}

		/** The entry's own line, from its start to the start of the join out of it. */
		private void body(int event, Event entry, String transition, long frames, long bodyEnd) throws IOException {
			long sourceOut = entry.sourceIn() + (bodyEnd - entry.record());
			edit(event, reel(entry), "V", transition, frames, entry.sourceIn(), sourceOut, entry.record(), bodyEnd);
		}

		private void song() throws IOException {
			Path song = program.film().song();
			if (song == null || program.songFrames() <= 0) {
				return;
			}
			edit(++number, TAKE_REEL, "AA", "C", 0, 0, program.songFrames(), 0, program.songFrames());
			line("* FROM CLIP NAME: " + text(song.getFileName().toString()));
			line("* SOURCE FILE: " + text(song.toString()));
			line("* COMMENT: SONG");
		}

		/** Where the entry's take is, and which shot and take it is. */
		private void describe(Event entry) throws IOException {
			if (entry.isBlack()) {
				line("* COMMENT: SHOT " + text(entry.label()) + " HAS NO TAKE, HELD ON BLACK");
			} else {
				line("* SOURCE FILE: " + text(entry.media().toString()));
				line("* COMMENT: SHOT " + text(entry.label()) + " TAKE " + text(entry.takeId()));
			}
		}

		private static String clipName(Event event) {
			return event.isBlack() ? BLACK : text(event.media().getFileName().toString());
		}

		private static String reel(Event event) {
			return event.isBlack() ? BLACK_REEL : TAKE_REEL;
		}

		private void edit(int event, String reel, String channels, String transition, long frames, long sourceIn,
				long sourceOut, long recordIn, long recordOut) throws IOException {
			String duration = transition.equals("C") ? "   " : String.format("%03d", frames);
			line(String.format("%03d  %-8s %-5s %-4s %s %s %s %s %s", event, reel, channels, transition, duration,
					timecode(sourceIn), timecode(sourceOut), timecode(recordStart + recordIn),
					timecode(recordStart + recordOut)));
		}

		/** Non-drop-frame timecode: whole frames counted at the timecode base. */
		private String timecode(long frames) {
			long frame = frames % base;
			long seconds = frames / base;
			return String.format("%02d:%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60, frame);
		}

		private void line(String text) throws IOException {
			out.write(text);
			out.write("\r\n");
		}

		/** Text on one line: an EDL is line-based, so line breaks and control characters go. */
		private static String text(String text) {
			if (text == null) {
				return "";
			}
			StringBuilder clean = new StringBuilder(text.length());
			text.codePoints().forEach(c -> clean.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
			return clean.toString().strip();
		}
	}
}
