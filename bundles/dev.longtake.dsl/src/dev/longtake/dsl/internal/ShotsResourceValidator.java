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
 */
public class ShotsResourceValidator extends ResourceValidatorImpl {

	public static final int MAX_SYNTAX_ERRORS = 100;

	@Override
	protected void collectResourceDiagnostics(Resource resource, CancelIndicator monitor, IAcceptor<Issue> acceptor) {
		int syntaxErrors = 0;
		Resource.Diagnostic firstLeftOut = null;
		for (Resource.Diagnostic error : List.copyOf(resource.getErrors())) {
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
		super.validate(resource, mode, monitor, acceptor);
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
