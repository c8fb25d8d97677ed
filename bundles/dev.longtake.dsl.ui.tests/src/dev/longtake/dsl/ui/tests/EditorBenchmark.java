package dev.longtake.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.dsl.ShotsProject;
import dev.longtake.dsl.ui.ShotsEditor;
import dev.longtake.dsl.ui.internal.ScriptAnalyzer;
import dev.longtake.dsl.ui.internal.ScriptSnapshot;
import dev.longtake.dsl.ui.internal.ShotsContentAssist;

/**
 * How long the editor takes on a 2,000-shot script (about 30,000 lines): opening it until its
 * first analysis (parse, link, validate) is shown, the analysis after an edit, and completion.
 * Tagged: runs only when asked (see docs/benchmarks-dsl.md); prints {@code benchmark:} lines.
 */
@Tag("benchmark")
class EditorBenchmark {

	@TempDir
	Path temp;

	@Test
	void openAndFirstValidationOfA2000ShotScript() throws Exception {
		int shots = Integer.getInteger("longtake.benchmark.shots", 2000);
		Path folder = Files.createDirectories(temp.resolve("big"));
		String script = script(shots);
		Files.writeString(folder.resolve("script.shots"), script);
		IProject project = Films.link(folder, "big");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		List<String> report = new ArrayList<>();
		report.add(String.format(Locale.ROOT, "script: %d shots, %d lines, %.1f MiB", shots,
				script.split("\n", -1).length, script.length() / 1048576.0));
		try {
			List<Double> opens = new ArrayList<>();
			List<Double> shown = new ArrayList<>();
			List<Double> analysis = new ArrayList<>();
			ShotsEditor editor = null;
			for (int run = 0; run < 6; run++) {
				page.closeAllEditors(false);
				Ui.spin(300);
				System.gc();
				long start = System.nanoTime();
				editor = assertInstanceOf(ShotsEditor.class, IDE.openEditor(page, project.getFile("script.shots"), ShotsEditor.ID));
				long open = System.nanoTime();
				ShotsEditor opened = editor;
				Ui.waitUntil("the first analysis", 120_000, () -> opened.snapshot() != null);
				long first = System.nanoTime();
				assertEquals(0, editor.snapshot().errors(), () -> "clean: " + opened.snapshot().issues().subList(0,
						Math.min(5, opened.snapshot().issues().size())));
				opens.add(ms(open - start));
				shown.add(ms(first - start));
				analysis.add(ms(editor.snapshot().nanos()));
			}
			report.add("open (editor shown, text coloured), ms, runs 1..6: " + opens);
			report.add("open until the first validation is shown, ms, runs 1..6: " + shown);
			report.add("  of which the analysis (parse + link + validate, reconciler thread), ms: " + analysis);

			// edits: type a letter into an action and wait for its analysis
			IDocument document = editor.document();
			StyledText widget = editor.viewer().getTextWidget();
			List<Double> reanalysis = new ArrayList<>();
			List<Double> editToShown = new ArrayList<>();
			int at = document.get().indexOf("\"the camera") + 1;
			for (int run = 0; run < 8; run++) {
				long before = editor.analyses();
				widget.setCaretOffset(at);
				long start = System.nanoTime();
				document.replace(at, 0, "a");
				ShotsEditor current = editor;
				Ui.waitUntil("the analysis of the edit", 120_000,
						() -> current.analyses() > before && current.snapshot().isOf(document.get()));
				editToShown.add(ms(System.nanoTime() - start));
				reanalysis.add(ms(editor.snapshot().nanos()));
			}
			report.add("edit until its findings are shown (includes the "
					+ dev.longtake.dsl.ui.internal.ShotsSourceViewerConfiguration.RECONCILE_DELAY
					+ " ms pause the reconciler waits for), ms: " + editToShown);
			report.add("  of which the analysis, ms: " + reanalysis);

			// the analysis alone, warm, in this JVM
			List<Double> warm = new ArrayList<>();
			String text = document.get();
			Path file = folder.resolve("script.shots");
			for (int run = 0; run < 10; run++) {
				long start = System.nanoTime();
				ScriptSnapshot snapshot = ScriptAnalyzer.analyze(file, text, p -> null, () -> false);
				warm.add(ms(System.nanoTime() - start));
				assertEquals(0, snapshot.errors());
			}
			report.add("reconcile step alone (ScriptAnalyzer.analyze), warm, ms: " + summary(warm));

			// reference, same run: what longtake check does with the saved script
			List<Double> check = new ArrayList<>();
			for (int run = 0; run < 10; run++) {
				long start = System.nanoTime();
				ShotsProject loaded = ShotsProject.load(folder);
				check.add(ms(System.nanoTime() - start));
				assertTrue(!loaded.hasErrors());
			}
			report.add("reference: ShotsProject.load of the saved script (longtake check), warm, ms: " + summary(check));

			// completion after "with " at the end of the script
			int end = document.get().lastIndexOf("}");
			document.replace(end, 0, "    with ");
			ShotsEditor current = editor;
			Ui.waitUntil("analysed", 120_000, () -> current.snapshot().isOf(document.get()));
			ShotsContentAssist assist = new ShotsContentAssist(editor::snapshot);
			List<Double> completion = new ArrayList<>();
			int caret = end + "    with ".length();
			for (int run = 0; run < 60; run++) {
				long start = System.nanoTime();
				ICompletionProposal[] proposals = assist.computeCompletionProposals(editor.viewer(), caret);
				completion.add(ms(System.nanoTime() - start));
				assertEquals(40, proposals.length);
			}
			List<Double> measured = completion.subList(10, completion.size());
			report.add("completion after 'with' (40 characters proposed), ms: " + summary(measured) + " p95 "
					+ String.format(Locale.ROOT, "%.2f", percentile(measured, 95)));

			System.gc();
			long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
			report.add(String.format(Locale.ROOT, "heap used with the editor open, after GC: %.0f MiB", heap / 1048576.0));
			report.add("load average: " + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		} finally {
			page.closeAllEditors(false);
			project.delete(false, true, null);
		}
		for (String line : report) {
			System.out.println("benchmark: " + line);
		}
		write(report);
		assertTrue(report.size() > 5);
	}

	private static void write(List<String> report) throws IOException {
		Path out = Path.of(System.getProperty("longtake.screenshots", "target/screenshots")).getParent()
				.resolve("editor-benchmark.txt");
		Files.write(out, report);
	}

	private static double ms(long nanos) {
		return Math.round(nanos / 1e5) / 10.0;
	}

	private static String summary(List<Double> values) {
		return String.format(Locale.ROOT, "median %.1f, best %.1f", percentile(values, 50), Collections.min(values));
	}

	private static double percentile(List<Double> values, int p) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

	/** A script of n shots in sequences of 20: 10 styles, 40 characters, 60 places; 15 lines a shot. */
	static String script(int n) {
		StringBuilder s = new StringBuilder(n * 1200);
		s.append("// a generated script for the editor benchmark\n");
		s.append("project \"Benchmark\" {\n    format 1280x720 at 24 fps\n    backend animatic\n}\n\n");
		for (int i = 0; i < 10; i++) {
			s.append("style Style").append(i).append(" \"look number ").append(i).append(", film grain\"\n");
		}
		for (int i = 0; i < 40; i++) {
			s.append("character Person").append(i).append(" \"person ").append(i).append(", a coat, a hat\"\n");
		}
		for (int i = 0; i < 60; i++) {
			s.append("location Place").append(i).append(" \"place ").append(i).append(", by the river\"\n");
		}
		int shot = 0;
		for (int q = 0; shot < n; q++) {
			s.append("\nsequence Part").append(q).append(" {\n");
			for (int k = 0; k < 20 && shot < n; k++, shot++) {
				s.append("    // shot ").append(shot).append('\n');
				s.append("    shot Shot").append(shot).append(" 12s style Style").append(shot % 10).append(" takes 2 {\n");
				s.append("        camera slow dolly forward, continuous\n");
				for (int b = 0; b < 11; b++) {
					s.append("        ").append(b).append("s ").append(b == 0 ? "in" : "into").append(" Place")
							.append((shot + b) % 60).append(" with Person").append((shot + b) % 40).append(", Person")
							.append((shot + b + 1) % 40).append(": \"the camera moves on, beat ").append(b).append("\"\n");
				}
				s.append("    }\n");
			}
			s.append("}\n");
		}
		return s.toString();
	}
}
