package dev.longtake.dsl.internal;

import java.math.BigDecimal;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Turns the language's numbers, times and sizes into model values and back. Every failure is
 * a {@link ValueConverterException} whose message the editor and {@code longtake check} show at
 * the offending text, in the director's words ("0:75 is not a time: ...").
 */
public class ShotsValueConverters extends DefaultTerminalConverters {

	/** Numbers beyond this many digits are refused rather than turned into infinities. */
	private static final int MAX_DIGITS = 30;

	@ValueConverter(rule = "INT")
	@Override
	public IValueConverter<Integer> INT() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected Integer internalToValue(String string, INode node) {
				try {
					return Integer.valueOf(string);
				} catch (NumberFormatException e) {
					throw new ValueConverterException(shorten(string) + " is too large: whole numbers here go up to "
							+ Integer.MAX_VALUE, node, null);
				}
			}

			@Override
			protected String internalToString(Integer value) {
				if (value < 0) {
					throw new ValueConverterException("A whole number here cannot be negative (" + value + ")", null,
							null);
				}
				return value.toString();
			}
		};
	}

	/** 20s, 0.5s: seconds as a double. */
	@ValueConverter(rule = "Seconds")
	public IValueConverter<Double> Seconds() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected Double internalToValue(String string, INode node) {
				String number = string.endsWith("s") ? string.substring(0, string.length() - 1) : string;
				return decimal(number, string, node).doubleValue();
			}

			@Override
			protected String internalToString(Double value) {
				return Numbers.plain(nonNegativeFinite(value, "A duration")) + "s";
			}
		};
	}

	/** A position on the song: 0:32 or 1:05.5 (minutes:seconds), or 32s. */
	@ValueConverter(rule = "SongTime")
	public IValueConverter<Double> SongTime() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected Double internalToValue(String string, INode node) {
				int colon = string.indexOf(':');
				if (colon < 0) {
					return Seconds().toValue(string, node);
				}
				BigDecimal minutes = decimal(string.substring(0, colon), string, node);
				BigDecimal seconds = decimal(string.substring(colon + 1), string, node);
				if (seconds.compareTo(BigDecimal.valueOf(60)) >= 0) {
					throw new ValueConverterException(string + " is not a time: write minutes:seconds with seconds below 60",
							node, null);
				}
				return minutes.multiply(BigDecimal.valueOf(60)).add(seconds).doubleValue();
			}

			@Override
			protected String internalToString(Double value) {
				return Numbers.clock(nonNegativeFinite(value, "A position on the song"));
			}
		};
	}

	/** 100, 23.976: tempo and frame rate. */
	@ValueConverter(rule = "Decimal")
	public IValueConverter<Double> Decimal() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected Double internalToValue(String string, INode node) {
				return decimal(string, string, node).doubleValue();
			}

			@Override
			protected String internalToString(Double value) {
				return Numbers.plain(nonNegativeFinite(value, "A number"));
			}
		};
	}

	/** 650, 650.50: an amount of money, kept exactly as written. */
	@ValueConverter(rule = "Money")
	public IValueConverter<BigDecimal> Money() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected BigDecimal internalToValue(String string, INode node) {
				return decimal(string, string, node);
			}

			@Override
			protected String internalToString(BigDecimal value) {
				if (value.signum() < 0) {
					throw new ValueConverterException("A budget cannot be negative (" + value.toPlainString() + ")", null,
							null);
				}
				return value.toPlainString();
			}
		};
	}

	@ValueConverter(rule = "Seed")
	public IValueConverter<Long> Seed() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected Long internalToValue(String string, INode node) {
				try {
					return Long.valueOf(string);
				} catch (NumberFormatException e) {
					throw new ValueConverterException("Seed " + shorten(string) + " is too large: a seed goes up to "
							+ Long.MAX_VALUE, node, null);
				}
			}

			@Override
			protected String internalToString(Long value) {
				if (value < 0) {
					throw new ValueConverterException("A seed cannot be negative (" + value + ")", null, null);
				}
				return value.toString();
			}
		};
	}

	/** 1280x: the width of a frame size, written with the x before its height. */
	@ValueConverter(rule = "WIDTH")
	public IValueConverter<Integer> WIDTH() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected Integer internalToValue(String string, INode node) {
				return INT().toValue(string.substring(0, string.length() - 1), node);
			}

			@Override
			protected String internalToString(Integer value) {
				return INT().toString(value) + "x";
			}
		};
	}

	/**
	 * camera dolly forward, continuous: the words after 'camera', single-spaced, without a
	 * trailing // comment (the token runs to the end of the line).
	 */
	@ValueConverter(rule = "CAMERA_MOVE")
	public IValueConverter<String> CAMERA_MOVE() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected String internalToValue(String string, INode node) {
				String move = cameraMove(string);
				if (move.isEmpty()) {
					throw new ValueConverterException(
							"A camera line needs the move after 'camera', such as: camera slow push-in", node, null);
				}
				return move;
			}

			@Override
			protected String internalToString(String value) {
				String move = value.strip().replaceAll("[ \t]+", " ");
				if (move.isEmpty() || move.contains("\n") || move.contains("\r") || move.contains("//")) {
					throw new ValueConverterException(
							"A camera move is one line of words without // (got '" + shorten(value) + "')", null, null);
				}
				return "camera " + move;
			}
		};
	}

	/** The move of a camera line: after 'camera', before any // comment, quotes and extra spaces removed. */
	public static String cameraMove(String line) {
		String move = line.startsWith("camera") ? line.substring("camera".length()) : line;
		int comment = move.indexOf("//");
		if (comment >= 0) {
			move = move.substring(0, comment);
		}
		move = move.strip();
		if (move.length() >= 2 && move.startsWith("\"") && move.endsWith("\"")) {
			move = move.substring(1, move.length() - 1).strip();
		}
		return move.replaceAll("[ \t]+", " ");
	}

	/** The // comment at the end of a camera line, or null. */
	public static String cameraComment(String line) {
		int comment = line.indexOf("//");
		return comment < 0 ? null : line.substring(comment).strip();
	}

	private static BigDecimal decimal(String number, String written, INode node) {
		if (number.isEmpty() || number.length() > MAX_DIGITS) {
			throw new ValueConverterException(
					number.isEmpty() ? "'" + written + "' is not a number" : shorten(written) + " is too large", node,
					null);
		}
		try {
			return new BigDecimal(number);
		} catch (NumberFormatException e) {
			throw new ValueConverterException("'" + shorten(written) + "' is not a number", node, null);
		}
	}

	private static double nonNegativeFinite(Double value, String what) {
		if (value.isNaN() || value.isInfinite() || value < 0) {
			throw new ValueConverterException(what + " must be a number from 0 up (got " + value + ")", null, null);
		}
		return value;
	}

	private static String shorten(String text) {
		return text.length() <= 24 ? text : text.substring(0, 20) + "...";
	}
}
