package dev.longtake.dsl.prompt;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.longtake.dsl.internal.Numbers;
import dev.longtake.model.Approach;
import dev.longtake.model.Beat;
import dev.longtake.model.Character;
import dev.longtake.model.Location;
import dev.longtake.model.Shot;
import dev.longtake.model.Style;

/**
 * The prompt text of a shot as docs/shots-language.md describes it, in this order:
 * <ol>
 * <li>the style's text as a sentence: "Shot on 35mm film, 1980s, warm grain, soft halation."</li>
 * <li>"One continuous shot, camera &lt;move&gt;." (a trailing "continuous" in the move is left
 * out, the sentence already says it; without a camera line: "One continuous shot.")</li>
 * <li>each beat as "A-B s: &lt;approach&gt; &lt;location&gt;: &lt;action&gt;." where A-B is its time
 * range in the shot. A beat that moves {@code into}, {@code through} or {@code out to} a place
 * after an earlier beat (or at the start of a shot that continues another) says "continuing
 * without a cut into ...", so the generator renders one unbroken move. A beat that names no
 * place keeps the previous one and says only its action; the first beat of a shot that names
 * none says where the shot is ("in ..."), taken from the shot it continues.</li>
 * <li>the cast's descriptions, each character once in order of appearance: "Ernest: a young
 * man, curly brown hair."</li>
 * </ol>
 * Unresolved references and missing texts are left out rather than written as placeholders.
 */
public final class StandardPromptCompiler implements PromptCompiler {

	public static final StandardPromptCompiler INSTANCE = new StandardPromptCompiler();

	private StandardPromptCompiler() {
	}

	@Override
	public String prompt(Shot shot) {
		StringBuilder prompt = new StringBuilder();
		Style style = resolved(shot.getStyle());
		if (style != null) {
			appendSentence(prompt, capitalized(style.getDescription()));
		}
		String move = cameraMove(shot.getCamera());
		appendSentence(prompt, move.isEmpty() ? "One continuous shot" : "One continuous shot, camera " + move);

		List<Beat> beats = shot.getBeats();
		Set<Character> cast = new LinkedHashSet<>();
		for (int index = 0; index < beats.size(); index++) {
			Beat beat = beats.get(index);
			String place = placePhrase(shot, beat, index);
			String action = text(beat.getAction());
			String range = Numbers.plain(beat.startSeconds()) + "-" + Numbers.plain(beat.endSeconds()) + " s: ";
			for (Character character : beat.effectiveCast()) {
				if (resolved(character) != null) {
					cast.add(character);
				}
			}
			if (!place.isEmpty() || !action.isEmpty()) {
				appendSentence(prompt,
						range + (place.isEmpty() ? action : action.isEmpty() ? place : place + ": " + action));
			}
		}
		for (Character character : cast) {
			String name = text(character.getName());
			String description = text(character.getDescription());
			if (!name.isEmpty() && !description.isEmpty()) {
				appendSentence(prompt, name + ": " + description);
			}
		}
		return prompt.toString();
	}

	private static String placePhrase(Shot shot, Beat beat, int index) {
		Location location = resolved(beat.getLocation());
		if (location == null) {
			if (index > 0 || beat.getLocation() != null) {
				return ""; // keeps the place before it, or names one that does not exist
			}
			Location kept = resolved(beat.effectiveLocation());
			String description = kept == null ? "" : text(kept.getDescription());
			return description.isEmpty() ? "" : "in " + description;
		}
		String description = text(location.getDescription());
		if (description.isEmpty()) {
			return "";
		}
		Approach approach = beat.getApproach();
		boolean moving = approach == Approach.INTO || approach == Approach.THROUGH || approach == Approach.OUT_TO;
		boolean afterEarlierFootage = index > 0 || resolved(shot.getContinues()) != null;
		String words = approach == null || approach == Approach.NONE ? "in" : approach.getLiteral();
		return (moving && afterEarlierFootage ? "continuing without a cut " : "") + words + " " + description;
	}

	/** "dolly forward, continuous" as "dolly forward": the sentence already says continuous. */
	private static String cameraMove(String camera) {
		String move = text(camera);
		String lower = move.toLowerCase(Locale.ROOT);
		if (lower.equals("continuous")) {
			return "";
		}
		if (lower.endsWith("continuous")) {
			String before = move.substring(0, move.length() - "continuous".length());
			String trimmed = before.stripTrailing();
			if (trimmed.endsWith(",")) {
				return trimmed.substring(0, trimmed.length() - 1).stripTrailing();
			}
			if (trimmed.length() < before.length()) {
				return trimmed; // "slow continuous" keeps its meaning without the last word
			}
		}
		return move;
	}

	private static void appendSentence(StringBuilder prompt, String sentence) {
		String text = sentence.strip();
		if (text.isEmpty()) {
			return;
		}
		if (!prompt.isEmpty()) {
			prompt.append(' ');
		}
		prompt.append(text);
		char last = text.charAt(text.length() - 1);
		if (last != '.' && last != '!' && last != '?' && last != '\u2026') {
			prompt.append('.');
		}
	}

	private static String capitalized(String text) {
		String stripped = text(text);
		if (stripped.isEmpty()) {
			return stripped;
		}
		int first = stripped.codePointAt(0);
		return new StringBuilder().appendCodePoint(java.lang.Character.toUpperCase(first))
				.append(stripped, java.lang.Character.charCount(first), stripped.length()).toString();
	}

	/** Whitespace runs (line breaks in a long description) become single spaces. */
	private static String text(String text) {
		return text == null ? "" : text.strip().replaceAll("\\s+", " ");
	}

	private static <T extends org.eclipse.emf.ecore.EObject> T resolved(T object) {
		return object == null || object.eIsProxy() ? null : object;
	}
}
