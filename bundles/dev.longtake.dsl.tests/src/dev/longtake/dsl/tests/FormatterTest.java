package dev.longtake.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.longtake.dsl.ScriptFormatting;
import dev.longtake.model.Script;

/** One canonical layout: four-space blocks, one beat per line, comments kept, idempotent. */
class FormatterTest {

	private static final String MESSY = """
			project   "Messy"{song "media/s.wav"
			tempo 100   bpm ,   3 beats per bar
			    format 1280x720   at 24 fps}
			style   Noir "dark"


			style Warm "warm"
			character Ada "a woman" { reference "refs/a.png"   reference "refs/b.png" }
			location Street "a street"
			sequence   A at   bar 5 . 2 {
			shot One 5s takes 2 { camera   pan    left
			in Street with Ada ,Bo : "walks"
			2.5s "stops" }
			    transition   crossfade   0.5s }
			""";

	private static final String CANONICAL = """
			project "Messy" {
			    song "media/s.wav"
			    tempo 100 bpm, 3 beats per bar
			    format 1280x720 at 24 fps
			}

			style Noir "dark"
			style Warm "warm"

			character Ada "a woman" {
			    reference "refs/a.png"
			    reference "refs/b.png"
			}

			location Street "a street"

			sequence A at bar 5.2 {
			    shot One 5s takes 2 {
			        camera pan left
			        in Street with Ada, Bo: "walks"
			        2.5s "stops"
			    }
			    transition crossfade 0.5s
			}
			""";

	@TempDir
	Path folder;

	@Test
	void aMessyScriptGetsTheCanonicalLayout() {
		assertEquals(CANONICAL, format(MESSY));
	}

	@ParameterizedTest
	@ValueSource(strings = { "spec-example.shots", "all-constructs.shots" })
	void formattingTwiceChangesNothingMore(String resource) {
		String once = format(Scripts.resource(resource));
		assertEquals(once, format(once));
	}

	@Test
	void theCanonicalLayoutIsAFixedPoint() {
		assertEquals(CANONICAL, format(CANONICAL));
	}

	@Test
	void commentsStayWhereTheyAre() {
		String formatted = format(Scripts.specExample());
		List<String> comments = Scripts.specExample().lines().filter(line -> line.contains("//"))
				.map(line -> line.substring(line.indexOf("//"))).toList();
		assertEquals(10, comments.size());
		List<String> kept = formatted.lines().filter(line -> line.contains("//"))
				.map(line -> line.substring(line.indexOf("//"))).toList();
		assertEquals(comments, kept);
		assertTrue(formatted.contains("    song \"media/the-hardest-part.wav\" // the track the cut is laid against\n"),
				formatted);
		assertTrue(formatted.startsWith("// The Hardest Part: a music video in long takes\n\nproject"),
				"a heading comment is followed by a blank line: " + formatted);
	}

	@Test
	void aCameraLineIsSingleSpacedAndKeepsItsComment() {
		String formatted = format("sequence A {\n shot B 5s {\n camera   slow    push-in   //   close\n \"x\"\n}\n}\n");
		assertEquals("sequence A {\n    shot B 5s {\n        camera slow push-in //   close\n        \"x\"\n    }\n}\n",
				formatted, "the comment's own text is the director's");
	}

	@Test
	void formattingKeepsTheScriptsMeaning() throws Exception {
		Script before = Scripts.script(Scripts.load(folder.resolve("before"), Scripts.resource("all-constructs.shots")));
		String formatted = format(Scripts.resource("all-constructs.shots"));
		Script after = Scripts.script(Scripts.load(folder.resolve("after"), formatted));
		assertTrue(EcoreUtil.equals(before, after), formatted);
	}

	@Test
	void aScriptWithSyntaxErrorsIsNotFormatted() {
		ScriptFormatting.Result result = ScriptFormatting.format("sequence A {\n  shot B {\n", folder.resolve("x.shots"));
		assertFalse(result.formatted());
		assertNull(result.text());
		assertEquals(List.of("2: missing the shot's length, such as 20s",
				"2: the file ends too early: expecting '}'"),
				result.syntaxErrors().stream().map(e -> e.line() + ": " + e.message()).toList());
	}

	@Test
	void nothingComesBeforeTheFirstWordButAHeadingComment() {
		assertEquals("style A \"a\"\n", format("\n\n  style A \"a\"\n"));
		assertEquals("// heading\n\nstyle A \"a\"\n", format("// heading\nstyle A \"a\"\n"));
		assertEquals("// heading\n\nstyle A \"a\"\n", format("// heading\n\n\n\nstyle A \"a\"\n"));
	}

	@Test
	void anEmptyScriptStaysEmpty() {
		assertEquals("", format(""));
		assertEquals("// only a comment\n", format("// only a comment\n"));
	}

	private String format(String text) {
		ScriptFormatting.Result result = ScriptFormatting.format(text, folder.resolve("script.shots"));
		assertTrue(result.formatted(), Scripts.describe(result.syntaxErrors()));
		return result.text();
	}
}
