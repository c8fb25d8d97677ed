package dev.longtake.dsl.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Scripts are UTF-8: where a file's bytes are not. */
public final class Utf8Text {

	private Utf8Text() {
	}

	/** The offset of the first byte that is not UTF-8, or -1 when all of it is. */
	public static int firstMalformedByte(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			return in.position();
		}
		result = decoder.flush(out);
		return result.isError() ? in.position() : -1;
	}

	/** "This file is not UTF-8 text (byte 12 is not): save it as UTF-8". */
	public static String message(int offset) {
		return "This file is not UTF-8 text (the byte at offset " + offset + " is not): save it as UTF-8";
	}
}
