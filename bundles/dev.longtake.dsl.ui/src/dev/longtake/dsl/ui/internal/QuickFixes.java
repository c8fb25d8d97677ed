package dev.longtake.dsl.ui.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.xtext.validation.Issue;

import dev.longtake.dsl.validation.ShotsIssueCodes;

/**
 * Quick fixes (Ctrl+1) for findings with an obvious fix:
 * <ul>
 * <li>an unknown name ({@link ShotsIssueCodes#UNKNOWN_NAME}): change it to one of the close names;</li>
 * <li>an unknown backend ({@link ShotsIssueCodes#UNKNOWN_BACKEND}): change it to a close backend;</li>
 * <li>a name repeated in a beat's cast ({@link ShotsIssueCodes#REPEATED_CAST}): remove the repetition;</li>
 * <li>a duplicate name ({@link ShotsIssueCodes#DUPLICATE_NAME}): rename this one to a free name.</li>
 * </ul>
 */
public final class QuickFixes implements IQuickAssistProcessor {

	private final IAnnotationModelSource annotations;

	/** Where the editor's annotations are. */
	@FunctionalInterface
	public interface IAnnotationModelSource {
		IAnnotationModel get();
	}

	public QuickFixes(IAnnotationModelSource annotations) {
		this.annotations = annotations;
	}

	/** Whether a finding has a quick fix. */
	public static boolean canFix(Issue issue) {
		String code = issue.getCode();
		if (code == null) {
			return false;
		}
		return (code.equals(ShotsIssueCodes.UNKNOWN_NAME) || code.equals(ShotsIssueCodes.UNKNOWN_BACKEND))
				&& issue.getData() != null && issue.getData().length > 0
				|| code.equals(ShotsIssueCodes.REPEATED_CAST) || code.equals(ShotsIssueCodes.DUPLICATE_NAME);
	}

	/** The fixes of one finding, as text replacements in a document that still has the finding's text. */
	public static List<ICompletionProposal> fixes(Issue issue, Position at, IDocument document) {
		List<ICompletionProposal> fixes = new ArrayList<>();
		String code = issue.getCode();
		if (code == null) {
			return fixes;
		}
		if (code.equals(ShotsIssueCodes.UNKNOWN_NAME) || code.equals(ShotsIssueCodes.UNKNOWN_BACKEND)) {
			for (String name : issue.getData() == null ? new String[0] : issue.getData()) {
				if (name != null && !name.isBlank()) {
					fixes.add(new Replace("Change to '" + name + "'", at.getOffset(), at.getLength(), name));
				}
			}
		} else if (code.equals(ShotsIssueCodes.REPEATED_CAST)) {
			try {
				// remove ", Name" (the repetition and the comma before it)
				int start = at.getOffset();
				int comma = start - 1;
				while (comma > 0 && Character.isWhitespace(document.getChar(comma))) {
					comma--;
				}
				if (document.getChar(comma) == ',') {
					start = comma;
				}
				fixes.add(new Replace("Remove the repeated " + document.get(at.getOffset(), at.getLength()), start,
						at.getOffset() + at.getLength() - start, ""));
			} catch (BadLocationException e) {
				// the text moved on: no fix
			}
		} else if (code.equals(ShotsIssueCodes.DUPLICATE_NAME)) {
			try {
				String name = document.get(at.getOffset(), at.getLength());
				String text = document.get();
				int n = 2;
				while (text.matches("(?s).*\\b" + java.util.regex.Pattern.quote(name + n) + "\\b.*")) {
					n++;
				}
				fixes.add(new Replace("Rename to '" + name + n + "'", at.getOffset(), at.getLength(), name + n));
			} catch (BadLocationException e) {
				// the text moved on: no fix
			}
		}
		return fixes;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof IssueAnnotation issue && canFix(issue.issue());
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		IAnnotationModel model = annotations.get();
		if (model == null) {
			return new ICompletionProposal[0];
		}
		int offset = context.getOffset();
		List<ICompletionProposal> proposals = new ArrayList<>();
		IDocument document = context.getSourceViewer().getDocument();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (annotation instanceof IssueAnnotation issue && !annotation.isMarkedDeleted()) {
				Position position = model.getPosition(annotation);
				if (position != null && position.getOffset() <= offset
						&& offset <= position.getOffset() + position.getLength()) {
					proposals.addAll(fixes(issue.issue(), position, document));
				}
			}
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	/** A fix that replaces a region of the text. */
	public static final class Replace implements ICompletionProposal {
		private final String label;
		private final int offset;
		private final int length;
		private final String text;

		Replace(String label, int offset, int length, String text) {
			this.label = label;
			this.offset = offset;
			this.length = length;
			this.text = text;
		}

		@Override
		public void apply(IDocument document) {
			try {
				document.replace(offset, length, text);
			} catch (BadLocationException e) {
				// the text moved on since the analysis: nothing to fix here any more
			}
		}

		@Override
		public Point getSelection(IDocument document) {
			return new Point(offset + text.length(), 0);
		}

		@Override
		public String getAdditionalProposalInfo() {
			return null;
		}

		@Override
		public String getDisplayString() {
			return label;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
