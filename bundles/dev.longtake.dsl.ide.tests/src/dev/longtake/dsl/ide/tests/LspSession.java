package dev.longtake.dsl.ide.tests;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

import dev.longtake.dsl.ide.ShotsLanguageServer;

/**
 * A real language server protocol client talking to {@link ShotsLanguageServer} over operating
 * system pipes ({@link Pipe}): every request is JSON-RPC text with Content-Length headers, as an
 * editor sends it. The server runs in this JVM, on the other ends of the pipes.
 */
final class LspSession implements AutoCloseable {

	static final Duration TIMEOUT = Duration.ofSeconds(60);

	final Path root;
	final LanguageServer server;
	final ShotsLanguageServer.Session session;
	final InitializeResult initialized;
	private final Client client;
	private final Pipe toServer;
	private final Pipe toClient;
	private final Future<Void> listening;
	private final Map<String, Integer> versions = new HashMap<>();

	private LspSession(Path root, LanguageServer server, ShotsLanguageServer.Session session, Client client,
			Pipe toServer, Pipe toClient, Future<Void> listening, InitializeResult initialized) {
		this.root = root;
		this.server = server;
		this.session = session;
		this.client = client;
		this.toServer = toServer;
		this.toClient = toClient;
		this.listening = listening;
		this.initialized = initialized;
	}

	/** Starts a server, connects, initializes it on the folder and waits for the first build's diagnostics. */
	static LspSession start(Path root) throws Exception {
		Pipe toServer = Pipe.open();
		Pipe toClient = Pipe.open();
		ShotsLanguageServer.Session session = ShotsLanguageServer
				.start(Channels.newInputStream(toServer.source()), Channels.newOutputStream(toClient.sink()));
		Client client = new Client();
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client,
				Channels.newInputStream(toClient.source()), Channels.newOutputStream(toServer.sink()));
		Future<Void> listening = launcher.startListening();
		LanguageServer server = launcher.getRemoteProxy();

