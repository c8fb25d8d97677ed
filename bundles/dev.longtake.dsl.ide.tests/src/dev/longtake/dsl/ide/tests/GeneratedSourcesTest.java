package dev.longtake.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.longtake.dsl.Shots;
import dev.longtake.dsl.ide.ShotsIdeModule;

/**
 * The content assist parser in src-gen comes from the grammar of dev.longtake.dsl: the generator
 * records the grammar's and workflow's SHA-256 in both bundles; a forgotten regeneration (or a
 * regeneration of one bundle only) fails here.
 */
class GeneratedSourcesTest {

	@Test
	void srcGenWasGeneratedFromTheGrammarTheLanguageBundleShips() throws Exception {
		assertEquals(read(Shots.class, "generated-from.sha256"), read(ShotsIdeModule.class, "generated-from.sha256"),
				"src-gen of dev.longtake.dsl.ide is stale: run ./mvnw -q -f releng/dev.longtake.dsl.codegen/pom.xml compile exec:java");
	}

	private static String read(Class<?> beside, String name) throws IOException {
		try (InputStream in = beside.getResourceAsStream(name)) {
			if (in == null) {
				throw new IOException(name + " is not beside " + beside.getName());
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
