package dev.longtake.model.util;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * A frame rate as an exact fraction of frames per second (24/1, 25/1, 24000/1001, ...), so that
 * frame counts and times convert without drift. Times in the model are seconds as doubles; a
 * cut is frame-exact because every time in it is a whole number of frames at this rate.
 *
 * @param numerator   frames, above 0
 * @param denominator per this many seconds, above 0
 */
public record FrameRate(long numerator, long denominator) {

	/** The NTSC family: k * 1000/1001 frames per second, written 23.976, 29.97, 59.94, ... */
	private static final int[] NTSC_BASES = { 24, 30, 48, 60, 120 };

	public FrameRate {
		if (numerator <= 0 || denominator <= 0) {
			throw new IllegalArgumentException("a frame rate is above 0 (" + numerator + "/" + denominator + ")");
		}
		long gcd = BigInteger.valueOf(numerator).gcd(BigInteger.valueOf(denominator)).longValue();
		numerator /= gcd;
		denominator /= gcd;
	}

	/**
	 * The rate a script means by its fps: 23.976 (or 23.98) is 24000/1001, 29.97 is 30000/1001,
	 * and so on for the NTSC family; a whole number is itself; any other value is taken as the
	 * exact decimal it is written as (12.5 is 25/2).
	 */
	public static FrameRate of(double fps) {
		if (!(fps > 0) || Double.isInfinite(fps)) {
			throw new IllegalArgumentException("a frame rate is above 0 (" + fps + ")");
		}
		for (int base : NTSC_BASES) {
			if (Math.abs(fps - base * 1000.0 / 1001.0) < 0.005) {
				return new FrameRate(base * 1000L, 1001);
			}
		}
		if (Math.abs(fps - Math.rint(fps)) < 1e-9) {
			return new FrameRate(Math.round(fps), 1);
		}
		BigDecimal exact = BigDecimal.valueOf(fps).stripTrailingZeros();
		return new FrameRate(exact.unscaledValue().longValueExact(), BigInteger.TEN.pow(exact.scale()).longValueExact());
	}

	/** Frames per second as a double, for display and for formats that store it so. */
	public double fps() {
		return (double) numerator / denominator;
	}

	/** The frame nearest to the time (halves round up); exact for times this rate produced. */
	public long frames(double seconds) {
		if (!Double.isFinite(seconds)) {
			throw new IllegalArgumentException("not a time: " + seconds);
		}
		return BigDecimal.valueOf(seconds).multiply(BigDecimal.valueOf(numerator))
				.divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP).longValueExact();
	}

	/** The time at which the frame starts, as the double nearest to the exact fraction. */
	public double seconds(long frames) {
		return (double) (frames * denominator) / numerator;
	}

	/**
	 * The whole frames that make one second of timecode: 24 for 24000/1001, the rate itself
	 * for whole rates. Non-drop-frame timecode counts frames at this base.
	 */
	public int timecodeBase() {
		return (int) Math.max(1, Math.round(fps()));
	}

	/** True for a whole number of frames per second. */
	public boolean isWhole() {
		return denominator == 1;
	}

	@Override
	public String toString() {
		return denominator == 1 ? Long.toString(numerator) : numerator + "/" + denominator;
	}
}
