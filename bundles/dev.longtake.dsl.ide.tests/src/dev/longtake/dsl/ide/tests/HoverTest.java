package dev.longtake.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.dsl.ShotsProject;
import dev.longtake.dsl.prompt.GenerationRequest;

/** Hover shows what a shot will send (its compiled prompt), and what a name stands for. */
class HoverTest {

	@TempDir
	static Path folder;

	static LspSession lsp;

	@BeforeAll
	static void start() throws Exception {
		Film.write(folder);
		lsp = LspSession.start(folder);
		lsp.open("script.shots");
	}

	@AfterAll
	static void stop() throws Exception {
		lsp.shutdownAndExit();
		lsp.close();
	}

	private static String hover(Position at) throws Exception {
		Hover hover = lsp.server.getTextDocumentService().hover(new HoverParams(lsp.document("script.shots"), at))
				.get(LspSession.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		if (hover == null || hover.getContents() == null || !hover.getContents().isRight()) {
			return "";
		}
		return hover.getContents().getRight().getValue();
	}

	@Test
	void overAShotNameTheCompiledPromptAndTheRequest() throws Exception {
		String text = hover(LspSession.after(Film.SCRIPT, "shot Hall"));
		// exactly what longtake prompt prints for the shot
		ShotsProject project = ShotsProject.load(folder);
		List<GenerationRequest> requests = project.requests().stream().filter(r -> r.shotName().equals("Hallway"))
				.toList();
		assertEquals(2, requests.size());
		assertTrue(text.startsWith("**shot Hallway** · 20 s · backend `animatic` · 1280x720 at 24 fps · 2 takes"), text);
		assertTrue(text.contains("```text\n" + requests.get(0).prompt() + "\n```"), text);
		assertTrue(requests.get(0).prompt().contains("35mm film, 1980s, warm grain"), requests.get(0).prompt());
		assertTrue(text.contains("Seed of take 1: 7"), text);
		assertTrue(text.contains("Request hash of take 1: `" + requests.get(0).hash() + "`"), text);
	}

	@Test
	void overACharacterUsedInABeatItsDescription() throws Exception {
		String text = hover(LspSession.after(Film.SCRIPT, "in Corridor with Ern"));
		assertEquals("**character Ernest**\n\na young man, curly brown hair, denim jacket", text);
	}

	@Test
	void overAPlaceAndAStyleTheirText() throws Exception {
		assertEquals("**location Classroom**\n\na sunlit classroom with wooden desks",
				hover(LspSession.after(Film.SCRIPT, "into Class")));
		assertEquals("**style Noir**\n\nblack and white, hard shadows", hover(LspSession.after(Film.SCRIPT, "style No")));
	}

	@Test
	void overASequenceItsShotsAndLength() throws Exception {
		assertEquals("**sequence HighSchool** · 2 shots · 32 s", hover(LspSession.after(Film.SCRIPT, "sequence High")));
	}

	@Test
	void overAKeywordNothing() throws Exception {
		assertEquals("", hover(LspSession.after(Film.SCRIPT, "transi")));
	}
}
