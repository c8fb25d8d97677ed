package dev.longtake.model.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import dev.longtake.model.BarPosition;
import dev.longtake.model.Beat;
import dev.longtake.model.FrameSize;
import dev.longtake.model.LongtakePackage.Literals;
import dev.longtake.model.ProjectSettings;
import dev.longtake.model.Shot;
import dev.longtake.model.TimePosition;
import dev.longtake.model.Transition;
import dev.longtake.model.TransitionKind;
import dev.longtake.model.VideoFormat;
import dev.longtake.model.util.LongtakeValidator;

/**
 * The invariants of a script, run by the generated LongtakeValidator (and so by Xtext's
 * validation and the storyboard). Comparisons are written as {@code !(x > 0)} so that NaN fails.
 */
public final class ScriptConstraints {

	private ScriptConstraints() {
	}

	public static boolean tempoIsPositive(ProjectSettings settings, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		boolean valid = true;
		if (settings.isSetTempo() && !(settings.getTempo() > 0)) {
			valid = Problems.error(diagnostics, LongtakeValidator.PROJECT_SETTINGS__TEMPO_IS_POSITIVE,
					"The tempo must be above 0 bpm (it is " + settings.getTempo() + ")", settings,
					Literals.PROJECT_SETTINGS__TEMPO);
		}
		if (settings.getBeatsPerBar() < 1) {
			valid = Problems.error(diagnostics, LongtakeValidator.PROJECT_SETTINGS__TEMPO_IS_POSITIVE,
					"A bar must have at least one beat (it has " + settings.getBeatsPerBar() + ")", settings,
					Literals.PROJECT_SETTINGS__BEATS_PER_BAR);
		}
		return valid;
	}

	public static boolean budgetIsValid(ProjectSettings settings, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		if (settings.getBudget() == null) {
			return true;
		}
		boolean valid = true;
		if (settings.getBudget().signum() < 0) {
			valid = Problems.error(diagnostics, LongtakeValidator.PROJECT_SETTINGS__BUDGET_IS_VALID,
					"The budget must not be negative (it is " + settings.getBudget().toPlainString() + ")", settings,
					Literals.PROJECT_SETTINGS__BUDGET);
		}
		if (Problems.isBlank(settings.getCurrency())) {
			valid = Problems.error(diagnostics, LongtakeValidator.PROJECT_SETTINGS__BUDGET_IS_VALID,
					"The budget needs a currency, such as USD", settings, Literals.PROJECT_SETTINGS__CURRENCY);
		}
		return valid;
	}

	public static boolean sizeIsPositive(FrameSize size, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (size.getWidth() > 0 && size.getHeight() > 0) {
			return true;
		}
		return Problems.error(diagnostics, LongtakeValidator.FRAME_SIZE__SIZE_IS_POSITIVE,
				"A frame size must be at least 1x1 (it is " + size.getWidth() + "x" + size.getHeight() + ")", size,
				size.getWidth() > 0 ? Literals.FRAME_SIZE__HEIGHT : Literals.FRAME_SIZE__WIDTH);
	}

	public static boolean frameRateIsPositive(VideoFormat format, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		if (format.getFps() > 0) {
			return true;
		}
		return Problems.error(diagnostics, LongtakeValidator.VIDEO_FORMAT__FRAME_RATE_IS_POSITIVE,
				"The frame rate must be above 0 fps (it is " + format.getFps() + ")", format,
				Literals.VIDEO_FORMAT__FPS);
	}

	public static boolean secondsAreNotNegative(TimePosition position, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		if (position.getSeconds() >= 0) {
			return true;
		}
		return Problems.error(diagnostics, LongtakeValidator.TIME_POSITION__SECONDS_ARE_NOT_NEGATIVE,
				"A position on the song cannot be before its start (" + Problems.seconds(position.getSeconds()) + ")",
				position, Literals.TIME_POSITION__SECONDS);
	}

	public static boolean barIsPlaceable(BarPosition position, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		boolean valid = true;
		if (position.getBar() < 1) {
			valid = Problems.error(diagnostics, LongtakeValidator.BAR_POSITION__BAR_IS_PLACEABLE,
					"Bars count from 1 (this is bar " + position.getBar() + ")", position, Literals.BAR_POSITION__BAR);
		}
		ProjectSettings settings = ScriptQueries.projectSettings(position);
		int beatsPerBar = settings == null ? 4 : settings.getBeatsPerBar();
		if (position.getBeat() < 1 || position.getBeat() > beatsPerBar) {
			valid = Problems.error(diagnostics, LongtakeValidator.BAR_POSITION__BAR_IS_PLACEABLE,
					"Beat " + position.getBeat() + " is not in a bar of " + beatsPerBar + " beats", position,
					Literals.BAR_POSITION__BEAT);
		}
		if (settings == null || !settings.isSetTempo()) {
			valid = Problems.error(diagnostics, LongtakeValidator.BAR_POSITION__BAR_IS_PLACEABLE,
					"Bar " + position.getBar() + " cannot be placed on the song: the project sets no tempo", position,
					Literals.BAR_POSITION__BAR);
		}
		return valid;
	}

