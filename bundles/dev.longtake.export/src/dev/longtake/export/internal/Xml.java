package dev.longtake.export.internal;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes indented XML made of elements and attributes (no text content), escaping attribute
 * values fully: markup characters, line breaks (which readers would fold into spaces), and
 * characters XML 1.0 cannot hold at all (replaced by U+FFFD).
 */
final class Xml {

	private final Writer out;
	private int depth;

	Xml(Writer out) {
		this.out = out;
	}

	void declaration(String doctype) throws IOException {
		out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		if (doctype != null) {
			out.write("<!DOCTYPE " + doctype + ">\n");
		}
	}

	/** Opens an element; attributes are name, value pairs, a null value leaves one out. */
	void start(String name, String... attributes) throws IOException {
		tag(name, attributes);
		out.write(">\n");
		depth++;
	}

	void empty(String name, String... attributes) throws IOException {
		tag(name, attributes);
		out.write("/>\n");
	}

	void end(String name) throws IOException {
		depth--;
		indent();
		out.write("</" + name + ">\n");
	}

	private void tag(String name, String... attributes) throws IOException {
		if (attributes.length % 2 != 0) {
			throw new IllegalArgumentException("attributes come in name, value pairs");
		}
		indent();
		out.write('<');
		out.write(name);
		for (int i = 0; i < attributes.length; i += 2) {
			if (attributes[i + 1] != null) {
				out.write(' ');
				out.write(attributes[i]);
				out.write("=\"");
				out.write(escape(attributes[i + 1]));
				out.write('"');
			}
		}
	}

	private void indent() throws IOException {
		for (int i = 0; i < depth; i++) {
			out.write("    ");
		}
	}

	static String escape(String value) {
		StringBuilder escaped = new StringBuilder(value.length() + 16);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '&' -> escaped.append("&amp;");
			case '<' -> escaped.append("&lt;");
			case '>' -> escaped.append("&gt;");
			case '"' -> escaped.append("&quot;");
			case '\'' -> escaped.append("&apos;");
			case '\t' -> escaped.append("&#9;");
			case '\n' -> escaped.append("&#10;");
			case '\r' -> escaped.append("&#13;");
			default -> {
				if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
					escaped.append(c).append(value.charAt(++i));
				} else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
					escaped.append('\uFFFD');
				} else {
					escaped.append(c);
				}
			}
			}
		}
		return escaped.toString();
	}
}
