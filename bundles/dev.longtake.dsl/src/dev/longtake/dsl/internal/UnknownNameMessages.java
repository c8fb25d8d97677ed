package dev.longtake.dsl.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

import dev.longtake.dsl.validation.ShotsIssueCodes;

/**
 * "Unknown character 'Ernst'. Did you mean Ernest?": the message for a name that refers to
 * nothing, offering the names of that kind it is closest to (also as issue data, for the quick
 * fix). When nothing is close and there are only a few names of the kind, it lists them.
 */
public class UnknownNameMessages extends LinkingDiagnosticMessageProvider {

	private static final int LISTED_WHEN_AT_MOST = 6;

	@Inject
	private IScopeProvider scopeProvider;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		String kind = kind(type);
		String linkText;
		try {
			linkText = context.getLinkText();
		} catch (IllegalNodeException e) {
			linkText = e.getNode().getText();
		}
		List<String> known = knownNames(context);
		List<String> close = CloseNames.suggest(linkText, known);
		StringBuilder message = new StringBuilder("Unknown ").append(kind).append(" '").append(linkText).append("'.");
		if (!close.isEmpty()) {
			message.append(" Did you mean ").append(CloseNames.orList(close)).append('?');
		} else if (known.isEmpty()) {
			message.append(" The project has no ").append(kind).append(" yet: write one with '").append(kind)
					.append(" ").append(linkText).append(" ...'.");
		} else if (known.size() == 1) {
			message.append(" The only ").append(kind).append(" is ").append(known.get(0)).append('.');
		} else if (known.size() <= LISTED_WHEN_AT_MOST) {
			message.append(" The ").append(plural(kind)).append(" are ").append(CloseNames.andList(known)).append('.');
		}
		return new DiagnosticMessage(message.toString(), Severity.ERROR, ShotsIssueCodes.UNKNOWN_NAME,
				close.toArray(String[]::new));
	}

	private List<String> knownNames(ILinkingDiagnosticContext context) {
		Set<String> names = new LinkedHashSet<>();
		try {
			IScope scope = scopeProvider.getScope(context.getContext(), context.getReference());
			for (IEObjectDescription description : scope.getAllElements()) {
				names.add(description.getName().toString());
			}
		} catch (RuntimeException e) {
			// a broken model may not give a scope: then the message offers no names
		}
		return new ArrayList<>(names);
	}

	static String kind(EClass type) {
		return type.getName().toLowerCase(Locale.ROOT);
	}

	private static String plural(String kind) {
		return kind.endsWith("s") ? kind + "es" : kind + "s";
	}
}
