package dev.longtake.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.longtake.model.BarPosition;
import dev.longtake.model.CutEntry;
import dev.longtake.model.Ledger;
import dev.longtake.model.Script;
import dev.longtake.model.Sequence;
import dev.longtake.model.Take;
import dev.longtake.model.TakeState;
import dev.longtake.model.Transition;
import dev.longtake.model.TransitionKind;
import dev.longtake.model.util.CutPlan;
import dev.longtake.model.util.CutPlanner;
import dev.longtake.model.util.CutWarning;
import dev.longtake.model.util.CutWarning.Kind;
import dev.longtake.model.util.FrameRate;

/**
 * The cut computed from a script and its ledger: which take each shot gets, where it falls on
 * the song, how the shots join, and what the director is warned about.
 */
class CutPlannerTest {

	private static final double EPSILON = 1e-9;

	private final Script script = Fixtures.hardestPart();
	private final Ledger ledger = Fixtures.ledger();

	@Test
	void everyShotTakesItsCircledTakeTrimmedToTheShot() {
		CutPlan plan = plan();

		CutEntry hallway = entry(plan, "Hallway");
		assertEquals("hallway-1", hallway.getTakeId());
		assertEquals(0.0, hallway.getRecord());
		assertEquals(0.0, hallway.getSourceIn());
		assertEquals(20.0, hallway.getSourceOut());
		assertEquals("bleachers-1", entry(plan, "Bleachers").getTakeId());
		assertEquals(List.of("Hallway", "Bleachers", "Kitchen", "Porch", "Credits"),
				plan.cut().getEntries().stream().map(CutEntry::getShotName).toList());
		assertCutIsConsistent(plan);
	}

	@Test
	void aCrossfadeOverlapsTheShotsAsTheTimelineDoes() {
		CutPlan plan = plan();

		CutEntry bleachers = entry(plan, "Bleachers");
		assertEquals(script.findShot("Bleachers").songStartSeconds(), bleachers.getRecord(), EPSILON);
		assertEquals(TransitionKind.CROSSFADE, bleachers.getTransition().getKind());
		assertEquals(12, plan.rate().frames(bleachers.getTransition().getDuration()));
		assertEquals(20.0, entry(plan, "Hallway").recordOut(), EPSILON);
		assertEquals(31.5, bleachers.recordOut(), EPSILON);
	}

	@Test
	void aShotWithoutCircledTakeGetsItsLatestFinishedTakeAndAWarning() {
		take("kitchen-1", "Kitchen", TakeState.DONE, "2026-03-02T10:00:00Z");
		take("kitchen-2", "Kitchen", TakeState.DONE, "2026-03-02T12:00:00Z");
		take("kitchen-3", "Kitchen", TakeState.DONE, "2026-03-02T11:00:00Z");
		take("kitchen-4", "Kitchen", TakeState.FAILED, "2026-03-02T13:00:00Z");

		CutPlan plan = plan();

		assertEquals("kitchen-2", entry(plan, "Kitchen").getTakeId());
		List<CutWarning> notCircled = plan.warnings(Kind.NOT_CIRCLED);
		assertEquals(1, notCircled.size());
		assertEquals("Kitchen", notCircled.get(0).shotName());
		assertTrue(notCircled.get(0).message().contains("kitchen-2"), notCircled.get(0).message());
	}

	@Test
	void aCircledTakeThatIsNotFinishedIsPassedOver() {
		take("kitchen-1", "Kitchen", TakeState.DONE, "2026-03-02T10:00:00Z");
		take("kitchen-2", "Kitchen", TakeState.DONE, "2026-03-02T12:00:00Z").setCircled(true);
		assertSame(ledger.findTake("kitchen-2"), CutPlanner.chooseTake(ledger, "Kitchen"));

		ledger.findTake("kitchen-2").setState(TakeState.FAILED);
		assertSame(ledger.findTake("kitchen-1"), CutPlanner.chooseTake(ledger, "Kitchen"));
		ledger.findTake("kitchen-1").setFile(null);
		assertNull(CutPlanner.chooseTake(ledger, "Kitchen"));
	}

