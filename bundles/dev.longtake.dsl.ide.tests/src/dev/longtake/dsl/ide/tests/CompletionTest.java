package dev.longtake.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.CompletionItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Completion over the protocol in a draft that is being written: the names come from the other
 * file of the project (cast.shots), backends from the language's registry.
 */
class CompletionTest {

	@TempDir
	static Path folder;

	static LspSession lsp;

	private static final java.util.concurrent.atomic.AtomicInteger DRAFTS = new java.util.concurrent.atomic.AtomicInteger();

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

	/** Completion at the end of the draft text (a new file of the project). */
	private static List<CompletionItem> atEndOf(String draft) throws Exception {
		String file = "draft" + DRAFTS.incrementAndGet() + ".shots";
		lsp.open(file, draft);
		return lsp.complete(file, LspSession.position(draft, draft.length()));
	}

	private static List<String> labelsAtEndOf(String draft) throws Exception {
		return LspSession.labels(atEndOf(draft));
	}

	@Test
	void afterStyleTheStylesOfTheProject() throws Exception {
		List<String> labels = labelsAtEndOf("sequence Draft {\n    shot New 5s style ");
		assertTrue(labels.containsAll(List.of("Vintage", "Noir")), labels.toString());
		assertFalse(labels.contains("Ernest"), labels.toString());
	}

	@Test
	void afterAnApproachThePlaces() throws Exception {
		List<String> labels = labelsAtEndOf("sequence Draft {\n    shot New 5s {\n        0s into ");
		assertTrue(labels.containsAll(List.of("Corridor", "Classroom", "Field")), labels.toString());
		assertFalse(labels.contains("Vintage"), labels.toString());
	}

	@Test
	void afterWithTheCast() throws Exception {
		List<String> labels = labelsAtEndOf("sequence Draft {\n    shot New 5s {\n        0s in Field with Lane, ");
		assertTrue(labels.containsAll(List.of("Ernest", "Lane")), labels.toString());
		assertFalse(labels.contains("Field"), labels.toString());
	}

	@Test
	void afterContinuesTheShots() throws Exception {
		List<String> labels = labelsAtEndOf("sequence Draft {\n    shot New 5s continues ");
		assertTrue(labels.containsAll(List.of("Hallway", "Bleachers")), labels.toString());
	}

	@Test
	void afterBackendTheBackendsTheLanguageKnows() throws Exception {
		List<CompletionItem> items = atEndOf("sequence Draft {\n    shot New 5s backend ");
		CompletionItem animatic = items.stream().filter(i -> i.getLabel().equals("animatic")).findFirst()
				.orElseThrow(() -> new AssertionError(LspSession.labels(items).toString()));
		assertEquals("backend, up to 60 s", animatic.getDetail());
		List<String> inProject = labelsAtEndOf("project \"P\" {\n    backend ");
		assertTrue(inProject.contains("animatic"), inProject.toString());
	}

	@Test
	void atTheStartOfAShotCameraMovesAndKeywords() throws Exception {
		List<String> labels = labelsAtEndOf("sequence Draft {\n    shot New 5s {\n        ");
		assertTrue(labels.contains("camera slow push-in"), labels.toString());
		assertTrue(labels.contains("camera dolly forward, continuous"), labels.toString());
		assertTrue(labels.containsAll(List.of("from", "in", "into", "through", "out", "with")), labels.toString());
	}

	@Test
	void atTheTopTheKeywordsThatStartADeclarationAndNoPunctuation() throws Exception {
		List<String> labels = labelsAtEndOf("style Dreamy \"soft focus\"\n");
		assertTrue(labels.containsAll(List.of("project", "style", "character", "location", "sequence")),
				labels.toString());
		assertTrue(labels.stream().allMatch(l -> Character.isLetter(l.charAt(0))), labels.toString());
	}

	@Test
	void aPrefixNarrowsTheProposals() throws Exception {
		List<String> labels = labelsAtEndOf("sequence Draft {\n    shot New 5s {\n        0s in Field with Er");
		assertEquals(List.of("Ernest"), labels);
	}

	@Test
	void afterABudgetAmountCurrencies() throws Exception {
		List<String> labels = labelsAtEndOf("project \"P\" {\n    budget 650 ");
		assertTrue(labels.containsAll(List.of("USD", "EUR")), labels.toString());
	}
}
