package dev.longtake.dsl.ide.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;

import dev.longtake.dsl.ShotsContext;
import dev.longtake.dsl.prompt.GenerationRequest;
import dev.longtake.dsl.prompt.ShotCompiler;
import dev.longtake.model.Character;
import dev.longtake.model.DescribedElement;
import dev.longtake.model.Location;
import dev.longtake.model.Sequence;
import dev.longtake.model.Shot;
import dev.longtake.model.Style;

/**
 * Hover over a name (where it is declared or used). A shot shows what will be sent: its backend,
 * duration, size, frame rate and takes, the compiled prompt exactly as the backend gets it, and
 * the first take's request hash; a character, place or style shows its text; a sequence its
 * shots and length. Markdown.
 */
public class ShotsHover extends HoverService {

	@Override
	protected MarkupContent getMarkupContent(HoverContext context) {
		String contents = getContents(context.getElement());
		return contents == null || contents.isEmpty() ? null : toMarkupContent(getKind(context), contents);
	}

	@Override
	public String getContents(EObject element) {
		if (element instanceof Shot shot) {
			return shot(shot);
		} else if (element instanceof Character character) {
			return described("character", character) + references(character.getReferences());
		} else if (element instanceof Location location) {
			return described("location", location);
		} else if (element instanceof Style style) {
			return described("style", style);
		} else if (element instanceof Sequence sequence) {
			return sequence(sequence);
		}
		return super.getContents(element);
	}

	/** The compiled form of the shot; what the render engine will send for its first take. */
	static String shot(Shot shot) {
		StringBuilder text = new StringBuilder();
		text.append("**shot ").append(shot.getName()).append("**");
		ShotCompiler compiler = ShotsContext.of(shot.eResource() == null ? null : shot.eResource().getResourceSet())
				.compiler();
		List<GenerationRequest> requests;
		String prompt;
		try {
			prompt = compiler.prompt(shot);
			requests = compiler.compile(shot);
		} catch (RuntimeException e) {
			// a shot too broken to compile (unresolved names): say so rather than fail the hover
			return text.append(" ").append(seconds(shot.getDuration()))
					.append("\n\nCannot compile this shot yet: fix its errors first.").toString();
		}
		text.append(" · ").append(seconds(shot.getDuration())).append(" · backend `")
				.append(ShotCompiler.backendOf(shot)).append('`');
		if (!requests.isEmpty()) {
			GenerationRequest first = requests.get(0);
			text.append(" · ").append(first.width()).append('x').append(first.height()).append(" at ")
					.append(number(first.fps())).append(" fps");
		}
		text.append(" · ").append(requests.size()).append(requests.size() == 1 ? " take" : " takes");
		text.append("\n\nCompiled prompt (").append(prompt.length()).append(" characters):\n\n```text\n")
				.append(prompt.replace("```", "'''")).append("\n```");
		if (!requests.isEmpty()) {
			GenerationRequest first = requests.get(0);
			if (first.seed() != null) {
				text.append("\n\nSeed of take 1: ").append(first.seed());
			}
			if (first.continuesShot() != null) {
				text.append("\n\nContinues the chosen take of `").append(first.continuesShot()).append('`');
			}
			if (first.imageInput() != null) {
				text.append("\n\nFrom image `").append(first.imageInput().path()).append('`');
			}
			text.append("\n\nRequest hash of take 1: `").append(first.hash()).append('`');
		}
		return text.toString();
	}

	private static String described(String kind, DescribedElement element) {
		String name = element instanceof dev.longtake.model.NamedElement named ? named.getName() : "";
		String description = element.getDescription() == null ? "" : element.getDescription();
		return "**" + kind + " " + name + "**\n\n" + description;
	}

	private static String references(List<String> references) {
		if (references.isEmpty()) {
			return "";
		}
		StringBuilder text = new StringBuilder("\n\nReference images:");
		for (String reference : references) {
			text.append("\n- `").append(reference).append('`');
		}
		return text.toString();
	}

	private static String sequence(Sequence sequence) {
		double length = 0;
		for (Shot shot : sequence.getShots()) {
			length += shot.getDuration();
		}
		int shots = sequence.getShots().size();
		return "**sequence " + sequence.getName() + "** · " + shots + (shots == 1 ? " shot" : " shots") + " · "
				+ seconds(length);
	}

	private static String seconds(double value) {
		return number(value) + " s";
	}

	private static String number(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
	}
}
