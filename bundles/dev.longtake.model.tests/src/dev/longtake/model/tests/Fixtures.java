package dev.longtake.model.tests;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;

import dev.longtake.model.Approach;
import dev.longtake.model.BarPosition;
import dev.longtake.model.Beat;
import dev.longtake.model.Character;
import dev.longtake.model.Charge;
import dev.longtake.model.Cut;
import dev.longtake.model.CutEntry;
import dev.longtake.model.FrameSize;
import dev.longtake.model.Ledger;
import dev.longtake.model.Location;
import dev.longtake.model.LongtakeFactory;
import dev.longtake.model.ProjectSettings;
import dev.longtake.model.Script;
import dev.longtake.model.Sequence;
import dev.longtake.model.Shot;
import dev.longtake.model.Style;
import dev.longtake.model.Take;
import dev.longtake.model.TakeState;
import dev.longtake.model.TimePosition;
import dev.longtake.model.Transition;
import dev.longtake.model.TransitionKind;
import dev.longtake.model.VideoFormat;

/**
 * Realistic models to test against: the "The Hardest Part" example of shots-language.md as
 * the storyboard or the DSL would build it, plus a ledger and a cut for it.
 */
final class Fixtures {

	static final LongtakeFactory F = LongtakeFactory.eINSTANCE;

	private Fixtures() {
	}

	static Script hardestPart() {
		Script script = F.createScript();

		ProjectSettings settings = F.createProjectSettings();
		settings.setTitle("The Hardest Part");
		settings.setSong("media/the-hardest-part.wav");
		settings.setTempo(100);
		VideoFormat format = F.createVideoFormat();
		format.setWidth(1280);
		format.setHeight(720);
		format.setFps(24);
		settings.setFormat(format);
		FrameSize deliver = F.createFrameSize();
		deliver.setWidth(2560);
		deliver.setHeight(1440);
		settings.setDeliver(deliver);
		settings.setDefaultBackend("animatic");
		settings.setBudget(new BigDecimal("650.00"));
		settings.setCurrency("USD");
		script.setSettings(settings);

		Style vintage = style(script, "Vintage", "shot on 35mm film, 1980s, warm grain, soft halation");
		Character ernest = character(script, "Ernest", "a young man, curly brown hair, denim jacket, white t-shirt");
		ernest.getReferences().add("refs/ernest-front.png");
		Character lane = character(script, "Lane", "a young woman, shoulder-length red hair, yellow knit sweater");
		Location corridor = location(script, "Corridor", "a crowded 1980s high-school corridor lined with green lockers");
		Location classroom = location(script, "Classroom", "a sunlit classroom with wooden desks and a chalkboard");
		Location field = location(script, "Field", "a football field at dusk, stadium lights flickering on");
		Location kitchen = location(script, "Kitchen", "a small farmhouse kitchen, morning light");

		Sequence highSchool = sequence(script, "HighSchool", at(0));
		Transition crossfade = F.createTransition();
		crossfade.setKind(TransitionKind.CROSSFADE);
		crossfade.setDuration(0.5);
		highSchool.setTransition(crossfade);
		Shot hallway = shot(highSchool, "Hallway", 20, vintage);
		hallway.setTakesWanted(8);
		hallway.setCamera("dolly forward, continuous");
		Beat first = beat(hallway, 0.0, Approach.IN, corridor, "the camera glides through the crowd toward them");
		first.getCast().add(ernest);
		first.getCast().add(lane);
		beat(hallway, 7.0, Approach.INTO, classroom, "through a doorway, Lane slips Ernest a folded note");
		beat(hallway, 14.0, Approach.OUT_TO, field, "out through the window as the stadium lights come on");
		Shot bleachers = shot(highSchool, "Bleachers", 12, vintage);
		bleachers.setCamera("slow push-in");
		beat(bleachers, null, Approach.IN, field, "Ernest sits alone on the bleachers, wind in his hair").getCast()
				.add(ernest);

		Sequence years = sequence(script, "Years", at(32));
		Shot kitchenShot = shot(years, "Kitchen", 16, vintage);
		kitchenShot.setBackend("comfyui");
		kitchenShot.setSeed(1234L);
		kitchenShot.setImageInput("refs/kitchen-keyframe.png");
		Beat pan = beat(kitchenShot, null, Approach.IN, kitchen, "decades pass in one slow pan around the table");
		pan.getCast().add(ernest);
		pan.getCast().add(lane);
		Shot porch = shot(years, "Porch", 10, null);
		porch.setContinues(kitchenShot);
		beat(porch, null, Approach.NONE, null, "the camera drifts out onto the porch at night");

		BarPosition bar33 = F.createBarPosition();
		bar33.setBar(33);
		Sequence finale = sequence(script, "Finale", bar33);
		shot(finale, "Credits", 6, vintage);
		return script;
	}

