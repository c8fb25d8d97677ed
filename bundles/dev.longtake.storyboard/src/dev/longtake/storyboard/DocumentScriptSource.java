package dev.longtake.storyboard;

import java.nio.file.Path;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;

/**
 * A script held in a JFace document: how a multi-page {@code .shots} editor shares its text
 * page's document with the board pages. The board's edits go into the document (so the text
 * page shows them at once and its save writes them); the text page's edits reach the board
 * through the document's events.
 *
 * <pre>
 * BoardSession session = BoardSession.open(new DocumentScriptSource(document, file));
 * BoardPages pages = new BoardPages(session, getSite());
 * addPage(pages.createStoryboard(getContainer()));
 * addPage(pages.createTimeline(getContainer()));
 * </pre>
 */
public final class DocumentScriptSource implements ScriptSource {

    private final IDocument document;
    private final Path file;
    private final CopyOnWriteArrayList<Runnable> listeners = new CopyOnWriteArrayList<>();
    private boolean writing;
    private final IDocumentListener documentListener = new IDocumentListener() {
        @Override
        public void documentAboutToBeChanged(DocumentEvent event) {
        }

        @Override
        public void documentChanged(DocumentEvent event) {
            if (!writing) {
                listeners.forEach(Runnable::run);
            }
        }
    };

    public DocumentScriptSource(IDocument document, Path file) {
        this.document = document;
        this.file = file.toAbsolutePath().normalize();
        document.addDocumentListener(documentListener);
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public String text() {
        return document.get();
    }

    @Override
    public void setText(String text) {
        writing = true;
        try {
            String old = document.get();
            int start = 0;
            int oldEnd = old.length();
            int newEnd = text.length();
            while (start < oldEnd && start < newEnd && old.charAt(start) == text.charAt(start)) {
                start++;
            }
            while (oldEnd > start && newEnd > start && old.charAt(oldEnd - 1) == text.charAt(newEnd - 1)) {
                oldEnd--;
                newEnd--;
            }
            // One replacement of the part that differs: the text page keeps its caret and folding.
            document.replace(start, oldEnd - start, text.substring(start, newEnd));
        } catch (org.eclipse.jface.text.BadLocationException e) {
            throw new IllegalStateException(e);
        } finally {
            writing = false;
        }
    }

    @Override
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }

    @Override
    public void dispose() {
        document.removeDocumentListener(documentListener);
    }
}
