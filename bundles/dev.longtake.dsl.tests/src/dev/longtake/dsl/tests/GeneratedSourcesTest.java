package dev.longtake.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.longtake.dsl.Shots;

/**
 * src-gen is generated from the grammar and the workflow and committed: it must be regenerated
 * (releng/dev.longtake.dsl.codegen) whenever either changes. The generator records their
 * SHA-256 in src-gen; this fails when they differ from the grammar and workflow the bundle holds.
 */
class GeneratedSourcesTest {

	@Test
	void srcGenWasGeneratedFromTheGrammarAndWorkflowInSrc() throws Exception {
		String recorded = read("generated-from.sha256");
		StringBuilder actual = new StringBuilder();
		for (String input : List.of("Shots.xtext", "GenerateShots.mwe2")) {
			actual.append(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(input))))
					.append("  ").append(input).append('\n');
		}
		assertEquals(actual.toString(), recorded,
				"src-gen is stale: run ./mvnw -q -f releng/dev.longtake.dsl.codegen/pom.xml compile exec:java");
	}

	private static String read(String name) throws IOException {
		return new String(bytes(name), java.nio.charset.StandardCharsets.UTF_8);
	}

	private static byte[] bytes(String name) throws IOException {
		try (InputStream in = Shots.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IOException("dev/longtake/dsl/" + name + " is not in the bundle");
			}
			return in.readAllBytes();
		}
	}
}
