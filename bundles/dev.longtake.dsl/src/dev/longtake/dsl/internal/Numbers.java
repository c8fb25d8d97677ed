package dev.longtake.dsl.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as the language and its messages write them: 20, 0.5, 1:05.5. */
public final class Numbers {

	private Numbers() {
	}

	/** 20.0 as "20", 0.50 as "0.5"; non-finite values as Java writes them. */
	public static String plain(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return Double.toString(value);
		}
		if (value == 0) {
			return "0";
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	/** Seconds as minutes:seconds, "0:32", "4:02.5". */
	public static String clock(double seconds) {
		if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
			return Double.toString(seconds);
		}
		boolean negative = seconds < 0;
		BigDecimal total = BigDecimal.valueOf(Math.abs(seconds)).setScale(3, RoundingMode.HALF_UP);
		BigDecimal[] minutesAndSeconds = total.divideAndRemainder(BigDecimal.valueOf(60));
		String secondsPart = minutesAndSeconds[1].stripTrailingZeros().toPlainString();
		if (minutesAndSeconds[1].compareTo(BigDecimal.TEN) < 0) {
			secondsPart = "0" + secondsPart;
		}
		return (negative ? "-" : "") + minutesAndSeconds[0].toBigInteger() + ":" + secondsPart;
	}

	/** Seconds with the unit the messages use: "12 s". */
	public static String seconds(double value) {
		return plain(value) + " s";
	}
}
