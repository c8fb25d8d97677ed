package dev.longtake.dsl.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

import dev.longtake.dsl.validation.ShotsIssueCodes;

/**
 * Quick fixes from the Problems view for an unknown name or backend: change it to one of the
 * close names the finding offers. The text is changed in the open editor, or in the file (saved)
 * when none has it open; the text at the marker must still be the unknown name.
 */
public final class MarkerFixes implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		String code = marker.getAttribute(ProblemMarkers.CODE, "");
		return (ShotsIssueCodes.UNKNOWN_NAME.equals(code) || ShotsIssueCodes.UNKNOWN_BACKEND.equals(code))
				&& !marker.getAttribute(ProblemMarkers.DATA, "").isBlank()
				&& marker.getAttribute(IMarker.CHAR_START, -1) >= 0;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!hasResolutions(marker)) {
			return new IMarkerResolution[0];
		}
		List<IMarkerResolution> fixes = new ArrayList<>();
		for (String name : marker.getAttribute(ProblemMarkers.DATA, "").split("\n")) {
			if (!name.isBlank()) {
				fixes.add(new ChangeTo(name.strip()));
			}
		}
		return fixes.toArray(IMarkerResolution[]::new);
	}

	static final class ChangeTo implements IMarkerResolution {
		private final String name;

		ChangeTo(String name) {
			this.name = name;
		}

		@Override
		public String getLabel() {
			return "Change to '" + name + "'";
		}

		@Override
		public void run(IMarker marker) {
			if (!(marker.getResource() instanceof IFile file)) {
				return;
			}
			int start = marker.getAttribute(IMarker.CHAR_START, -1);
			int end = marker.getAttribute(IMarker.CHAR_END, -1);
			ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
			try {
				buffers.connect(file.getFullPath(), LocationKind.IFILE, null);
				try {
					ITextFileBuffer buffer = buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
					IDocument document = buffer.getDocument();
					boolean wasDirty = buffer.isDirty();
					if (start < 0 || end > document.getLength() || end < start) {
						return;
					}
					document.replace(start, end - start, name);
					if (!wasDirty && buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE) != null
							&& !isOpenInEditor(buffer)) {
						buffer.commit(null, true);
					}
				} finally {
					buffers.disconnect(file.getFullPath(), LocationKind.IFILE, null);
				}
			} catch (CoreException | BadLocationException e) {
				ILog.of(MarkerFixes.class).error("Could not change " + file + " to " + name, e);
			}
		}

		/** An editor holds the buffer too when more than our connection keeps it: leave saving to it. */
		private static boolean isOpenInEditor(ITextFileBuffer buffer) {
			return buffer.isShared();
		}
	}
}
