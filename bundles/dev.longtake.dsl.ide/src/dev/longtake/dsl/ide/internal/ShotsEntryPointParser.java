package dev.longtake.dsl.ide.internal;

import java.util.Collection;

import org.eclipse.xtext.ide.editor.contentassist.antlr.EntryPointFinder;
import org.eclipse.xtext.ide.editor.contentassist.antlr.FollowElement;
import org.eclipse.xtext.ide.editor.contentassist.antlr.IPartialContentAssistParser;
import org.eclipse.xtext.parser.IParseResult;

import com.google.inject.Inject;

import dev.longtake.dsl.ide.contentassist.antlr.ShotsParser;

/**
 * The generated content assist parser, made to start at the nearest rule that encloses the
 * cursor (found in the node model of the last full parse) instead of at the top of the file.
 * With Xtext's default context factory every completion re-parsed the whole text before the
 * cursor with the (backtracking) content assist parser: about 1 MB in the middle of a
 * 2,000-shot script. Used with {@code PartialContentAssistContextFactory} (see ShotsIdeModule).
 */
public class ShotsEntryPointParser extends ShotsParser implements IPartialContentAssistParser {

	@Inject
	private EntryPointFinder entryPointFinder;

	@Override
	public Collection<FollowElement> getFollowElements(IParseResult parseResult, int offset, boolean strict) {
		return getFollowElements(parseResult, entryPointFinder, offset, strict);
	}
}
