package dev.longtake.dsl.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;

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

	/**
	 * Checks the folder's other scripts as saved and replaces their markers, so that a change
	 * here that makes or mends a finding there (a name defined twice, a renamed character)
	 * shows in the Problems view. A script with unsaved changes in an editor is left to it.
	 */
	public static WorkspaceJob scheduleSiblings(Path file, Function<Path, String> openText) {
		WorkspaceJob job = new WorkspaceJob("Checking the other scripts of " + file.getParent()) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				for (Path sibling : ScriptAnalyzer.siblings(file)) {
					if (monitor.isCanceled()) {
						return Status.CANCEL_STATUS;
					}
					IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(sibling.toUri());
					if (files.length == 0 || !files[0].exists() || hasUnsavedEditor(files[0])) {
						continue;
					}
					String text;
					try {
						text = Files.readString(sibling, StandardCharsets.UTF_8);
					} catch (IOException | RuntimeException e) {
						continue; // unreadable or not UTF-8: its own editor says so
					}
					ScriptSnapshot analysis = ScriptAnalyzer.analyze(sibling, text, openText, monitor::isCanceled);
					if (analysis != null) {
						replace(files[0], analysis.issues());
					}
				}
				return Status.OK_STATUS;
			}
		};
		job.setSystem(true);
		job.schedule();
		return job;
	}

	private static boolean hasUnsavedEditor(IFile file) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(),
				LocationKind.IFILE);
		return buffer != null && buffer.isDirty();
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
