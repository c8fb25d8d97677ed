package dev.longtake.dsl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.formatting2.FormatterPreferences;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.preferences.TypedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;
import com.google.inject.Key;

import dev.longtake.dsl.internal.ProjectBlocks;
import dev.longtake.dsl.internal.ShotsResourceValidator;
import dev.longtake.dsl.internal.Utf8Text;
import dev.longtake.dsl.services.ShotsGrammarAccess;
import dev.longtake.dsl.validation.ShotsIssueCodes;

/**
 * Puts a script in the canonical layout of {@link dev.longtake.dsl.formatting2.ShotsFormatter}.
 * Only a script without syntax errors is formatted (a broken one could lose text); formatting
 * needs no other file of the project.
 */
public final class ScriptFormatting {

	/**
	 * The outcome: the formatted text, or the syntax errors that stopped it.
	 *
	 * @param text         the formatted text, or null when the script has syntax errors
	 * @param syntaxErrors the syntax errors, empty when formatted
	 */
	public record Result(String text, List<ShotsDiagnostic> syntaxErrors) {
		public Result {
			syntaxErrors = List.copyOf(syntaxErrors);
		}

		public boolean formatted() {
			return text != null;
		}
	}

	private ScriptFormatting() {
	}

	/** Formats the script in the file (read as UTF-8); the file is not changed. */
	public static Result format(Path file) throws IOException {
		Path absolute = file.toAbsolutePath().normalize();
		byte[] bytes = Files.readAllBytes(absolute);
		int malformed = Utf8Text.firstMalformedByte(bytes);
		if (malformed >= 0) {
			return new Result(null, List.of(new ShotsDiagnostic(ShotsDiagnostic.Severity.ERROR, absolute, 1, 1,
					0, 0, Utf8Text.message(malformed), null, List.of())));
		}
		return format(new String(bytes, StandardCharsets.UTF_8), absolute);
	}

	/** Formats script text; {@code file} names it in diagnostics (it is not read). */
	public static Result format(String text, Path file) {
		Injector injector = Shots.injector();
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet
				.createResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					java.util.Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new IllegalStateException("reading from memory cannot fail", e);
		}
		List<ShotsDiagnostic> errors = syntaxErrors(resource, file);
		if (!errors.isEmpty()) {
			return new Result(null, errors);
		}
		EObject script = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		List<INode> projectBlocks = script == null ? List.of()
				: ProjectBlocks.keywords(script,
						injector.getInstance(ShotsGrammarAccess.class).getProjectSettingsRule());
		if (projectBlocks.size() > 1) {
			INode second = projectBlocks.get(1);
			return new Result(null, List.of(new ShotsDiagnostic(ShotsDiagnostic.Severity.ERROR, file,
					second.getStartLine(), column(second), second.getOffset(), second.getLength(),
					"A file has one project block; this one repeats the project block at line "
							+ projectBlocks.get(0).getStartLine(),
					ShotsIssueCodes.SECOND_PROJECT_BLOCK, List.of())));
		}
		try {
			return new Result(format(resource), List.of());
		} catch (RuntimeException e) {
			return new Result(null, List.of(new ShotsDiagnostic(ShotsDiagnostic.Severity.ERROR, file, 1, 1, 0, 0,
					"cannot format this script: " + e.getMessage(), null, List.of())));
		}
	}

	/** The formatted text of a resource parsed without syntax errors. */
	public static String format(XtextResource resource) {
		Injector injector = resource.getResourceServiceProvider().get(Injector.class);
		if (injector == null) {
			injector = Shots.injector();
		}
		ITextRegionAccess regions = injector.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create();
		IPreferenceValuesProvider preferences = injector
				.getInstance(Key.get(IPreferenceValuesProvider.class, FormatterPreferences.class));
		FormatterRequest request = injector.getInstance(FormatterRequest.class);
		request.setTextRegionAccess(regions);
		request.setPreferences(TypedPreferenceValues.castOrWrap(preferences.getPreferenceValues(resource)));
		request.setExceptionHandler(exception -> {
			throw new IllegalStateException("the formatter failed: " + exception, exception);
		});
		List<ITextReplacement> replacements = injector.getInstance(IFormatter2.class).format(request);
		return regions.getRewriter().renderToString(replacements);
	}

	private static List<ShotsDiagnostic> syntaxErrors(XtextResource resource, Path file) {
		List<ShotsDiagnostic> errors = new ArrayList<>();
		IParseResult parse = resource.getParseResult();
		if (parse != null) {
			int count = 0;
			for (INode node : parse.getSyntaxErrors()) {
				if (++count > ShotsResourceValidator.MAX_SYNTAX_ERRORS) {
					errors.add(new ShotsDiagnostic(ShotsDiagnostic.Severity.ERROR, file, node.getStartLine(),
							column(node), node.getOffset(), node.getLength(), "... and more syntax errors", null,
							List.of()));
					return errors;
				}
				errors.add(new ShotsDiagnostic(ShotsDiagnostic.Severity.ERROR, file, node.getStartLine(),
						column(node), node.getOffset(), node.getLength(), node.getSyntaxErrorMessage().getMessage(),
						node.getSyntaxErrorMessage().getIssueCode(), List.of()));
			}
		}
		for (Resource.Diagnostic diagnostic : resource.getErrors()) {
			if (errors.stream().noneMatch(e -> e.message().equals(diagnostic.getMessage()))
					&& !(diagnostic instanceof org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic)) {
				errors.add(new ShotsDiagnostic(ShotsDiagnostic.Severity.ERROR, file, Math.max(1, diagnostic.getLine()),
						Math.max(1, diagnostic.getColumn()), 0, 0, diagnostic.getMessage(), null, List.of()));
			}
		}
		return errors;
	}

	private static int column(INode node) {
		return NodeModelUtils.getLineAndColumn(node, node.getOffset()).getColumn();
	}
}
