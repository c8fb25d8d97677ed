package dev.longtake.export.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a tree of maps, lists, strings, numbers, booleans and nulls as indented JSON. Every
 * character outside printable ASCII is escaped, so the file reads the same in any encoding.
 */
final class Json {

	private static final String INDENT = "    ";

	/** A number written exactly as given (OTIO writes frame counts as 12.0). */
	record Literal(String text) {
	}

	private Json() {
	}

	static void write(Object value, Appendable out) throws IOException {
		write(value, out, 0);
		out.append('\n');
	}

	private static void write(Object value, Appendable out, int depth) throws IOException {
		if (value == null) {
			out.append("null");
		} else if (value instanceof String text) {
			string(text, out);
		} else if (value instanceof Boolean bool) {
			out.append(bool.toString());
		} else if (value instanceof Literal literal) {
			out.append(literal.text());
		} else if (value instanceof Long || value instanceof Integer) {
			out.append(value.toString());
		} else if (value instanceof Double number) {
			if (!Double.isFinite(number)) {
				throw new IllegalArgumentException("JSON has no " + number);
			}
			out.append(number.toString());
		} else if (value instanceof Map<?, ?> map) {
			object(map, out, depth);
		} else if (value instanceof List<?> list) {
			array(list, out, depth);
		} else {
			throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
		}
	}

	private static void object(Map<?, ?> map, Appendable out, int depth) throws IOException {
		if (map.isEmpty()) {
			out.append("{}");
			return;
		}
		out.append("{\n");
		int i = 0;
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			indent(out, depth + 1);
			string((String) entry.getKey(), out);
			out.append(": ");
			write(entry.getValue(), out, depth + 1);
			out.append(++i < map.size() ? ",\n" : "\n");
		}
		indent(out, depth);
		out.append('}');
	}

	private static void array(List<?> list, Appendable out, int depth) throws IOException {
		if (list.isEmpty()) {
			out.append("[]");
			return;
		}
		out.append("[\n");
		for (int i = 0; i < list.size(); i++) {
			indent(out, depth + 1);
			write(list.get(i), out, depth + 1);
			out.append(i + 1 < list.size() ? ",\n" : "\n");
		}
		indent(out, depth);
		out.append(']');
	}

	private static void indent(Appendable out, int depth) throws IOException {
		for (int i = 0; i < depth; i++) {
			out.append(INDENT);
		}
	}

	static void string(String text, Appendable out) throws IOException {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c < 0x20 || c > 0x7e) {
					// Surrogate pairs are written as their two escaped halves, as JSON wants.
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		out.append('"');
	}
}
