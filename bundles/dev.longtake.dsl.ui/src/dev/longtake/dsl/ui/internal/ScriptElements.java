package dev.longtake.dsl.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;

import dev.longtake.dsl.ShotsContext;
import dev.longtake.model.DescribedElement;
import dev.longtake.model.LongtakePackage;
import dev.longtake.model.NamedElement;
import dev.longtake.model.Sequence;
import dev.longtake.model.Shot;

/** What is at an offset of a parsed script: the name written there and what it names. */
public final class ScriptElements {

	/**
	 * A name at an offset.
	 *
	 * @param element     the named thing (its definition)
	 * @param region      where the name is written at the offset
	 * @param isReference whether the name there refers to the element (else it defines it)
	 */
	public record NameAt(NamedElement element, IRegion region, boolean isReference) {
	}

	private ScriptElements() {
	}

	/** The name at or just before the offset, defining or referring; null when there is none. */
	public static NameAt nameAt(XtextResource resource, int offset) {
		NameAt found = nameAtExactly(resource, offset);
		return found != null || offset == 0 ? found : nameAtExactly(resource, offset - 1);
	}

	private static NameAt nameAtExactly(XtextResource resource, int offset) {
		IParseResult parse = resource.getParseResult();
		if (parse == null || parse.getRootNode() == null) {
			return null;
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(parse.getRootNode(), offset);
		if (leaf == null || leaf.isHidden()) {
			return null;
		}
		IRegion region = new Region(leaf.getOffset(), leaf.getLength());
		if (leaf.getGrammarElement() instanceof CrossReference crossReference) {
			EObject source = NodeModelUtils.findActualSemanticObjectFor(leaf);
			EReference reference = GrammarUtil.getReference(crossReference);
			if (source == null || reference == null) {
				return null;
			}
			EObject target = target(source, reference, leaf);
			return target instanceof NamedElement named && !target.eIsProxy() ? new NameAt(named, region, true)
					: null;
		}
		EObject semantic = NodeModelUtils.findActualSemanticObjectFor(leaf);
		if (semantic instanceof NamedElement named) {
			for (INode node : NodeModelUtils.findNodesForFeature(named, LongtakePackage.Literals.NAMED_ELEMENT__NAME)) {
				if (node.getOffset() <= offset && offset < node.getEndOffset()) {
					return new NameAt(named, new Region(node.getOffset(), node.getLength()), false);
				}
			}
		}
		return null;
	}

	private static EObject target(EObject source, EReference reference, ILeafNode leaf) {
		Object value = source.eGet(reference, true);
		if (value instanceof List<?> list) {
			List<INode> nodes = NodeModelUtils.findNodesForFeature(source, reference);
			for (int i = 0; i < nodes.size() && i < list.size(); i++) {
				INode node = nodes.get(i);
				if (node.getOffset() <= leaf.getOffset() && leaf.getEndOffset() <= node.getEndOffset()) {
					return (EObject) list.get(i);
				}
			}
			return null;
		}
		return (EObject) value;
	}

	/** The region of an element's name, or of the element when it has none written. */
	public static IRegion nameRegion(EObject element) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, LongtakePackage.Literals.NAMED_ELEMENT__NAME);
		INode node = nodes.isEmpty() ? NodeModelUtils.getNode(element) : nodes.get(0);
		return node == null ? null : new Region(node.getOffset(), node.getLength());
	}

	/** The kind of a named thing as the script writes it: character, location, style, shot, sequence. */
	public static String kind(EObject element) {
		String name = element.eClass().getName();
		return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

	/** A short account of a definition for hovers and proposals. */
	public static String describe(NamedElement element) {
		return describe(element, true);
	}

	/** A short account of a definition; a shot's compiled prompt only when asked. */
	public static String describe(NamedElement element, boolean withPrompt) {
		StringBuilder text = new StringBuilder();
		text.append(kind(element)).append(' ').append(element.getName());
		if (element instanceof DescribedElement described && described.getDescription() != null) {
			text.append(": ").append(described.getDescription());
		}
		if (element instanceof Shot shot) {
			text.append(' ').append(Numbers.seconds(shot.getDuration()));
			if (shot.getSequence() != null) {
				text.append(" in sequence ").append(shot.getSequence().getName());
			}
			if (withPrompt) {
				text.append(prompt(shot));
			}
		}
		if (element instanceof Sequence sequence) {
			text.append(", ").append(sequence.getShots().size()).append(" shots");
		}
		INode node = NodeModelUtils.getNode(element);
		if (node != null && element.eResource() != null && element.eResource().getURI().isFile()) {
			text.append("\n(").append(Path.of(element.eResource().getURI().toFileString()).getFileName())
					.append(", line ").append(node.getStartLine()).append(')');
		}
		return text.toString();
	}

	/** Where the element is defined, as "\n(file, line N)", or "" when it has no file. */
	public static String where(org.eclipse.emf.ecore.EObject element) {
		INode node = NodeModelUtils.getNode(element);
		if (node != null && element.eResource() != null && element.eResource().getURI().isFile()) {
			return "\n(" + Path.of(element.eResource().getURI().toFileString()).getFileName() + ", line "
					+ node.getStartLine() + ")";
		}
		return "";
	}

	private static String prompt(Shot shot) {
		try {
			String prompt = ShotsContext.of(shot.eResource() == null ? null : shot.eResource().getResourceSet())
					.compiler().prompt(shot);
			return "\n\nPrompt: " + prompt;
		} catch (RuntimeException e) {
			return ""; // a shot too broken to compile still has a name to show
		}
	}

	/** Seconds as the script writes them. */
	static final class Numbers {
		static String seconds(double value) {
			return value == Math.rint(value) ? (long) value + "s" : value + "s";
		}
	}
}
