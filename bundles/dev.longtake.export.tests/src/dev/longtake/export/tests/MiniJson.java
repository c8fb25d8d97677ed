package dev.longtake.export.tests;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict recursive-descent JSON parser (RFC 8259) written for the tests, so that exported
 * OTIO files are read by something other than the code that wrote them. Objects become
 * LinkedHashMaps (duplicate keys are an error), arrays Lists, numbers BigDecimals.
 */
final class MiniJson {

	private final String text;
	private int at;

	private MiniJson(String text) {
		this.text = text;
	}

	static Object parse(String text) {
		MiniJson parser = new MiniJson(text);
		parser.space();
		Object value = parser.value();
		parser.space();
		if (parser.at != text.length()) {
			throw parser.error("text after the value");
		}
		return value;
	}

	private Object value() {
		if (at >= text.length()) {
			throw error("a value is missing");
		}
		char c = text.charAt(at);
		return switch (c) {
		case '{' -> object();
		case '[' -> array();
		case '"' -> string();
		case 't' -> word("true", Boolean.TRUE);
		case 'f' -> word("false", Boolean.FALSE);
		case 'n' -> word("null", null);
		default -> {
			if (c == '-' || (c >= '0' && c <= '9')) {
				yield number();
			}
			throw error("unexpected '" + c + "'");
		}
		};
	}

	private Map<String, Object> object() {
		Map<String, Object> object = new LinkedHashMap<>();
		expect('{');
		space();
		if (peek('}')) {
			at++;
			return object;
		}
		while (true) {
			space();
			if (!peek('"')) {
				throw error("a key must be a string");
			}
			String key = string();
			space();
			expect(':');
			space();
			if (object.containsKey(key)) {
				throw error("duplicate key " + key);
			}
			object.put(key, value());
			space();
			if (peek(',')) {
				at++;
			} else {
				expect('}');
				return object;
			}
		}
	}

	private List<Object> array() {
		List<Object> array = new ArrayList<>();
		expect('[');
		space();
		if (peek(']')) {
			at++;
			return array;
		}
		while (true) {
			space();
			array.add(value());
			space();
			if (peek(',')) {
				at++;
			} else {
				expect(']');
				return array;
			}
		}
	}

	private String string() {
		expect('"');
		StringBuilder string = new StringBuilder();
		while (true) {
			if (at >= text.length()) {
				throw error("a string is not closed");
			}
			char c = text.charAt(at++);
			if (c == '"') {
				return string.toString();
			}
			if (c < 0x20) {
				throw error("a control character in a string");
			}
			if (c != '\\') {
				string.append(c);
				continue;
			}
			char escape = text.charAt(at++);
			switch (escape) {
			case '"', '\\', '/' -> string.append(escape);
			case 'b' -> string.append('\b');
			case 'f' -> string.append('\f');
			case 'n' -> string.append('\n');
			case 'r' -> string.append('\r');
			case 't' -> string.append('\t');
			case 'u' -> {
				string.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
				at += 4;
			}
			default -> throw error("a bad escape \\" + escape);
			}
		}
	}

	private BigDecimal number() {
		int start = at;
		if (peek('-')) {
			at++;
		}
		if (peek('0')) {
			at++;
		} else {
			digits();
		}
		if (peek('.')) {
			at++;
			digits();
		}
		if (peek('e') || peek('E')) {
			at++;
			if (peek('+') || peek('-')) {
				at++;
			}
			digits();
		}
		return new BigDecimal(text.substring(start, at));
	}

	private void digits() {
		int start = at;
		while (at < text.length() && Character.isDigit(text.charAt(at)) && text.charAt(at) < 128) {
			at++;
		}
		if (at == start) {
			throw error("digits expected");
		}
	}

	private Object word(String word, Object value) {
		if (!text.startsWith(word, at)) {
			throw error("unexpected word");
		}
		at += word.length();
		return value;
	}

	private void space() {
		while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
	}

	private boolean peek(char c) {
		return at < text.length() && text.charAt(at) == c;
	}

	private void expect(char c) {
		if (!peek(c)) {
			throw error("'" + c + "' expected");
		}
		at++;
	}

	private IllegalArgumentException error(String message) {
		return new IllegalArgumentException(message + " at offset " + at);
	}
}
