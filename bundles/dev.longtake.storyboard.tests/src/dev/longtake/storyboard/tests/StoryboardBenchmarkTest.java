package dev.longtake.storyboard.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.storyboard.StoryboardEditor;
import dev.longtake.storyboard.commands.MoveShotCommand;

/**
 * The storyboard on a 500-shot script (50 sequences of 10 shots): opening it, and a reorder
 * with its undo, each measured to the last paint. Runs with -Dlongtake.storyboard.groups=benchmark;
 * writes its figures to ${longtake.benchmarks}/storyboard.md. Asserts behaviour, never times.
 */
class StoryboardBenchmarkTest {

    private static final int SEQUENCES = 50;
    private static final int SHOTS = 10;
    private static final int RUNS = 15;

    @TempDir
    Path temp;

    @Test
    void fiveHundredShots() throws Exception {
        Assumptions.assumeTrue("benchmark".equals(System.getProperty("longtake.storyboard.groups")));
        Path folder = temp.resolve("big");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("script.shots"), script());
        IFile script = Films.project(folder, "big").getFile("script.shots");
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1280, 1000);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        List<Double> opens = new ArrayList<>();
        List<Double> moves = new ArrayList<>();
        List<Double> undos = new ArrayList<>();
        StoryboardEditor editor = null;
        for (int run = 0; run < 4; run++) {
            page.closeAllEditors(false);
            Ui.flush();
            long t0 = System.nanoTime();
            editor = (StoryboardEditor) IDE.openEditor(page, script, StoryboardEditor.ID);
            Ui.flush();
            editor.pages().storyboardViewer().getControl().update();
            opens.add((System.nanoTime() - t0) / 1e6);
        }
        assertEquals(SEQUENCES * SHOTS, editor.session().board().shots().size());
        StoryboardEditor open = editor;
        assertEquals(SEQUENCES * SHOTS, open.session().board().shots().stream()
                .filter(shot -> open.pages().storyboardViewer().getEditPartRegistry().get(shot) != null).count());
        String original = Files.readString(script.getLocation().toFile().toPath());
        for (int run = 0; run < RUNS; run++) {
            int sequence = (run * 7) % SEQUENCES;
            String shot = "S" + sequence + "_" + (1 + run % (SHOTS - 1));
            long t0 = System.nanoTime();
            editor.session().commandStack()
                    .execute(new MoveShotCommand(editor.session(), shot, "Seq" + sequence, "S" + sequence + "_0"));
            Ui.flush();
            editor.pages().storyboardViewer().getControl().update();
            moves.add((System.nanoTime() - t0) / 1e6);
            assertEquals(shot, editor.session().board().sequence("Seq" + sequence).shots().get(0).name());
            t0 = System.nanoTime();
            editor.session().commandStack().undo();
            Ui.flush();
            editor.pages().storyboardViewer().getControl().update();
            undos.add((System.nanoTime() - t0) / 1e6);
        }
        assertEquals(original, Files.readString(script.getLocation().toFile().toPath()));
        page.closeAllEditors(false);
        Films.delete(script);

        String report = String.format(Locale.ROOT, """
                | figure (%d shots, %d sequences, %d bytes of script) | median | min | max |
                |---|---|---|---|
                | open the storyboard (parse, link, board, %d panels laid out and painted), runs 2-4 | %.0f ms | %.0f ms | %.0f ms |
                | first open in the JVM (class loading, Xtext set-up) | %.0f ms | | |
                | reorder one shot (drag command: serializer, write, parse, refresh), %d runs | %.0f ms | %.0f ms | %.0f ms |
                | undo it (write the old text, parse, refresh), %d runs | %.0f ms | %.0f ms | %.0f ms |
                """, SEQUENCES * SHOTS, SEQUENCES, original.length(), SEQUENCES * SHOTS,
                median(opens.subList(1, opens.size())), min(opens.subList(1, opens.size())),
                max(opens.subList(1, opens.size())), opens.get(0), RUNS, median(moves), min(moves), max(moves), RUNS,
                median(undos), min(undos), max(undos));
        System.out.println(report);
        Path out = Path.of(System.getProperty("longtake.benchmarks", "target/benchmarks"));
        Files.createDirectories(out);
        Files.writeString(out.resolve("storyboard.md"), report);
    }

    private static String script() {
        StringBuilder text = new StringBuilder();
        text.append("project \"Five hundred\" {\n    tempo 120 bpm\n    backend animatic\n}\n\n");
        text.append("style Plain \"plain daylight\"\n\n");
        text.append("character Ada \"a woman in a grey coat\"\ncharacter Ben \"a man with a red scarf\"\n\n");
        text.append("location Street \"a wet street\"\nlocation Room \"a small room\"\n\n");
        double at = 0;
        for (int s = 0; s < SEQUENCES; s++) {
            text.append("// sequence ").append(s).append('\n');
            text.append("sequence Seq").append(s).append(" at ").append((int) at / 60).append(':')
                    .append(String.format("%02d", (int) at % 60)).append(" {\n");
            for (int k = 0; k < SHOTS; k++) {
                int seconds = 4 + (s + k) % 5;
                at += seconds;
                text.append("    shot S").append(s).append('_').append(k).append(' ').append(seconds)
                        .append("s style Plain {\n");
                text.append("        camera slow push-in\n");
                text.append("        in Street with Ada: \"she waits under the awning\"\n");
                text.append("        2s into Room with Ada, Ben: \"they meet at the door\"\n");
                text.append("    }\n");
            }
            text.append("    transition cut\n}\n\n");
        }
        return text.toString();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double min(List<Double> values) {
        return Collections.min(values);
    }

    private static double max(List<Double> values) {
        return Collections.max(values);
    }
}
