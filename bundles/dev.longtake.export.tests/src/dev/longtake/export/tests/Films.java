package dev.longtake.export.tests;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;

import dev.longtake.export.FilmCut;
import dev.longtake.model.Ledger;
import dev.longtake.model.LongtakeFactory;
import dev.longtake.model.ProjectSettings;
import dev.longtake.model.Script;
import dev.longtake.model.Sequence;
import dev.longtake.model.Shot;
import dev.longtake.model.Take;
import dev.longtake.model.TakeState;
import dev.longtake.model.TimePosition;
import dev.longtake.model.Transition;
import dev.longtake.model.TransitionKind;
import dev.longtake.model.VideoFormat;
import dev.longtake.model.util.CutPlan;
import dev.longtake.model.util.CutPlanner;
import dev.longtake.model.util.CutPlanner.TakeLengths;

/**
 * A realistic short film to export: three sequences on a 50 s song with crossfades, dips and
 * cuts, song time between sequences, a shot without a take, a shot whose latest take is not
 * circled, a take shorter than its shot, and names with quotes, ampersands and non-ASCII
 * letters in the title, a shot, a take's folder and the song.
 *
 * <pre>
 *  0 s   Opening (crossfade 0.5 s): Dawn 8 s, Road 6 s (not circled), Sign 4 s   ends 17 s
 * 20 s   Diner (dip 1 s): Counter 5 s, Booth 6 s (no take), Coffee 4 s (take 3.5 s)
 * 36 s   Night (cuts): Neon 5 s, Café "Noir" &amp; Co 7 s                         ends 48 s
 * 50 s   the song ends
 * </pre>
 */
final class Films {

	static final LongtakeFactory F = LongtakeFactory.eINSTANCE;
	static final String TITLE = "Rock & Roll \"Nights\" <Überfahrt> \uD83C\uDFAC";
	static final String CAFE = "Café \"Noir\" & Co";
	static final double SONG_SECONDS = 50;
	static final TakeLengths LENGTHS = take -> "coffee-1".equals(take.getId()) ? 3.5 : null;

	private Films() {
	}

	static Script script(double fps) {
		Script script = F.createScript();
		ProjectSettings settings = F.createProjectSettings();
		settings.setTitle(TITLE);
		settings.setSong("media/song & mix (final).wav");
		VideoFormat format = F.createVideoFormat();
		format.setWidth(1280);
		format.setHeight(720);
		format.setFps(fps);
		settings.setFormat(format);
		script.setSettings(settings);

		Sequence opening = sequence(script, "Opening", 0, TransitionKind.CROSSFADE, 0.5);
		shot(opening, "Dawn", 8);
		shot(opening, "Road", 6);
		shot(opening, "Sign", 4);
		Sequence diner = sequence(script, "Diner", 20, TransitionKind.DIP, 1);
		shot(diner, "Counter", 5);
		shot(diner, "Booth", 6);
		shot(diner, "Coffee", 4);
		Sequence night = sequence(script, "Night", 36, null, 0);
		shot(night, "Neon", 5);
		shot(night, CAFE, 7);
		return script;
	}

	static Ledger ledger() {
		Ledger ledger = F.createLedger();
		take(ledger, "dawn-1", "Dawn", TakeState.DONE, "takes/Dawn/dawn-1.mp4").setCircled(true);
		take(ledger, "road-1", "Road", TakeState.DONE, "takes/Road/road-1.mp4")
				.setFinishedAt(Date.from(Instant.parse("2026-03-01T10:00:00Z")));
		take(ledger, "road-2", "Road", TakeState.DONE, "takes/Road/road-2.mp4")
				.setFinishedAt(Date.from(Instant.parse("2026-03-01T11:00:00Z")));
		take(ledger, "sign-1", "Sign", TakeState.DONE, "takes/Sign/sign-1.mp4").setCircled(true);
		take(ledger, "sign-2", "Sign", TakeState.FAILED, null);
		take(ledger, "counter-1", "Counter", TakeState.DONE, "takes/Counter/counter-1.mp4").setCircled(true);
		take(ledger, "booth-1", "Booth", TakeState.FAILED, null);
		take(ledger, "coffee-1", "Coffee", TakeState.DONE, "takes/Coffee/coffee-1.mp4").setCircled(true);
		take(ledger, "neon-1", "Neon", TakeState.DONE, "takes/Neon/neon-1.mp4").setCircled(true);
		take(ledger, "cafe-1", CAFE, TakeState.DONE, "takes/" + CAFE + "/take 1 ü.mp4").setCircled(true);
		return ledger;
	}

	static CutPlan plan(double fps) {
		return CutPlanner.plan(script(fps), ledger(), LENGTHS);
	}

	/** The film's cut as the exporters get it, with the song's length known. */
	static FilmCut film(double fps, Path folder) {
		Ledger ledger = ledger();
		return FilmCut.of(CutPlanner.plan(script(fps), ledger, LENGTHS), ledger, folder).withSongSeconds(SONG_SECONDS);
	}

	private static Sequence sequence(Script script, String name, double seconds, TransitionKind kind, double duration) {
		Sequence sequence = F.createSequence();
		sequence.setName(name);
		TimePosition position = F.createTimePosition();
		position.setSeconds(seconds);
		sequence.setPosition(position);
		if (kind != null) {
			Transition transition = F.createTransition();
			transition.setKind(kind);
			transition.setDuration(duration);
			sequence.setTransition(transition);
		}
		script.getSequences().add(sequence);
		return sequence;
	}

	private static Shot shot(Sequence sequence, String name, double duration) {
		Shot shot = F.createShot();
		shot.setName(name);
		shot.setDuration(duration);
		sequence.getShots().add(shot);
		return shot;
	}

	private static Take take(Ledger ledger, String id, String shotName, TakeState state, String file) {
		Take take = F.createTake();
		take.setId(id);
		take.setShotName(shotName);
		take.setState(state);
		take.setFile(file);
		take.setBackend("animatic");
		ledger.getTakes().add(take);
		return take;
	}
}
