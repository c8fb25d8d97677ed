package dev.longtake.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.dsl.ScriptFormatting;

/** Formatting over the protocol gives the canonical layout of {@code longtake format}. */
class FormattingTest {

	@TempDir
	static Path folder;

	static LspSession lsp;

	@BeforeAll
	static void start() throws Exception {
		Film.write(folder);
		lsp = LspSession.start(folder);
	}

	@AfterAll
	static void stop() throws Exception {
		lsp.shutdownAndExit();
		lsp.close();
	}

	private static List<? extends TextEdit> format(String file) throws Exception {
		return lsp.server.getTextDocumentService()
				.formatting(new DocumentFormattingParams(lsp.document(file), new FormattingOptions(4, true)))
				.get(LspSession.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
	}

	@Test
	void formattingGivesTheCanonicalLayoutAndKeepsComments() throws Exception {
		String messy = """
				project "Test Film" {   format 1280x720 at 24 fps
				backend animatic }
				// the only sequence
				sequence HighSchool at 0:00 { shot Hallway 20s style Vintage takes 2 {
				  camera dolly forward
				0s in Corridor with Ernest,Lane : "glide"   // first beat
				 7s into Classroom: "a note" }
				transition crossfade 0.5s }
				""";
		Film.write(folder, "messy.shots", messy);
		lsp.open("messy.shots", messy);
		String formatted = LspSession.apply(messy, format("messy.shots"));
		String canonical = ScriptFormatting.format(messy, folder.resolve("messy.shots")).text();
		assertNotEquals(messy, canonical);
		assertEquals(canonical, formatted);
		lsp.change("messy.shots", formatted);
		assertEquals(formatted, LspSession.apply(formatted, format("messy.shots")), "formatting twice changes nothing");
	}
}
