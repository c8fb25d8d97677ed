package dev.longtake.dsl.ui.internal;

import java.util.function.Supplier;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.DefaultTextDoubleClickStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextDoubleClickStrategy;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

import dev.longtake.preferences.ui.EditorColours;

/**
 * How the source viewer of a shot script behaves: colouring by partition and token, the
 * debounced reconciler that analyses the text, completion, quick fixes, hover and comments.
 */
public final class ShotsSourceViewerConfiguration extends TextSourceViewerConfiguration {

	/** Milliseconds of quiet typing before the text is analysed again. */
	public static final int RECONCILE_DELAY = 400;

	private final IReconcilingStrategy reconcile;
	private final Supplier<ScriptSnapshot> snapshot;
	private final QuickFixes.IAnnotationModelSource annotations;
	private MonoReconciler reconciler;

	public ShotsSourceViewerConfiguration(IPreferenceStore preferences, IReconcilingStrategy reconcile,
			Supplier<ScriptSnapshot> snapshot, QuickFixes.IAnnotationModelSource annotations) {
		super(preferences);
		this.reconcile = reconcile;
		this.snapshot = snapshot;
		this.annotations = annotations;
	}

	@Override
	public String getConfiguredDocumentPartitioning(ISourceViewer sourceViewer) {
		return ShotsPartitions.PARTITIONING;
	}

	@Override
	public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
		return ShotsPartitions.CONTENT_TYPES.clone();
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
		PresentationReconciler presentation = new PresentationReconciler();
		presentation.setDocumentPartitioning(ShotsPartitions.PARTITIONING);
		DefaultDamagerRepairer code = new DefaultDamagerRepairer(new ShotsCodeScanner());
		presentation.setDamager(code, IDocument.DEFAULT_CONTENT_TYPE);
		presentation.setRepairer(code, IDocument.DEFAULT_CONTENT_TYPE);
		whole(presentation, ShotsPartitions.COMMENT, ShotsColours.token(EditorColours.Kind.COMMENT));
		whole(presentation, ShotsPartitions.STRING, ShotsColours.token(EditorColours.Kind.STRING));
		whole(presentation, ShotsPartitions.CAMERA, ShotsColours.token(EditorColours.Kind.CAMERA));
		return presentation;
	}

	private static void whole(PresentationReconciler presentation, String partition, IToken token) {
		RuleBasedScanner scanner = new RuleBasedScanner();
		scanner.setDefaultReturnToken(token);
		DefaultDamagerRepairer repairer = new DefaultDamagerRepairer(scanner);
		presentation.setDamager(repairer, partition);
		presentation.setRepairer(repairer, partition);
	}

	@Override
	public IReconciler getReconciler(ISourceViewer sourceViewer) {
		if (reconciler == null) {
			reconciler = new MonoReconciler(reconcile, false);
			reconciler.setDelay(RECONCILE_DELAY);
		}
		return reconciler;
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
		ContentAssistant assistant = new ContentAssistant();
		assistant.setDocumentPartitioning(ShotsPartitions.PARTITIONING);
		ShotsContentAssist processor = new ShotsContentAssist(snapshot);
		assistant.setContentAssistProcessor(processor, IDocument.DEFAULT_CONTENT_TYPE);
		assistant.setContentAssistProcessor(processor, ShotsPartitions.CAMERA);
		assistant.enableAutoInsert(false);
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		return assistant;
	}

	@Override
	public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
		QuickAssistAssistant assistant = new QuickAssistAssistant();
		assistant.setQuickAssistProcessor(new QuickFixes(annotations));
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		return assistant;
	}

	@Override
	public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
		return new ShotsTextHover(snapshot, annotations);
	}

	@Override
	public String[] getDefaultPrefixes(ISourceViewer sourceViewer, String contentType) {
		return new String[] { "//", "" };
	}

	@Override
	public ITextDoubleClickStrategy getDoubleClickStrategy(ISourceViewer sourceViewer, String contentType) {
		return new DefaultTextDoubleClickStrategy();
	}
}