	@Test
	void withoutFinishTimesTheLaterTakeInTheLedgerIsTheLatest() {
		take("kitchen-1", "Kitchen", TakeState.DONE, null);
		take("kitchen-2", "Kitchen", TakeState.DONE, null);
		assertEquals("kitchen-2", CutPlanner.chooseTake(ledger, "Kitchen").getId());
	}

	@Test
	void aShotWithoutFinishedTakeIsHeldOnBlack() {
		CutPlan plan = plan();

		CutEntry porch = entry(plan, "Porch");
		assertNull(porch.getTakeId());
		assertEquals(48.0, porch.getRecord(), EPSILON);
		assertEquals(10.0, porch.durationSeconds(), EPSILON);
		assertTrue(plan.warnings(Kind.MISSING).stream().anyMatch(warning -> "Porch".equals(warning.shotName())));
		assertEquals(3, plan.warnings(Kind.MISSING).size(), "Kitchen, Porch and Credits have no take");
	}

	@Test
	void songTimeNoSequenceCoversIsLeftEmpty() {
		CutPlan plan = plan();

		// HighSchool ends at 31.5 s, Years starts at 32 s: black in between.
		assertEquals(31.5, entry(plan, "Bleachers").recordOut(), EPSILON);
		assertEquals(32.0, entry(plan, "Kitchen").getRecord(), EPSILON);
		assertNull(entry(plan, "Kitchen").getTransition());
	}

	@Test
	void aBarPositionIsPlacedOnTheNearestFrame() {
		CutPlan plan = plan();

		// bar 33 at 100 bpm = 76.8 s = frame 1843.2 at 24 fps
		assertEquals(1843, plan.rate().frames(entry(plan, "Credits").getRecord()));
		assertEquals(1843 + 6 * 24, plan.rate().frames(entry(plan, "Credits").recordOut()));
	}

	@Test
	void aDipJoinsShotsWithoutOverlapAndSplitsIntoOutAndIn() {
		dip(script.getSequences().get(1), 1.0);
		take("kitchen-1", "Kitchen", TakeState.DONE, null).setCircled(true);
		take("porch-1", "Porch", TakeState.DONE, null).setCircled(true);

		CutPlan plan = plan();

		CutEntry porch = entry(plan, "Porch");
		assertEquals(TransitionKind.DIP, porch.getTransition().getKind());
		assertEquals(24, plan.rate().frames(porch.getTransition().getDuration()));
		assertEquals(entry(plan, "Kitchen").recordOut(), porch.getRecord(), EPSILON);
		assertEquals(48.0, porch.getRecord(), EPSILON);
		assertCutIsConsistent(plan);
	}

	@Test
	void aTakeShorterThanItsShotEndsEarlyAndIsReported() {
		take("kitchen-1", "Kitchen", TakeState.DONE, null).setCircled(true);
		CutPlan plan = CutPlanner.plan(script, ledger, take -> "kitchen-1".equals(take.getId()) ? 12.52 : null);

		CutEntry kitchen = entry(plan, "Kitchen");
		// 12.52 s holds 300 whole frames at 24 fps (300.48)
		assertEquals(300, plan.rate().frames(kitchen.getSourceOut()));
		assertEquals(32.0, kitchen.getRecord(), EPSILON);
		assertEquals(48.0, entry(plan, "Porch").getRecord(), EPSILON, "the next shot keeps its place");
		List<CutWarning> shortTakes = plan.warnings(Kind.SHORT_TAKE);
		assertEquals(1, shortTakes.size());
		assertTrue(shortTakes.get(0).message().contains("kitchen-1"), shortTakes.get(0).message());
		assertCutIsConsistent(plan);
	}

	@Test
	void aTakeLongerThanItsShotIsTrimmedSilently() {
		CutPlan plan = CutPlanner.plan(script, ledger, take -> 25.0);

		assertEquals(20.0, entry(plan, "Hallway").getSourceOut(), EPSILON);
		assertTrue(plan.warnings(Kind.SHORT_TAKE).isEmpty());
	}

