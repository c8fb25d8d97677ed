package dev.longtake.export.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.longtake.export.FilmCut;
import dev.longtake.model.CutEntry;
import dev.longtake.model.Transition;
import dev.longtake.model.TransitionKind;
import dev.longtake.model.util.FrameRate;

/**
 * The cut of a film in whole frames, checked against what a cut promises, shared by every
 * writer: each writes these numbers and never does arithmetic on seconds.
 */
public final class Program {

	/**
	 * One entry of the cut in frames.
	 *
	 * @param shotName   the shot
	 * @param takeId     the take, null for black
	 * @param media      the take's video, null for black
	 * @param record     first frame on the song
	 * @param sourceIn   first frame of the take
	 * @param length     frames shown
	 * @param join       how it joins the event before (CUT for the first)
	 * @param joinFrames the join's length in frames (0 for a cut)
	 */
	public record Event(String shotName, String takeId, Path media, long record, long sourceIn, long length,
			TransitionKind join, long joinFrames) {

		public long end() {
			return record + length;
		}

		public long sourceOut() {
			return sourceIn + length;
		}

		public boolean isBlack() {
			return media == null;
		}

		/** Frames at the start that the join into this event uses. */
		public long headPart() {
			return switch (join) {
			case CROSSFADE -> joinFrames;
			case DIP -> joinFrames - joinFrames / 2;
			default -> 0;
			};
		}

		/** Frames at the end of the event before that the join into this event uses. */
		public long partBefore() {
			return switch (join) {
			case CROSSFADE -> joinFrames;
			case DIP -> joinFrames / 2;
			default -> 0;
			};
		}

		/** The shot as the user reads it, for names in files and in messages. */
		public String label() {
			return shotName == null || shotName.isBlank() ? "(unnamed shot)" : shotName;
		}
	}

	private final FilmCut film;
	private final List<Event> events;
	private final long songFrames;
	private final long length;

	private Program(FilmCut film, List<Event> events, long songFrames, long length) {
		this.film = film;
		this.events = events;
		this.songFrames = songFrames;
		this.length = length;
	}

	/**
	 * The film's cut in frames.
	 *
	 * @throws IllegalArgumentException naming the shot, when the cut breaks its promises
	 */
	public static Program of(FilmCut film) {
		FrameRate rate = film.rate();
		List<CutEntry> entries = new ArrayList<>(film.cut().getEntries());
		entries.sort(Comparator.comparingDouble(CutEntry::getRecord)); // stable; a planned cut is sorted
		List<Event> events = new ArrayList<>(entries.size());
		for (CutEntry entry : entries) {
			Event event = event(film, rate, entry, events.isEmpty() ? null : events.get(events.size() - 1));
			events.add(event);
		}
		long end = events.isEmpty() ? 0 : events.stream().mapToLong(Event::end).max().getAsLong();
		long song = film.song() == null ? 0
				: film.songSeconds() == null ? end : rate.frames(film.songSeconds());
		return new Program(film, List.copyOf(events), song, Math.max(end, song));
	}

	private static Event event(FilmCut film, FrameRate rate, CutEntry entry, Event before) {
		long record = rate.frames(entry.getRecord());
		long sourceIn = rate.frames(entry.getSourceIn());
		long length = rate.frames(entry.getSourceOut()) - sourceIn;
		String shot = entry.getShotName();
		if (record < 0 || sourceIn < 0 || length <= 0) {
			throw new IllegalArgumentException("Shot " + shot + " has no place in the cut: record " + record
					+ ", source in " + sourceIn + ", " + length + " frames");
		}
		Transition transition = entry.getTransition();
		TransitionKind join = transition == null || transition.getKind() == null ? TransitionKind.CUT
				: transition.getKind();
		long joinFrames = join == TransitionKind.CUT ? 0 : rate.frames(transition.getDuration());
		if (join != TransitionKind.CUT && joinFrames <= 0) {
			join = TransitionKind.CUT;
			joinFrames = 0;
		}
		Event event = new Event(shot, entry.getTakeId(), film.mediaOf(entry), record, sourceIn, length, join, joinFrames);
		check(event, before);
		return event;
	}

	/** The promises of CutPlanner: what every format needs to lay the cut out on one track. */
	private static void check(Event event, Event before) {
		String shot = event.label();
		if (before == null) {
			if (event.join() != TransitionKind.CUT) {
				throw new IllegalArgumentException("Shot " + shot + " opens the cut with a " + event.join().getLiteral()
						+ " from nothing");
			}
			return;
		}
		if (event.record() <= before.record()) {
			throw new IllegalArgumentException(
					"Shots " + before.label() + " and " + shot + " start on the same frame " + event.record());
		}
		if (event.headPart() >= event.length()) {
			throw new IllegalArgumentException("The " + event.join().getLiteral() + " into shot " + shot + " lasts "
					+ event.joinFrames() + " frames, as long as the shot or longer");
		}
		if (event.join() == TransitionKind.CROSSFADE) {
			if (before.end() != event.record() + event.joinFrames()) {
				throw new IllegalArgumentException("The crossfade into shot " + shot + " lasts " + event.joinFrames()
						+ " frames but shot " + before.label() + " overlaps it by " + (before.end() - event.record()));
			}
		} else if (before.end() > event.record()) {
			throw new IllegalArgumentException("Shot " + before.label() + " overlaps shot " + shot + " by "
					+ (before.end() - event.record()) + " frames without a crossfade");
		}
		// The join out of the event before starts after the join into it ends.
		long outStarts = event.join() == TransitionKind.CROSSFADE ? event.record() : before.end() - event.partBefore();
		if (before.record() + before.headPart() >= outStarts) {
			throw new IllegalArgumentException("Shot " + before.label() + " is too short for the "
					+ before.join().getLiteral() + " into it and the " + event.join().getLiteral() + " out of it");
		}
	}

	public FilmCut film() {
		return film;
	}

	public FrameRate rate() {
		return film.rate();
	}

	/** The entries in song order. */
	public List<Event> events() {
		return events;
	}

	/** The event after the one at {@code index}, or null. */
	public Event next(int index) {
		return index + 1 < events.size() ? events.get(index + 1) : null;
	}

	/** Frames of the song laid under the cut from its first frame; 0 without a song. */
	public long songFrames() {
		return songFrames;
	}

	/** Frames from the start of the song to the end of the film: the last event or the song's end. */
	public long length() {
		return length;
	}

	/** The largest source frame a take is used up to, counting transitions: its needed length. */
	public long usedFrames(Path media) {
		return events.stream().filter(event -> media.equals(event.media())).mapToLong(Event::sourceOut).max()
				.orElse(0);
	}

	/** The media files in the order the cut first uses them. */
	public List<Path> media() {
		return events.stream().map(Event::media).filter(media -> media != null).distinct().toList();
	}
}
