package dev.longtake.dsl.internal;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.AbstractValidationDiagnostic;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;
import org.eclipse.xtext.validation.Issue;

/**
 * Turns diagnostics into issues, with two repairs:
 * <ul>
 * <li>The model's generated EMF validator also checks that every reference resolves, which
 * repeats each "Unknown character ..." linking error as "The feature 'cast' of ... contains an
 * unresolved proxy". Those repeats are dropped.</li>
 * <li>Xtext 2.42 fails to compute the end line of a diagnostic at the very end of a text that
 * ends with a lone carriage return (StringIndexOutOfBoundsException in
 * InternalNodeModelUtils), which would lose every diagnostic of the file. Such a diagnostic
 * keeps its start position and message.</li>
 * </ul>
 */
public class ShotsDiagnosticConverter extends DiagnosticConverterImpl {

	@Override
	public void convertValidatorDiagnostic(Diagnostic diagnostic, IAcceptor<Issue> acceptor) {
		// the code first: getSource() of Xtext's own diagnostics renders their object
		if (diagnostic.getCode() == EObjectValidator.EOBJECT__EVERY_PROXY_RESOLVES
				&& !(diagnostic instanceof AbstractValidationDiagnostic)
				&& EObjectValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())) {
			return;
		}
		super.convertValidatorDiagnostic(diagnostic, acceptor);
	}

	@Override
	public void convertResourceDiagnostic(org.eclipse.emf.ecore.resource.Resource.Diagnostic diagnostic,
			Severity severity, IAcceptor<Issue> acceptor) {
		try {
			super.convertResourceDiagnostic(diagnostic, severity, acceptor);
		} catch (IndexOutOfBoundsException e) {
			Issue.IssueImpl issue = new Issue.IssueImpl();
			issue.setSyntaxError(diagnostic instanceof XtextSyntaxDiagnostic);
			issue.setSeverity(severity);
			issue.setMessage(diagnostic.getMessage());
			issue.setLineNumber(safely(diagnostic::getLine));
			issue.setColumn(safely(diagnostic::getColumn));
			if (diagnostic instanceof AbstractDiagnostic located) {
				issue.setOffset(safely(located::getOffset));
				issue.setLength(safely(located::getLength));
				issue.setCode(located.getCode());
				issue.setData(located.getData());
			}
			issue.setType(CheckType.FAST);
			acceptor.accept(issue);
		}
	}

	private static int safely(java.util.function.IntSupplier location) {
		try {
			return location.getAsInt();
		} catch (RuntimeException e) {
			return 1;
		}
	}
}
