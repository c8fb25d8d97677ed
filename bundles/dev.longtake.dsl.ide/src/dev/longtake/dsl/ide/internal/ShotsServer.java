package dev.longtake.dsl.ide.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;

import dev.longtake.dsl.ide.CompletionBeforeBuild;
import dev.longtake.dsl.ide.CompletionBeforeBuild.Edit;
import dev.longtake.dsl.ide.CompletionBeforeBuild.Mapping;
import dev.longtake.dsl.ide.internal.ShotsContentAssistService.IndexedDocument;

/**
 * Xtext's language server, with completion that does not wait for the build.
 * <p>
 * Xtext answers a request only after the build that the last change started (parse, link and
 * validate the whole changed file, then its dependants): in a 2,000-shot script, completion sent
 * right after a keystroke waited one to four seconds. Here every open document is also parsed on
 * its own, in the background, when it opens and whenever its text has stayed unchanged for a
 * moment; that resource is never touched by the builds. Completion is answered at once from the
 * newest of those parses, the cursor mapped through the edits made since (see
 * {@link CompletionBeforeBuild}); when the edits leave the older text unable to answer (the
 * cursor's line changed before the cursor otherwise than by typing a name), or nothing is parsed
 * yet, it waits for the build as Xtext does, and the text is parsed at once for the next
 * request.
 * <p>
 * (Keeping that resource up to date by Xtext's partial parsing, {@code XtextResource.update},
 * was tried and measured slower: each update re-links and re-collects the errors of the whole
 * 2 MB model, 0.9-1.6 s a keystroke at the benchmark's load.)
 */
public class ShotsServer extends LanguageServerImpl {

	/** A document as the client has sent it, and its newest parse of our own. */
	private static final class Tracked {
		Document current;
		/** The edits since the text of {@link #parsed}; {@link #dropped} edits before them are gone. */
		final List<Edit> edits = new ArrayList<>();
		int dropped;
		Parsed parsed;
		/** The parse waiting for the text to stay unchanged. */
		java.util.concurrent.ScheduledFuture<?> waiting;
	}

	/** A parse of one text of a document: its resource and the edit count the text had. */
	private record Parsed(Document document, IndexedDocument indexed, XtextResource resource, int edits) {
	}

	private static final java.util.concurrent.atomic.AtomicLong EARLY = new java.util.concurrent.atomic.AtomicLong();

	/** How many completions the servers of this JVM answered without waiting for a build (tests, benchmarks). */
	public static long answeredBeforeBuild() {
		return EARLY.get();
	}

	/** How long the text must stay unchanged before it is parsed again for completion. */
	private static final long QUIET_MILLIS = 400;

	private final Map<URI, Tracked> documents = new ConcurrentHashMap<>();
	private final java.util.concurrent.ScheduledExecutorService parser = Executors
			.newSingleThreadScheduledExecutor(daemon("shots completion parser"));
	private final ExecutorService completer = Executors.newSingleThreadExecutor(daemon("shots completion"));

