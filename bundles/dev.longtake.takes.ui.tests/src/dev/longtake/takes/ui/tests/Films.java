package dev.longtake.takes.ui.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/** Films for the tests: copies of the example in their own folder, as workspace projects. */
final class Films {

    private static int counter;

    private Films() {
    }

    static Path exampleFolder() {
        return Path.of(System.getProperty("longtake.examples", "../../examples"), "the-hardest-part")
                .toAbsolutePath().normalize();
    }

    /** A copy of the example film with a generated song, as a new project; returns its script. */
    static IFile example(Path root) throws IOException, CoreException {
        Path folder = root.resolve("film" + (++counter));
        Files.createDirectories(folder.resolve("media"));
        try (Stream<Path> files = Files.list(exampleFolder())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".shots")).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        writeSong(folder.resolve("media/the-hardest-part.wav"), 240);
        // the example names reference images it does not ship; the command line checks that they exist
        for (String image : new String[] { "theo-front", "june-front", "lake-keyframe", "porch-keyframe" }) {
            writeImage(folder.resolve("refs").resolve(image + ".png"));
        }
        return project(folder, "film" + counter).getFile("script.shots");
    }

    /** A folder as a workspace project located where it is. */
    static IProject project(Path folder, String name) throws CoreException {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IProject project = workspace.getRoot().getProject(name);
        IProjectDescription description = workspace.newProjectDescription(name);
        description.setLocation(org.eclipse.core.runtime.IPath.fromPath(folder));
        project.create(description, null);
        project.open(null);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        return project;
    }

    static void delete(IFile script) {
        try {
            script.getProject().delete(false, true, null);
        } catch (CoreException e) {
            // the temporary folder goes anyway
        }
    }

    /** A small grey PNG. */
    static void writeImage(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        org.eclipse.swt.graphics.ImageData data = new org.eclipse.swt.graphics.ImageData(64, 36, 24,
                new org.eclipse.swt.graphics.PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        for (int y = 0; y < 36; y++) {
            for (int x = 0; x < 64; x++) {
                data.setPixel(x, y, 0x808080 + (x << 16) + (y << 8));
            }
        }
        org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
        loader.data = new org.eclipse.swt.graphics.ImageData[] { data };
        loader.save(file.toString(), org.eclipse.swt.SWT.IMAGE_PNG);
    }

    /**
     * A song-like WAV: 8 kHz mono, a chord pulsing at 92 bpm whose loudness follows the film's
     * acts (quiet verses, loud choruses), so the waveform has shape.
     */
    static void writeSong(Path file, int seconds) throws IOException {
        int rate = 8000;
        int n = rate * seconds;
        ByteBuffer pcm = ByteBuffer.allocate(n * 2).order(ByteOrder.LITTLE_ENDIAN);
        double beat = 60.0 / 92;
        for (int i = 0; i < n; i++) {
            double t = i / (double) rate;
            double section = 0.35 + 0.65 * Math.pow(Math.sin(Math.PI * t / 60.0), 2);
            double pulse = Math.exp(-3.5 * ((t % beat) / beat));
            double tone = Math.sin(2 * Math.PI * 110 * t) + 0.6 * Math.sin(2 * Math.PI * 164.8 * t)
                    + 0.4 * Math.sin(2 * Math.PI * 220 * t);
            double fade = Math.min(1, Math.min(t / 2, (seconds - t) / 3));
            pcm.putShort((short) (tone / 2.0 * section * (0.3 + 0.7 * pulse) * fade * 30000));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(n * 2 + 44);
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes()).putInt(36 + n * 2).put("WAVE".getBytes()).put("fmt ".getBytes()).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate * 2).putShort((short) 2)
                .putShort((short) 16).put("data".getBytes()).putInt(n * 2);
        out.write(header.array());
        out.write(pcm.array());
        Files.write(file, out.toByteArray());
    }
}
