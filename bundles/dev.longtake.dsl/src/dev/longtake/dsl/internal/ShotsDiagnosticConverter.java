package dev.longtake.dsl.internal;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.util.IAcceptor;

/**
 * The model's generated EMF validator also checks that every reference resolves, which
 * repeats each "Unknown character ..." linking error as "The feature 'cast' of ... contains an
 * unresolved proxy". Those repeats are dropped; everything else passes through.
 */
public class ShotsDiagnosticConverter extends DiagnosticConverterImpl {

	@Override
	public void convertValidatorDiagnostic(Diagnostic diagnostic, IAcceptor<Issue> acceptor) {
		if (EObjectValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())
				&& diagnostic.getCode() == EObjectValidator.EOBJECT__EVERY_PROXY_RESOLVES) {
			return;
		}
		super.convertValidatorDiagnostic(diagnostic, acceptor);
	}
}
