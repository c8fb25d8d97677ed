package dev.longtake.dsl.ui.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;

/**
 * Hover over the text: the findings there, then, over a name, its definition (what a
 * character, place or style says; a shot's length, sequence and compiled prompt) and where it is.
 */
public final class ShotsTextHover implements ITextHover {

	private final Supplier<ScriptSnapshot> snapshot;
	private final QuickFixes.IAnnotationModelSource annotations;

	public ShotsTextHover(Supplier<ScriptSnapshot> snapshot, QuickFixes.IAnnotationModelSource annotations) {
		this.snapshot = snapshot;
		this.annotations = annotations;
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		return hoverAt(viewer.getDocument().get(), region.getOffset());
	}

	/** The hover text at an offset of the current text, or null. */
	public String hoverAt(String currentText, int offset) {
		List<String> parts = new ArrayList<>();
		IAnnotationModel model = annotations.get();
		if (model != null) {
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				Annotation annotation = it.next();
				Position position = model.getPosition(annotation);
				if (annotation instanceof IssueAnnotation && !annotation.isMarkedDeleted() && position != null
						&& position.includes(offset)) {
					parts.add(annotation.getText());
				}
			}
		}
		ScriptSnapshot current = snapshot.get();
		if (current != null && current.isOf(currentText)) {
			ScriptElements.NameAt name = ScriptElements.nameAt(current.resource(), offset);
			if (name != null) {
				parts.add(ScriptElements.describe(name.element()));
			}
		}
		return parts.isEmpty() ? null : String.join("\n\n", parts);
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}
}
