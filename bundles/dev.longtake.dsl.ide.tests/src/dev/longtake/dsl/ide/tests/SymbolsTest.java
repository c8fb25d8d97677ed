package dev.longtake.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outline (document symbols) and the semantic tokens of a script. */
class SymbolsTest {

	@TempDir
	static Path folder;

	static LspSession lsp;

	@BeforeAll
	static void start() throws Exception {
		Film.write(folder);
		lsp = LspSession.start(folder);
		lsp.open("script.shots");
		lsp.open("cast.shots");
	}

	@AfterAll
	static void stop() throws Exception {
		lsp.shutdownAndExit();
		lsp.close();
	}

	private static List<DocumentSymbol> symbols(String file) throws Exception {
		List<Either<SymbolInformation, DocumentSymbol>> result = lsp.server.getTextDocumentService()
				.documentSymbol(new DocumentSymbolParams(lsp.document(file)))
				.get(LspSession.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		return result.stream().map(Either::getRight).toList();
	}

	private static String outline(List<DocumentSymbol> symbols, String indent) {
		StringBuilder text = new StringBuilder();
		for (DocumentSymbol symbol : symbols) {
			text.append(indent).append(symbol.getKind()).append(' ').append(symbol.getName());
			if (symbol.getDetail() != null && !symbol.getDetail().isEmpty()) {
				text.append(" (").append(symbol.getDetail()).append(')');
			}
			text.append('\n').append(outline(symbol.getChildren(), indent + "  "));
		}
		return text.toString();
	}

	@Test
	void theOutlineOfAScriptIsItsSequencesAndTheirShots() throws Exception {
		assertEquals("""
				Namespace HighSchool (at 0 s)
				  Class Hallway (20 s)
				  Class Bleachers (12 s)
				""", outline(symbols("script.shots"), ""));
	}

	@Test
	void theOutlineOfACastFileIsItsStylesCastAndPlaces() throws Exception {
		assertEquals("""
				TypeParameter Vintage (shot on 35mm film, 1980s, warm grain)
				TypeParameter Noir (black and white, hard shadows)
				Variable Ernest (a young man, curly brown hair, denim jacket)
				Variable Lane (a young woman, red hair, yellow knit sweater)
				Struct Corridor (a crowded high-school corridor)
				Struct Classroom (a sunlit classroom with wooden desks)
				Struct Field (a football field at dusk)
				""", outline(symbols("cast.shots"), ""));
	}

	@Test
	void theNameOfTheSymbolIsSelected() throws Exception {
		DocumentSymbol hallway = symbols("script.shots").get(0).getChildren().get(0);
		assertEquals(LspSession.at(Film.SCRIPT, "Hallway"), hallway.getSelectionRange().getStart());
	}

	/** One decoded semantic token: where, how long, its type and modifiers by name. */
	record Token(int line, int column, int length, String type, List<String> modifiers) {
	}

	private static List<Token> tokens(String file) throws Exception {
		SemanticTokens tokens = lsp.server.getTextDocumentService()
				.semanticTokensFull(new SemanticTokensParams(lsp.document(file)))
				.get(LspSession.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		List<String> types = lsp.initialized.getCapabilities().getSemanticTokensProvider().getLegend().getTokenTypes();
		List<String> modifiers = lsp.initialized.getCapabilities().getSemanticTokensProvider().getLegend()
				.getTokenModifiers();
		List<Token> decoded = new ArrayList<>();
		List<Integer> data = tokens.getData();
		int line = 0;
		int column = 0;
		for (int i = 0; i < data.size(); i += 5) {
			if (data.get(i) > 0) {
				column = 0;
			}
			line += data.get(i);
			column += data.get(i + 1);
			List<String> mods = new ArrayList<>();
			for (int bit = 0; bit < modifiers.size(); bit++) {
				if ((data.get(i + 4) & (1 << bit)) != 0) {
					mods.add(modifiers.get(bit));
				}
			}
			decoded.add(new Token(line, column, data.get(i + 2), types.get(data.get(i + 3)), mods));
		}
		return decoded;
	}

	private static Token tokenAt(List<Token> tokens, String text, String marker) {
		var at = LspSession.at(text, marker);
		return tokens.stream().filter(t -> t.line() == at.getLine() && t.column() == at.getCharacter()).findFirst()
				.orElseThrow(() -> new AssertionError("no token at '" + marker + "': " + tokens));
	}

	@Test
	void semanticTokensTellDeclarationsReferencesKeywordsNumbersAndTexts() throws Exception {
		List<Token> tokens = tokens("script.shots");
		String text = Film.SCRIPT;
		assertEquals(new Token(6, 9, 7, "class", List.of("declaration")), tokenAt(tokens, text, "Hallway"));
		assertEquals("keyword", tokenAt(tokens, text, "shot Hallway").type());
		assertEquals("number", tokenAt(tokens, text, "20s").type());
		assertEquals("type", tokenAt(tokens, text, "Vintage").type());
		assertEquals(List.of(), tokenAt(tokens, text, "Vintage").modifiers());
		assertEquals("struct", tokenAt(tokens, text, "Corridor").type());
		assertEquals("variable", tokenAt(tokens, text, "Ernest, Lane").type());
		assertEquals("string", tokenAt(tokens, text, "\"the camera glides").type());
		assertEquals("keyword", tokenAt(tokens, text, "camera dolly").type());
		assertEquals(new Token(7, 15, "dolly forward, continuous".length(), "string", List.of()),
				tokenAt(tokens, text, "dolly forward"));
		assertEquals("enumMember", tokenAt(tokens, text, "animatic").type());
		assertEquals("namespace", tokenAt(tokens, text, "HighSchool").type());
		assertTrue(tokens.stream().noneMatch(t -> t.length() <= 0));
	}

	@Test
	void commentsAreTokensToo() throws Exception {
		assertEquals("comment", tokenAt(tokens("cast.shots"), Film.CAST, "// the cast").type());
	}
}
