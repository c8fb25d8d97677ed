package dev.longtake.model.internal;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import dev.longtake.model.NamedElement;
import dev.longtake.model.util.LongtakeValidator;

/** Reporting helpers shared by the constraint classes. */
final class Problems {

	private Problems() {
	}

	/**
	 * Adds an error about {@code feature} of {@code object} and returns false, so a check can
	 * end with {@code return Problems.error(...)}. The data is (object, feature): the shape Xtext's
	 * diagnostic converter and the storyboard use to put the message at the offending text or
	 * figure. A null chain means the caller only wants the verdict.
	 */
	static boolean error(DiagnosticChain diagnostics, int code, String message, EObject object,
			EStructuralFeature feature) {
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, LongtakeValidator.DIAGNOSTIC_SOURCE, code,
					message, new Object[] { object, feature }));
		}
		return false;
	}

	/** Seconds as the language writes them: 20s, 0.5s. */
	static String seconds(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return value + "s";
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() + "s";
	}

	static String label(NamedElement element) {
		return element.getName() == null ? "(unnamed)" : "'" + element.getName() + "'";
	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
