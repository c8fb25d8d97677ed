package dev.longtake.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.dsl.ScriptFormatting;
import dev.longtake.dsl.ui.ShotsEditor;
import dev.longtake.dsl.ui.internal.IssueAnnotation;
import dev.longtake.dsl.ui.internal.ProblemMarkers;
import dev.longtake.dsl.ui.internal.QuickFixes;
import dev.longtake.dsl.ui.internal.ShotsColours;
import dev.longtake.dsl.ui.internal.ShotsContentAssist;
import dev.longtake.dsl.ui.internal.ShotsTextHover;

/**
 * The .shots editor in the real workbench (the product's bundles, under Xvfb), on a copy of
 * examples/the-hardest-part: script.shots uses the cast and places of cast.shots.
 */
class ShotsEditorTest {

	private static final long WAIT = 30_000;

	@TempDir
	Path temp;

	private Path film;
	private IProject project;
	private IWorkbench workbench;
	private ShotsEditor editor;

	@BeforeEach
	void openTheExampleScript() throws Exception {
		workbench = PlatformUI.getWorkbench();
		film = Films.copyOfTheExample(Files.createDirectories(temp.resolve("the-hardest-part")));
		project = Films.link(film, "the-hardest-part");
		page().closeAllEditors(false);
		var welcome = page().findView("dev.longtake.app.welcome");
		if (welcome != null) {
			page().hideView(welcome); // room for the editor in the screenshots
		}
		var part = IDE.openEditor(page(), project.getFile("script.shots"), ShotsEditor.ID);
		editor = assertInstanceOf(ShotsEditor.class, part, "the shot script editor opens .shots files (Open With; the film editor nests it as its Script page)");
		waitForAnalysisOfTheText();
	}

	@AfterEach
	void closeAndUnlink() throws CoreException {
		page().closeAllEditors(false);
		Ui.spin(200); // marker jobs finish
		project.delete(false, true, null); // the project goes, the folder stays
	}

	private IWorkbenchPage page() {
		return workbench.getActiveWorkbenchWindow().getActivePage();
	}

	private Shell shell() {
		return workbench.getActiveWorkbenchWindow().getShell();
	}

	private IDocument document() {
		return editor.document();
	}

	private void waitForAnalysisOfTheText() {
		Ui.waitUntil("the editor has analysed its text", WAIT,
				() -> editor.snapshot() != null && editor.snapshot().isOf(document().get()));
	}

