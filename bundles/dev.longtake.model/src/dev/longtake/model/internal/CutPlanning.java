package dev.longtake.model.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import dev.longtake.model.Cut;
import dev.longtake.model.CutEntry;
import dev.longtake.model.Ledger;
import dev.longtake.model.LongtakeFactory;
import dev.longtake.model.ProjectSettings;
import dev.longtake.model.Script;
import dev.longtake.model.Sequence;
import dev.longtake.model.Shot;
import dev.longtake.model.Take;
import dev.longtake.model.TakeState;
import dev.longtake.model.Transition;
import dev.longtake.model.TransitionKind;
import dev.longtake.model.VideoFormat;
import dev.longtake.model.util.CutPlan;
import dev.longtake.model.util.CutPlanner.TakeLengths;
import dev.longtake.model.util.CutWarning;
import dev.longtake.model.util.CutWarning.Kind;
import dev.longtake.model.util.FrameRate;

/**
 * The body of {@link dev.longtake.model.util.CutPlanner}: places every shot in frames, then
 * walks the shots in song order and makes each join fit. See CutPlanner for the rules.
 */
public final class CutPlanning {

	private static final FrameRate DEFAULT_RATE = new FrameRate(24, 1);

	/** Seconds from the model are doubles: keep the digits a person wrote, drop binary noise. */
	private static final int SECONDS_SCALE = 9;

	/** One shot in the cut while it is planned; all times in frames. */
	private static final class Slot {
		final String shotName;
		final String sequenceName;
		Take take;
		final Slot previousInSequence;
		final TransitionKind wantedKind;
		final long wantedFrames;
		long record;
		long sourceIn;
		long length;
		TransitionKind kind = TransitionKind.CUT;
		long frames;
		/** Frames at the start taken by the join into this slot. */
		long headPart;
		/** Frames at the end taken by the join out of this slot. */
		long tailPart;
		boolean headTrimmed;

		Slot(String shotName, String sequenceName, Take take, Slot previousInSequence, TransitionKind wantedKind,
				long wantedFrames, long record, long length) {
			this.shotName = shotName;
			this.sequenceName = sequenceName;
			this.take = take;
			this.previousInSequence = previousInSequence;
			this.wantedKind = wantedKind;
			this.wantedFrames = wantedFrames;
			this.record = record;
			this.length = length;
		}

		long end() {
			return record + length;
		}
	}

	private final FrameRate rate;
	private final Ledger ledger;
	private final TakeLengths lengths;
	private final List<CutWarning> warnings = new ArrayList<>();
	private final List<Slot> placed = new ArrayList<>();

	private CutPlanning(FrameRate rate, Ledger ledger, TakeLengths lengths) {
		this.rate = rate;
		this.ledger = ledger;
		this.lengths = lengths;
	}

	public static CutPlan plan(Script script, Ledger ledger, TakeLengths lengths) {
		List<CutWarning> early = new ArrayList<>();
		ProjectSettings settings = projectSettings(script);
		FrameRate rate = frameRate(settings, early);
		CutPlanning planning = new CutPlanning(rate, ledger, lengths);
		planning.warnings.addAll(early);
		planning.placeShots(script);
		List<Slot> cut = planning.joinInSongOrder();
		return new CutPlan(planning.toCut(cut), rate, settings, planning.warnings);
	}

	public static Take chooseTake(Ledger ledger, String shotName) {
		if (ledger == null || shotName == null) {
			return null;
		}
		Take circled = ledger.circledTake(shotName);
		if (circled != null && isUsable(circled)) {
			return circled;
		}
		Take latest = null;
		for (Take take : ledger.takesOf(shotName)) {
			if (isUsable(take) && (latest == null || !finishedBefore(take, latest))) {
				latest = take;
			}
		}
		return latest;
	}

	private static boolean isUsable(Take take) {
		return take.getState() == TakeState.DONE && !Problems.isBlank(take.getFile());
	}

	/** By finish time when both have one; otherwise ledger order decides (the later wins). */
	private static boolean finishedBefore(Take take, Take other) {
		return take.getFinishedAt() != null && other.getFinishedAt() != null
				&& take.getFinishedAt().before(other.getFinishedAt());
	}

	private static FrameRate frameRate(ProjectSettings settings, List<CutWarning> warnings) {
		VideoFormat format = settings == null ? null : settings.getFormat();
		if (format == null || !(format.getFps() > 0) || Double.isInfinite(format.getFps())) {
			warnings.add(new CutWarning(Kind.NO_FRAME_RATE, null,
					"The script sets no frame rate: the cut is timed at " + DEFAULT_RATE + " fps"));
			return DEFAULT_RATE;
		}
		return FrameRate.of(format.getFps());
	}

