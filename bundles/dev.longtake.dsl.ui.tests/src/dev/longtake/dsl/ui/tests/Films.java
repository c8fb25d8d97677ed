package dev.longtake.dsl.ui.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;

/** Film folders for the tests: a copy of the example with stand-ins for its song and images. */
final class Films {

	private Films() {
	}

	static Path example() {
		return Path.of(System.getProperty("longtake.examples", "../../examples"), "the-hardest-part");
	}

	/** Copies examples/the-hardest-part's scripts into the folder and writes its media. */
	static Path copyOfTheExample(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(example())) {
			for (Path file : files.filter(f -> f.toString().endsWith(".shots")).toList()) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
		}
		silence(folder.resolve("media/the-hardest-part.wav"), 4 * 60 + 5);
		for (String image : List.of("theo-front", "june-front", "lake-keyframe", "porch-keyframe")) {
			Path png = folder.resolve("refs/" + image + ".png");
			Files.createDirectories(png.getParent());
			Files.writeString(png, "stands in for " + image); // validation and compilation only hash it
		}
		return folder;
	}

	/** A WAV file of silence (1 kHz, 8 bit, mono) of the given length. */
	static void silence(Path file, int seconds) throws IOException {
		Files.createDirectories(file.getParent());
		int rate = 1000;
		int samples = rate * seconds;
		ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
		header.put("RIFF".getBytes()).putInt(36 + samples).put("WAVE".getBytes());
		header.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate)
				.putShort((short) 1).putShort((short) 8);
		header.put("data".getBytes()).putInt(samples);
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(header.array());
			byte[] quiet = new byte[samples];
			java.util.Arrays.fill(quiet, (byte) 128);
			out.write(quiet);
		}
	}

	/** The folder as a workspace project located where it is (as longtake studio does). */
	static IProject link(Path folder, String name) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject project = workspace.getRoot().getProject(name);
		if (project.exists()) {
			project.delete(false, true, null);
		}
		IProjectDescription description = workspace.newProjectDescription(name);
		description.setLocation(IPath.fromPath(folder));
		project.create(description, null);
		project.open(null);
		return project;
	}
}
