package dev.longtake.dsl.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceStore;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ISynchronizable;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ICharacterPairMatcher;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.validation.Issue;

import dev.longtake.dsl.ScriptEditing;
import dev.longtake.dsl.ScriptFormatting;
import dev.longtake.dsl.ui.internal.IssueAnnotation;
import dev.longtake.dsl.ui.internal.ProblemMarkers;
import dev.longtake.dsl.ui.internal.ScriptAnalyzer;
import dev.longtake.dsl.ui.internal.ScriptElements;
import dev.longtake.dsl.ui.internal.ScriptSnapshot;
import dev.longtake.dsl.ui.internal.ShotsCodeScanner;
import dev.longtake.dsl.ui.internal.ShotsOutlinePage;
import dev.longtake.dsl.ui.internal.ShotsPartitions;
import dev.longtake.dsl.ui.internal.ShotsSourceViewerConfiguration;
import dev.longtake.model.NamedElement;

/**
 * The editor of shot scripts ({@code .shots}): a JFace text editor over the language runtime of
 * {@code dev.longtake.dsl} (its parser, linker, validator, formatter and serializer, through its
 * Guice injector). While typing, the text is analysed with the other scripts of its folder after
 * a short pause and the findings shown as annotations; on save they become Problems-view markers.
 * Outline, hover, completion, quick fixes, format, comment toggling, bracket matching and rename
 * work on the last analysis.
 */
public class ShotsEditor extends TextEditor {

	/** The editor's id in {@code org.eclipse.ui.editors}. */
	public static final String ID = "dev.longtake.dsl.ui.ShotsEditor";

	/** The key binding context active in the editor. */
	public static final String CONTEXT = "dev.longtake.dsl.ui.shotsEditorScope";

	private static final String BRACKETS_ENABLED = "dev.longtake.dsl.ui.matchingBrackets";
	private static final String BRACKETS_COLOR = "dev.longtake.dsl.ui.matchingBracketsColor";
	private static final String BRACKETS_AT_CARET = "dev.longtake.dsl.ui.highlightBracketAtCaret";
	private static final String BRACKETS_ENCLOSING = "dev.longtake.dsl.ui.enclosingBrackets";

	/** A name as the grammar's ID terminal writes it. */
	private static final Pattern NAME = Pattern.compile("\\^?[A-Za-z_][A-Za-z0-9_]*");