	/** The script's project block, else the one of another script loaded beside it. */
	private static ProjectSettings projectSettings(Script script) {
		if (script.getSettings() != null) {
			return script.getSettings();
		}
		Resource resource = script.eResource();
		if (resource == null || resource.getResourceSet() == null) {
			return null;
		}
		for (Resource other : resource.getResourceSet().getResources()) {
			for (EObject root : other.getContents()) {
				if (root instanceof Script otherScript && otherScript.getSettings() != null) {
					return otherScript.getSettings();
				}
			}
		}
		return null;
	}

	// ---------------------------------------------------------------- placing

	private void placeShots(Script script) {
		for (Sequence sequence : script.getSequences()) {
			if (sequence.getShots().isEmpty()) {
				continue;
			}
			Double start = sequence.startSeconds();
			if (start == null) {
				warn(Kind.UNPLACED, null, "Sequence " + sequence.getName()
						+ " cannot be placed on the song (its bar position needs a tempo): its shots are left out of the cut");
				continue;
			}
			placeSequence(sequence, exact(start));
		}
	}

	/** The shots one after the other, as Timeline.songStartSeconds places them, but exactly. */
	private void placeSequence(Sequence sequence, BigDecimal start) {
		Transition transition = sequence.getTransition();
		TransitionKind kind = transition == null || transition.getKind() == null ? TransitionKind.CUT
				: transition.getKind();
		BigDecimal overlap = exact(Timeline.overlapSeconds(transition));
		long dipFrames = kind == TransitionKind.DIP ? Math.max(0, frames(exact(transition.getDuration()))) : 0;
		BigDecimal position = start;
		Slot previous = null;
		long previousOut = 0;
		for (Shot shot : sequence.getShots()) {
			BigDecimal duration = exact(shot.getDuration());
			long recordIn = frames(position);
			long recordOut = frames(position.add(duration));
			BigDecimal next = position.add(duration).subtract(overlap);
			if (recordOut <= recordIn) {
				warn(Kind.EMPTY_SHOT, shot.getName(),
						"Shot " + shot.getName() + " lasts less than a frame: it is left out of the cut");
				position = next;
				continue;
			}
			TransitionKind wanted = previous == null ? TransitionKind.CUT : kind;
			// A crossfade's overlap is what the positions give; a dip's length is its own.
			long wantedFrames = switch (wanted) {
			case CROSSFADE -> previousOut - recordIn;
			case DIP -> dipFrames;
			default -> 0;
			};
			Slot slot = new Slot(shot.getName(), sequence.getName(), chooseTake(ledger, shot.getName()), previous,
					wanted, wantedFrames, recordIn, recordOut - recordIn);
			trimToTake(slot);
			placed.add(slot);
			previous = slot;
			previousOut = recordOut;
			position = next;
		}
	}

	private void trimToTake(Slot slot) {
		Take take = slot.take;
		if (take == null) {
			warn(Kind.MISSING, slot.shotName, "Shot " + slot.shotName + " has no finished take: it is held on black for "
					+ time(slot.length));
			return;
		}
		if (!take.isCircled()) {
			warn(Kind.NOT_CIRCLED, slot.shotName,
					"Shot " + slot.shotName + " has no circled take: its latest take " + take.getId() + " is used");
		}
		Double seconds = lengths.secondsOf(take);
		if (seconds == null || !Double.isFinite(seconds)) {
			return;
		}
		// Whole frames only: a partial last frame is not a frame the take has.
		long takeFrames = BigDecimal.valueOf(Math.max(0, seconds)).multiply(BigDecimal.valueOf(rate.numerator()))
				.divide(BigDecimal.valueOf(rate.denominator()), 6, RoundingMode.HALF_UP)
				.setScale(0, RoundingMode.FLOOR).longValueExact();
		if (takeFrames == 0) {
			warn(Kind.SHORT_TAKE, slot.shotName, "Take " + take.getId() + " of shot " + slot.shotName
					+ " has not one whole frame: the shot is held on black");
			slot.take = null;
		} else if (takeFrames < slot.length) {
			warn(Kind.SHORT_TAKE, slot.shotName, "Take " + take.getId() + " of shot " + slot.shotName + " lasts "
					+ time(takeFrames) + ", " + time(slot.length - takeFrames) + " less than the shot: the rest is black");
			slot.length = takeFrames;
		}
	}

	// ---------------------------------------------------------------- joining