	private static java.util.concurrent.ThreadFactory daemon(String name) {
		return runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		};
	}

	@Override
	public void didOpen(DidOpenTextDocumentParams params) {
		super.didOpen(params);
		URI uri = getURI(params.getTextDocument());
		Tracked tracked = new Tracked();
		tracked.current = new Document(params.getTextDocument().getVersion(), params.getTextDocument().getText());
		documents.put(uri, tracked);
		parseLater(uri, tracked, 0);
	}

	@Override
	public void didChange(DidChangeTextDocumentParams params) {
		super.didChange(params);
		URI uri = getURI(params.getTextDocument());
		Tracked tracked = documents.get(uri);
		if (tracked == null) {
			return;
		}
		synchronized (tracked) {
			String text = tracked.current.getContents();
			for (TextDocumentContentChangeEvent change : params.getContentChanges()) {
				String inserted = change.getText() == null ? "" : change.getText();
				if (change.getRange() == null) {
					tracked.edits.add(new Edit(0, text.length(), inserted.length()));
					text = inserted;
				} else {
					int start = offset(text, change.getRange().getStart());
					int end = Math.max(start, offset(text, change.getRange().getEnd()));
					tracked.edits.add(new Edit(start, end - start, inserted.length()));
					text = text.substring(0, start) + inserted + text.substring(end);
				}
			}
			tracked.current = new Document(params.getTextDocument().getVersion(), text);
		}
		parseLater(uri, tracked, QUIET_MILLIS);
	}

	@Override
	public void didClose(DidCloseTextDocumentParams params) {
		super.didClose(params);
		documents.remove(getURI(params.getTextDocument()));
	}

	/**
	 * Parses the document's newest text after it has stayed unchanged for a while: while the user
	 * types, completion maps the cursor through the edits instead, and the processor is left to
	 * the build (parsing 2 MB after every keystroke slowed everything down).
	 */
	private void parseLater(URI uri, Tracked tracked, long delayMillis) {
		synchronized (tracked) {
			if (tracked.waiting != null) {
				tracked.waiting.cancel(false);
			}
			tracked.waiting = parser.schedule(() -> {
				try {
					parse(uri);
				} catch (RuntimeException e) {
					// completion waits for the build then, as Xtext's does
				}
			}, delayMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
		}
	}

	/** Parses the newest text of the document, unless it is parsed already. */
	private void parse(URI uri) {
		Tracked tracked = documents.get(uri);
		if (tracked == null) {
			return;
		}
		Document document;
		int edits;
		synchronized (tracked) {
			document = tracked.current;
			edits = tracked.dropped + tracked.edits.size();
			if (tracked.parsed != null && tracked.parsed.document() == document) {
				return;
			}
		}
		ProjectManager project = getWorkspaceManager().getProjectManager(uri);
		if (project == null || project.getIndexState() == null) {
			return;
		}
		XtextResourceSet resourceSet = project.createNewResourceSet(project.getIndexState().getResourceDescriptions());
		XtextResource resource = (XtextResource) resourceSet.createResource(uri);
		if (resource == null) {
			return;
		}
		try {
			resource.load(new ByteArrayInputStream(document.getContents().getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			return;
		}
		Parsed parsed = new Parsed(document, new IndexedDocument(document), resource, edits);
		synchronized (tracked) {
			if (documents.get(uri) != tracked) {
				return;
			}
			int drop = edits - tracked.dropped;
			if (drop < 0 || drop > tracked.edits.size()) {
				return;
			}
			tracked.edits.subList(0, drop).clear();
			tracked.dropped = edits;
			tracked.parsed = parsed;
		}
	}

	@Override
	public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
		URI uri = getURI(params);
		Tracked tracked = documents.get(uri);
		if (tracked == null) {
			return super.completion(params);
		}
		Document current;
		Parsed parsed;
		List<Edit> edits;
		synchronized (tracked) {
			current = tracked.current;
			parsed = tracked.parsed;
			edits = List.copyOf(tracked.edits);
		}
		if (parsed == null) {
			parseLater(uri, tracked, 0);
			return super.completion(params);
		}
		return CompletableFuture.supplyAsync(() -> {
			try {
				return completeBeforeBuild(uri, current, parsed, edits, params.getPosition());
			} catch (RuntimeException e) {
				return null;
			}
		}, completer).thenCompose(list -> {
			if (list != null) {
				return CompletableFuture.completedFuture(Either.forRight(list));
			}
			parseLater(uri, tracked, 0); // the next completion on this line can then answer early
			return super.completion(params);
		});
	}

	/** Completion in the parsed text, its edits moved to the current one; null when it cannot. */
	private CompletionList completeBeforeBuild(URI uri, Document current, Parsed parsed, List<Edit> edits,
			Position position) {
		int cursor = offset(current.getContents(), position);
		Mapping mapping = CompletionBeforeBuild.map(parsed.document().getContents(), current.getContents(), edits,
				cursor);
		ContentAssistService service = getService(uri, ContentAssistService.class);
		if (mapping == null || service == null) {
			return null;
		}
		CompletionParams asked = new CompletionParams();
		asked.setTextDocument(new org.eclipse.lsp4j.TextDocumentIdentifier(uri.toString()));
		asked.setPosition(parsed.indexed().getPosition(mapping.offset()));
		CompletionList list = service.createCompletionList(parsed.document(), parsed.resource(), asked,
				CancelIndicator.NullImpl);
		EARLY.incrementAndGet();
		if (parsed.document() == current) {
			return list;
		}
		// the parsed text's prefix [start, offset) is [start + shift, cursor - typed) now, and the
		// proposal replaces it and the characters typed since
		String older = parsed.document().getContents();
		String typed = mapping.typed().toLowerCase(Locale.ROOT);
		int shift = cursor - mapping.typed().length() - mapping.offset();
		Map<Integer, Position> positions = new HashMap<>();
		Position end = position(current.getContents(), cursor);
		List<CompletionItem> items = new ArrayList<>();
		for (CompletionItem item : list.getItems()) {
			if (item.getTextEdit() == null || !item.getTextEdit().isLeft()) {
				if (typed.isEmpty()) {
					items.add(item);
				}
				continue;
			}
			TextEdit edit = item.getTextEdit().getLeft();
			int start = parsed.indexed().getOffSet(edit.getRange().getStart());
			if (start > mapping.offset()) {
				continue;
			}
			String prefix = (older.substring(start, mapping.offset()) + typed).toLowerCase(Locale.ROOT);
			if (!typed.isEmpty() && !edit.getNewText().toLowerCase(Locale.ROOT).startsWith(prefix)) {
				continue;
			}
			Position from = positions.computeIfAbsent(start + shift, at -> position(current.getContents(), at));
			edit.setRange(new Range(from, end));
			items.add(item);
		}
		list.setItems(items);
		return list;
	}

	/**
	 * The offset of a position (lines found with {@code indexOf}: Xtext's {@link Document} walks
	 * the text a character at a time, milliseconds in a 2 MB script, several times a keystroke).
	 */
	static int offset(String text, Position position) {
		int at = 0;
		for (int line = 0; line < position.getLine(); line++) {
			int newline = text.indexOf('\n', at);
			if (newline < 0) {
				return text.length();
			}
			at = newline + 1;
		}
		return Math.min(text.length(), at + position.getCharacter());
	}

	/** The position of an offset (as {@link #offset(String, Position)}). */
	static Position position(String text, int offset) {
		int line = 0;
		int at = 0;
		while (true) {
			int newline = text.indexOf('\n', at);
			if (newline < 0 || newline >= offset) {
				return new Position(line, offset - at);
			}
			line++;
			at = newline + 1;
		}
	}
}
