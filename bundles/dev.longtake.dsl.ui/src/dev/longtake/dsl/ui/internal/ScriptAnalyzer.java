package dev.longtake.dsl.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import dev.longtake.dsl.Shots;
import dev.longtake.dsl.ShotsContext;

/**
 * Parses, links and validates a script's text with the language runtime (its Guice injector),
 * in a resource set that also holds the other {@code .shots} files of its folder, as
 * {@code longtake check} sees them. The other files' text comes from a function, so that open
 * editors' unsaved text counts; a file it has no text for is read from disk.
 */
public final class ScriptAnalyzer {

	private ScriptAnalyzer() {
	}

	/**
	 * Analyses {@code text} as the script at {@code file}.
	 *
	 * @param file      where the script is (absolute), or null for a text with no folder
	 * @param text      its current text
	 * @param openText  the unsaved text of another script of the folder, or null to read it from disk
	 * @param cancelled polled while validating; a cancelled analysis returns null
	 */
	public static ScriptSnapshot analyze(Path file, String text, Function<Path, String> openText,
			CancelIndicator cancelled) {
		long start = System.nanoTime();
		Injector injector = Shots.injector();
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		ShotsContext.defaults().attachTo(resourceSet);
		Path self = file == null ? Path.of("untitled.shots").toAbsolutePath() : file.toAbsolutePath().normalize();
		XtextResource resource = load(resourceSet, self, text);
		for (Path other : siblings(self)) {
			String otherText = openText == null ? null : openText.apply(other);
			if (otherText == null) {
				try {
					otherText = Files.readString(other, StandardCharsets.UTF_8);
				} catch (IOException | RuntimeException e) {
					continue; // unreadable or not UTF-8: check reports it in that file
				}
			}
			load(resourceSet, other, otherText);
		}
		if (cancelled.isCanceled()) {
			return null;
		}
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		List<Issue> issues;
		try {
			issues = validator.validate(resource, CheckMode.ALL, cancelled);
		} catch (org.eclipse.xtext.service.OperationCanceledError | org.eclipse.core.runtime.OperationCanceledException e) {
			return null;
		}
		if (cancelled.isCanceled()) {
			return null;
		}
		return new ScriptSnapshot(text, resource, new ArrayList<>(issues), System.nanoTime() - start);
	}

	private static XtextResource load(XtextResourceSet resourceSet, Path file, String text) {
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createFileURI(file.toString()));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new IllegalStateException("reading from memory cannot fail", e);
		}
		return resource;
	}

	/** The other .shots files of the script's folder (not subfolders), as ShotsProject finds them. */
	public static List<Path> siblings(Path file) {
		List<Path> siblings = new ArrayList<>();
		Path folder = file.getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			return siblings;
		}
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*." + Shots.FILE_EXTENSION)) {
			for (Path entry : stream) {
				Path normal = entry.toAbsolutePath().normalize();
				if (!normal.equals(file) && Files.isRegularFile(normal)
						&& !normal.getFileName().toString().startsWith(".")) {
					siblings.add(normal);
				}
			}
		} catch (IOException e) {
			// a folder we cannot list has no siblings for us
		}
		siblings.sort(null);
		return siblings;
	}
}
