package dev.longtake.dsl.formatting2;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;
import org.eclipse.xtext.preferences.IPreferenceValues;
import org.eclipse.xtext.preferences.TypedPreferenceValues;

import dev.longtake.dsl.internal.ShotsValueConverters;
import dev.longtake.model.Beat;
import dev.longtake.model.BarPosition;
import dev.longtake.model.Character;
import dev.longtake.model.FrameSize;
import dev.longtake.model.Location;
import dev.longtake.model.LongtakePackage.Literals;
import dev.longtake.model.ProjectSettings;
import dev.longtake.model.Script;
import dev.longtake.model.Sequence;
import dev.longtake.model.Shot;
import dev.longtake.model.Style;

/**
 * The one canonical layout of a script: one space between words, each setting, reference, shot,
 * camera line and beat on its own line, blocks indented by four spaces (see
 * {@link dev.longtake.dsl.ShotsRuntimeModule}), a blank line between top-level elements except
 * between consecutive one-line elements of the same kind (the cast, the places), one line feed
 * at the end. Comments stay where they are. Formatting is idempotent.
 */
public class ShotsFormatter extends AbstractJavaFormatter {

	/** The layout is the language's, not a preference: every request gets it (the serializer's too). */
	@Override
	protected void initialize(FormatterRequest request) {
		IPreferenceValues given = request.getPreferences();
		request.setPreferences(TypedPreferenceValues.castOrWrap(key -> {
			if (key == FormatterPreferenceKeys.indentation) {
				return "    ";
			}
			if (key == FormatterPreferenceKeys.lineSeparator) {
				return "\n";
			}
			return given.getPreference(key);
		}));
		super.initialize(request);
	}

	protected void format(Script script, IFormattableDocument doc) {
		// Everything gets one space unless a rule below says otherwise.
		ISemanticRegion previous = null;
		for (ISemanticRegion region : allSemanticRegions(script)) {
			if (previous != null) {
				boolean glued = sameDatatypeToken(previous, region);
				doc.prepend(region, glued ? hidden -> hidden.noSpace() : hidden -> {
					hidden.oneSpace();
					hidden.lowPriority();
				});
			}
			previous = region;
		}
		if (previous == null) {
			return; // an empty file stays empty
		}
		doc.append(previous, hidden -> hidden.setNewLines(1));

		List<EObject> elements = script.eContents();
		EObject before = null;
		for (EObject element : topLevelInTextOrder(elements)) {
			EObject last = before;
			if (last == null) {
				// the file starts with its first element, or with a heading comment and a blank line
				IHiddenRegion heading = regionForEObject(element).getPreviousHiddenRegion();
				if (heading != null && heading.containsComment()) {
					doc.prepend(element, hidden -> hidden.setNewLines(2));
				} else if (heading != null && heading.getLength() > 0) {
					doc.addReplacer(new TokenReplacer(heading, "")); // nothing before the first word
				}
			} else {
				int lines = sameKindOnOneLine(last, element) ? 1 : 2;
				doc.prepend(element, hidden -> hidden.setNewLines(lines));
			}
			doc.format(element);
			before = element;
		}
	}

	protected void format(ProjectSettings settings, IFormattableDocument doc) {
		block(settings, doc);
		for (ISemanticRegion keyword : regionFor(settings).keywords("song", "tempo", "format", "deliver", "backend",
				"budget")) {
			doc.prepend(keyword, hidden -> hidden.newLine());
		}
		for (ISemanticRegion comma : regionFor(settings).keywords(",")) {
			doc.prepend(comma, hidden -> hidden.noSpace());
		}
		doc.format(settings.getFormat());
		doc.format(settings.getDeliver());
	}

	protected void format(FrameSize size, IFormattableDocument doc) {
		ISemanticRegion width = regionFor(size).feature(Literals.FRAME_SIZE__WIDTH);
		if (width != null) {
			doc.append(width, hidden -> hidden.noSpace());
		}
	}

	protected void format(Style style, IFormattableDocument doc) {
		// one line: the defaults do
	}

	protected void format(Location location, IFormattableDocument doc) {
		// one line: the defaults do
	}

	protected void format(Character character, IFormattableDocument doc) {
		block(character, doc);
		for (ISemanticRegion keyword : regionFor(character).keywords("reference")) {
			doc.prepend(keyword, hidden -> hidden.newLine());
		}
	}

