package dev.longtake.dsl.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Injector;

import dev.longtake.dsl.ide.CompletionBeforeBuild;
import dev.longtake.dsl.ide.ShotsIde;

/**
 * Completion (Ctrl+Space) from the language's ide services, the ones the language server
 * answers with ({@code dev.longtake.dsl.ide}: Xtext's context factory and the language's
 * proposal provider), so the editor and the server cannot propose differently. It completes in
 * the last analysis of the text; when the text changed since, the cursor is mapped into the
 * analysed text as the server does ({@link CompletionBeforeBuild}), and when that cannot answer
 * (the cursor's line changed before the cursor) the text is parsed again first.
 */
public final class ShotsContentAssist implements IContentAssistProcessor {

	private static final ExecutorService POOL = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable, "shots content assist");
		thread.setDaemon(true);
		return thread;
	});

	private final Supplier<ScriptSnapshot> snapshot;
	/** The analysis last parsed again with the ide services' injector, and that parse. */
	private ScriptSnapshot parsedFor;
	private XtextResource parsed;

	public ShotsContentAssist(Supplier<ScriptSnapshot> snapshot) {
		this.snapshot = snapshot;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		String text = viewer.getDocument().get();
		ScriptSnapshot analysis = snapshot.get();
		if (analysis == null) {
			return new ICompletionProposal[0];
		}
		XtextResource resource = analysis.resource();
		String analysed = analysis.text();
		int at = offset;
		String typed = "";
		if (!analysis.isOf(text)) {
			int start = 0;
			int max = Math.min(analysed.length(), text.length());
			while (start < max && analysed.charAt(start) == text.charAt(start)) {
				start++;
			}
			int end = 0;
			while (end < max - start && analysed.charAt(analysed.length() - 1 - end) == text.charAt(text.length() - 1 - end)) {
				end++;
			}
			CompletionBeforeBuild.Mapping mapping = CompletionBeforeBuild.map(analysed, text,
					List.of(new CompletionBeforeBuild.Edit(start, analysed.length() - start - end,
							text.length() - start - end)),
					offset);
			if (mapping == null) {
				Path file = resource.getURI().isFile() ? Path.of(resource.getURI().toFileString()) : null;
				ScriptSnapshot fresh = ScriptAnalyzer.analyze(file, text, null, () -> false);
				if (fresh == null) {
					return new ICompletionProposal[0];
				}
				resource = fresh.resource();
				analysed = text;
			} else {
				at = mapping.offset();
				typed = mapping.typed();
			}
		}
		Injector ide = ShotsIde.injector();
		resource = withIdeGrammar(analysis, resource, analysed, ide);
		ContentAssistContextFactory factory = ide.getInstance(ContentAssistContextFactory.class);
		factory.setPool(POOL);
		ContentAssistContext[] contexts = factory.create(analysed, new TextRegion(at, 0), at, resource);
		IdeContentProposalAcceptor acceptor = ide.getInstance(IdeContentProposalAcceptor.class);
		ide.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts), acceptor);
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (ContentAssistEntry entry : acceptor.getEntries()) {
			String prefix = (entry.getPrefix() == null ? "" : entry.getPrefix()) + typed;
			String proposal = entry.getProposal();
			if (proposal == null || prefix.length() > offset
					|| !typed.isEmpty() && !proposal.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))) {
				continue;
			}
			String label = entry.getLabel() == null ? proposal : entry.getLabel();
			String description = entry.getDescription();
			String shown = description == null || description.isEmpty() ? label : label + " - " + firstLine(description);
			proposals.add(new CompletionProposal(proposal, offset - prefix.length(), prefix.length(), proposal.length(),
					null, shown, null, description == null || description.isEmpty() ? null : description));
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	/**
	 * The resource parsed by the ide services' own injector. Every injector loads its own copy of
	 * the grammar, and the content assist parser accepts only a node model built from its copy,
	 * while the editor's analysis parses with the runtime's; the same text is parsed once more
	 * with the ide injector (with the folder's other scripts, for the names in scope), kept for
	 * as long as the analysis is the last one.
	 */
	private XtextResource withIdeGrammar(ScriptSnapshot analysis, XtextResource resource, String text,
			Injector ide) {
		if (resource != analysis.resource()) {
			return reparse(resource, text, ide); // a fresh analysis of a changed line: parsed once
		}
		if (parsedFor != analysis) {
			parsed = reparse(resource, text, ide);
			parsedFor = analysis;
		}
		return parsed;
	}

	private static XtextResource reparse(XtextResource resource, String text, Injector ide) {
		org.eclipse.xtext.resource.XtextResourceSet resourceSet = ide
				.getInstance(org.eclipse.xtext.resource.XtextResourceSet.class);
		dev.longtake.dsl.ShotsContext.defaults().attachTo(resourceSet);
		XtextResource copy = load(resourceSet, resource.getURI(), text, ide);
		if (resource.getResourceSet() != null) {
			for (org.eclipse.emf.ecore.resource.Resource other : List.copyOf(resource.getResourceSet().getResources())) {
				if (other != resource && other instanceof XtextResource sibling && sibling.getParseResult() != null) {
					load(resourceSet, sibling.getURI(), sibling.getParseResult().getRootNode().getText(), ide);
				}
			}
		}
		return copy;
	}

	private static XtextResource load(org.eclipse.xtext.resource.XtextResourceSet resourceSet,
			org.eclipse.emf.common.util.URI uri, String text, Injector ide) {
		XtextResource resource = ide.getInstance(XtextResource.class);
		resource.setURI(uri);
		resourceSet.getResources().add(resource);
		try {
			resource.load(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
					java.util.Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (java.io.IOException e) {
			throw new IllegalStateException("reading from memory cannot fail", e);
		}
		return resource;
	}

	private static String firstLine(String text) {
		int end = text.indexOf('\n');
		String line = end < 0 ? text : text.substring(0, end);
		return line.length() > 80 ? line.substring(0, 77) + "..." : line;
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
