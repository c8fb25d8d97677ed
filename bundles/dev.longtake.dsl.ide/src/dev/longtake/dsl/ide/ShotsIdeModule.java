package dev.longtake.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.contentassist.antlr.IContentAssistParser;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;

import dev.longtake.dsl.ide.internal.ShotsCodeActions;
import dev.longtake.dsl.ide.internal.ShotsContentAssistContextFactory;
import dev.longtake.dsl.ide.internal.ShotsContentAssistService;
import dev.longtake.dsl.ide.internal.ShotsContentProposals;
import dev.longtake.dsl.ide.internal.ShotsEntryPointParser;
import dev.longtake.dsl.ide.internal.ShotsHover;
import dev.longtake.dsl.ide.internal.ShotsSemanticHighlighting;
import dev.longtake.dsl.ide.internal.ShotsSymbols;

/**
 * The shot language's ide services (used by the language server and by the workbench editor),
 * beyond the generated defaults of {@link AbstractShotsIdeModule}: completion that knows the
 * language, semantic highlighting with the language server protocol's token names, a hover
 * showing the compiled prompt of a shot, outline kinds and quick fixes for close names.
 * Formatting, go to definition, find references and rename are Xtext's defaults over the
 * runtime module's formatter, scoping and names.
 */
public class ShotsIdeModule extends AbstractShotsIdeModule {

	/**
	 * Content assist parses from the rule around the cursor, not from the top of the file (see
	 * {@link ShotsEntryPointParser}).
	 */
	@Override
	public Class<? extends IContentAssistParser> bindIContentAssistParser() {
		return ShotsEntryPointParser.class;
	}

	/**
	 * Creates completion contexts with the entry-point parser above, finding the cursor's leaves
	 * by descending the node model (see the class).
	 */
	public Class<? extends ContentAssistContextFactory> bindContentAssistContextFactory() {
		return ShotsContentAssistContextFactory.class;
	}

	/** Xtext's completion service, converting positions with a line index (see the class). */
	public Class<? extends ContentAssistService> bindContentAssistService() {
		return ShotsContentAssistService.class;
	}

	/** Keywords (words only), names in scope, backend names, camera moves, currencies. */
	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return ShotsContentProposals.class;
	}

	/** Names in scope described: "character June: a lanky teenage girl..." */
	public Class<? extends org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return dev.longtake.dsl.ide.internal.ShotsCrossrefProposals.class;
	}

	/** Declarations and references of shots, cast, places and styles; numbers; camera lines. */
	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return ShotsSemanticHighlighting.class;
	}

	/** A shot's compiled prompt and requests; a character's, place's or style's text. */
	public Class<? extends IHoverService> bindIHoverService() {
		return ShotsHover.class;
	}

	/** "Change to 'Ernest'" for an unknown name or backend with close names. */
	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return ShotsCodeActions.class;
	}

	/** Outline: sequences as namespaces, shots as classes, cast as variables, places as structs. */
	public Class<? extends DocumentSymbolMapper.DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
		return ShotsSymbols.Kinds.class;
	}

	/** Outline details: a shot's duration, a sequence's song position. */
	public Class<? extends DocumentSymbolMapper.DocumentSymbolDetailsProvider> bindDocumentSymbolDetailsProvider() {
		return ShotsSymbols.Details.class;
	}
}
