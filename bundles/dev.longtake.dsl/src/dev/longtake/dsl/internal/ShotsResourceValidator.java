package dev.longtake.dsl.internal;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

/**
 * Xtext's resource validation, bounded for files that are hardly a script any more (a binary
 * file, a paste gone wrong): beyond {@value #MAX_SYNTAX_ERRORS} syntax errors it reports the
 * first ones and how many more there are, and leaves the checks beyond syntax until they are
 * fixed. Every script that is merely broken is validated in full.
 * <p>
 * One error per place: where a syntax error is, the other errors the parser and the checks
 * find at the same offset (a value it could not read, "missing the shot's length"; a shot
 * without a length "lasts 0s") are its consequences and are left out, so {@code 8x} for a
 * length is one error that says what a length is, not three.
 */
public class ShotsResourceValidator extends ResourceValidatorImpl {

	public static final int MAX_SYNTAX_ERRORS = 100;

	@Override
	protected void collectResourceDiagnostics(Resource resource, CancelIndicator monitor, IAcceptor<Issue> acceptor) {
		int syntaxErrors = 0;
		Resource.Diagnostic firstLeftOut = null;
		java.util.Set<Integer> syntaxAt = syntaxErrorOffsets(resource);
		java.util.Set<Integer> reported = new java.util.HashSet<>();
		for (Resource.Diagnostic error : List.copyOf(resource.getErrors())) {
			Integer at = offset(error);
			if (at != null && (parserError(error) ? !reported.add(at) : syntaxAt.contains(at))) {
				continue; // another error at a syntax error's place: said by it
			}
			if (error instanceof XtextSyntaxDiagnostic && ++syntaxErrors > MAX_SYNTAX_ERRORS) {
				if (firstLeftOut == null) {
					firstLeftOut = error;
				}
				continue;
			}
			issueFromXtextResourceDiagnostic(error, Severity.ERROR, acceptor);
		}
		for (Resource.Diagnostic warning : List.copyOf(resource.getWarnings())) {
			issueFromXtextResourceDiagnostic(warning, Severity.WARNING, acceptor);
		}
		if (firstLeftOut != null) {
			Issue.IssueImpl more = new Issue.IssueImpl();
			more.setSeverity(Severity.ERROR);
			more.setMessage("... and " + (syntaxErrors - MAX_SYNTAX_ERRORS) + " more syntax errors: fix these "
					+ MAX_SYNTAX_ERRORS + " first (the other checks wait until then)");
			more.setLineNumber(Math.max(1, firstLeftOut.getLine()));
			more.setColumn(Math.max(1, firstLeftOut.getColumn()));
			more.setOffset(0);
			more.setLength(0);
			more.setCode(org.eclipse.xtext.diagnostics.Diagnostic.SYNTAX_DIAGNOSTIC);
			acceptor.accept(more);
		}
	}

	@Override
	protected void validate(Resource resource, CheckMode mode, CancelIndicator monitor, IAcceptor<Issue> acceptor) {
		if (tooBroken(resource)) {
			return;
		}
		java.util.Set<Integer> syntaxAt = syntaxErrorOffsets(resource);
		super.validate(resource, mode, monitor, syntaxAt.isEmpty() ? acceptor : issue -> {
			if (issue.getSeverity() != Severity.ERROR || issue.getOffset() == null
					|| !syntaxAt.contains(issue.getOffset())) {
				acceptor.accept(issue);
			}
		});
	}

	private static java.util.Set<Integer> syntaxErrorOffsets(Resource resource) {
		java.util.Set<Integer> offsets = new java.util.HashSet<>();
		for (Resource.Diagnostic error : resource.getErrors()) {
			Integer at = parserError(error) ? offset(error) : null;
			if (at != null) {
				offsets.add(at);
			}
		}
		return offsets;
	}

	/** A syntax error of the parser, not a value it could not read. */
	private static boolean parserError(Resource.Diagnostic error) {
		return error instanceof XtextSyntaxDiagnostic && !SyntaxErrorMessages.isValueNotRead(error.getMessage());
	}

	private static Integer offset(Resource.Diagnostic diagnostic) {
		return diagnostic instanceof org.eclipse.xtext.diagnostics.AbstractDiagnostic located ? located.getOffset()
				: null;
	}

	private static boolean tooBroken(Resource resource) {
		int syntaxErrors = 0;
		for (Resource.Diagnostic error : resource.getErrors()) {
			if (error instanceof XtextSyntaxDiagnostic && ++syntaxErrors > MAX_SYNTAX_ERRORS) {
				return true;
			}
		}
		return false;
	}
}
