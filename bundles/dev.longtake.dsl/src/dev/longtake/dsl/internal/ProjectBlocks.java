package dev.longtake.dsl.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The 'project' keywords of a file's project blocks, found in the text: the model holds only
 * the last block of a file that has several, so they are counted in the node model.
 */
public final class ProjectBlocks {

	private ProjectBlocks() {
	}

	public static List<INode> keywords(EObject script, AbstractRule projectSettingsRule) {
		List<INode> keywords = new ArrayList<>();
		ICompositeNode node = NodeModelUtils.getNode(script);
		if (node == null) {
			return keywords;
		}
		for (INode child : node.getChildren()) {
			if (child.getGrammarElement() instanceof RuleCall call && call.getRule() == projectSettingsRule) {
				for (ILeafNode leaf : child.getLeafNodes()) {
					if (!leaf.isHidden()) {
						keywords.add(leaf);
						break;
					}
				}
			}
		}
		return keywords;
	}
}
