package dev.longtake.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.longtake.model.Approach;
import dev.longtake.model.Beat;
import dev.longtake.model.Character;
import dev.longtake.model.Location;
import dev.longtake.model.Script;
import dev.longtake.model.Shot;

/** "A beat may omit its place and cast (it keeps the previous ones)". */
class BeatContinuityTest {

	private final Script script = Fixtures.hardestPart();
	private final Character ernest = script.getCharacters().get(0);
	private final Character lane = script.getCharacters().get(1);
	private final Location corridor = script.getLocations().get(0);
	private final Location classroom = script.getLocations().get(1);
	private final Location field = script.getLocations().get(2);
	private final Location kitchen = script.getLocations().get(3);

	@Test
	void aBeatWithoutCastKeepsTheCastOfThePreviousBeat() {
		List<Beat> beats = script.findShot("Hallway").getBeats();
		assertEquals(List.of(ernest, lane), beats.get(1).effectiveCast());
		assertEquals(List.of(ernest, lane), beats.get(2).effectiveCast());
	}

	@Test
	void aBeatsOwnLocationAndCastWinOverThePreviousOnes() {
		List<Beat> beats = script.findShot("Hallway").getBeats();
		beats.get(1).getCast().add(lane);
		assertSame(classroom, beats.get(1).effectiveLocation());
		assertEquals(List.of(lane), beats.get(1).effectiveCast());
		assertEquals(List.of(lane), beats.get(2).effectiveCast(), "the next beat keeps the newer cast");
	}

	@Test
	void aBeatWithoutLocationKeepsTheLocationOfThePreviousBeat() {
		Shot hallway = script.findShot("Hallway");
		Beat extra = Fixtures.beat(hallway, 17.0, Approach.NONE, null, "the lights flare");
		assertSame(field, extra.effectiveLocation());
		assertEquals(List.of(ernest, lane), extra.effectiveCast());
	}

	@Test
	void theFirstBeatOfAContinuingShotKeepsWhereTheContinuedShotEnds() {
		Beat drift = script.findShot("Porch").getBeats().get(0);
		assertSame(kitchen, drift.effectiveLocation());
		assertEquals(List.of(ernest, lane), drift.effectiveCast());
	}

	@Test
	void aShotThatContinuesNothingStartsWithNoPlaceOrCast() {
		Shot credits = script.findShot("Credits");
		Beat roll = Fixtures.beat(credits, null, Approach.NONE, null, "names roll over black");
		assertNull(roll.effectiveLocation());
		assertTrue(roll.effectiveCast().isEmpty());
		assertNull(roll.previousBeat());
		assertSame(corridor, script.findShot("Hallway").getBeats().get(0).effectiveLocation());
	}

	@Test
	void aContinuationCycleDoesNotHangTheLookUp() {
		Shot kitchenShot = script.findShot("Kitchen");
		Shot porch = script.findShot("Porch");
		kitchenShot.getBeats().get(0).setLocation(null);
		kitchenShot.getBeats().get(0).getCast().clear();
		porch.getBeats().get(0).setLocation(null);
		kitchenShot.setContinues(porch); // Kitchen -> Porch -> Kitchen

		assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
			assertNull(porch.getBeats().get(0).effectiveLocation());
			assertTrue(kitchenShot.getBeats().get(0).effectiveCast().isEmpty());
		});
	}

	@Test
	void theEffectiveCastCannotBeChangedThroughTheReturnedList() {
		Beat beat = script.findShot("Hallway").getBeats().get(1);
		assertThrows(UnsupportedOperationException.class, () -> beat.effectiveCast().clear());
		assertEquals(2, script.findShot("Hallway").getBeats().get(0).getCast().size());
	}
}
