package dev.longtake.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.ServerCapabilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole life of a session over real pipes, as an editor drives it: initialize, open a file,
 * receive its diagnostics, ask for completion, shut down and exit.
 */
class LanguageServerTest {

	@TempDir
	Path folder;

	@Test
	void initializeOpenDiagnosticsCompletionShutdownOverPipes() throws Exception {
		Film.write(folder);
		try (LspSession lsp = LspSession.start(folder)) {
			ServerCapabilities capabilities = lsp.initialized.getCapabilities();
			assertNotNull(capabilities.getCompletionProvider(), "completion");
			assertTrue(capabilities.getHoverProvider().getLeft(), "hover");
			assertTrue(capabilities.getDocumentFormattingProvider().getLeft(), "formatting");
			assertTrue(capabilities.getDocumentSymbolProvider().getLeft(), "symbols");
			assertTrue(capabilities.getSemanticTokensProvider().getLegend().getTokenTypes().contains("class"));

			// the first build of the folder reports the clean script clean
			lsp.diagnostics("script.shots", d -> true);
			String broken = Film.SCRIPT.replace("in Field with Ernest:", "in Field with Ernst:");
			lsp.open("script.shots", broken);
			List<Diagnostic> diagnostics = lsp.diagnostics("script.shots", d -> !d.isEmpty());
			Diagnostic unknown = diagnostics.stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error)
					.findFirst().orElseThrow();
			assertEquals("Unknown character 'Ernst'. Did you mean Ernest?", unknown.getMessage().getLeft());
			assertEquals(LspSession.at(broken, "Ernst:"), unknown.getRange().getStart());

			List<CompletionItem> items = lsp.complete("script.shots", LspSession.at(broken, "Ernst:"));
			assertTrue(LspSession.labels(items).containsAll(List.of("Ernest", "Lane")), LspSession.labels(items).toString());

			lsp.change("script.shots", Film.SCRIPT);
			lsp.diagnostics("script.shots",
					d -> d.stream().noneMatch(x -> x.getSeverity() == DiagnosticSeverity.Error));

			assertEquals(0, lsp.shutdownAndExit(), "exit after shutdown ends the session with 0");
		}
	}

	@Test
	void exitWithoutShutdownEndsTheSessionWithOne() throws Exception {
		Film.write(folder);
		try (LspSession lsp = LspSession.start(folder)) {
			lsp.server.exit();
			assertEquals(1, lsp.session.awaitExit(60, TimeUnit.SECONDS));
			assertTrue(!lsp.session.shutdownRequested());
		}
	}

	@Test
	void theSessionEndsWhenTheClientGoesAway() throws Exception {
		Film.write(folder);
		try (LspSession lsp = LspSession.start(folder)) {
			lsp.disconnect();
			assertEquals(1, lsp.session.awaitExit(60, TimeUnit.SECONDS), "input ended without exit");
		}
	}
}