	private List<Slot> joinInSongOrder() {
		List<Slot> sorted = new ArrayList<>(placed);
		sorted.sort(Comparator.comparingLong(slot -> slot.record)); // stable: script order breaks ties
		List<Slot> cut = new ArrayList<>();
		for (Slot next : sorted) {
			if (next.length <= 0 || !startOnTheSong(next)) {
				continue;
			}
			while (!cut.isEmpty() && last(cut).record >= next.record) {
				Slot hidden = cut.remove(cut.size() - 1);
				warn(Kind.OVERLAPPED, hidden.shotName, "Shot " + hidden.shotName + " is hidden by shot "
						+ next.shotName + ", which starts at the same time on the song");
				if (!cut.isEmpty()) {
					last(cut).tailPart = 0;
				}
			}
			join(cut, next);
			cut.add(next);
		}
		return cut;
	}

	private boolean startOnTheSong(Slot slot) {
		if (slot.record >= 0) {
			return true;
		}
		long lost = -slot.record;
		if (lost >= slot.length) {
			warn(Kind.BEFORE_SONG, slot.shotName,
					"Shot " + slot.shotName + " ends before the song starts: it is left out of the cut");
			slot.length = 0;
			return false;
		}
		warn(Kind.BEFORE_SONG, slot.shotName, "Shot " + slot.shotName + " starts " + time(lost)
				+ " before the song: its first " + time(lost) + " are left out");
		slot.sourceIn += lost;
		slot.length -= lost;
		slot.record = 0;
		slot.headTrimmed = true;
		return true;
	}

	private void join(List<Slot> cut, Slot next) {
		Slot previous = cut.isEmpty() ? null : last(cut);
		TransitionKind wanted = next.wantedKind;
		if (wanted != TransitionKind.CUT && (previous != next.previousInSequence || next.headTrimmed)) {
			warn(Kind.TRANSITION_DROPPED, next.shotName, "The " + label(wanted) + " into shot " + next.shotName
					+ " is dropped: the shot before it in sequence " + next.sequenceName
					+ " does not lead into it on the song");
			wanted = TransitionKind.CUT;
		}
		if (previous == null) {
			return;
		}
		switch (wanted) {
		case CROSSFADE -> crossfade(cut, previous, next);
		case DIP -> dip(cut, previous, next);
		default -> hardCut(cut, previous, next);
		}
	}

	/** Two slots that overlap without a crossfade: the later one wins. */
	private void hardCut(List<Slot> cut, Slot previous, Slot next) {
		if (previous.end() <= next.record) {
			return;
		}
		long lost = previous.end() - next.record;
		warn(Kind.OVERLAPPED, previous.shotName, "Shot " + previous.shotName + " is cut short by " + time(lost)
				+ ": shot " + next.shotName + " of sequence " + next.sequenceName + " starts over its end");
		trimTail(cut, previous, next.record);
	}

	private void crossfade(List<Slot> cut, Slot previous, Slot next) {
		long overlap = previous.end() - next.record;
		if (overlap <= 0) {
			if (next.wantedFrames > 0) {
				warn(Kind.TRANSITION_DROPPED, next.shotName, "The crossfade into shot " + next.shotName
						+ " is dropped: the take of shot " + previous.shotName + " ends before it begins");
			}
			return;
		}
		makeRoomForTail(cut, previous, next.record - previous.record - 1);
		long fits = Math.min(overlap, next.length - 1);
		if (fits <= 0) {
			warn(Kind.TRANSITION_DROPPED, next.shotName,
					"The crossfade into shot " + next.shotName + " is dropped: the shot lasts a single frame");
			trimTail(cut, previous, next.record);
			return;
		}
		previous.length -= overlap - fits;
		if (fits < next.wantedFrames) {
			warn(Kind.TRANSITION_SHORTENED, next.shotName, "The crossfade into shot " + next.shotName + " lasts "
					+ time(fits) + " instead of " + time(next.wantedFrames) + ": the takes it joins are too short");
		}
		previous.tailPart = fits;
		next.headPart = fits;
		next.kind = TransitionKind.CROSSFADE;
		next.frames = fits;
	}

	private void dip(List<Slot> cut, Slot previous, Slot next) {
		if (previous.end() > next.record) {
			trimTail(cut, previous, next.record);
		}
		long room = Math.min(previous.length - previous.headPart - 1, next.length - 1);
		long frames = Math.min(next.wantedFrames, 2 * Math.max(0, room));
		if (frames <= 0) {
			if (next.wantedFrames > 0) {
				warn(Kind.TRANSITION_DROPPED, next.shotName, "The dip to black into shot " + next.shotName
						+ " is dropped: the shots it joins are too short");
			}
			return;
		}
		if (frames < next.wantedFrames) {
			warn(Kind.TRANSITION_SHORTENED, next.shotName, "The dip to black into shot " + next.shotName + " lasts "
					+ time(frames) + " instead of " + time(next.wantedFrames) + ": the shots it joins are too short");
		}
		previous.tailPart = frames / 2;
		next.headPart = frames - frames / 2;
		next.kind = TransitionKind.DIP;
		next.frames = frames;
	}