	@Test
	void aCrossfadeOutOfATakeThatEndsTooEarlyIsDropped() {
		// Hallway's take ends at 15 s, before Bleachers begins at 19.5 s: nothing to dissolve.
		CutPlan plan = CutPlanner.plan(script, ledger, take -> "hallway-1".equals(take.getId()) ? 15.0 : null);

		assertNull(entry(plan, "Bleachers").getTransition());
		assertEquals(15.0, entry(plan, "Hallway").recordOut(), EPSILON);
		assertEquals(1, plan.warnings(Kind.TRANSITION_DROPPED).size());
		assertCutIsConsistent(plan);
	}

	@Test
	void aCrossfadeOutOfATakeThatEndsDuringItIsShortened() {
		// 19.75 s: the take reaches a quarter second into the half-second crossfade.
		CutPlan plan = CutPlanner.plan(script, ledger, take -> "hallway-1".equals(take.getId()) ? 19.75 : null);

		CutEntry bleachers = entry(plan, "Bleachers");
		assertEquals(6, plan.rate().frames(bleachers.getTransition().getDuration()));
		assertEquals(1, plan.warnings(Kind.TRANSITION_SHORTENED).size());
		assertCutIsConsistent(plan);
	}

	@Test
	void aSequencePlacedOverThePreviousOneCutsItShort() {
		script.getSequences().get(1).setPosition(Fixtures.at(30));

		CutPlan plan = plan();

		assertEquals(30.0, entry(plan, "Bleachers").recordOut(), EPSILON);
		assertEquals(30.0, entry(plan, "Kitchen").getRecord(), EPSILON);
		List<CutWarning> overlapped = plan.warnings(Kind.OVERLAPPED);
		assertEquals(1, overlapped.size());
		assertEquals("Bleachers", overlapped.get(0).shotName());
		assertCutIsConsistent(plan);
	}

	@Test
	void aSequencePlacedOverAWholeShotHidesItAndItsCrossfade() {
		// Years at 19.5 s starts exactly where Bleachers does.
		script.getSequences().get(1).setPosition(Fixtures.at(19.5));

		CutPlan plan = plan();

		assertTrue(plan.cut().getEntries().stream().noneMatch(entry -> "Bleachers".equals(entry.getShotName())));
		assertEquals(19.5, entry(plan, "Hallway").recordOut(), EPSILON);
		assertNull(entry(plan, "Kitchen").getTransition());
		assertCutIsConsistent(plan);
	}

	@Test
	void sequencesPlacedOutOfOrderAreCutInSongOrder() {
		script.getSequences().get(2).setPosition(Fixtures.at(90));
		script.getSequences().get(0).setPosition(Fixtures.at(100));

		CutPlan plan = plan();

		assertEquals(List.of("Kitchen", "Porch", "Credits", "Hallway", "Bleachers"),
				plan.cut().getEntries().stream().map(CutEntry::getShotName).toList());
		assertCutIsConsistent(plan);
	}

	@Test
	void aSequenceThatCannotBePlacedIsLeftOutWithAWarning() {
		script.getSettings().unsetTempo();

		CutPlan plan = plan();

		assertTrue(plan.cut().getEntries().stream().noneMatch(entry -> "Credits".equals(entry.getShotName())));
		assertEquals(1, plan.warnings(Kind.UNPLACED).size());
		assertTrue(plan.warnings(Kind.UNPLACED).get(0).message().contains("Finale"));
	}

	@Test
	void theStartOfAShotBeforeTheSongIsLeftOut() {
		script.getSequences().get(0).setPosition(Fixtures.at(-2));

		CutPlan plan = plan();

		CutEntry hallway = entry(plan, "Hallway");
		assertEquals(0.0, hallway.getRecord());
		assertEquals(2.0, hallway.getSourceIn(), EPSILON);
		assertEquals(20.0, hallway.getSourceOut(), EPSILON);
		assertEquals(1, plan.warnings(Kind.BEFORE_SONG).size());
		assertCutIsConsistent(plan);
	}

