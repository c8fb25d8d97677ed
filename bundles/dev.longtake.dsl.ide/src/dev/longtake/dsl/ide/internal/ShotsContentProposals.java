package dev.longtake.dsl.ide.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.resource.XtextResource;

import dev.longtake.dsl.ShotsContext;
import dev.longtake.dsl.backend.BackendCatalog;
import dev.longtake.dsl.backend.BackendLimits;

/**
 * Completion that knows the shot language. On top of Xtext's defaults (keywords and the names in
 * scope for {@code style}, {@code continues}, places and cast, which scoping takes from every
 * {@code .shots} file of the project):
 * <ul>
 * <li>keywords are words only: no proposals of braces, colons or commas;</li>
 * <li>after {@code backend} (project or shot): the backends the script's validation knows, from
 * the {@link ShotsContext} of the resource set (by default the language's shared backend
 * registry, where backend bundles register), each with its limits;</li>
 * <li>where a camera line may start: {@code camera} followed by the common moves;</li>
 * <li>after {@code budget 650}: currency codes.</li>
 * </ul>
 */
public class ShotsContentProposals extends IdeContentProposalProvider {

	/** Camera moves offered after {@code camera}: one continuous move, in the director's words. */
	public static final List<String> CAMERA_MOVES = List.of("dolly forward, continuous", "slow push-in",
			"pull back", "tracking shot", "pan left", "pan right", "tilt up", "tilt down", "crane up", "crane down",
			"orbit around", "handheld", "steadicam follow", "static", "zoom in", "aerial flyover");

	/** Currency codes offered after a budget's amount. */
	public static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "JPY", "CHF", "CAD");

	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		String value = keyword.getValue();
		return !value.isEmpty() && Character.isLetter(value.charAt(0));
	}

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		switch (assignment.getFeature()) {
		case "backend", "defaultBackend" -> backends(context, acceptor);
		case "camera" -> cameraMoves(context, acceptor);
		case "currency" -> values(CURRENCIES, "currency", context, acceptor);
		default -> {
			if (!isTerminal(assignment, "CAMERA_MOVE")) {
				super._createProposals(assignment, context, acceptor);
			}
		}
		}
	}

	private void backends(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		BackendCatalog catalog = catalogOf(context);
		for (String name : catalog.names()) {
			ContentAssistEntry entry = getProposalCreator().createProposal(name, context, e -> {
				e.setKind(ContentAssistEntry.KIND_VALUE);
				e.setLabel(name);
				e.setDescription(describe(catalog.limits(name)));
			});
			if (entry != null) {
				acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry) + 100);
			}
		}
	}

	private static String describe(Optional<BackendLimits> limits) {
		return limits.map(l -> l.maxSeconds() == null ? "backend" : "backend, up to " + seconds(l.maxSeconds()))
				.orElse("backend");
	}

	private static String seconds(double value) {
		return value == Math.rint(value) ? (long) value + " s" : value + " s";
	}

	private void cameraMoves(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		for (String move : CAMERA_MOVES) {
			String proposal = "camera " + move;
			ContentAssistEntry entry = getProposalCreator().createProposal(proposal, context, e -> {
				e.setKind(ContentAssistEntry.KIND_SNIPPET);
				e.setLabel(proposal);
				e.setDescription("the shot's one camera move");
			});
			if (entry != null) {
				acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
			}
		}
	}

	private void values(List<String> values, String description, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		for (String value : values) {
			ContentAssistEntry entry = getProposalCreator().createProposal(value, context, e -> {
				e.setKind(ContentAssistEntry.KIND_VALUE);
				e.setDescription(description);
			});
			if (entry != null) {
				acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
			}
		}
	}

	private static boolean isTerminal(Assignment assignment, String name) {
		if (assignment.getTerminal() instanceof RuleCall call) {
			AbstractRule rule = call.getRule();
			return rule != null && name.equals(rule.getName());
		}
		return false;
	}

	private static BackendCatalog catalogOf(ContentAssistContext context) {
		XtextResource resource = context.getResource();
		if (resource == null) {
			EObject model = context.getCurrentModel();
			return ShotsContext.of(model == null || model.eResource() == null ? null
					: model.eResource().getResourceSet()).backends();
		}
		return ShotsContext.of(resource.getResourceSet()).backends();
	}
}
