package dev.longtake.dsl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Injector;

/**
 * Writes model edits back to script text, as the storyboard does: the edit is recorded by
 * Xtext's {@link IChangeSerializer}, which turns it into minimal text changes (a renamed shot
 * is renamed where other files continue it too); what it inserts, and the whitespace around
 * that, is then laid out in the canonical layout. A word rewritten in place (a duration, a
 * name) leaves its line as it is; comments and every untouched line stay exactly as written;
 * an element that moves is written anew.
 *
 * <pre>
 * List&lt;ScriptEditing.FileChange&gt; changes =
 *         ScriptEditing.edit(shot.eResource(), () -&gt; shot.setDuration(24));
 * for (ScriptEditing.FileChange change : changes) {
 *     Files.writeString(change.file(), change.newText());
 * }
 * </pre>
 *
 * The model is changed in memory but its resources keep their old node model: write the new
 * texts (or put them into the open documents) and load the scripts again.
 */
public final class ScriptEditing {

	/**
	 * The new text of a file an edit changed.
	 *
	 * @param uri     the file's URI
	 * @param oldText its text before the edit
	 * @param newText its text after the edit
	 */
	public record FileChange(URI uri, String oldText, String newText) {

		/** The file, or null when the URI is not a file. */
		public Path file() {
			return uri.isFile() ? Path.of(uri.toFileString()) : null;
		}
	}

	/** Changes made to a script's model. */
	@FunctionalInterface
	public interface Edit {
		void apply();
	}

	private ScriptEditing() {
	}

	/**
	 * Applies the edit to the model of {@code resource} (and anything reachable from it) and
	 * returns the new texts of the files that change, in the resource set's order.
	 */
	public static List<FileChange> edit(Resource resource, Edit edit) {
		Injector injector = injectorOf(resource);
		IChangeSerializer serializer = injector.getInstance(IChangeSerializer.class);
		serializer.addModification(resource, changed -> edit.apply());
		List<ITextDocumentChange> changes = new ArrayList<>();
		serializer.applyModifications(change -> {
			if (change instanceof ITextDocumentChange text) {
				changes.add(text);
			}
		});
		List<FileChange> files = new ArrayList<>();
		for (ITextDocumentChange change : changes) {
			Resource changed = resource.getResourceSet() == null ? resource
					: resource.getResourceSet().getResource(change.getOldURI(), false);
			String oldText = textOf(changed);
			if (oldText == null) {
				continue;
			}
			files.add(new FileChange(change.getOldURI(), oldText,
					laidOut(injector, change.getOldURI(), oldText, change.getReplacements())));
		}
		return files;
	}

	private static Injector injectorOf(Resource resource) {
		if (resource instanceof XtextResource xtext) {
			Injector injector = xtext.getResourceServiceProvider().get(Injector.class);
			if (injector != null) {
				return injector;
			}
		}
		return Shots.injector();
	}

	private static String textOf(Resource resource) {
		if (resource instanceof XtextResource xtext && xtext.getParseResult() != null) {
			ICompositeNode root = xtext.getParseResult().getRootNode();
			return root == null ? null : root.getText();
		}
		return null;
	}

	/** Applies the replacements, then lays out what they inserted and the whitespace around it. */
	private static String laidOut(Injector injector, URI uri, String oldText, List<ITextReplacement> replacements) {
		List<ITextReplacement> sorted = new ArrayList<>(replacements);
		sorted.sort(Comparator.comparingInt(ITextReplacement::getOffset));
		StringBuilder text = new StringBuilder(oldText.length() + 256);
		List<ITextRegion> touched = new ArrayList<>();
		int copied = 0;
		for (ITextReplacement replacement : sorted) {
			if (replacement.getOffset() < copied) {
				continue; // overlapping edits do not happen; if they did, the first wins
			}
			text.append(oldText, copied, replacement.getOffset());
			int start = text.length();
			text.append(replacement.getReplacementText());
			if (changesStructure(oldText, replacement)) {
				touched.add(new TextRegion(start, text.length() - start));
			}
			copied = replacement.getEndOffset();
		}
		text.append(oldText, copied, oldText.length());
		String edited = text.toString();
		if (touched.isEmpty()) {
			return edited;
		}
		List<ITextRegion> regions = new ArrayList<>();
		for (ITextRegion region : touched) {
			regions.add(withAdjacentWhitespace(edited, region));
		}
		return formatRegions(injector, uri, edited, regions);
	}

	/**
	 * Whether the replacement adds or removes text rather than rewriting a word in place (a new
	 * duration, a new name keep their line as it is).
	 */
	private static boolean changesStructure(String oldText, ITextReplacement replacement) {
		String replaced = oldText.substring(replacement.getOffset(), replacement.getEndOffset());
		return replaced.isEmpty() || replacement.getReplacementText().isEmpty() || replaced.indexOf('\n') >= 0
				|| replacement.getReplacementText().indexOf('\n') >= 0;
	}

	/**
	 * The region widened over the whitespace on both sides, so that the whitespace joining the
	 * edit to the text around it is laid out too, and nothing beyond it.
	 */
	static ITextRegion withAdjacentWhitespace(String text, ITextRegion region) {
		int start = region.getOffset();
		while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
			start--;
		}
		int end = region.getOffset() + region.getLength();
		while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
			end++;
		}
		return new TextRegion(start, end - start);
	}

	private static String formatRegions(Injector injector, URI uri, String text, List<ITextRegion> regions) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new IllegalStateException("reading from memory cannot fail", e);
		}
		if (!resource.getErrors().isEmpty()) {
			return text; // not laid out rather than risk the text
		}
		ITextRegionAccess access = injector.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create();
		FormatterRequest request = injector.getInstance(FormatterRequest.class);
		request.setTextRegionAccess(access);
		request.setRegions(regions);
		request.setExceptionHandler(exception -> {
			throw new IllegalStateException("the formatter failed: " + exception, exception);
		});
		try {
			List<ITextReplacement> replacements = injector.getInstance(IFormatter2.class).format(request);
			return access.getRewriter().renderToString(replacements);
		} catch (RuntimeException e) {
			return text;
		}
	}
}