	/** Ends the slot at {@code end}, shortening the join into it when that no longer fits. */
	private void trimTail(List<Slot> cut, Slot slot, long end) {
		makeRoomForTail(cut, slot, end - slot.record - 1);
		slot.length = end - slot.record;
		slot.tailPart = 0;
	}

	/**
	 * Makes the join into {@code slot} use at most {@code room} frames of its start, so that what
	 * follows from there on belongs to the join out of it (callers keep one frame of the slot
	 * free of both joins, so that every editing suite has a clip to hang the joins on). Only the join into this slot changes:
	 * the slot before keeps its own start (its join out only ever shrinks).
	 */
	private void makeRoomForTail(List<Slot> cut, Slot slot, long room) {
		if (slot.headPart <= room) {
			return;
		}
		int index = cut.indexOf(slot);
		Slot before = index > 0 ? cut.get(index - 1) : null;
		long was = slot.frames;
		if (slot.kind == TransitionKind.CROSSFADE && before != null) {
			before.length = slot.record + room - before.record;
			before.tailPart = room;
			slot.frames = room;
		} else if (slot.kind == TransitionKind.DIP && before != null) {
			// Both halves to the room left: the fade out can only shrink, since it was the
			// smaller half.
			before.tailPart = room;
			slot.frames = 2 * room;
		}
		slot.headPart = room;
		if (room == 0) {
			warn(Kind.TRANSITION_DROPPED, slot.shotName, "The " + label(slot.kind) + " into shot " + slot.shotName
					+ " is dropped: the shot is cut short by the one after it");
			slot.kind = TransitionKind.CUT;
			slot.frames = 0;
		} else {
			warn(Kind.TRANSITION_SHORTENED, slot.shotName, "The " + label(slot.kind) + " into shot " + slot.shotName
					+ " lasts " + time(slot.frames) + " instead of " + time(was)
					+ ": the shot is cut short by the one after it");
		}
	}

	// ---------------------------------------------------------------- the model's cut

	private Cut toCut(List<Slot> slots) {
		LongtakeFactory factory = LongtakeFactory.eINSTANCE;
		Cut cut = factory.createCut();
		for (Slot slot : slots) {
			CutEntry entry = factory.createCutEntry();
			entry.setShotName(slot.shotName);
			entry.setTakeId(slot.take == null ? null : slot.take.getId());
			entry.setRecord(rate.seconds(slot.record));
			entry.setSourceIn(rate.seconds(slot.sourceIn));
			entry.setSourceOut(rate.seconds(slot.sourceIn + slot.length));
			if (slot.kind != TransitionKind.CUT) {
				Transition transition = factory.createTransition();
				transition.setKind(slot.kind);
				transition.setDuration(rate.seconds(slot.frames));
				entry.setTransition(transition);
			}
			cut.getEntries().add(entry);
		}
		return cut;
	}

	// ---------------------------------------------------------------- helpers

	private static BigDecimal exact(double seconds) {
		if (!Double.isFinite(seconds)) {
			return BigDecimal.ZERO;
		}
		return BigDecimal.valueOf(seconds).setScale(SECONDS_SCALE, RoundingMode.HALF_EVEN);
	}

	/** The frame nearest to the exact time (halves round up, as FrameRate.frames does). */
	private long frames(BigDecimal seconds) {
		return seconds.multiply(BigDecimal.valueOf(rate.numerator()))
				.divide(BigDecimal.valueOf(rate.denominator()), 0, RoundingMode.HALF_UP).longValueExact();
	}

	/** Frames as a person reads them: 0.5s (12 frames). */
	private String time(long frames) {
		BigDecimal seconds = BigDecimal.valueOf(frames * rate.denominator())
				.divide(BigDecimal.valueOf(rate.numerator()), 3, RoundingMode.HALF_UP).stripTrailingZeros();
		return seconds.toPlainString() + "s (" + frames + (frames == 1 ? " frame)" : " frames)");
	}

	private static String label(TransitionKind kind) {
		return kind == TransitionKind.DIP ? "dip to black" : kind.getLiteral();
	}

	private void warn(Kind kind, String shotName, String message) {
		warnings.add(new CutWarning(kind, shotName, message));
	}

	private static Slot last(List<Slot> slots) {
		return slots.get(slots.size() - 1);
	}
}
