package dev.longtake.dsl.validation;

import org.eclipse.xtext.diagnostics.Diagnostic;

/**
 * The issue codes of the shot language's diagnostics, for quick fixes and for tools that act
 * on particular findings (a render refuses {@link #CONTINUES_WITHOUT_CHOSEN_TAKE} and
 * {@link #OVER_BUDGET}). Each says what its issue data holds. The model's own constraints
 * (beat times, durations, tempo, ...) come with the codes {@code dev.longtake.model.<n>} of
 * {@code dev.longtake.model.util.LongtakeValidator}.
 */
public final class ShotsIssueCodes {

	private static final String PREFIX = "dev.longtake.dsl.";

	/** A name that refers to nothing (Xtext's linking code). Data: the close names, best first. */
	public static final String UNKNOWN_NAME = Diagnostic.LINKING_DIAGNOSTIC;

	/** A name listed twice in one cast. Data: the name. */
	public static final String REPEATED_CAST = PREFIX + "repeatedCast";

	/** A backend name no backend has. Data: the close backend names, best first. */
	public static final String UNKNOWN_BACKEND = PREFIX + "unknownBackend";

	/** Two things of one kind with one name. Data: the name, then where the other one is (file:line). */
	public static final String DUPLICATE_NAME = PREFIX + "duplicateName";

	/** A second project block in a file or a project folder. Data: where the first is (file:line). */
	public static final String SECOND_PROJECT_BLOCK = PREFIX + "secondProjectBlock";

	/** A shot longer than its backend renders. Data: the backend's longest shot in seconds. */
	public static final String TOO_LONG_FOR_BACKEND = PREFIX + "tooLongForBackend";

	/** A frame size the backend does not render. Data: the sizes it renders (1280x768, ...). */
	public static final String SIZE_NOT_RENDERED = PREFIX + "sizeNotRendered";

	/** A frame rate the backend does not render. Data: the rates it renders. */
	public static final String FRAME_RATE_NOT_RENDERED = PREFIX + "frameRateNotRendered";

	/** 'from image' on a backend without image input. Data: the backend. */
	public static final String NO_IMAGE_INPUT = PREFIX + "noImageInput";

	/** A compiled prompt longer than the backend takes. Data: its length, the limit. */
	public static final String PROMPT_TOO_LONG = PREFIX + "promptTooLong";

	/** An image file that does not exist. Data: the path as written, the absolute path looked at. */
	public static final String IMAGE_NOT_FOUND = PREFIX + "imageNotFound";

	/** A song file that does not exist. Data: the path as written, the absolute path looked at. */
	public static final String SONG_NOT_FOUND = PREFIX + "songNotFound";

	/** A song whose length cannot be read (not WAV, AIFF or AU). Data: the path. */
	public static final String SONG_LENGTH_UNKNOWN = PREFIX + "songLengthUnknown";

	/** 'continues' a shot without a chosen take (warning; a render refuses it). Data: the continued shot. */
	public static final String CONTINUES_WITHOUT_CHOSEN_TAKE = PREFIX + "continuesWithoutChosenTake";

	/** A sequence that starts before the one before it ends. Data: the other sequence, where it ends (s). */
	public static final String SEQUENCES_OVERLAP = PREFIX + "sequencesOverlap";

	/** A shot that runs past the end of the song. Data: the song's length in seconds. */
	public static final String PAST_SONG_END = PREFIX + "pastSongEnd";

	/** An estimated render cost above the budget (warning; a render refuses it). Data: estimate, budget. */
	public static final String OVER_BUDGET = PREFIX + "overBudget";

	/** A shot wanting more takes than one shot may have. Data: the most allowed. */
	public static final String TOO_MANY_TAKES = PREFIX + "tooManyTakes";

	private ShotsIssueCodes() {
	}
}