	public static boolean durationFitsKind(Transition transition, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		double duration = transition.getDuration();
		if (transition.getKind() == TransitionKind.CUT ? duration >= 0 : duration > 0) {
			return true;
		}
		String message = transition.getKind() == TransitionKind.CUT
				? "A transition cannot last " + Problems.seconds(duration)
				: "A " + transition.getKind().getLiteral() + " needs a duration above 0s (it is "
						+ Problems.seconds(duration) + ")";
		return Problems.error(diagnostics, LongtakeValidator.TRANSITION__DURATION_FITS_KIND, message, transition,
				Literals.TRANSITION__DURATION);
	}

	public static boolean durationIsPositive(Shot shot, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (shot.getDuration() > 0) {
			return true;
		}
		return Problems.error(diagnostics, LongtakeValidator.SHOT__DURATION_IS_POSITIVE,
				"Shot " + Problems.label(shot) + " must last more than 0s (it lasts " + Problems.seconds(shot.getDuration())
						+ ")",
				shot, Literals.SHOT__DURATION);
	}

	public static boolean takesWantedIsPositive(Shot shot, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (shot.getTakesWanted() >= 1) {
			return true;
		}
		return Problems.error(diagnostics, LongtakeValidator.SHOT__TAKES_WANTED_IS_POSITIVE,
				"Shot " + Problems.label(shot) + " must want at least one take (it wants " + shot.getTakesWanted() + ")",
				shot, Literals.SHOT__TAKES_WANTED);
	}

	public static boolean beatTimesIncrease(Shot shot, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = true;
		List<Beat> beats = shot.getBeats();
		Double previous = null;
		for (int i = 0; i < beats.size(); i++) {
			Beat beat = beats.get(i);
			if (!beat.isSetTime()) {
				if (i == 0) {
					previous = 0.0; // the first beat may omit its time: it starts the shot
				} else {
					valid = Problems.error(diagnostics, LongtakeValidator.SHOT__BEAT_TIMES_INCREASE,
							"Only the first beat of shot " + Problems.label(shot) + " may omit its time", beat,
							Literals.BEAT__TIME);
				}
				continue;
			}
			double time = beat.getTime();
			if (!(time >= 0)) {
				valid = Problems.error(diagnostics, LongtakeValidator.SHOT__BEAT_TIMES_INCREASE,
						"A beat cannot start before its shot (" + Problems.seconds(time) + ")", beat, Literals.BEAT__TIME);
			} else if (previous != null && !(time > previous)) {
				valid = Problems.error(diagnostics, LongtakeValidator.SHOT__BEAT_TIMES_INCREASE,
						"The beat at " + Problems.seconds(time) + " must come after the beat at "
								+ Problems.seconds(previous) + " in shot " + Problems.label(shot),
						beat, Literals.BEAT__TIME);
			} else if (shot.getDuration() > 0 && !(time < shot.getDuration())) {
				// a shot without a positive duration is reported by durationIsPositive alone
				valid = Problems.error(diagnostics, LongtakeValidator.SHOT__BEAT_TIMES_INCREASE,
						"The beat at " + Problems.seconds(time) + " is at or after the end of shot "
								+ Problems.label(shot) + " (" + Problems.seconds(shot.getDuration()) + ")",
						beat, Literals.BEAT__TIME);
			}
			previous = time;
		}
		return valid;
	}

	public static boolean continuationIsAcyclic(Shot shot, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		List<Shot> chain = new ArrayList<>();
		for (Shot current = shot.getContinues(); current != null; current = current.getContinues()) {
			if (current == shot) {
				StringBuilder path = new StringBuilder(String.valueOf(shot.getName()));
				for (Shot link : chain) {
					path.append(" -> ").append(link.getName());
				}
				path.append(" -> ").append(shot.getName());
				return Problems.error(diagnostics, LongtakeValidator.SHOT__CONTINUATION_IS_ACYCLIC,
						"Shot " + Problems.label(shot) + " continues itself: " + path, shot, Literals.SHOT__CONTINUES);
			}
			if (chain.contains(current)) {
				return true; // a cycle further on, reported on the shots that form it
			}
			chain.add(current);
		}
		return true;
	}
}