	@Test
	void crossfadesLongerThanAShotAreShortenedToFit() {
		Sequence quick = Fixtures.sequence(script, "Quick", Fixtures.at(200));
		Transition crossfade = Fixtures.F.createTransition();
		crossfade.setKind(TransitionKind.CROSSFADE);
		crossfade.setDuration(0.8);
		quick.setTransition(crossfade);
		for (int i = 1; i <= 4; i++) {
			Fixtures.shot(quick, "Flash" + i, 1, null);
		}

		CutPlan plan = plan();

		// At 24 fps the flashes start at frames 4800, 4805, 4810 and 4814: the crossfade into
		// each may only use the frames before the next one starts, less the one frame every shot
		// keeps to itself; the last keeps its overlap.
		assertEquals(Map.of("Flash2", 4L, "Flash3", 3L, "Flash4", 20L), Map.of(//
				"Flash2", plan.rate().frames(entry(plan, "Flash2").getTransition().getDuration()),
				"Flash3", plan.rate().frames(entry(plan, "Flash3").getTransition().getDuration()),
				"Flash4", plan.rate().frames(entry(plan, "Flash4").getTransition().getDuration())));
		assertCutIsConsistent(plan);
		assertTrue(plan.warnings(Kind.TRANSITION_SHORTENED).size() >= 2);
	}

	@Test
	void aDipLongerThanTheShotsIsShortenedToFit() {
		dip(script.getSequences().get(1), 30);

		CutPlan plan = plan();

		// Porch lasts 240 frames: 239 of fade in at most (one frame stays its own), 478 in all.
		assertEquals(478, plan.rate().frames(entry(plan, "Porch").getTransition().getDuration()));
		assertEquals(1, plan.warnings(Kind.TRANSITION_SHORTENED).size());
		assertCutIsConsistent(plan);
	}

	@Test
	void at23976EveryTimeIsAWholeFrameAndPositionsDoNotDrift() {
		script.getSettings().getFormat().setFps(23.976);
		Sequence many = Fixtures.sequence(script, "Many", Fixtures.at(100));
		Transition crossfade = Fixtures.F.createTransition();
		crossfade.setKind(TransitionKind.CROSSFADE);
		crossfade.setDuration(0.5);
		many.setTransition(crossfade);
		for (int i = 0; i < 200; i++) {
			Fixtures.shot(many, "Many" + i, 3.3, null);
		}

		CutPlan plan = plan();

		assertEquals(new FrameRate(24000, 1001), plan.rate());
		assertCutIsConsistent(plan);
		// The last shot starts where the timeline says, to the nearest frame: 100 + 199 * 2.8 s.
		CutEntry last = entry(plan, "Many199");
		assertEquals(Math.round((100 + 199 * 2.8) * 24000 / 1001.0), plan.rate().frames(last.getRecord()));
		assertEquals(Math.round((100 + 199 * 2.8 + 3.3) * 24000 / 1001.0), plan.rate().frames(last.recordOut()));
	}

	@Test
	void at25FpsAHalfSecondCrossfadeAlternatesBetween12And13Frames() {
		script.getSettings().getFormat().setFps(25);

		CutPlan plan = plan();

		// 19.5 s is frame 487.5, so 488; Hallway ends at frame 500.
		assertEquals(12, plan.rate().frames(entry(plan, "Bleachers").getTransition().getDuration()));
		assertEquals(788, plan.rate().frames(entry(plan, "Bleachers").recordOut()), "31.5 s is frame 787.5");
		assertCutIsConsistent(plan);
	}

	@Test
	void withoutAFrameRateTheCutIsTimedAt24Fps() {
		script.getSettings().setFormat(null);

		CutPlan plan = plan();

		assertEquals(new FrameRate(24, 1), plan.rate());
		assertEquals(1, plan.warnings(Kind.NO_FRAME_RATE).size());
	}

	@Test
	void withoutALedgerEveryShotIsHeldOnBlack() {
		CutPlan plan = CutPlanner.plan(script, null);

		assertEquals(5, plan.cut().getEntries().size());
		assertTrue(plan.cut().getEntries().stream().allMatch(entry -> entry.getTakeId() == null));
		assertEquals(5, plan.warnings(Kind.MISSING).size());
	}

