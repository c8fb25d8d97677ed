package dev.longtake.model.util;

/**
 * Something the cut planner had to decide for the director: a take that was not circled, a
 * shot held on black, a transition that did not fit. The caller shows the message as is.
 *
 * @param kind     what happened, for callers that count or filter
 * @param shotName the shot concerned, or null for the whole film
 * @param message  one sentence in the director's words
 */
public record CutWarning(Kind kind, String shotName, String message) {

	/** What the planner had to decide. */
	public enum Kind {
		/** No take of the shot is circled: its latest finished take is used. */
		NOT_CIRCLED,
		/** The shot has no finished take: it is held on black. */
		MISSING,
		/** The take is shorter than the shot: the rest of the shot is black. */
		SHORT_TAKE,
		/** A crossfade or dip was made shorter to fit the takes it joins. */
		TRANSITION_SHORTENED,
		/** A crossfade or dip could not be made: the shots are joined by a cut. */
		TRANSITION_DROPPED,
		/** A shot was cut short, or hidden, by a later one placed over it on the song. */
		OVERLAPPED,
		/** A sequence cannot be placed on the song (a bar position without a tempo). */
		UNPLACED,
		/** A shot starts before the song does: its beginning is left out. */
		BEFORE_SONG,
		/** A shot lasts no time (or less than a frame) and is left out. */
		EMPTY_SHOT,
		/** The script sets no frame rate: a default is used. */
		NO_FRAME_RATE
	}

	@Override
	public String toString() {
		return message;
	}
}
