package dev.longtake.dsl.ui.internal;

import org.eclipse.jface.text.quickassist.IQuickFixableAnnotation;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** A finding of the last analysis, shown in the editor while typing; quick fixes read its issue. */
public final class IssueAnnotation extends Annotation implements IQuickFixableAnnotation {

	public static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
	public static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
	public static final String INFO = "org.eclipse.ui.workbench.texteditor.info";

	private final Issue issue;

	public IssueAnnotation(Issue issue) {
		super(typeOf(issue.getSeverity()), false, issue.getMessage());
		this.issue = issue;
	}

	static String typeOf(Severity severity) {
		if (severity == null) {
			return ERROR;
		}
		return switch (severity) {
		case ERROR -> ERROR;
		case WARNING -> WARNING;
		default -> INFO;
		};
	}

	public Issue issue() {
		return issue;
	}

	@Override
	public void setQuickFixable(boolean state) {
		// decided by the issue's code
	}

	@Override
	public boolean isQuickFixableStateSet() {
		return true;
	}

	@Override
	public boolean isQuickFixable() {
		return QuickFixes.canFix(issue);
	}
}