	static Ledger ledger() {
		Ledger ledger = F.createLedger();
		Take t1 = take(ledger, "hallway-1", "Hallway", TakeState.DONE);
		t1.setRating(4);
		t1.setCircled(true);
		take(ledger, "hallway-2", "Hallway", TakeState.DONE).setRating(2);
		Take failed = take(ledger, "hallway-3", "Hallway", TakeState.FAILED);
		failed.setError("the service answered 500 three times");
		failed.setFile(null);
		Take running = take(ledger, "hallway-4", "Hallway", TakeState.RUNNING);
		running.setFinishedAt(null);
		running.setCost(null);
		take(ledger, "bleachers-1", "Bleachers", TakeState.DONE).setCircled(true);

		charge(ledger, "hallway-1", "1.60", "USD");
		charge(ledger, "hallway-2", "1.60", "USD");
		charge(ledger, null, "0.40", "usd").setNote("preview: 8 variants of Hallway");
		charge(ledger, "bleachers-1", "0.96", "EUR");
		return ledger;
	}

	static Cut cut() {
		Cut cut = F.createCut();
		entry(cut, "Hallway", "hallway-1", 0, 20, 0);
		CutEntry bleachers = entry(cut, "Bleachers", "bleachers-1", 0, 12, 19.5);
		Transition crossfade = F.createTransition();
		crossfade.setKind(TransitionKind.CROSSFADE);
		crossfade.setDuration(0.5);
		bleachers.setTransition(crossfade);
		return cut;
	}

	static TimePosition at(double seconds) {
		TimePosition position = F.createTimePosition();
		position.setSeconds(seconds);
		return position;
	}

	static Style style(Script script, String name, String description) {
		Style style = F.createStyle();
		style.setName(name);
		style.setDescription(description);
		script.getStyles().add(style);
		return style;
	}

	static Character character(Script script, String name, String description) {
		Character character = F.createCharacter();
		character.setName(name);
		character.setDescription(description);
		script.getCharacters().add(character);
		return character;
	}

	static Location location(Script script, String name, String description) {
		Location location = F.createLocation();
		location.setName(name);
		location.setDescription(description);
		script.getLocations().add(location);
		return location;
	}

	static Sequence sequence(Script script, String name, dev.longtake.model.SongPosition position) {
		Sequence sequence = F.createSequence();
		sequence.setName(name);
		sequence.setPosition(position);
		script.getSequences().add(sequence);
		return sequence;
	}

	static Shot shot(Sequence sequence, String name, double duration, Style style) {
		Shot shot = F.createShot();
		shot.setName(name);
		shot.setDuration(duration);
		shot.setStyle(style);
		sequence.getShots().add(shot);
		return shot;
	}

	/** A beat; a null time leaves it unset, as when the script omits it. */
	static Beat beat(Shot shot, Double time, Approach approach, Location location, String action) {
		Beat beat = F.createBeat();
		if (time != null) {
			beat.setTime(time);
		}
		beat.setApproach(approach);
		beat.setLocation(location);
		beat.setAction(action);
		shot.getBeats().add(beat);
		return beat;
	}

	static Take take(Ledger ledger, String id, String shotName, TakeState state) {
		Take take = F.createTake();
		take.setId(id);
		take.setShotName(shotName);
		take.setRequestHash("sha256:" + Integer.toHexString(shotName.hashCode()));
		take.setBackend("animatic");
		take.setModel("animatic-1");
		take.getParameters().put("size", "1280x720");
		take.getParameters().put("fps", "24");
		take.setPromptAsSent("Shot on 35mm film, 1980s, warm grain, soft halation. One continuous shot ...");
		take.setSeed(Math.abs(id.hashCode()));
		take.setState(state);
		take.setRemoteId("job-" + id);
		take.setCost(new BigDecimal("1.60"));
		take.setCurrency("USD");
		take.setFile("takes/" + shotName + "/" + id + ".mp4");
		take.getThumbnails().add("takes/" + shotName + "/" + id + "-0.png");
		take.getThumbnails().add("takes/" + shotName + "/" + id + "-1.png");
		take.setCreatedAt(Date.from(Instant.parse("2026-03-01T10:15:30.123Z")));
		take.setSubmittedAt(Date.from(Instant.parse("2026-03-01T10:15:31.456Z")));
		take.setFinishedAt(Date.from(Instant.parse("2026-03-01T10:17:02.789Z")));
		ledger.getTakes().add(take);
		return take;
	}

	static Charge charge(Ledger ledger, String takeId, String amount, String currency) {
		Charge charge = F.createCharge();
		charge.setTakeId(takeId);
		charge.setBackend("animatic");
		charge.setAmount(new BigDecimal(amount));
		charge.setCurrency(currency);
		charge.setChargedAt(Date.from(Instant.parse("2026-03-01T10:17:03Z")));
		ledger.getSpending().add(charge);
		return charge;
	}

	static CutEntry entry(Cut cut, String shotName, String takeId, double in, double out, double record) {
		CutEntry entry = F.createCutEntry();
		entry.setShotName(shotName);
		entry.setTakeId(takeId);
		entry.setSourceIn(in);
		entry.setSourceOut(out);
		entry.setRecord(record);
		cut.getEntries().add(entry);
		return entry;
	}
}
