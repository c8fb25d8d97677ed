package dev.longtake.storyboard.model;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** The names a script writes for an element's references, read from the text without linking. */
final class ReferenceNames {

    private ReferenceNames() {
    }

    static List<String> of(EObject owner, EReference reference) {
        List<String> names = new ArrayList<>();
        for (INode node : NodeModelUtils.findNodesForFeature(owner, reference)) {
            String name = NodeModelUtils.getTokenText(node);
            if (name != null && !name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }
}