	private final ICharacterPairMatcher brackets = new DefaultCharacterPairMatcher(
			new char[] { '{', '}', '(', ')', '[', ']' }, ShotsPartitions.PARTITIONING, true);
	private final AtomicLong analyses = new AtomicLong();
	private volatile ScriptSnapshot snapshot;
	private volatile String markedText;
	private ShotsOutlinePage outline;

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		PreferenceStore own = new PreferenceStore();
		own.setDefault(BRACKETS_ENABLED, true);
		own.setDefault(BRACKETS_COLOR, "150,150,150");
		own.setDefault(BRACKETS_AT_CARET, false);
		own.setDefault(BRACKETS_ENCLOSING, false);
		IPreferenceStore preferences = new ChainedPreferenceStore(
				new IPreferenceStore[] { own, EditorsUI.getPreferenceStore() });
		setPreferenceStore(preferences);
		setSourceViewerConfiguration(
				new ShotsSourceViewerConfiguration(preferences, new Reconcile(), this::snapshot, this::annotationModel));
		setEditorContextMenuId("#ShotsEditorContext");
		setRulerContextMenuId("#ShotsRulerContext");
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { CONTEXT });
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		super.doSetInput(input);
		if (getDocumentProvider() != null && input != null) {
			IDocument document = getDocumentProvider().getDocument(input);
			if (document != null) {
				ShotsPartitions.install(document);
			}
		}
	}

	@Override
	protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
		super.configureSourceViewerDecorationSupport(support);
		support.setCharacterPairMatcher(brackets);
		support.setMatchingCharacterPainterPreferenceKeys(BRACKETS_ENABLED, BRACKETS_COLOR, BRACKETS_AT_CARET,
				BRACKETS_ENCLOSING);
	}

	@Override
	protected void createActions() {
		super.createActions();
		IAction assist = new Action("Content Assist") {
			@Override
			public void run() {
				ISourceViewer viewer = getSourceViewer();
				if (viewer instanceof ITextOperationTarget target
						&& target.canDoOperation(ISourceViewer.CONTENTASSIST_PROPOSALS)) {
					target.doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
				}
			}
		};
		assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
		setAction("ContentAssistProposal", assist);
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (IContentOutlinePage.class.equals(adapter)) {
			if (outline == null) {
				outline = new ShotsOutlinePage(region -> selectAndReveal(region.getOffset(), region.getLength()));
				ScriptSnapshot current = snapshot;
				if (current != null) {
					outline.update(current);
				}
			}
			return adapter.cast(outline);
		}
		return super.getAdapter(adapter);
	}

	/** Repaints the text when a script colour changes in Window > Preferences > Longtake > Editor Colours. */
	private final org.eclipse.jface.util.IPropertyChangeListener colours = event -> {
		if (dev.longtake.dsl.ui.internal.ShotsColours.isScriptColour(event.getProperty())) {
			org.eclipse.jface.text.source.ISourceViewer viewer = getSourceViewer();
			if (viewer != null && viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()) {
				viewer.invalidateTextPresentation();
			}
		}
	};

	@Override
	public void createPartControl(org.eclipse.swt.widgets.Composite parent) {
		super.createPartControl(parent);
		org.eclipse.jface.resource.JFaceResources.getColorRegistry().addListener(colours);
	}

	@Override
	public void dispose() {
		org.eclipse.jface.resource.JFaceResources.getColorRegistry().removeListener(colours);
		outline = null;
		super.dispose();
	}

	@Override
	protected void performSave(boolean overwrite, IProgressMonitor monitor) {
		super.performSave(overwrite, monitor);
		ScriptSnapshot current = snapshot;
		IDocument document = document();
		if (current != null && document != null && current.isOf(document.get()) && !isDirty()) {
			mark(current);
		}
		// otherwise the analysis of the saved text, still to come, marks it
	}

	// --- what tests and commands use ---------------------------------------------------------

	/** The last analysis of the text, or null before the first. */
	public ScriptSnapshot snapshot() {
		return snapshot;
	}

	/** How many analyses have been published. */
	public long analyses() {
		return analyses.get();
	}

	/** The source viewer (for tests and handlers). */
	public ISourceViewer viewer() {
		return getSourceViewer();
	}

	/** The matcher of {@code {} () []}. */
	public ICharacterPairMatcher bracketMatcher() {
		return brackets;
	}

	/** The document being edited. */
	public IDocument document() {
		return getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput());
	}

	/** The outline page, once the Outline view asked for it. */
	public ShotsOutlinePage outlinePage() {
		return outline;
	}

	/** The script's file on disk, or null. */
	public Path path() {
		IEditorInput input = getEditorInput();
		if (input instanceof IFileEditorInput fileInput && fileInput.getFile().getLocation() != null) {
			return fileInput.getFile().getLocation().toPath();
		}
		if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
			return Path.of(uriInput.getURI());
		}
		return null;
	}

	private IFile file() {
		return getEditorInput() instanceof IFileEditorInput fileInput ? fileInput.getFile() : null;
	}

	/**
	 * Puts the text in the canonical layout of {@code longtake format}, as one undoable change.
	 *
	 * @return whether it could (a script with syntax errors is left alone and the status line says why)
	 */
	public boolean format() {
		IDocument document = document();
		String text = document.get();
		Path file = path() == null ? Path.of("script.shots") : path();
		ScriptFormatting.Result result = ScriptFormatting.format(text, file);
		if (!result.formatted()) {
			var first = result.syntaxErrors().get(0);
			setStatusLineErrorMessage("Not formatted: line " + first.line() + ": " + first.message());
			return false;
		}
		setStatusLineErrorMessage(null);
		replaceChanged(document, text, result.text());
		return true;
	}

	/** Comments the selected lines out with {@code //}, or back in when all of them are comments. */
	public void toggleComment() {
		IDocument document = document();
		ITextSelection selection = (ITextSelection) getSelectionProvider().getSelection();
		try {
			int first = document.getLineOfOffset(selection.getOffset());
			int end = selection.getOffset() + selection.getLength();
			int last = document.getLineOfOffset(end);
			if (last > first && selection.getLength() > 0 && document.getLineOffset(last) == end) {
				last--; // a selection ending at a line's start does not take that line
			}
			int start = document.getLineOffset(first);
			IRegion lastLine = document.getLineInformation(last);
			int stop = lastLine.getOffset() + lastLine.getLength();
			String[] lines = document.get(start, stop - start).split("\n", -1);
			boolean commented = true;
			for (String line : lines) {
				if (!line.isBlank() && !line.stripLeading().startsWith("//")) {
					commented = false;
				}
			}
			StringBuilder replaced = new StringBuilder();
			for (int i = 0; i < lines.length; i++) {
				String line = lines[i];
				if (commented) {
					int at = line.indexOf("//");
					replaced.append(at < 0 ? line : line.substring(0, at) + line.substring(at + 2));
				} else {
					replaced.append(line.isBlank() && lines.length > 1 ? line : "//" + line);
				}
				if (i < lines.length - 1) {
					replaced.append('\n');
				}
			}
			document.replace(start, stop - start, replaced.toString());
			selectAndReveal(start, replaced.length());
		} catch (BadLocationException e) {
			// the selection is outside the text: nothing to toggle
		}
	}

	/**
	 * Rename (Alt+Shift+R): asks for the new name of what is named at the cursor and renames it
	 * everywhere ({@link #rename(int, String)}). The name is found in an analysis of the text as
	 * it is now: right after the editor opened, or while the text is being analysed after a
	 * change, the last published analysis is missing or of another text.
	 */
	public void renameAtCursor() {
		if (!(getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return;
		}
		int offset = selection.getOffset();
		String text = document().get();
		ScriptSnapshot analysis = snapshot;
		if (analysis == null || !analysis.isOf(text)) {
			analysis = analyzeNow(text);
		}
		ScriptElements.NameAt at = analysis == null ? null : ScriptElements.nameAt(analysis.resource(), offset);
		org.eclipse.swt.widgets.Shell shell = getSite().getShell();
		if (at == null) {
			org.eclipse.jface.dialogs.MessageDialog.openInformation(shell, "Rename",
					"Put the cursor on the name of a character, location, style, shot or sequence.");
			return;
		}
		String current = at.element().getName();
		org.eclipse.jface.dialogs.InputDialog dialog = new org.eclipse.jface.dialogs.InputDialog(shell, "Rename",
				"New name (every use in the film's scripts changes with it):", current,
				name -> name.strip().equals(current) ? "" : null);
		if (dialog.open() != org.eclipse.jface.window.Window.OK) {
			return;
		}
		try {
			rename(offset, dialog.getValue().strip());
		} catch (IllegalArgumentException e) {
			org.eclipse.jface.dialogs.MessageDialog.openError(shell, "Rename", e.getMessage());
		} catch (CoreException | IOException | RuntimeException e) {
			org.eclipse.jface.dialogs.MessageDialog.openError(shell, "Rename", "Rename failed: " + e.getMessage());
			org.eclipse.core.runtime.ILog.of(ShotsEditor.class).log(Status.error("Rename failed", e));
		}
	}

	/**
	 * Renames the character, location, style, shot or sequence whose name is at the offset
	 * (where it is defined or where it is used), in this script and in the folder's other
	 * scripts, through the language's serializer: only the names change, comments and layout
	 * stay. Other files are changed in their open editors, or saved when none has them open.
	 *
	 * @return the files changed
	 * @throws IllegalArgumentException when nothing renameable is at the offset or the name is
	 *                                  not a free, valid name
	 */
	public List<Path> rename(int offset, String newName) throws CoreException, IOException {
		IDocument document = document();
		String text = document.get();
		ScriptSnapshot fresh = analyzeNow(text);
		ScriptElements.NameAt at = fresh == null ? null : ScriptElements.nameAt(fresh.resource(), offset);
		if (at == null) {
			throw new IllegalArgumentException("No character, location, style, shot or sequence is named here");
		}
		String problem = checkNewName(fresh, at.element(), newName);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		NamedElement element = at.element();
		List<ScriptEditing.FileChange> changes = ScriptEditing.edit(element.eResource(), () -> element.setName(newName));
		List<Path> changed = new ArrayList<>();
		Path self = path();
		for (ScriptEditing.FileChange change : changes) {
			Path file = change.file() == null ? null : change.file().toAbsolutePath().normalize();
			if (file == null || change.oldText().equals(change.newText())) {
				continue;
			}
			if (file.equals(self == null ? null : self.toAbsolutePath().normalize())
					|| self == null && change.uri().equals(fresh.resource().getURI())) {
				replaceChanged(document, document.get(), change.newText());
			} else {
				writeOther(file, change);
			}
			changed.add(file);
		}
		return changed;
	}

	/** What is wrong with a new name for the element, or null when it is fine. */
	public String checkNewName(ScriptSnapshot analysis, NamedElement element, String newName) {
		if (newName == null || !NAME.matcher(newName).matches()) {
			return "A name is a letter or _ followed by letters, digits and _";
		}
		if (ShotsCodeScanner.keywords().contains(newName)) {
			return "'" + newName + "' is a word of the language and cannot be a name";
		}
		Class<? extends NamedElement> kind = element.eClass().getInstanceClass().asSubclass(NamedElement.class);
		for (NamedElement other : analysis.all(kind)) {
			if (other != element && newName.equals(other.getName())) {
				return "There is already a " + ScriptElements.kind(other) + " named " + newName;
			}
		}
		return null;
	}

	/** A fresh analysis of the text, not published (rename changes its model). */
	private ScriptSnapshot analyzeNow(String text) {
		return ScriptAnalyzer.analyze(path(), text, ShotsEditor::openText, () -> false);
	}

	private static void writeOther(Path file, ScriptEditing.FileChange change) throws CoreException, IOException {
		IFile[] inWorkspace = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri());
		if (inWorkspace.length == 0) {
			Files.writeString(file, change.newText(), StandardCharsets.UTF_8);
			return;
		}
		IFile other = inWorkspace[0];
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		buffers.connect(other.getFullPath(), LocationKind.IFILE, null);
		try {
			ITextFileBuffer buffer = buffers.getTextFileBuffer(other.getFullPath(), LocationKind.IFILE);
			boolean wasDirty = buffer.isDirty();
			replaceChanged(buffer.getDocument(), buffer.getDocument().get(), change.newText());
			if (!wasDirty) {
				buffer.commit(null, true);
			}
		} finally {
			buffers.disconnect(other.getFullPath(), LocationKind.IFILE, null);
		}
	}

	/** The unsaved text of another script open in an editor, or null to read it from disk. */
	static String openText(Path file) {
		try {
			IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri());
			for (IFile candidate : files) {
				ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager()
						.getTextFileBuffer(candidate.getFullPath(), LocationKind.IFILE);
				if (buffer != null) {
					return buffer.getDocument().get();
				}
			}
		} catch (RuntimeException e) {
			// no workspace (a plain test): read from disk
		}
		return null;
	}

	/** Replaces only the part of the document that differs: one undoable change, the rest untouched. */
	public static void replaceChanged(IDocument document, String oldText, String newText) {
		int start = 0;
		int max = Math.min(oldText.length(), newText.length());
		while (start < max && oldText.charAt(start) == newText.charAt(start)) {
			start++;
		}
		int oldEnd = oldText.length();
		int newEnd = newText.length();
		while (oldEnd > start && newEnd > start && oldText.charAt(oldEnd - 1) == newText.charAt(newEnd - 1)) {
			oldEnd--;
			newEnd--;
		}
		if (start == oldEnd && start == newEnd) {
			return;
		}
		try {
			document.replace(start, oldEnd - start, newText.substring(start, newEnd));
		} catch (BadLocationException e) {
			throw new IllegalStateException("the document changed while it was being replaced", e);
		}
	}

	// --- analysis while typing --------------------------------------------------------------

	private IAnnotationModel annotationModel() {
		IEditorInput input = getEditorInput();
		return getDocumentProvider() == null || input == null ? null
				: getDocumentProvider().getAnnotationModel(input);
	}

	private void publish(ScriptSnapshot analysis) {
		snapshot = analysis;
		showAnnotations(analysis);
		analyses.incrementAndGet();
		Display display = Display.getDefault();
		display.asyncExec(() -> {
			if (getSourceViewer() == null || getSourceViewer().getTextWidget() == null
					|| getSourceViewer().getTextWidget().isDisposed()) {
				return;
			}
			if (outline != null) {
				outline.update(analysis);
			}
			IDocument document = document();
			if (document != null && !isDirty() && analysis.isOf(document.get())) {
				mark(analysis);
			}
		});
	}

	private void mark(ScriptSnapshot analysis) {
		IFile file = file();
		if (file == null || analysis.text().equals(markedText)) {
			return;
		}
		markedText = analysis.text();
		ProblemMarkers.schedule(file, analysis.issues());
		Path self = path();
		if (self != null) {
			ProblemMarkers.scheduleSiblings(self, ShotsEditor::openText);
		}
	}

	private void showAnnotations(ScriptSnapshot analysis) {
		IAnnotationModel model = annotationModel();
		if (model == null) {
			return;
		}
		Object lock = model instanceof ISynchronizable synchronizable && synchronizable.getLockObject() != null
				? synchronizable.getLockObject()
				: model;
		synchronized (lock) {
			List<Annotation> old = new ArrayList<>();
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				Annotation annotation = it.next();
				if (annotation instanceof IssueAnnotation) {
					old.add(annotation);
				} else if (annotation instanceof MarkerAnnotation marker && isOurs(marker.getMarker())) {
					marker.markDeleted(true); // the saved text's findings: the annotations below say it now
				}
			}
			Map<Annotation, Position> added = new HashMap<>();
			int length = analysis.text().length();
			for (Issue issue : analysis.issues()) {
				int offset = issue.getOffset() == null ? 0 : Math.max(0, Math.min(issue.getOffset(), length));
				int size = issue.getLength() == null ? 0 : Math.max(0, Math.min(issue.getLength(), length - offset));
				added.put(new IssueAnnotation(issue), new Position(offset, size));
			}
			if (model instanceof IAnnotationModelExtension extension) {
				extension.replaceAnnotations(old.toArray(Annotation[]::new), added);
			} else {
				old.forEach(model::removeAnnotation);
				added.forEach(model::addAnnotation);
			}
		}
	}

	private static boolean isOurs(IMarker marker) {
		try {
			return marker != null && marker.exists() && ProblemMarkers.TYPE.equals(marker.getType());
		} catch (CoreException e) {
			return false;
		}
	}

	/** Analyses the text after each pause in typing (the reconciler's thread). */
	private final class Reconcile implements IReconcilingStrategy, IReconcilingStrategyExtension {
		private IDocument document;
		private IProgressMonitor monitor;

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
		}

		@Override
		public void setProgressMonitor(IProgressMonitor monitor) {
			this.monitor = monitor;
		}

		@Override
		public void initialReconcile() {
			run();
		}

		@Override
		public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
			run();
		}

		@Override
		public void reconcile(IRegion partition) {
			run();
		}

		private void run() {
			IDocument current = document;
			if (current == null) {
				return;
			}
			try {
				ScriptSnapshot analysis = ScriptAnalyzer.analyze(path(), current.get(), ShotsEditor::openText,
						() -> monitor != null && monitor.isCanceled());
				if (analysis != null) {
					publish(analysis);
				}
			} catch (RuntimeException e) {
				org.eclipse.core.runtime.ILog.of(ShotsEditor.class)
						.log(Status.error("Could not analyse " + path() + ": " + e, e));
			}
		}
	}

	/** Selects a region (UI thread); used by the outline and by tests. */
	public void select(int offset, int length) {
		getSelectionProvider().setSelection(new TextSelection(offset, length));
	}
}
