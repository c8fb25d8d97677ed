package dev.longtake.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Go to definition, find references and rename, across the files of a project. */
class NavigationTest {

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

	@Test
	void aCharacterInABeatGoesToItsDeclarationInTheCastFile() throws Exception {
		Either<List<? extends Location>, List<? extends LocationLink>> result = lsp.server.getTextDocumentService()
				.definition(new DefinitionParams(lsp.document("script.shots"),
						LspSession.after(Film.SCRIPT, "with Ern")))
				.get(LspSession.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		Location location = result.getLeft().get(0);
		assertEquals(lsp.uri("cast.shots"), location.getUri());
		assertEquals(LspSession.at(Film.CAST, "Ernest"), location.getRange().getStart());
	}

	@Test
	void theReferencesOfAPlaceAreItsUsesInEveryFile() throws Exception {
		ReferenceParams params = new ReferenceParams(lsp.document("script.shots"),
				LspSession.after(Film.SCRIPT, "14s out to Fi"), new ReferenceContext(true));
		List<? extends Location> references = lsp.server.getTextDocumentService().references(params)
				.get(LspSession.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		// the declaration in cast.shots and the two uses in script.shots
		assertEquals(3, references.size(), references.toString());
		assertEquals(2, references.stream().filter(r -> r.getUri().equals(lsp.uri("script.shots"))).count());
	}

	@Test
	void renamingACharacterChangesItsDeclarationAndEveryUse() throws Exception {
		WorkspaceEdit edit = lsp.server.getTextDocumentService()
				.rename(new RenameParams(lsp.document("script.shots"), LspSession.after(Film.SCRIPT, "with Ern"),
						"Ernesto"))
				.get(LspSession.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		Map<String, List<TextEdit>> changes = new java.util.HashMap<>();
		if (edit.getChanges() != null) {
			changes.putAll(edit.getChanges());
		}
		if (edit.getDocumentChanges() != null) {
			for (var change : edit.getDocumentChanges()) {
				if (change.isLeft()) {
					changes.put(change.getLeft().getTextDocument().getUri(),
							change.getLeft().getEdits().stream().filter(Either::isLeft).map(Either::getLeft).toList());
				}
			}
		}
		String cast = LspSession.apply(Film.CAST, changes.get(lsp.uri("cast.shots")));
		String script = LspSession.apply(Film.SCRIPT, changes.get(lsp.uri("script.shots")));
		assertTrue(cast.contains("character Ernesto \"a young man"), cast);
		assertEquals(Film.SCRIPT.replace("Ernest,", "Ernesto,").replace("Ernest:", "Ernesto:"), script);
	}
}
