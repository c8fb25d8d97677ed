package dev.longtake.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import dev.longtake.dsl.ShotsContext;
import dev.longtake.dsl.ShotsDiagnostic;
import dev.longtake.dsl.ShotsDiagnostic.Severity;
import dev.longtake.dsl.ShotsProject;
import dev.longtake.model.Script;

/** Writes scripts into a project folder and loads them the way the command line does. */
final class Scripts {

	private Scripts() {
	}

	/** The example of docs/shots-language.md, verbatim. */
	static String specExample() {
		return resource("spec-example.shots");
	}

	static String resource(String name) {
		try (InputStream in = Scripts.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("no test resource " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Path write(Path folder, String file, String text) {
		try {
			Path path = folder.resolve(file);
			Files.createDirectories(path.getParent());
			Files.writeString(path, text, StandardCharsets.UTF_8);
			return path;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Loads a folder holding just script.shots with this text. */
	static ShotsProject load(Path folder, String script) {
		write(folder, "script.shots", script);
		return load(folder);
	}

	static ShotsProject load(Path folder, String script, ShotsContext context) {
		write(folder, "script.shots", script);
		return load(folder, context);
	}

	/** Loads a project folder, or the folder of a file reporting only that file. */
	static ShotsProject load(Path folderOrFile) {
		return load(folderOrFile, ShotsContext.defaults());
	}

	static ShotsProject load(Path folder, ShotsContext context) {
		try {
			return ShotsProject.load(folder, context);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The script of script.shots. */
	static Script script(ShotsProject project) {
		return project.script(project.folder().resolve("script.shots")).orElseThrow();
	}

	/** The diagnostics as "line:col severity message" lines, for readable failures. */
	static String describe(List<ShotsDiagnostic> diagnostics) {
		return diagnostics.stream()
				.map(d -> d.file().getFileName() + ":" + d.line() + ":" + d.column() + " " + d.severity().label() + " "
						+ d.message() + " [" + d.code() + " " + d.data() + "]")
				.collect(Collectors.joining("\n"));
	}

	static void assertNoDiagnostics(ShotsProject project) {
		assertEquals("", describe(project.diagnostics()));
	}

	/**
	 * The only diagnostic with this code, checked for severity, position ("line:column", see
	 * {@link #at}) and message.
	 */
	static ShotsDiagnostic assertDiagnostic(ShotsProject project, Severity severity, String code, String position,
			String message) {
		List<ShotsDiagnostic> found = project.diagnostics().stream().filter(d -> code.equals(d.code())).toList();
		if (found.size() != 1) {
			fail("expected one " + code + " among:\n" + describe(project.diagnostics()));
		}
		ShotsDiagnostic diagnostic = found.get(0);
		assertEquals(severity, diagnostic.severity(), describe(found));
		assertEquals(position, diagnostic.line() + ":" + diagnostic.column(), describe(found));
		assertEquals(message, diagnostic.message());
		return diagnostic;
	}

	/** "line:column" (from 1) of the first occurrence of the snippet in the text. */
	static String at(String text, String snippet) {
		return at(text, snippet, 1);
	}

	/** "line:column" (from 1) of the n-th occurrence (from 1) of the snippet in the text. */
	static String at(String text, String snippet, int occurrence) {
		int offset = -1;
		for (int i = 0; i < occurrence; i++) {
			offset = text.indexOf(snippet, offset + 1);
			if (offset < 0) {
				throw new IllegalArgumentException("'" + snippet + "' occurs fewer than " + occurrence + " times");
			}
		}
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return line + ":" + (offset - lineStart + 1);
	}

	static void assertNoDiagnostic(ShotsProject project, String code) {
		assertTrue(project.diagnostics().stream().noneMatch(d -> code.equals(d.code())),
				describe(project.diagnostics()));
	}

	/** Writes a silent 8-bit mono WAV of the given length, at 1 kHz to keep it small. */
	static Path wav(Path file, double seconds) {
		try {
			Files.createDirectories(file.getParent());
			AudioFormat format = new AudioFormat(1000, 8, 1, true, false);
			long frames = Math.round(seconds * 1000);
			byte[] silence = new byte[(int) frames];
			try (AudioInputStream in = new AudioInputStream(new java.io.ByteArrayInputStream(silence), format,
					frames)) {
				AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
			}
			return file;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Writes a small file standing in for an image (its content is only hashed). */
	static Path image(Path file, String content) {
		return write(file.getParent(), file.getFileName().toString(), content);
	}
}
