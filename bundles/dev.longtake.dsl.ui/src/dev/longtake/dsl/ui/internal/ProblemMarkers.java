package dev.longtake.dsl.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** The Problems view's markers of a script: replaced by the findings of its saved text. */
public final class ProblemMarkers {

	/** The marker type (a problem marker and a text marker). */
	public static final String TYPE = "dev.longtake.dsl.ui.problem";

	/** The issue code, for quick fixes from the Problems view. */
	public static final String CODE = "dev.longtake.dsl.ui.code";

	private ProblemMarkers() {
	}

	/** Replaces the file's markers with these issues, in a job that holds the file's marker rule. */
	public static WorkspaceJob schedule(IFile file, List<Issue> issues) {
		WorkspaceJob job = new WorkspaceJob("Marking problems of " + file.getName()) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				if (file.exists()) {
					replace(file, issues);
				}
				return Status.OK_STATUS;
			}
		};
		job.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(file));
		job.setSystem(true);
		job.schedule();
		return job;
	}

	/** Replaces the file's markers now (one workspace operation, one resource change). */
	public static void replace(IFile file, List<Issue> issues) throws CoreException {
		IWorkspaceRunnable update = monitor -> {
			file.deleteMarkers(TYPE, true, IResource.DEPTH_ZERO);
			for (Issue issue : issues) {
				Map<String, Object> attributes = new HashMap<>();
				attributes.put(IMarker.MESSAGE, issue.getMessage() == null ? "(no message)" : issue.getMessage());
				attributes.put(IMarker.SEVERITY, severity(issue.getSeverity()));
				if (issue.getLineNumber() != null) {
					attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber());
				}
				if (issue.getOffset() != null && issue.getLength() != null) {
					attributes.put(IMarker.CHAR_START, issue.getOffset());
					attributes.put(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
				}
				if (issue.getCode() != null) {
					attributes.put(CODE, issue.getCode());
				}
				attributes.put(IMarker.SOURCE_ID, "dev.longtake.dsl.ui");
				file.createMarker(TYPE, attributes);
			}
		};
		ResourcesPlugin.getWorkspace().run(update, ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(file),
				IResource.NONE, null);
	}

	static int severity(Severity severity) {
		if (severity == null) {
			return IMarker.SEVERITY_ERROR;
		}
		return switch (severity) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		};
	}
}
