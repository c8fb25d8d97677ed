package dev.longtake.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import dev.longtake.model.BarPosition;
import dev.longtake.model.Beat;
import dev.longtake.model.Script;
import dev.longtake.model.Sequence;
import dev.longtake.model.Shot;
import dev.longtake.model.TransitionKind;

/** Where sequences, shots and beats fall on the song and within their shot. */
class TimelineTest {

	private static final double EPSILON = 1e-9;

	private final Script script = Fixtures.hardestPart();

	@Test
	void aSequenceAtATimeStartsThere() {
		assertEquals(0.0, script.getSequences().get(0).startSeconds());
		assertEquals(32.0, script.getSequences().get(1).startSeconds());
	}

	@Test
	void aBarPositionIsPlacedWithTheProjectTempo() {
		// bar 33 at 100 bpm in 4/4: 32 bars * 4 beats * 0.6 s
		assertEquals(76.8, script.getSequences().get(2).startSeconds(), EPSILON);
		script.getSettings().setBeatsPerBar(3);
		assertEquals(57.6, script.getSequences().get(2).startSeconds(), EPSILON);
	}

	@Test
	void aBarPositionCannotBePlacedWithoutATempo() {
		script.getSettings().unsetTempo();
		assertNull(script.getSequences().get(2).startSeconds());
		assertNull(script.findShot("Credits").songStartSeconds());
	}

	@Test
	void aBarBeatPositionCountsBeatsWithinTheBar() {
		BarPosition position = Fixtures.F.createBarPosition();
		position.setBar(2);
		position.setBeat(3);
		assertEquals((4 + 2) * 0.5, position.toSeconds(120.0, 4), EPSILON);
		assertNull(position.toSeconds(null, 4));
	}

	@Test
	void aSequenceWithoutPositionFollowsThePreviousOne() {
		Sequence coda = Fixtures.sequence(script, "Coda", null);
		Fixtures.shot(coda, "Fade", 4, null);
		Sequence after = Fixtures.sequence(script, "After", null);

		// Finale starts at 76.8 and lasts 6 s
		assertEquals(82.8, coda.startSeconds(), EPSILON);
		assertEquals(86.8, after.startSeconds(), EPSILON);
		assertEquals(86.8, coda.endSeconds(), EPSILON);
	}

	@Test
	void theFirstSequenceWithoutPositionStartsTheSong() {
		script.getSequences().get(0).setPosition(null);
		assertEquals(0.0, script.getSequences().get(0).startSeconds());
	}

	@Test
	void aCrossfadeOverlapsTheShotsItJoins() {
		Sequence highSchool = script.getSequences().get(0);
		assertEquals(20 + 12 - 0.5, highSchool.lengthSeconds(), EPSILON);
		assertEquals(19.5, script.findShot("Bleachers").songStartSeconds(), EPSILON);
		assertEquals(31.5, script.findShot("Bleachers").songEndSeconds(), EPSILON);
	}

	@Test
	void cutsAndDipsDoNotShortenASequence() {
		Sequence highSchool = script.getSequences().get(0);
		highSchool.getTransition().setKind(TransitionKind.DIP);
		assertEquals(32.0, highSchool.lengthSeconds(), EPSILON);
		highSchool.setTransition(null);
		assertEquals(32.0, highSchool.lengthSeconds(), EPSILON);
		assertEquals(20.0, script.findShot("Bleachers").songStartSeconds(), EPSILON);
	}

	@Test
	void aShotEndsItsDurationAfterItStarts() {
		Shot porch = script.findShot("Porch");
		assertEquals(48.0, porch.songStartSeconds(), EPSILON);
		assertEquals(58.0, porch.songEndSeconds(), EPSILON);
	}

	@Test
	void aShotOutsideASequenceHasNoPlaceOnTheSong() {
		Shot loose = Fixtures.F.createShot();
		loose.setDuration(5);
		assertNull(loose.songStartSeconds());
		assertNull(loose.songEndSeconds());
	}

	@Test
	void aBeatEndsWhereTheNextBeginsAndTheLastAtTheShotsEnd() {
		Shot hallway = script.findShot("Hallway");
		Beat first = hallway.getBeats().get(0);
		Beat last = hallway.getBeats().get(2);
		assertEquals(0.0, first.startSeconds());
		assertEquals(7.0, first.endSeconds());
		assertEquals(14.0, last.startSeconds());
		assertEquals(20.0, last.endSeconds());
	}

	@Test
	void aFirstBeatWithoutTimeStartsTheShot() {
		Beat beat = script.findShot("Bleachers").getBeats().get(0);
		assertEquals(0.0, beat.startSeconds());
		assertEquals(12.0, beat.endSeconds());
	}
}
