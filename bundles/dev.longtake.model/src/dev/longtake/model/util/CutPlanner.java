package dev.longtake.model.util;

import dev.longtake.model.Cut;
import dev.longtake.model.CutEntry;
import dev.longtake.model.Ledger;
import dev.longtake.model.Script;
import dev.longtake.model.Take;
import dev.longtake.model.TransitionKind;
import dev.longtake.model.internal.CutPlanning;

/**
 * Computes the cut of a film from its script and take ledger: what assembly renders and what
 * the exports describe, so that both agree frame for frame.
 * <p>
 * Every shot, in script order, takes its circled finished take; without one, its latest
 * finished take (a {@link CutWarning.Kind#NOT_CIRCLED} warning); without any, nothing: the
 * shot is held on black ({@link CutWarning.Kind#MISSING}). The take is trimmed to the shot's
 * length (in at 0, out at the shot's duration, or at the take's own length when that is
 * shorter, which is reported). Shots are placed exactly where {@code Shot.songStartSeconds()}
 * puts them: each sequence at its song position, its shots one after the other, a crossfade
 * overlapping two shots by its duration, cuts and dips not overlapping; song time no sequence
 * covers is black.
 * <p>
 * Every time in the cut is a whole number of frames at the project's frame rate: a shot's
 * start and end are each the frame nearest to their exact time on the song, so positions never
 * drift however many shots there are, and a join lasts whole frames (0.5 s at 25 fps overlaps
 * by 12 or 13 frames, whichever the neighbouring positions give).
 *
 * <h2>The cut it produces</h2>
 * <ul>
 * <li>{@link Cut#getEntries() Entries} are in song order and never overlap except where a
 * crossfade joins them.</li>
 * <li>An entry with a null {@link CutEntry#getTakeId() take id} is a shot held on black; its
 * source range is the span of the shot it stands for.</li>
 * <li>{@link CutEntry#getTransition() transition} says how an entry joins the entry before it
 * (null: a cut). {@link TransitionKind#CROSSFADE}: the entry before ends exactly the
 * transition's duration after this one starts, and dissolves into it over that overlap.
 * {@link TransitionKind#DIP}: the entry before ends at or before this one starts; it fades
 * to black over its last {@code floor(n/2)} frames and this entry fades in from black over its
 * first {@code n - floor(n/2)}, n being the duration in frames.</li>
 * <li>Every entry shows at least one frame that neither of its joins uses: the crossfade or
 * dip into it ends before the one out of it begins.</li>
 * </ul>
 * Whatever cannot be made so (a take too short for its crossfade, sequences placed over each
 * other, a shot before the song starts) is resolved and reported in the plan's warnings.
 */
public final class CutPlanner {

	/** The length of a take's video, which only probing the file can tell. */
	@FunctionalInterface
	public interface TakeLengths {

		/** Lengths are not known: every take is taken to be as long as its shot. */
		TakeLengths UNKNOWN = take -> null;

		/** Seconds of video in the take's file, or null when unknown. */
		Double secondsOf(Take take);
	}

	private CutPlanner() {
	}

	/** The cut of the script with the takes of the ledger (which may be null: no takes yet). */
	public static CutPlan plan(Script script, Ledger ledger) {
		return plan(script, ledger, TakeLengths.UNKNOWN);
	}

	/** The cut, trimming each take to its length as {@code lengths} reports it. */
	public static CutPlan plan(Script script, Ledger ledger, TakeLengths lengths) {
		return CutPlanning.plan(script, ledger, lengths == null ? TakeLengths.UNKNOWN : lengths);
	}

	/**
	 * The take a shot is cut with: its circled take when that is finished (DONE, with a file),
	 * else its latest finished take (by finish time, else the later in the ledger), else null.
	 */
	public static Take chooseTake(Ledger ledger, String shotName) {
		return CutPlanning.chooseTake(ledger, shotName);
	}
}
