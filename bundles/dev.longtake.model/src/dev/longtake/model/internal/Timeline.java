package dev.longtake.model.internal;

import java.util.List;

import dev.longtake.model.BarPosition;
import dev.longtake.model.Beat;
import dev.longtake.model.Cut;
import dev.longtake.model.CutEntry;
import dev.longtake.model.ProjectSettings;
import dev.longtake.model.Script;
import dev.longtake.model.Sequence;
import dev.longtake.model.Shot;
import dev.longtake.model.SongPosition;
import dev.longtake.model.TimePosition;
import dev.longtake.model.Transition;
import dev.longtake.model.TransitionKind;

/**
 * Where things fall in time: song positions, sequences and shots on the song, beats within
 * their shot. The bodies of the model's timing operations; see their documentation.
 */
public final class Timeline {

	private Timeline() {
	}

	public static Double toSeconds(SongPosition position, Double tempo, int beatsPerBar) {
		if (position instanceof TimePosition time) {
			return time.getSeconds();
		}
		if (position instanceof BarPosition bar) {
			if (tempo == null || !(tempo > 0) || beatsPerBar < 1) {
				return null;
			}
			double beats = (double) (bar.getBar() - 1) * beatsPerBar + (bar.getBeat() - 1);
			return beats * 60.0 / tempo;
		}
		return null;
	}

	public static Double startSeconds(Sequence sequence) {
		Script script = ScriptQueries.scriptOf(sequence);
		if (sequence.getPosition() != null) {
			return place(sequence.getPosition(), script);
		}
		if (script == null) {
			return 0.0;
		}
		// An unplaced sequence follows the previous one: go back to the nearest placed
		// sequence (or the song's start) and add the lengths in between. A loop, not
		// recursion, because a long script may have many unplaced sequences in a row.
		List<Sequence> sequences = script.getSequences();
		int index = sequences.indexOf(sequence);
		int anchor = index;
		while (anchor >= 0 && sequences.get(anchor).getPosition() == null) {
			anchor--;
		}
		Double start = anchor < 0 ? Double.valueOf(0) : place(sequences.get(anchor).getPosition(), script);
		if (start == null) {
			return null;
		}
		double seconds = start;
		for (int i = Math.max(anchor, 0); i < index; i++) {
			seconds += lengthSeconds(sequences.get(i));
		}
		return seconds;
	}

	private static Double place(SongPosition position, Script script) {
		ProjectSettings settings = ScriptQueries.projectSettings(script != null ? script : position);
		Double tempo = settings != null && settings.isSetTempo() ? settings.getTempo() : null;
		int beatsPerBar = settings != null ? settings.getBeatsPerBar() : 4;
		return position.toSeconds(tempo, beatsPerBar);
	}

	public static double lengthSeconds(Sequence sequence) {
		List<Shot> shots = sequence.getShots();
		double length = 0;
		for (Shot shot : shots) {
			length += shot.getDuration();
		}
		if (shots.size() > 1) {
			length -= (shots.size() - 1) * overlapSeconds(sequence.getTransition());
		}
		return length;
	}

	public static Double endSeconds(Sequence sequence) {
		Double start = sequence.startSeconds();
		return start == null ? null : start + sequence.lengthSeconds();
	}

	/** Overlap of two clips joined by the transition; no transition is a cut. */
	public static double overlapSeconds(Transition transition) {
		if (transition == null || transition.getKind() != TransitionKind.CROSSFADE) {
			return 0;
		}
		return Math.max(0, transition.getDuration());
	}

	public static Double songStartSeconds(Shot shot) {
		Sequence sequence = shot.getSequence();
		Double start = sequence == null ? null : sequence.startSeconds();
		if (start == null) {
			return null;
		}
		double overlap = overlapSeconds(sequence.getTransition());
		double seconds = start;
		for (Shot before : sequence.getShots()) {
			if (before == shot) {
				break;
			}
			seconds += before.getDuration() - overlap;
		}
		return seconds;
	}

	public static Double songEndSeconds(Shot shot) {
		Double start = shot.songStartSeconds();
		return start == null ? null : start + shot.getDuration();
	}

	public static double startSeconds(Beat beat) {
		// An omitted time is 0 for the first beat; later beats must have one (validation
		// says so), and meanwhile take the time of the nearest timed beat before them.
		for (Beat current = beat; current != null; current = current.previousBeat()) {
			if (current.isSetTime()) {
				return current.getTime();
			}
		}
		return 0;
	}

	public static double endSeconds(Beat beat) {
		Shot shot = beat.getShot();
		if (shot == null) {
			return beat.startSeconds();
		}
		List<Beat> beats = shot.getBeats();
		int index = beats.indexOf(beat);
		return index + 1 < beats.size() ? beats.get(index + 1).startSeconds() : shot.getDuration();
	}

	public static double endSeconds(Cut cut) {
		double end = 0;
		for (CutEntry entry : cut.getEntries()) {
			end = Math.max(end, entry.recordOut());
		}
		return end;
	}
}