	@Test
	void aBarPositionWithAnotherMeterMovesTheSequence() {
		BarPosition bar = (BarPosition) script.getSequences().get(2).getPosition();
		bar.setBeat(3);

		CutPlan plan = plan();

		// bar 33 beat 3 at 100 bpm: 130 beats * 0.6 s = 78 s
		assertEquals(78.0, entry(plan, "Credits").getRecord(), EPSILON);
	}

	// ---------------------------------------------------------------- helpers

	private CutPlan plan() {
		return CutPlanner.plan(script, ledger);
	}

	private static CutEntry entry(CutPlan plan, String shotName) {
		return plan.cut().getEntries().stream().filter(entry -> shotName.equals(entry.getShotName())).findFirst()
				.orElseThrow(() -> new AssertionError("no entry for " + shotName));
	}

	private Take take(String id, String shotName, TakeState state, String finishedAt) {
		Take take = Fixtures.take(ledger, id, shotName, state);
		take.setFinishedAt(finishedAt == null ? null : Date.from(Instant.parse(finishedAt)));
		return take;
	}

	private static void dip(Sequence sequence, double seconds) {
		Transition dip = Fixtures.F.createTransition();
		dip.setKind(TransitionKind.DIP);
		dip.setDuration(seconds);
		sequence.setTransition(dip);
	}

	/**
	 * The promises of CutPlanner's documentation: whole frames, song order, overlaps only where
	 * a crossfade says so and exactly as long, dips and crossfades within the entries they join,
	 * with a frame of each entry left to itself.
	 */
	static void assertCutIsConsistent(CutPlan plan) {
		FrameRate rate = plan.rate();
		List<CutEntry> entries = plan.cut().getEntries();
		long previousHead = 0;
		for (int i = 0; i < entries.size(); i++) {
			CutEntry entry = entries.get(i);
			String what = entry.getShotName();
			for (double time : new double[] { entry.getRecord(), entry.getSourceIn(), entry.getSourceOut() }) {
				double frames = time * rate.numerator() / rate.denominator();
				assertEquals(Math.rint(frames), frames, 1e-6, what + ": " + time + " s is not a whole frame");
			}
			long record = rate.frames(entry.getRecord());
			long length = rate.frames(entry.getSourceOut()) - rate.frames(entry.getSourceIn());
			assertTrue(record >= 0 && length > 0, what + " has a place and a length");
			assertTrue(entry.rangesAreValid(null, null), what);
			Transition transition = entry.getTransition();
			long head = 0;
			if (i > 0) {
				CutEntry before = entries.get(i - 1);
				long beforeRecord = rate.frames(before.getRecord());
				long beforeEnd = rate.frames(before.recordOut());
				assertTrue(beforeRecord < record, what + " follows " + before.getShotName() + " in song order");
				long beforeLength = beforeEnd - beforeRecord;
				if (transition == null) {
					assertTrue(beforeEnd <= record, before.getShotName() + " overlaps " + what + " without crossfade");
				} else {
					long frames = rate.frames(transition.getDuration());
					assertTrue(frames > 0, what + ": a transition lasts");
					assertNotNull(transition.getKind());
					if (transition.getKind() == TransitionKind.CROSSFADE) {
						assertEquals(record + frames, beforeEnd, what + ": the crossfade is the overlap");
						assertTrue(beforeRecord + previousHead < record, before.getShotName()
								+ ": the crossfade into it ends before the one out of it begins");
						head = frames;
					} else {
						assertEquals(TransitionKind.DIP, transition.getKind());
						assertTrue(beforeEnd <= record, what + ": a dip does not overlap");
						assertTrue(previousHead + frames / 2 < beforeLength, before.getShotName() + " holds its fade out");
						head = frames - frames / 2;
					}
					assertTrue(head < length, what + " holds its fade in and a frame of its own");
				}
			} else {
				assertNull(transition, "the first entry joins nothing");
			}
			previousHead = head;
		}
	}
}
