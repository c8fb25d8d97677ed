package dev.longtake.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.longtake.model.util.FrameRate;

/** Frame rates as exact fractions, and times converted to frames and back without drift. */
class FrameRateTest {

	@ParameterizedTest
	@CsvSource({ "23.976, 24000, 1001", "23.98, 24000, 1001", "29.97, 30000, 1001", "59.94, 60000, 1001",
			"24, 24, 1", "25, 25, 1", "30, 30, 1", "12.5, 25, 2" })
	void aScriptsFpsIsTheRateItMeans(double fps, long numerator, long denominator) {
		assertEquals(new FrameRate(numerator, denominator), FrameRate.of(fps));
	}

	@Test
	void aRateIsKeptInLowestTerms() {
		assertEquals(new FrameRate(25, 1), new FrameRate(50, 2));
		assertEquals("24000/1001", new FrameRate(48000, 2002).toString());
		assertEquals("25", new FrameRate(25, 1).toString());
	}

	@Test
	void framesConvertToSecondsAndBackExactlyHoweverFarIntoTheFilm() {
		FrameRate ntsc = FrameRate.of(23.976);
		for (long frames = 0; frames < 10_000_000; frames += 9_973) {
			assertEquals(frames, ntsc.frames(ntsc.seconds(frames)));
		}
		assertEquals(1001.0 / 24000, ntsc.seconds(1));
	}

	@Test
	void aTimeBetweenFramesGoesToTheNearestAndHalvesRoundUp() {
		FrameRate pal = new FrameRate(25, 1);
		assertEquals(488, pal.frames(19.5));
		assertEquals(12, new FrameRate(24, 1).frames(0.5));
		assertEquals(12, FrameRate.of(23.976).frames(0.5), "11.988 frames");
		assertEquals(3, pal.frames(0.1 + 0.02), "3.0000000000000004 frames");
	}

	@Test
	void timecodeCountsWholeFramesPerSecond() {
		assertEquals(24, FrameRate.of(23.976).timecodeBase());
		assertEquals(30, FrameRate.of(29.97).timecodeBase());
		assertEquals(25, FrameRate.of(25).timecodeBase());
		assertTrue(FrameRate.of(25).isWhole());
		assertFalse(FrameRate.of(23.976).isWhole());
	}

	@Test
	void aRateIsAboveZero() {
		assertThrows(IllegalArgumentException.class, () -> FrameRate.of(0));
		assertThrows(IllegalArgumentException.class, () -> FrameRate.of(Double.NaN));
		assertThrows(IllegalArgumentException.class, () -> new FrameRate(24, 0));
	}
}
