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
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.ide.server.hover.IHoverService;

import dev.longtake.dsl.ide.ShotsIde;

/**
 * Hover over the text: the findings there, then, over a name, what the language server's hover
 * says of it (dev.longtake.dsl.ide's {@code HoverService}: a character's, place's or style's text;
 * a shot's backend, size, takes, compiled prompt and request hash), as plain text, and where it is
 * defined. One hover implementation for the editor and {@code longtake lsp}.
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
				parts.add(fromIde(name.element()) + ScriptElements.where(name.element()));
			}
		}
		return parts.isEmpty() ? null : String.join("\n\n", parts);
	}

	/** The ide hover's Markdown of the element, as the plain text a JFace hover shows. */
	static String fromIde(org.eclipse.emf.ecore.EObject element) {
		// the hover service the ide module binds (ShotsHover), as the language server uses it
		String markdown = ((HoverService) ShotsIde.injector().getInstance(IHoverService.class)).getContents(element);
		if (markdown == null || markdown.isBlank()) {
			return ScriptElements.describe((dev.longtake.model.NamedElement) element, true);
		}
		return markdown.replaceAll("(?m)^```[a-z]*\\n?", "").replace("**", "").replace("`", "").strip();
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}
}