	protected void format(Sequence sequence, IFormattableDocument doc) {
		block(sequence, doc);
		if (sequence.getPosition() instanceof BarPosition bar) {
			for (ISemanticRegion dot : regionFor(bar).keywords(".")) {
				doc.surround(dot, hidden -> hidden.noSpace());
			}
		}
		for (Shot shot : sequence.getShots()) {
			doc.prepend(shot, hidden -> hidden.newLine());
			doc.format(shot);
		}
		if (sequence.getTransition() != null) {
			doc.prepend(sequence.getTransition(), hidden -> hidden.newLine());
		}
	}

	protected void format(Shot shot, IFormattableDocument doc) {
		block(shot, doc);
		ISemanticRegion camera = regionFor(shot).feature(Literals.SHOT__CAMERA);
		if (camera != null) {
			doc.prepend(camera, hidden -> hidden.newLine());
			String move = ShotsValueConverters.cameraMove(camera.getText());
			String comment = ShotsValueConverters.cameraComment(camera.getText());
			if (!move.isEmpty()) {
				doc.addReplacer(new TokenReplacer(camera, "camera " + move + (comment == null ? "" : " " + comment)));
			}
		}
		ISemanticRegion from = regionFor(shot).keyword("from");
		if (from != null) {
			doc.prepend(from, hidden -> hidden.newLine());
		}
		for (Beat beat : shot.getBeats()) {
			doc.prepend(beat, hidden -> hidden.newLine());
			doc.format(beat);
		}
	}

	protected void format(Beat beat, IFormattableDocument doc) {
		for (ISemanticRegion punctuation : regionFor(beat).keywords(":", ",")) {
			doc.prepend(punctuation, hidden -> hidden.noSpace());
		}
	}

	/** "{" ends its line, the content is indented, "}" starts its own line; "{}" when empty. */
	private void block(EObject owner, IFormattableDocument doc) {
		ISemanticRegion open = regionFor(owner).keyword("{");
		ISemanticRegion close = regionFor(owner).keyword("}");
		if (open == null || close == null) {
			return;
		}
		if (open.getNextSemanticRegion() == close) {
			doc.append(open, hidden -> hidden.noSpace());
			return;
		}
		doc.interior(open, close, hidden -> hidden.indent());
		doc.append(open, hidden -> hidden.newLine());
		doc.prepend(close, hidden -> hidden.newLine());
	}

	/** The settings, styles, cast, places and sequences in the order the text has them. */
	private List<EObject> topLevelInTextOrder(List<EObject> elements) {
		return elements.stream().filter(element -> regionForEObject(element) != null)
				.sorted((a, b) -> Integer.compare(regionForEObject(a).getOffset(), regionForEObject(b).getOffset()))
				.toList();
	}

	/** Consecutive styles, characters or places follow line by line; anything else gets a blank line. */
	private static boolean sameKindOnOneLine(EObject previous, EObject next) {
		return previous.eClass() == next.eClass()
				&& (next instanceof Style || next instanceof Character || next instanceof Location);
	}

	/** Two tokens of one number (0 . 5s, 1:05) must stay together: datatype rules without hidden tokens. */
	private static boolean sameDatatypeToken(ISemanticRegion previous, ISemanticRegion region) {
		if (previous.getNextHiddenRegion().getLength() != 0) {
			return false;
		}
		AbstractRule rule = GrammarUtil.containingRule(region.getGrammarElement());
		AbstractRule previousRule = GrammarUtil.containingRule(previous.getGrammarElement());
		return rule == previousRule && rule instanceof ParserRule parserRule && GrammarUtil.isDatatypeRule(parserRule);
	}

	/** Replaces one token's text, e.g. the camera line with its words single-spaced. */
	private static final class TokenReplacer implements ITextReplacer {
		private final ITextSegment region;
		private final String text;

		TokenReplacer(ITextSegment region, String text) {
			this.region = region;
			this.text = text;
		}

		@Override
		public ITextSegment getRegion() {
			return region;
		}

		@Override
		public ITextReplacerContext createReplacements(ITextReplacerContext context) {
			if (!text.equals(region.getText())) {
				context.addReplacement(region.replaceWith(text));
			}
			return context;
		}
	}
}
