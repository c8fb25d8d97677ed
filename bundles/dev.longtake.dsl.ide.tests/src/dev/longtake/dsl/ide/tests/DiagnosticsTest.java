package dev.longtake.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.dsl.validation.ShotsIssueCodes;

/**
 * The language's validation as published diagnostics while typing: exact ranges, the
 * language's messages and codes, and the quick fixes for close names.
 */
class DiagnosticsTest {

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

	/**
	 * The errors of the text once the server has found some. Waiting for errors (not for any
	 * publication) matters: a publication for the previous text may still arrive after the change.
	 */
	private static List<Diagnostic> errorsOf(String text) throws InterruptedException {
		return errorsOnceThey(text, errors -> !errors.isEmpty());
	}

	/** The errors of a text that should have none, once the server has published none. */
	private static List<Diagnostic> errorsOfFixed(String text) throws InterruptedException {
		return errorsOnceThey(text, List::isEmpty);
	}

	private static List<Diagnostic> errorsOnceThey(String text, Predicate<List<Diagnostic>> are)
			throws InterruptedException {
		int before = lsp.published("script.shots");
		lsp.change("script.shots", text);
		return errors(lsp.diagnosticsAfter("script.shots", before, d -> are.test(errors(d))));
	}

	private static List<Diagnostic> errors(List<Diagnostic> diagnostics) {
		return diagnostics.stream().filter(x -> x.getSeverity() == DiagnosticSeverity.Error).toList();
	}

	private static List<CodeAction> fixes(Diagnostic diagnostic) throws Exception {
		CodeActionParams params = new CodeActionParams(lsp.document("script.shots"), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic)));
		List<Either<Command, CodeAction>> actions = lsp.server.getTextDocumentService().codeAction(params)
				.get(LspSession.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		return actions.stream().filter(Either::isRight).map(Either::getRight).toList();
	}

	@Test
	void aMisspelledPlaceIsAnErrorOnItsNameWithTheCloseNameAsQuickFix() throws Exception {
		String text = Film.SCRIPT.replace("7s into Classroom:", "7s into Clasroom:");
		List<Diagnostic> errors = errorsOf(text);
		assertEquals(1, errors.size(), errors.toString());
		Diagnostic error = errors.get(0);
		assertEquals("Unknown location 'Clasroom'. Did you mean Classroom?", error.getMessage().getLeft());
		assertEquals(ShotsIssueCodes.UNKNOWN_NAME, error.getCode().getLeft());
		Position start = LspSession.at(text, "Clasroom");
		assertEquals(new Range(start, new Position(start.getLine(), start.getCharacter() + "Clasroom".length())),
				error.getRange());

		List<CodeAction> fixes = fixes(error);
		assertEquals("Change to 'Classroom'", fixes.get(0).getTitle());
		List<TextEdit> edits = fixes.get(0).getEdit().getChanges().get(lsp.uri("script.shots"));
		String fixed = LspSession.apply(text, edits);
		assertEquals(Film.SCRIPT, fixed);
		assertEquals(List.of(), errorsOfFixed(fixed));
	}

	@Test
	void anUnknownBackendOffersTheBackendsThatExist() throws Exception {
		String text = Film.SCRIPT.replace("shot Bleachers 12s style Noir", "shot Bleachers 12s style Noir backend animatik");
		Diagnostic error = errorsOf(text).get(0);
		assertTrue(error.getMessage().getLeft().contains("animatik"), error.getMessage().getLeft());
		assertEquals(ShotsIssueCodes.UNKNOWN_BACKEND, error.getCode().getLeft());
		List<CodeAction> fixes = fixes(error);
		assertEquals("Change to 'animatic'", fixes.get(0).getTitle());
		assertTrue(LspSession.apply(text, fixes.get(0).getEdit().getChanges().get(lsp.uri("script.shots")))
				.contains("backend animatic {"));
	}

	@Test
	void aBeatAfterTheEndOfItsShotIsAnErrorThere() throws Exception {
		String text = Film.SCRIPT.replace("14s out to Field", "24s out to Field");
		List<Diagnostic> errors = errorsOf(text);
		assertEquals(1, errors.size(), errors.toString());
		assertEquals(LspSession.at(text, "24s out").getLine(), errors.get(0).getRange().getStart().getLine());
	}

	@Test
	void aSyntaxErrorIsReportedWhereItIs() throws Exception {
		String text = Film.SCRIPT.replace("shot Bleachers 12s", "shot Bleachers twelve");
		List<Diagnostic> errors = errorsOf(text);
		assertEquals(LspSession.at(text, "twelve").getLine(), errors.get(0).getRange().getStart().getLine());
	}
}
