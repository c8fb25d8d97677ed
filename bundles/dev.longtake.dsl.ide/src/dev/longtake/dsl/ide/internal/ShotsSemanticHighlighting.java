package dev.longtake.dsl.ide.internal;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import dev.longtake.model.LongtakePackage;

/**
 * Semantic highlighting of shot scripts, one pass over the leaves of the node model. The style
 * ids are the language server protocol's token types and modifiers ({@code class},
 * {@code declaration}, ...), which Xtext's semantic tokens service puts in its legend; an editor
 * maps the same ids to colours:
 * <table>
 * <tr><td>sequence names</td><td>{@value #SEQUENCE}</td></tr>
 * <tr><td>shot names</td><td>{@value #SHOT}</td></tr>
 * <tr><td>characters</td><td>{@value #CHARACTER}</td></tr>
 * <tr><td>places</td><td>{@value #LOCATION}</td></tr>
 * <tr><td>styles</td><td>{@value #STYLE}</td></tr>
 * <tr><td>backend names, currencies</td><td>{@value #VALUE}</td></tr>
 * <tr><td>keywords (and the word {@code camera})</td><td>{@value #KEYWORD}</td></tr>
 * <tr><td>times, sizes, numbers</td><td>{@value #NUMBER}</td></tr>
 * <tr><td>texts, and the camera move</td><td>{@value #STRING}</td></tr>
 * <tr><td>comments</td><td>{@value #COMMENT}</td></tr>
 * </table>
 * Names where they are declared also carry the modifier {@value #DECLARATION}. A token spanning
 * lines (a long quoted text, a block comment) is given line by line, as the protocol wants.
 */
public class ShotsSemanticHighlighting implements ISemanticHighlightingCalculator {

	public static final String SEQUENCE = "namespace";
	public static final String SHOT = "class";
	public static final String CHARACTER = "variable";
	public static final String LOCATION = "struct";
	public static final String STYLE = "type";
	public static final String VALUE = "enumMember";
	public static final String KEYWORD = "keyword";
	public static final String NUMBER = "number";
	public static final String STRING = "string";
	public static final String COMMENT = "comment";
	public static final String DECLARATION = "declaration";

