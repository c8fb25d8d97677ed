package dev.longtake.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.dsl.ide.CompletionBeforeBuild;
import dev.longtake.dsl.ide.CompletionBeforeBuild.Edit;
import dev.longtake.dsl.ide.CompletionBeforeBuild.Mapping;
import dev.longtake.dsl.ide.internal.ShotsServer;

/**
 * Completion sent right after keystrokes, over the protocol: the server answers from its last
 * parse of the document, the cursor mapped through the edits made since, without waiting for
 * the build the keystrokes started; the answers are those of the new text.
 */
class CompletionWhileTypingTest {

	@TempDir
	static Path folder;

	static LspSession lsp;

	private static String text;
	private static int version = 1;

	@BeforeAll
	static void start() throws Exception {
		Film.write(folder);
		lsp = LspSession.start(folder);
		text = lsp.open("script.shots");
	}

	@AfterAll
	static void stop() throws Exception {
		lsp.shutdownAndExit();
		lsp.close();
	}

	/** Inserts text at an offset as one incremental change, as an editor sends a keystroke. */
	private static void type(int offset, String inserted) {
		Position at = LspSession.position(text, offset);
		text = text.substring(0, offset) + inserted + text.substring(offset);
		lsp.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(lsp.uri("script.shots"), ++version),
				List.of(new TextDocumentContentChangeEvent(new Range(at, at), inserted))));
	}

	/**
	 * Waits until the server answers completion from a parse of its own (asking again and again
	 * at the offset; the other test classes' servers in this JVM count too, so the counter alone
	 * cannot say it).
	 */
	private static void awaitOwnParse(int offset) throws Exception {
		long end = System.nanoTime() + LspSession.TIMEOUT.toNanos();
		while (true) {
			long before = ShotsServer.answeredBeforeBuild();
			lsp.complete("script.shots", LspSession.position(text, offset));
			if (ShotsServer.answeredBeforeBuild() > before) {
				return;
			}
			if (System.nanoTime() > end) {
				throw new AssertionError("the server never answered from its own parse");
			}
			Thread.sleep(20);
		}
	}

	@Test
	void aNameTypedAfterWithIsCompletedFromTheCastWithoutWaitingForTheBuild() throws Exception {
		int lineEnd = text.indexOf('\n', text.indexOf("\"Ernest sits alone"));
		type(lineEnd, "\n        6s in Field with ");
		int cursor = text.indexOf("6s in Field with ") + "6s in Field with ".length();
		awaitOwnParse(cursor);
		long early = ShotsServer.answeredBeforeBuild();

		// two keystrokes, then completion at once, and a change after the cursor on another line
		type(cursor, "L");
		type(cursor + 1, "a");
		type(text.indexOf("\"Lane slips Ernest") + 1, "x");
		cursor = text.indexOf("6s in Field with La") + "6s in Field with La".length();
		List<CompletionItem> items = lsp.complete("script.shots", LspSession.position(text, cursor));

		assertEquals(List.of("Lane"), LspSession.labels(items), "the cast that starts with La");
		assertEquals(early + 1, ShotsServer.answeredBeforeBuild(), "not answered from the server's own parse");
		String completed = LspSession.apply(text, List.of(items.get(0).getTextEdit().getLeft()));
		assertTrue(completed.contains("6s in Field with Lane\n"), completed);
	}

	@Test
	void linesAddedAboveTheCursorAreInThePositionsOfTheAnswer() throws Exception {
		type(text.indexOf("sequence HighSchool"), "// a comment\n// another\n");
		awaitOwnParse(text.indexOf("into Classroom") + 5);
		long early = ShotsServer.answeredBeforeBuild();
		type(text.indexOf("sequence HighSchool"), "// one more line above\n");
		int cursor = text.indexOf("into Classroom") + 5;
		List<CompletionItem> items = lsp.complete("script.shots", LspSession.position(text, cursor));
		assertEquals(early + 1, ShotsServer.answeredBeforeBuild(), "not answered from the server's own parse");

		List<String> labels = LspSession.labels(items);
		assertTrue(labels.containsAll(List.of("Corridor", "Classroom", "Field")), labels.toString());
		CompletionItem classroom = items.stream().filter(i -> i.getLabel().equals("Classroom")).findFirst().get();
		assertEquals(LspSession.position(text, cursor), classroom.getTextEdit().getLeft().getRange().getStart());
	}

	@Test
	void theCursorIsMappedThroughTheEditsOrNotWhenItsLineChangedBeforeIt() {
		String older = "shot A 5s {\n    in Field with \n}\n";
		// typed "Er" at the cursor after "with ", then a line inserted above
		String current = "// new\nshot A 5s {\n    in Field with Er\n}\n";
		int withEnd = older.indexOf("with ") + 5;
		List<Edit> edits = List.of(new Edit(withEnd, 0, 2), new Edit(0, 0, 7));
		assertEquals(new Mapping(withEnd, "Er"),
				CompletionBeforeBuild.map(older, current, edits, current.indexOf("with Er") + 7));
		assertEquals(new Mapping(older.indexOf("in Field"), ""),
				CompletionBeforeBuild.map(older, current, edits, current.indexOf("in Field")));

		// a word before the cursor on its line replaced: the older text cannot answer
		String renamed = "shot A 5s {\n    in Yard with \n}\n";
		List<Edit> rename = List.of(new Edit(older.indexOf("Field"), 5, 4));
		assertNull(CompletionBeforeBuild.map(older, renamed, rename, renamed.indexOf("with ") + 5));
		// nor after typing more than a name
		String typedWith = "shot A 5s {\n    in Field with \n    with \n}\n";
		assertNull(CompletionBeforeBuild.map(older, typedWith,
				List.of(new Edit(older.indexOf("\n}"), 0, 10)), typedWith.lastIndexOf("with ") + 5));
		// a change after the cursor does not matter
		assertEquals(new Mapping(older.indexOf("in ") + 3, ""),
				CompletionBeforeBuild.map(older, renamed, rename, renamed.indexOf("in ") + 3));
	}
}
