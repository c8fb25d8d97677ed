package dev.longtake.dsl.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import dev.longtake.model.BarPosition;
import dev.longtake.model.Character;
import dev.longtake.model.Location;
import dev.longtake.model.NamedElement;
import dev.longtake.model.ProjectSettings;
import dev.longtake.model.Script;
import dev.longtake.model.Sequence;
import dev.longtake.model.Shot;
import dev.longtake.model.SongPosition;
import dev.longtake.model.Style;
import dev.longtake.model.TimePosition;

/**
 * The Outline of a script: the project, styles, characters, locations and sequences in the
 * order written, shots under their sequence. Selecting one selects its name in the editor.
 */
public final class ShotsOutlinePage extends ContentOutlinePage {

	private final Consumer<IRegion> reveal;
	private ScriptSnapshot input;

	public ShotsOutlinePage(Consumer<IRegion> reveal) {
		this.reveal = reveal;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new Content());
		viewer.setLabelProvider(new Labels());
		viewer.setAutoExpandLevel(2);
		viewer.addSelectionChangedListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof EObject element) {
				IRegion region = ScriptElements.nameRegion(element);
				if (region != null) {
					reveal.accept(region);
				}
			}
		});
		if (input != null) {
			viewer.setInput(input);
		}
	}

	/** Shows a newer analysis (UI thread). */
	public void update(ScriptSnapshot snapshot) {
		input = snapshot;
		TreeViewer viewer = getTreeViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.getControl().setRedraw(false);
			try {
				viewer.setInput(snapshot);
				viewer.expandToLevel(2);
			} finally {
				viewer.getControl().setRedraw(true);
			}
		}
	}

	/** The tree's first-level labels and, under sequences, the shots' (for tests and screen readers). */
	public TreeViewer viewer() {
		return getTreeViewer();
	}

	static final class Content implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			if (input instanceof ScriptSnapshot snapshot) {
				return snapshot.script().map(Content::topLevel).orElse(new Object[0]);
			}
			return new Object[0];
		}

		private static Object[] topLevel(Script script) {
			List<EObject> items = new ArrayList<>();
			// in the order written: the grammar lets them interleave
			for (EObject child : script.eContents()) {
				items.add(child);
			}
			items.sort((a, b) -> Integer.compare(offset(a), offset(b)));
			return items.toArray();
		}

		private static int offset(EObject element) {
			var node = org.eclipse.xtext.nodemodel.util.NodeModelUtils.getNode(element);
			return node == null ? Integer.MAX_VALUE : node.getOffset();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof Sequence sequence ? sequence.getShots().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof EObject object ? object.eContainer() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Sequence sequence && !sequence.getShots().isEmpty();
		}
	}

	static final class Labels extends LabelProvider {
		@Override
		public String getText(Object element) {
			if (element instanceof ProjectSettings settings) {
				return "project \"" + settings.getTitle() + "\"";
			}
			if (element instanceof Sequence sequence) {
				return "sequence " + sequence.getName() + position(sequence.getPosition());
			}
			if (element instanceof Shot shot) {
				return "shot " + shot.getName() + " " + ScriptElements.Numbers.seconds(shot.getDuration());
			}
			if (element instanceof Character || element instanceof Location || element instanceof Style) {
				return ScriptElements.kind((EObject) element) + " " + ((NamedElement) element).getName();
			}
			return String.valueOf(element);
		}

		private static String position(SongPosition position) {
			if (position instanceof TimePosition time) {
				long seconds = Math.round(time.getSeconds());
				return " at " + seconds / 60 + ":" + String.format("%02d", seconds % 60);
			}
			if (position instanceof BarPosition bar) {
				return " at bar " + bar.getBar() + (bar.getBeat() > 1 ? "." + bar.getBeat() : "");
			}
			return "";
		}
	}
}