		InitializeParams params = new InitializeParams();
		params.setProcessId((int) ProcessHandle.current().pid());
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(uri(root), root.getFileName().toString())));
		params.setRootUri(uri(root));
		ClientCapabilities capabilities = new ClientCapabilities();
		org.eclipse.lsp4j.WorkspaceClientCapabilities workspace = new org.eclipse.lsp4j.WorkspaceClientCapabilities();
		workspace.setWorkspaceFolders(true);
		capabilities.setWorkspace(workspace);
		TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		text.setDocumentSymbol(symbols);
		capabilities.setTextDocument(text);
		params.setCapabilities(capabilities);
		InitializeResult result = server.initialize(params).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
		return new LspSession(root, server, session, client, toServer, toClient, listening, result);
	}

	static String uri(Path path) {
		return path.toUri().toString();
	}

	String uri(String file) {
		return uri(root.resolve(file));
	}

	/** Opens the file with the given text (not necessarily what is on disk). */
	void open(String file, String text) {
		versions.put(file, 1);
		server.getTextDocumentService()
				.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri(file), "shots", 1, text)));
	}

	/** Opens the file with its text on disk and waits for the diagnostics of the opened text. */
	String open(String file) throws IOException, InterruptedException {
		String text = Files.readString(root.resolve(file), StandardCharsets.UTF_8);
		int before = published(file);
		open(file, text);
		diagnosticsAfter(file, before, d -> true);
		return text;
	}

	/** Replaces the whole text of an open file. */
	void change(String file, String text) {
		int version = versions.merge(file, 1, Integer::sum);
		server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(uri(file), version),
				List.of(new TextDocumentContentChangeEvent(text))));
	}

	TextDocumentIdentifier document(String file) {
		return new TextDocumentIdentifier(uri(file));
	}

	/** Waits until the server has published diagnostics for the file that pass the test. */
	List<Diagnostic> diagnostics(String file, Predicate<List<Diagnostic>> wanted) throws InterruptedException {
		return client.await(uri(file), 0, wanted);
	}

	/** How many times diagnostics of the file have been published so far. */
	int published(String file) {
		return client.published(uri(file));
	}

	/** Waits for diagnostics published after the first {@code after} ones that pass the test. */
	List<Diagnostic> diagnosticsAfter(String file, int after, Predicate<List<Diagnostic>> wanted)
			throws InterruptedException {
		return client.await(uri(file), after, wanted);
	}

	/** The completion items at a position. */
	List<CompletionItem> complete(String file, Position at) throws Exception {
		Either<List<CompletionItem>, CompletionList> result = server.getTextDocumentService()
				.completion(new CompletionParams(document(file), at)).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		return result.isLeft() ? result.getLeft() : result.getRight().getItems();
	}

	/** Sends shutdown then exit; returns the server session's exit code. */
	int shutdownAndExit() throws Exception {
		server.shutdown().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		server.exit();
		return session.awaitExit(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
	}

	/** Closes the client's end of the pipe to the server, as a client that dies does. */
	void disconnect() throws IOException {
		toServer.sink().close();
	}

	@Override
	public void close() throws IOException {
		listening.cancel(true);
		session.close();
		toServer.sink().close();
		toClient.sink().close();
		toServer.source().close();
		toClient.source().close();
	}

	// ---- text helpers -----------------------------------------------------------------------

	/** The position just after the first occurrence of {@code marker} in the text. */
	static Position after(String text, String marker) {
		int index = text.indexOf(marker);
		if (index < 0) {
			throw new IllegalArgumentException("no '" + marker + "' in the text");
		}
		return position(text, index + marker.length());
	}

	/** The position of the first character of {@code marker} in the text. */
	static Position at(String text, String marker) {
		int index = text.indexOf(marker);
		if (index < 0) {
			throw new IllegalArgumentException("no '" + marker + "' in the text");
		}
		return position(text, index);
	}

	static Position position(String text, int offset) {
		int line = 0;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Position(line, offset - lineStart);
	}

	static int offset(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + position.getCharacter();
	}

	/** The text after the edits (non-overlapping, as the protocol requires), applied from the end. */
	static String apply(String text, List<? extends TextEdit> edits) {
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort((a, b) -> Integer.compare(offset(text, b.getRange().getStart()), offset(text, a.getRange().getStart())));
		StringBuilder result = new StringBuilder(text);
		for (TextEdit edit : sorted) {
			result.replace(offset(text, edit.getRange().getStart()), offset(text, edit.getRange().getEnd()),
					edit.getNewText());
		}
		return result.toString();
	}

	static List<String> labels(List<CompletionItem> items) {
		return items.stream().map(CompletionItem::getLabel).toList();
	}

	/** The client side: keeps the latest diagnostics of every file. */
	static final class Client implements LanguageClient {
		private final Map<String, List<Diagnostic>> diagnostics = new HashMap<>();
		private final Map<String, Integer> counts = new HashMap<>();

		@Override
		public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
			diagnostics.put(normal(params.getUri()), params.getDiagnostics());
			counts.merge(normal(params.getUri()), 1, Integer::sum);
			notifyAll();
		}

		synchronized int published(String uri) {
			return counts.getOrDefault(normal(uri), 0);
		}

		synchronized List<Diagnostic> await(String uri, int after, Predicate<List<Diagnostic>> wanted)
				throws InterruptedException {
			long deadline = System.nanoTime() + TIMEOUT.toNanos();
			String key = normal(uri);
			while (true) {
				List<Diagnostic> latest = diagnostics.get(key);
				if (latest != null && counts.getOrDefault(key, 0) > after && wanted.test(latest)) {
					return latest;
				}
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					throw new AssertionError("no diagnostics as wanted for " + uri + " in " + TIMEOUT.toSeconds()
							+ " s; the latest: " + latest);
				}
				wait(Math.max(1, left / 1_000_000));
			}
		}

		private static String normal(String uri) {
			return java.net.URI.create(uri.replace("file:///", "file:/")).normalize().toString();
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams message) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}

		@Override
		public CompletableFuture<Void> registerCapability(RegistrationParams params) {
			return CompletableFuture.completedFuture(null);
		}
	}
}
