package dev.longtake.dsl.ide.internal;

import java.util.Arrays;

import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Xtext's completion service over a document that converts offsets to positions with an index
 * of its lines. Xtext's {@link Document} converts by scanning the text from its start, and the
 * service converts once per proposal: in the middle of a 2,000-shot script (2 MB) a list of 60
 * places cost 60 scans of a megabyte, most of the time of a completion.
 */
public class ShotsContentAssistService extends ContentAssistService {

	/** The index of the document of the last request: completion asks again and again in one version. */
	private volatile IndexedDocument last;

	@Override
	public CompletionList createCompletionList(Document document, XtextResource resource, CompletionParams params,
			CancelIndicator cancelIndicator) {
		IndexedDocument indexed = last;
		if (indexed == null || indexed.source != document) {
			indexed = new IndexedDocument(document);
			last = indexed;
		}
		return super.createCompletionList(indexed, resource, params, cancelIndicator);
	}

	/** The same document, with the offset of every line's start. */
	static final class IndexedDocument extends Document {
		final Document source;
		private final int[] lineStarts;

		IndexedDocument(Document document) {
			super(document.getVersion(), document.getContents(), document.isPrintSourceOnError());
			this.source = document;
			String text = document.getContents();
			int[] starts = new int[64];
			int lines = 1;
			for (int i = 0; i < text.length(); i++) {
				if (text.charAt(i) == '\n') {
					if (lines == starts.length) {
						starts = Arrays.copyOf(starts, lines * 2);
					}
					starts[lines++] = i + 1;
				}
			}
			lineStarts = Arrays.copyOf(starts, lines);
		}

		@Override
		public Position getPosition(int offset) {
			if (offset < 0 || offset > getContents().length()) {
				return super.getPosition(offset);
			}
			int line = Arrays.binarySearch(lineStarts, offset);
			if (line < 0) {
				line = -line - 2;
			}
			return new Position(line, offset - lineStarts[line]);
		}

		@Override
		public int getOffSet(Position position) {
			int line = position.getLine();
			if (line < 0 || line >= lineStarts.length) {
				return super.getOffSet(position);
			}
			int end = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : getContents().length();
			int offset = lineStarts[line] + position.getCharacter();
			if (position.getCharacter() < 0 || offset > end) {
				return super.getOffSet(position);
			}
			return offset;
		}
	}
}