	private List<IssueAnnotation> annotations() {
		List<IssueAnnotation> found = new ArrayList<>();
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof IssueAnnotation issue) {
				found.add(issue);
			}
		}
		return found;
	}

	private List<IMarker> markers() throws CoreException {
		return Arrays.asList(project.getFile("script.shots").findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO));
	}

	private static int offsetOf(String text, String part) {
		int at = text.indexOf(part);
		assertTrue(at >= 0, "the script has " + part);
		return at;
	}

	@Test
	void theExampleOpensCleanWithItsWordsColoured() throws Exception {
		assertEquals(ShotsEditor.ID, editor.getSite().getId());
		assertEquals(0, editor.snapshot().errors(), () -> "errors: " + editor.snapshot().issues());
		page().showView(IPageLayout.ID_OUTLINE);
		page().showView(IPageLayout.ID_PROBLEM_VIEW);
		page().activate(editor);
		Ui.waitUntil("markers of the opened script", WAIT, () -> {
			try {
				return !markers().isEmpty(); // the two 'continues' warnings
			} catch (CoreException e) {
				return false;
			}
		});
		Ui.waitUntil("both 'continues' warnings marked", WAIT, () -> {
			try {
				return markers().size() == 2;
			} catch (CoreException e) {
				return false;
			}
		});
		assertTrue(markers().stream().allMatch(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_WARNING
				&& m.getAttribute(IMarker.MESSAGE, "").contains("no chosen take yet")));
		Ui.spin(1000); // the check of cast.shots, scheduled on opening, has run
		List<String> everywhere = new ArrayList<>();
		// (the Problems view also shows core.resources' "no explicit encoding" warning of the project)
		for (IMarker marker : project.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE)) {
			everywhere.add(marker.getResource().getName() + ": " + marker.getType() + ": "
					+ marker.getAttribute(IMarker.MESSAGE, ""));
		}
		assertEquals(2, everywhere.size(), "the film's only findings are the two warnings: " + everywhere);

		StyledText widget = editor.viewer().getTextWidget();
		String text = document().get();
		assertColour(widget, offsetOf(text, "sequence FirstDay"), ShotsColours.KEYWORD.getForeground(), "keyword");
		assertColour(widget, offsetOf(text, "FirstDay"), ShotsColours.NAME.getForeground(), "name");
		assertColour(widget, offsetOf(text, "\"Theo rests") + 1, ShotsColours.STRING.getForeground(), "string");
		assertColour(widget, offsetOf(text, "// Act one") + 3, ShotsColours.COMMENT.getForeground(), "comment");
		assertColour(widget, offsetOf(text, "8s style"), ShotsColours.DURATION.getForeground(), "duration");
		assertColour(widget, offsetOf(text, "92 bpm"), ShotsColours.NUMBER.getForeground(), "number");
		assertColour(widget, offsetOf(text, "camera slow push-in") + 8, ShotsColours.CAMERA.getForeground(), "camera move");
		editor.selectAndReveal(offsetOf(text, "sequence FirstDay"), 0);
		Ui.screenshot(shell(), "editor");
	}

	@Test
	void aColourChangedInThePreferencesRepaintsTheOpenEditor() throws Exception {
		StyledText widget = editor.viewer().getTextWidget();
		int keyword = offsetOf(document().get(), "sequence FirstDay");
		var node = org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE
				.getNode(dev.longtake.preferences.ui.BackendPreferences.QUALIFIER);
		String id = dev.longtake.preferences.ui.EditorColours.Kind.KEYWORD.id();
		try {
			node.put(id, "0,128,128"); // what Window > Preferences > Longtake > Editor Colours stores
			Ui.waitUntil("the keyword repainted in the new colour", WAIT, () -> {
				var range = widget.getStyleRangeAtOffset(keyword);
				return range != null && range.foreground != null
						&& range.foreground.getRGB().equals(new org.eclipse.swt.graphics.RGB(0, 128, 128));
			});
			assertEquals(new org.eclipse.swt.graphics.RGB(0, 128, 128), ShotsColours.KEYWORD.getForeground().getRGB());
		} finally {
			node.remove(id);
		}
		Ui.waitUntil("the keyword back in its default colour", WAIT, () -> {
			var range = widget.getStyleRangeAtOffset(keyword);
			return range != null && range.foreground != null && range.foreground.getRGB()
					.equals(dev.longtake.preferences.ui.EditorColours.Kind.KEYWORD.defaultRgb());
		});
	}

	private static void assertColour(StyledText widget, int offset, Color expected, String what) {
		StyleRange range = widget.getStyleRangeAtOffset(offset);
		assertNotNull(range, what + " has a style");
		assertEquals(expected.getRGB(), range.foreground == null ? null : range.foreground.getRGB(), what);
	}

	@Test
	void anErrorTypedAppearsAsAnnotationAndMarkerAndGoesAwayWithItsQuickFix() throws Exception {
		page().showView(IPageLayout.ID_PROBLEM_VIEW);
		page().activate(editor);
		String text = document().get();
		int at = offsetOf(text, "with Theo:") + "with Theo".length();
		StyledText widget = editor.viewer().getTextWidget();
		widget.setCaretOffset(at);
		Ui.type(widget, "o");
		assertTrue(document().get().contains("with Theoo:"), "typed into the editor");
		waitForAnalysisOfTheText();
		Ui.waitUntil("an annotation names the unknown character", WAIT,
				() -> annotations().stream().anyMatch(a -> a.getText().contains("Theoo")));
		IssueAnnotation error = annotations().stream().filter(a -> a.getText().contains("Theoo")).findFirst().get();
		assertEquals(IssueAnnotation.ERROR, error.getType());
		assertTrue(error.getText().replace("Theoo", "").contains("Theo"),
				"the message offers the close name: " + error.getText());

		editor.doSave(null);
		Ui.waitUntil("a problem marker for the saved error", WAIT, () -> {
			try {
				return markers().stream().anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains("Theoo")
						&& m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR
						&& m.getAttribute(IMarker.LINE_NUMBER, -1) == lineOf("with Theoo:"));
			} catch (CoreException e) {
				return false;
			}
		});
		List<IMarker> marked = markers();
		IMarker typo = marked.stream().filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains("Theoo")).findFirst()
				.get();
		assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(typo), "the Problems view offers a quick fix");
		assertTrue(Arrays.stream(IDE.getMarkerHelpRegistry().getResolutions(typo))
				.anyMatch(r -> r.getLabel().equals("Change to 'Theo'")));
		assertEquals(List.of(IMarker.SEVERITY_ERROR, IMarker.SEVERITY_WARNING, IMarker.SEVERITY_WARNING),
				marked.stream().map(m -> m.getAttribute(IMarker.SEVERITY, -1)).sorted(java.util.Comparator.reverseOrder())
						.toList(),
				() -> "the typo and the two 'continues' warnings: "
						+ marked.stream().map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList());
		editor.selectAndReveal(offsetOf(document().get(), "Theoo"), 0);
		Ui.spin(1500); // the Problems view refreshes after a pause
		for (org.eclipse.swt.widgets.Tree tree : Ui.find(shell(), org.eclipse.swt.widgets.Tree.class)) {
			for (TreeItem group : tree.getItems()) {
				if (group.getText().startsWith("Errors") || group.getText().startsWith("Warnings")) {
					group.setExpanded(true);
				}
			}
		}
		Ui.spin(1000); // the Problems view fills its rows when they are painted
		Ui.screenshot(shell(), "editor-error");

		// Ctrl+1 on it: "Change to 'Theo'"
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		Position position = model.getPosition(error);
		ICompletionProposal[] fixes = new QuickFixes(() -> model)
				.computeQuickAssistProposals(context(editor.viewer(), position.getOffset() + 2));
		ICompletionProposal toTheo = Arrays.stream(fixes).filter(f -> f.getDisplayString().equals("Change to 'Theo'"))
				.findFirst().orElseThrow(() -> new AssertionError("fixes: " + Arrays.toString(fixes)));
		toTheo.apply(document());
		assertFalse(document().get().contains("Theoo"));
		waitForAnalysisOfTheText();
		Ui.waitUntil("the annotation is gone", WAIT,
				() -> annotations().stream().noneMatch(a -> a.getText().contains("Theoo")));
		editor.doSave(null);
		Ui.waitUntil("the marker is gone", WAIT, () -> {
			try {
				return markers().stream().noneMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains("Theoo"));
			} catch (CoreException e) {
				return false;
			}
		});
		assertEquals(Files.readString(Films.example().resolve("script.shots")),
				Files.readString(film.resolve("script.shots")), "fixed back to the example");
	}

	@Test
	void aNameDefinedAgainMarksBothScriptsAndItsQuickFixRenamesIt() throws Exception {
		IFile cast = project.getFile("cast.shots");
		String text = document().get();
		int at = offsetOf(text, "style Present");
		document().replace(at, 0, "character June \"a second June\"\n");
		waitForAnalysisOfTheText();
		IssueAnnotation duplicate = annotations().stream()
				.filter(a -> a.getText().startsWith("Character June is defined more than once")).findFirst()
				.orElseThrow(() -> new AssertionError("annotations: " + annotations().stream().map(Annotation::getText).toList()));
		editor.doSave(null);
		Ui.waitUntil("cast.shots is marked too", WAIT, () -> messages(cast).stream()
				.anyMatch(m -> m.startsWith("Character June is defined more than once")));

		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		ICompletionProposal[] fixes = new QuickFixes(() -> model)
				.computeQuickAssistProposals(context(editor.viewer(), model.getPosition(duplicate).getOffset() + 1));
		assertEquals(List.of("Rename to 'June2'"), Arrays.stream(fixes).map(ICompletionProposal::getDisplayString).toList());
		fixes[0].apply(document());
		assertTrue(document().get().contains("character June2 \"a second June\""));
		waitForAnalysisOfTheText();
		editor.doSave(null);
		Ui.waitUntil("cast.shots's marker is gone", WAIT, () -> messages(cast).isEmpty());
		assertEquals(0, editor.snapshot().errors(), () -> "fixed: " + editor.snapshot().issues());
	}

	private static List<String> messages(IFile file) {
		try {
			return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO))
					.map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList();
		} catch (CoreException e) {
			return List.of("cannot read the markers: " + e);
		}
	}

	private int lineOf(String part) {
		try {
			return document().getLineOfOffset(document().get().indexOf(part)) + 1;
		} catch (org.eclipse.jface.text.BadLocationException e) {
			throw new AssertionError(e);
		}
	}

	private static IQuickAssistInvocationContext context(ISourceViewer viewer, int offset) {
		return new IQuickAssistInvocationContext() {
			@Override
			public ISourceViewer getSourceViewer() {
				return viewer;
			}

			@Override
			public int getOffset() {
				return offset;
			}

			@Override
			public int getLength() {
				return 0;
			}
		};
	}

	@Test
	void completionAfterWithProposesTheCastOfTheOtherFile() throws Exception {
		String text = document().get();
		int lineEnd = text.indexOf('\n', offsetOf(text, "in SchoolBus with Theo:"));
		StyledText widget = editor.viewer().getTextWidget();
		widget.setCaretOffset(lineEnd);
		Ui.type(widget, "\n        4s with ");
		waitForAnalysisOfTheText();
		int caret = widget.getCaretOffset();

		ICompletionProposal[] proposals = new ShotsContentAssist(editor::snapshot)
				.computeCompletionProposals(editor.viewer(), caret);
		List<String> names = Arrays.stream(proposals).map(p -> p.getDisplayString().split(" ")[0]).toList();
		assertEquals(List.of("June", "Rosa", "Theo"), names, "after 'with': the characters of cast.shots");

		// Ctrl+Space in the workbench: the proposal popup lists them
		workbench.getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.text.contentAssist.proposals",
				null);
		Ui.waitUntil("the completion popup", WAIT, () -> popupItems(widget.getDisplay()).size() >= 3);
		List<String> shown = popupItems(widget.getDisplay());
		assertTrue(shown.stream().anyMatch(s -> s.startsWith("June - character June")), "shown: " + shown);
		Ui.screenshot(shell(), "editor-completion");
		for (Shell popup : Ui.shells(widget.getDisplay())) {
			if (popup != shell() && !Ui.find(popup, Table.class).isEmpty()) {
				popup.setVisible(false);
			}
		}
		ICompletionProposal june = proposals[0];
		june.apply(document());
		assertTrue(document().get().contains("4s with June"));
	}

	private List<String> popupItems(Display display) {
		List<String> items = new ArrayList<>();
		for (Shell popup : Ui.shells(display)) {
			if (popup == shell() || !popup.isVisible()) {
				continue;
			}
			for (Table table : Ui.find(popup, Table.class)) {
				for (TableItem item : table.getItems()) {
					items.add(item.getText());
				}
			}
		}
		return items;
	}

	@Test
	void theOutlineShowsTheSequencesWithTheirShots() throws Exception {
		page().showView(IPageLayout.ID_OUTLINE);
		page().activate(editor);
		Ui.waitUntil("the outline page", WAIT, () -> editor.outlinePage() != null
				&& editor.outlinePage().viewer() != null && editor.outlinePage().viewer().getTree().getItemCount() > 0);
		List<String> sequences = new ArrayList<>();
		TreeItem firstDay = null;
		for (TreeItem item : editor.outlinePage().viewer().getTree().getItems()) {
			if (item.getText().startsWith("sequence ")) {
				sequences.add(item.getText().split(" ")[1]);
				if (item.getText().startsWith("sequence FirstDay")) {
					firstDay = item;
				}
			}
		}
		List<String> expected = editor.snapshot().script().get().getSequences().stream().map(s -> s.getName()).toList();
		assertTrue(expected.size() >= 5);
		assertEquals(expected, sequences);
		assertNotNull(firstDay);
		assertEquals("sequence FirstDay at 0:00", firstDay.getText());
		assertEquals(List.of("shot Bus 8s", "shot Locker 10s", "shot Hallway 20s"),
				Arrays.stream(firstDay.getItems()).map(TreeItem::getText).toList());

		// selecting a shot in the outline selects its name in the script
		editor.outlinePage().viewer().setSelection(
				new org.eclipse.jface.viewers.StructuredSelection(editor.snapshot().script().get().findShot("Hallway")),
				true);
		org.eclipse.jface.text.ITextSelection selection = (org.eclipse.jface.text.ITextSelection) editor
				.getSelectionProvider().getSelection();
		assertEquals("Hallway", selection.getText());
		Ui.screenshot(shell(), "editor-outline");
	}

	@Test
	void formatLaysTheScriptOutAsLongtakeFormatDoes() throws Exception {
		// a script in a careless layout: indents lost, options on one line, blanks doubled
		String messy = document().get().replace("\n    ", "\n").replace("\n        ", "\n  ").replace("{\n", "{ \n\n")
				.replace(" 8s style", "   8s    style");
		editor.select(0, 0);
		ScriptFormattingCheck.assertParsesCleanly(messy, film.resolve("script.shots"));
		document().set(messy);
		String expected = ScriptFormatting.format(messy, film.resolve("script.shots")).text();
		assertNotNull(expected);
		assertNotEquals(messy, expected);

		workbench.getService(IHandlerService.class).executeCommand("dev.longtake.dsl.ui.format", null);
		assertEquals(expected, document().get(), "the editor formats as longtake format does");
		Path cli = Files.createDirectories(temp.resolve("cli")).resolve("script.shots");
		Files.writeString(cli, messy); // what longtake format is given: it formats through the same call
		assertEquals(expected, ScriptFormatting.format(cli).text());

		// one change, one undo
		((ITextOperationTarget) editor.viewer()).doOperation(ITextOperationTarget.UNDO);
		assertEquals(messy, document().get());
	}

	@Test
	void renameChangesTheNameEverywhereItIsUsedAndKeepsComments() throws Exception {
		String script = document().get();
		String expected = renamedInCode(script, "Theo", "Theodore");
		assertNotEquals(script, expected);
		int at = offsetOf(script, "with Theo:") + "with ".length() + 1;

		List<Path> changed = editor.rename(at, "Theodore");

		assertEquals(2, changed.size(), "script.shots and cast.shots: " + changed);
		String renamed = document().get();
		assertEquals(expected, renamed,
				"every use renamed; the actions' words, comments and layout kept as they were");
		assertTrue(renamed.contains("\"Theo rests his head"), "an action's words are not a name");
		String cast = Files.readString(film.resolve("cast.shots"), StandardCharsets.UTF_8);
		assertTrue(cast.contains("character Theodore \"a lanky teenage boy"), cast);
		assertTrue(cast.startsWith("// The cast and the places"), "cast.shots keeps its comments");
		waitForAnalysisOfTheText();
		assertEquals(0, editor.snapshot().errors(), () -> "after the rename: " + editor.snapshot().issues());

		// hover on a use shows the renamed definition, from the other file
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		String hover = new ShotsTextHover(editor::snapshot, () -> model).hoverAt(renamed,
				offsetOf(renamed, "with Theodore:") + 7);
		assertNotNull(hover);
		assertTrue(hover.startsWith("character Theodore\n\na lanky teenage boy"), hover);
		assertTrue(hover.contains("(cast.shots, line "), hover);
	}

	@Test
	void theRenameCommandAsksForTheNewName() throws Exception {
		String text = document().get();
		editor.select(offsetOf(text, "in Lockers with") + 5, 0);
		Display display = shell().getDisplay();
		List<String> asked = new ArrayList<>();
		display.timerExec(300, new Runnable() {
			@Override
			public void run() {
				for (Shell dialog : Ui.shells(display)) {
					if (dialog.isVisible() && "Rename".equals(dialog.getText())) {
						org.eclipse.swt.widgets.Text field = Ui.find(dialog, org.eclipse.swt.widgets.Text.class).get(0);
						asked.add(field.getText());
						field.setText("LockerRow");
						Ui.screenshot(shell(), "editor-rename");
						for (org.eclipse.swt.widgets.Button button : Ui.find(dialog, org.eclipse.swt.widgets.Button.class)) {
							if (button.getText().replace("&", "").equals("OK")) {
								button.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
								return;
							}
						}
					}
				}
				display.timerExec(200, this);
			}
		});
		workbench.getService(IHandlerService.class).executeCommand("dev.longtake.dsl.ui.rename", null);
		assertEquals(List.of("Lockers"), asked, "the dialog offers the current name");
		assertTrue(document().get().contains("in LockerRow with Theo"), document().get());
		assertTrue(Files.readString(film.resolve("cast.shots")).contains("location LockerRow \"a row of dented"));
	}

	/** The text with the name replaced where it is a word of the code, not inside strings or comments. */
	static String renamedInCode(String text, String name, String newName) {
		StringBuilder out = new StringBuilder();
		Matcher parts = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|//[^\n]*|[^\"/]+|/").matcher(text);
		while (parts.find()) {
			String part = parts.group();
			out.append(part.startsWith("\"") || part.startsWith("//") ? part
					: part.replaceAll("\\b" + name + "\\b", newName));
		}
		return out.toString();
	}

	@Test
	void aShotNameHoverShowsItsCompiledPrompt() {
		String text = document().get();
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		String hover = new ShotsTextHover(editor::snapshot, () -> model).hoverAt(text, offsetOf(text, "Stands {") + 2);
		assertNotNull(hover);
		assertTrue(hover.contains("\n\nshot Stands · 12 s · backend animatic"), "after the finding there: " + hover);
		assertTrue(hover.startsWith("Shot FirstLook continues Stands, which has no chosen take"), hover);
		assertTrue(hover.contains("Compiled prompt ("), hover);
		assertTrue(hover.contains("Request hash of take 1: "), "the language server's hover, as plain text: " + hover);
		assertFalse(hover.contains("**") || hover.contains("```"), hover);
	}

	@Test
	void toggleCommentAndBracketMatching() throws Exception {
		String text = document().get();
		int bus = offsetOf(text, "    shot Bus 8s");
		IRegion line = document().getLineInformationOfOffset(bus);
		editor.select(bus + 6, 0);
		workbench.getService(IHandlerService.class).executeCommand("dev.longtake.dsl.ui.toggleComment", null);
		assertEquals("//    shot Bus 8s style Film1985 {",
				document().get(line.getOffset(), document().getLineInformationOfOffset(line.getOffset()).getLength()));
		workbench.getService(IHandlerService.class).executeCommand("dev.longtake.dsl.ui.toggleComment", null);
		assertEquals(text, document().get(), "toggled back");

		int open = text.indexOf('{', bus);
		IRegion pair = editor.bracketMatcher().match(document(), open + 1);
		assertNotNull(pair, "the shot's braces match");
		int close = pair.getOffset() + pair.getLength() - 1;
		assertEquals('}', document().getChar(close));
		assertEquals("    }", document().get(document().getLineInformationOfOffset(close).getOffset(), 5));
		assertTrue(document().get(open, close - open).contains("Theo rests his head"), "the Bus shot's own brace");
	}

	/** Holds the check that the messy script of the format test is still a script. */
	static final class ScriptFormattingCheck {
		static void assertParsesCleanly(String text, Path file) {
			assertTrue(ScriptFormatting.format(text, file).formatted(), "the messy script still parses");
		}
	}
}