	private static final String CAMERA = "camera";

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		if (resource == null || resource.getParseResult() == null) {
			return;
		}
		int count = 0;
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if ((++count & 1023) == 0 && cancelIndicator != null && cancelIndicator.isCanceled()) {
				return;
			}
			if (leaf.getLength() == 0) {
				continue;
			}
			EObject grammar = leaf.getGrammarElement();
			if (leaf.isHidden()) {
				AbstractRule hidden = grammar instanceof RuleCall call ? call.getRule()
						: grammar instanceof AbstractRule rule ? rule : null;
				if (hidden != null && hidden.getName().endsWith("COMMENT")) {
					highlight(acceptor, leaf.getOffset(), leaf.getText(), COMMENT);
				}
				continue;
			}
			if (grammar instanceof Keyword || grammar instanceof EnumLiteralDeclaration) {
				highlight(acceptor, leaf.getOffset(), leaf.getText(), KEYWORD);
			} else if (grammar instanceof CrossReference reference) {
				reference(leaf, reference, acceptor);
			} else if (grammar instanceof RuleCall call) {
				ruleCall(leaf, call, acceptor);
			}
		}
	}

	private void ruleCall(ILeafNode leaf, RuleCall call, IHighlightedPositionAcceptor acceptor) {
		AbstractRule rule = call.getRule();
		String ruleName = rule == null ? "" : rule.getName();
		CrossReference reference = GrammarUtil.containingCrossReference(call);
		if (reference != null) {
			reference(leaf, reference, acceptor);
			return;
		}
		Assignment assignment = GrammarUtil.containingAssignment(call);
		String feature = assignment == null ? "" : assignment.getFeature();
		if ("name".equals(feature)) {
			EObject owner = leaf.getSemanticElement();
			String kind = owner == null ? null : kindOf(owner.eClass());
			if (kind != null) {
				highlight(acceptor, leaf.getOffset(), leaf.getText(), kind, DECLARATION);
			}
			return;
		}
		if ("backend".equals(feature) || "defaultBackend".equals(feature) || "currency".equals(feature)) {
			highlight(acceptor, leaf.getOffset(), leaf.getText(), VALUE);
			return;
		}
		switch (ruleName) {
		case "STRING" -> highlight(acceptor, leaf.getOffset(), leaf.getText(), STRING);
		case "CAMERA_MOVE" -> camera(leaf, acceptor);
		case "INT", "WHOLE_SECONDS", "WIDTH" -> highlight(acceptor, leaf.getOffset(), leaf.getText(), NUMBER);
		default -> {
			if (!(rule instanceof TerminalRule) && isNumber(leaf)) {
				highlight(acceptor, leaf.getOffset(), leaf.getText(), NUMBER);
			}
		}
		}
	}

	private static void reference(ILeafNode leaf, CrossReference reference, IHighlightedPositionAcceptor acceptor) {
		String kind = kindOf(reference.getType() == null ? null : reference.getType().getClassifier());
		if (kind != null) {
			highlight(acceptor, leaf.getOffset(), leaf.getText(), kind);
		}
	}

	/** Digits and the punctuation inside datatype rules such as {@code 0.5s} or {@code 1:05}. */
	private static boolean isNumber(INode leaf) {
		String text = leaf.getText();
		return !text.isEmpty() && (Character.isDigit(text.charAt(0)) || text.equals(".") || text.equals(":"));
	}

	/** {@code camera} as a keyword, the move as text, a trailing {@code // comment} as a comment. */
	private static void camera(ILeafNode leaf, IHighlightedPositionAcceptor acceptor) {
		String text = leaf.getText();
		int offset = leaf.getOffset();
		acceptor.addPosition(offset, Math.min(CAMERA.length(), text.length()), KEYWORD);
		int comment = text.indexOf("//");
		int end = comment < 0 ? text.length() : comment;
		int start = CAMERA.length();
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		int last = end;
		while (last > start && Character.isWhitespace(text.charAt(last - 1))) {
			last--;
		}
		if (last > start) {
			acceptor.addPosition(offset + start, last - start, STRING);
		}
		if (comment >= 0) {
			int commentEnd = text.length();
			while (commentEnd > comment && Character.isWhitespace(text.charAt(commentEnd - 1))) {
				commentEnd--;
			}
			acceptor.addPosition(offset + comment, commentEnd - comment, COMMENT);
		}
	}

	private static String kindOf(Object type) {
		if (!(type instanceof EClass eClass)) {
			return null;
		}
		LongtakePackage model = LongtakePackage.eINSTANCE;
		if (model.getShot().isSuperTypeOf(eClass)) {
			return SHOT;
		} else if (model.getCharacter().isSuperTypeOf(eClass)) {
			return CHARACTER;
		} else if (model.getLocation().isSuperTypeOf(eClass)) {
			return LOCATION;
		} else if (model.getStyle().isSuperTypeOf(eClass)) {
			return STYLE;
		} else if (model.getSequence().isSuperTypeOf(eClass)) {
			return SEQUENCE;
		}
		return null;
	}

	/** One position per line of the text (without its line break). */
	private static void highlight(IHighlightedPositionAcceptor acceptor, int offset, String text, String... ids) {
		int start = 0;
		while (start <= text.length()) {
			int end = text.indexOf('\n', start);
			int lineEnd = end < 0 ? text.length() : end;
			int length = lineEnd - start;
			if (length > 0 && text.charAt(lineEnd - 1) == '\r') {
				length--;
			}
			if (length > 0) {
				acceptor.addPosition(offset + start, length, ids);
			}
			if (end < 0) {
				break;
			}
			start = end + 1;
		}
	}
}
