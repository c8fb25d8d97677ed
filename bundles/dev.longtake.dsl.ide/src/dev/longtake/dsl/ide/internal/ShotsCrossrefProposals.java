package dev.longtake.dsl.ide.internal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;

import dev.longtake.model.DescribedElement;

/**
 * Names in scope with what they stand for: the description of a proposed character, place or
 * style is "character June: a lanky teenage girl..." (Xtext's is the class name, "Character"),
 * shown beside the name by the workbench editor and as the item's detail over the protocol.
 */
public class ShotsCrossrefProposals extends IdeCrossrefProposalProvider {

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef,
			ContentAssistContext context) {
		ContentAssistEntry entry = super.createProposal(candidate, crossRef, context);
		if (entry != null && candidate.getEClass() != null) {
			String kind = candidate.getEClass().getName().toLowerCase(java.util.Locale.ROOT);
			String text = kind + " " + candidate.getName();
			EObject element = candidate.getEObjectOrProxy();
			if (element != null && element.eIsProxy() && context.getResource() != null) {
				element = EcoreUtil.resolve(element, context.getResource());
			}
			if (element instanceof DescribedElement described && !element.eIsProxy()
					&& described.getDescription() != null && !described.getDescription().isEmpty()) {
				text += ": " + described.getDescription();
			}
			entry.setDescription(text);
		}
		return entry;
	}
}
