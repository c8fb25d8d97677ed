package dev.longtake.export.internal;

import java.util.ArrayList;
import java.util.List;

import dev.longtake.export.internal.Program.Event;
import dev.longtake.model.TransitionKind;

/**
 * The cut as editing suites lay a track out (OpenTimelineIO, FCPXML): items end to end, each
 * transition sitting on the edit point between two items and reaching into the media beyond
 * them. A crossfade is centred on the middle of the overlap; a dip to black becomes a gap with
 * a dissolve from the shot before into it and one from it into the next shot, so the fades use
 * the shots' own frames and the film keeps its length.
 */
public final class TrackLayout {

	/** Something on the track. */
	public sealed interface Item permits Clip, Gap, Fade {
	}

	/**
	 * A take on the track.
	 *
	 * @param event       what it shows
	 * @param start       its first frame on the track
	 * @param sourceStart the take's frame shown there
	 * @param duration    frames on the track (transitions reach beyond them)
	 */
	public record Clip(Event event, long start, long sourceStart, long duration) implements Item {
	}

	/**
	 * Black on the track: song time without a shot, a dip, or a shot without a take.
	 *
	 * @param name     what the black is, for the editor
	 * @param shot     the shot held on black, or null
	 * @param start    its first frame on the track
	 * @param duration frames
	 */
	public record Gap(String name, Event shot, long start, long duration) implements Item {
	}

	/**
	 * A dissolve between the items before and after it.
	 *
	 * @param cut       the edit point on the track
	 * @param inOffset  frames before the edit point (the item before, and the next one's frames
	 *                  before its start)
	 * @param outOffset frames after it (the item after, and the frames of the one before beyond
	 *                  its end)
	 * @param dip       true when this is one half of a dip to black
	 */
	public record Fade(long cut, long inOffset, long outOffset, boolean dip) implements Item {

		public long start() {
			return cut - inOffset;
		}

		public long duration() {
			return inOffset + outOffset;
		}
	}

	private TrackLayout() {
	}

	/** The video track of the program, from its first frame to its end (the song's end). */
	public static List<Item> video(Program program) {
		List<Item> items = new ArrayList<>();
		List<Event> events = program.events();
		long cursor = 0;
		for (int i = 0; i < events.size(); i++) {
			Event event = events.get(i);
			Event next = program.next(i);
			long start = event.record() + switch (event.join()) {
			case CROSSFADE -> event.joinFrames() / 2;
			case DIP -> event.headPart();
			default -> 0;
			};
			long end = next == null ? event.end() : switch (next.join()) {
			case CROSSFADE -> next.record() + next.joinFrames() / 2;
			case DIP -> event.end() - next.partBefore();
			default -> event.end();
			};
			if (event.join() == TransitionKind.CROSSFADE) {
				long in = event.joinFrames() / 2;
				items.add(new Fade(start, in, event.joinFrames() - in, false));
			} else if (event.join() == TransitionKind.DIP) {
				if (event.partBefore() > 0) {
					items.add(new Fade(cursor, 0, event.partBefore(), true));
				}
				items.add(new Gap("Dip to black", null, cursor, start - cursor));
				items.add(new Fade(start, event.headPart(), 0, true));
			} else if (start > cursor) {
				items.add(new Gap("Gap", null, cursor, start - cursor));
			}
			if (event.isBlack()) {
				items.add(new Gap(event.label() + " (no take)", event, start, end - start));
			} else {
				items.add(new Clip(event, start, event.sourceIn() + (start - event.record()), end - start));
			}
			cursor = end;
		}
		if (program.length() > cursor) {
			items.add(new Gap("Gap", null, cursor, program.length() - cursor));
		}
		return items;
	}
}
