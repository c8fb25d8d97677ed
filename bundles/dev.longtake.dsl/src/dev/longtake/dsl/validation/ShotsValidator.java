package dev.longtake.dsl.validation;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

import dev.longtake.dsl.ShotsContext;
import dev.longtake.dsl.backend.BackendCatalog;
import dev.longtake.dsl.backend.BackendLimits;
import dev.longtake.dsl.backend.BackendRegistry;
import dev.longtake.dsl.internal.CloseNames;
import dev.longtake.dsl.internal.Numbers;
import dev.longtake.dsl.internal.ProjectBlocks;
import dev.longtake.dsl.internal.ProjectFiles;
import dev.longtake.dsl.internal.SongLength;
import dev.longtake.dsl.prompt.GenerationRequest;
import dev.longtake.dsl.prompt.ShotCompiler;
import dev.longtake.dsl.services.ShotsGrammarAccess;
import dev.longtake.model.Beat;
import dev.longtake.model.Character;
import dev.longtake.model.LongtakePackage.Literals;
import dev.longtake.model.NamedElement;
import dev.longtake.model.ProjectSettings;
import dev.longtake.model.Script;
import dev.longtake.model.Sequence;
import dev.longtake.model.Shot;
import dev.longtake.model.VideoFormat;
import dev.longtake.model.internal.ScriptQueries;
import dev.longtake.model.internal.Timeline;

/**
 * The rules of docs/shots-language.md ("What the tooling must say") that need more than the
 * model's own constraints (those, such as beat times and durations, run too, through the
 * model's EMF validator): duplicate names, backends and their limits, image and song files,
 * continuations without a chosen take, sequences on the song, the budget and the prompt
 * length. Everything beyond the text (backends, take ledger, cost) comes from the
 * {@link ShotsContext} of the script's resource set. Messages name the thing at fault in the
 * director's words; issue codes and data are in {@link ShotsIssueCodes}.
 */
public class ShotsValidator extends AbstractShotsValidator {

	private static final double EPSILON = 1e-6;

	@Inject
	private ShotsGrammarAccess grammar;

	// ------------------------------------------------------------------ names and project blocks

	@Check
	public void checkNamesAreUnique(Script script) {
		List<Script> project = projectScripts(script);
		checkUnique(script, project, "style", Script::getStyles);
		checkUnique(script, project, "character", Script::getCharacters);
		checkUnique(script, project, "location", Script::getLocations);
		checkUnique(script, project, "sequence", Script::getSequences);
		checkUnique(script, project, "shot", Script::allShots);
	}

	private void checkUnique(Script script, List<Script> project, String kind,
			Function<Script, List<? extends NamedElement>> elements) {
		Map<String, List<NamedElement>> byName = new LinkedHashMap<>();
		for (Script each : project) {
			for (NamedElement element : elements.apply(each)) {
				if (element.getName() != null) {
					byName.computeIfAbsent(element.getName(), name -> new ArrayList<>(2)).add(element);
				}
			}
		}
		for (NamedElement element : elements.apply(script)) {
			List<NamedElement> named = element.getName() == null ? List.of() : byName.get(element.getName());
			if (named.size() < 2) {
				continue;
			}
			NamedElement other = named.get(0) == element ? named.get(1) : named.get(0);
			String where = where(other, script);
			error(capitalized(kind) + " " + element.getName() + " is defined more than once (also at " + where + ")",
					element, Literals.NAMED_ELEMENT__NAME, ShotsIssueCodes.DUPLICATE_NAME, element.getName(), where);
		}
	}

	@Check
	public void checkOneProjectBlockPerFile(Script script) {
		List<INode> keywords = ProjectBlocks.keywords(script, grammar.getProjectSettingsRule());
		for (int index = 1; index < keywords.size(); index++) {
			String where = "line " + keywords.get(0).getStartLine();
			INode keyword = keywords.get(index);
			getMessageAcceptor().acceptError("A file has one project block; this one repeats the project block at "
					+ where, script, keyword.getOffset(), keyword.getLength(), ShotsIssueCodes.SECOND_PROJECT_BLOCK,
					where);
		}
	}

	@Check
	public void checkOneProjectBlockPerFolder(ProjectSettings settings) {
		Script script = ScriptQueries.scriptOf(settings);
		if (script == null || script.getSettings() != settings) {
			return;
		}
		for (Script each : projectScripts(script)) {
			if (each == script) {
				return;
			}
			if (each.getSettings() != null) {
				String where = where(each.getSettings(), script);
				error("The project block is already at " + where + ": a project folder has one project block",
						settings, Literals.PROJECT_SETTINGS__TITLE, ShotsIssueCodes.SECOND_PROJECT_BLOCK, where);
				return;
			}
		}
	}

	// ------------------------------------------------------------------ backends

	@Check
	public void checkProjectBackend(ProjectSettings settings) {
		BackendCatalog backends = context(settings).backends();
		String backend = settings.getDefaultBackend();
		if (backend != null && !reportUnknownBackend(backends, backend, settings,
				Literals.PROJECT_SETTINGS__DEFAULT_BACKEND)) {
			return;
		}
		String effective = backend == null ? BackendRegistry.DEFAULT_BACKEND : backend;
		backends.limits(effective).ifPresent(limits -> checkFormat(limits, settings,
				settings.getFormat() != null ? Literals.PROJECT_SETTINGS__FORMAT
						: Literals.PROJECT_SETTINGS__DEFAULT_BACKEND,
				"the project's format"));
	}

	@Check
	public void checkShotAgainstItsBackend(Shot shot) {
		BackendCatalog backends = context(shot).backends();
		if (shot.getBackend() != null && !reportUnknownBackend(backends, shot.getBackend(), shot,
				Literals.SHOT__BACKEND)) {
			return;
		}
		String backend = ShotCompiler.backendOf(shot);
		Optional<BackendLimits> found = backends.limits(backend);
		if (found.isEmpty()) {
			return; // the project's default backend is unknown: reported at the project block
		}
		BackendLimits limits = found.get();
		if (!limits.acceptsDuration(shot.getDuration())) {
			error("Shot " + shot.getName() + " lasts " + Numbers.seconds(shot.getDuration()) + ", longer than the "
					+ Numbers.seconds(limits.maxSeconds()) + " backend " + backend + " renders", shot,
					Literals.SHOT__DURATION, ShotsIssueCodes.TOO_LONG_FOR_BACKEND, Numbers.plain(limits.maxSeconds()));
		}
		if (shot.getBackend() != null) {
			checkFormat(limits, shot, Literals.SHOT__BACKEND, "the project's format");
		}
		if (shot.getImageInput() != null && !limits.imageInput()) {
			error("Backend " + backend + " does not render from an image; shot " + shot.getName()
					+ " needs one for 'from image'", shot, Literals.SHOT__IMAGE_INPUT, ShotsIssueCodes.NO_IMAGE_INPUT,
					backend);
		}
		if (limits.maxPromptLength() != null) {
			int length = context(shot).compiler().prompt(shot).length();
			if (!limits.acceptsPromptLength(length)) {
				error("The compiled prompt of shot " + shot.getName() + " is " + length + " characters; backend "
						+ backend + " takes at most " + limits.maxPromptLength(), shot, Literals.NAMED_ELEMENT__NAME,
						ShotsIssueCodes.PROMPT_TOO_LONG, Integer.toString(length),
						Integer.toString(limits.maxPromptLength()));
			}
		}
	}

	private boolean reportUnknownBackend(BackendCatalog backends, String backend, EObject object,
			EStructuralFeature feature) {
		if (backends.limits(backend).isPresent()) {
			return true;
		}
		List<String> close = CloseNames.suggest(backend, backends.names());
		String message = "Unknown backend '" + backend + "'.";
		if (!close.isEmpty()) {
			message += " Did you mean " + CloseNames.orList(close) + "?";
		} else if (backends.names().size() == 1) {
			message += " The only backend is " + backends.names().first() + ".";
		} else if (!backends.names().isEmpty()) {
			message += " The backends are " + CloseNames.andList(List.copyOf(backends.names())) + ".";
		}
		error(message, object, feature, ShotsIssueCodes.UNKNOWN_BACKEND, close.toArray(String[]::new));
		return false;
	}

	private void checkFormat(BackendLimits limits, EObject object, EStructuralFeature feature, String what) {
		ProjectSettings settings = ScriptQueries.projectSettings(object);
		VideoFormat format = settings == null ? null : settings.getFormat();
		int width = format != null && format.getWidth() > 0 ? format.getWidth() : ShotCompiler.DEFAULT_WIDTH;
		int height = format != null && format.getHeight() > 0 ? format.getHeight() : ShotCompiler.DEFAULT_HEIGHT;
		double fps = format != null && format.getFps() > 0 ? format.getFps() : ShotCompiler.DEFAULT_FPS;
		if (!limits.acceptsSize(width, height)) {
			List<String> sizes = limits.sizes().stream().map(BackendLimits.Size::toString).sorted().toList();
			error("Backend " + limits.name() + " renders " + CloseNames.orList(sizes) + ", not " + what + " "
					+ width + "x" + height, object, feature, ShotsIssueCodes.SIZE_NOT_RENDERED,
					sizes.toArray(String[]::new));
		}
		if (!limits.acceptsFrameRate(fps)) {
			List<String> rates = limits.frameRates().stream().sorted().map(Numbers::plain).toList();
			error("Backend " + limits.name() + " renders " + CloseNames.orList(rates) + " fps, not " + what + " "
					+ Numbers.plain(fps) + " fps", object, feature, ShotsIssueCodes.FRAME_RATE_NOT_RENDERED,
					rates.toArray(String[]::new));
		}
	}

	@Check
	public void checkCastIsNotRepeated(Beat beat) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(beat, Literals.BEAT__CAST);
		Set<String> seen = new HashSet<>();
		for (INode node : nodes) {
			String name = NodeModelUtils.getTokenText(node);
			if (!seen.add(name)) {
				getMessageAcceptor().acceptError(name + " is already in the cast of this beat.", beat, node.getOffset(),
						node.getLength(), ShotsIssueCodes.REPEATED_CAST, name);
			}
		}
	}

	@Check
	public void checkTakes(Shot shot) {
		if (shot.getTakesWanted() > ShotCompiler.MAX_TAKES) {
			error("Shot " + shot.getName() + " wants " + shot.getTakesWanted() + " takes; a shot may have at most "
					+ ShotCompiler.MAX_TAKES, shot, Literals.SHOT__TAKES_WANTED, ShotsIssueCodes.TOO_MANY_TAKES,
					Integer.toString(ShotCompiler.MAX_TAKES));
		}
	}

	// ------------------------------------------------------------------ files

	@Check(CheckType.NORMAL)
	public void checkReferenceImagesExist(Character character) {
		List<String> references = character.getReferences();
		for (int index = 0; index < references.size(); index++) {
			String path = references.get(index);
			Path file = ProjectFiles.resolve(character, path);
			if (file != null && !Files.isRegularFile(file)) {
				error("Reference image " + path + " of " + character.getName() + " does not exist (looked for " + file
						+ ")", character, Literals.CHARACTER__REFERENCES, index, ShotsIssueCodes.IMAGE_NOT_FOUND, path,
						file.toString());
			}
		}
	}

	@Check(CheckType.NORMAL)
	public void checkImageInputExists(Shot shot) {
		Path file = ProjectFiles.resolve(shot, shot.getImageInput());
		if (file != null && !Files.isRegularFile(file)) {
			error("Image " + shot.getImageInput() + " of shot " + shot.getName() + " does not exist (looked for "
					+ file + ")", shot, Literals.SHOT__IMAGE_INPUT, ShotsIssueCodes.IMAGE_NOT_FOUND,
					shot.getImageInput(), file.toString());
		}
	}

	@Check(CheckType.NORMAL)
	public void checkSong(ProjectSettings settings) {
		Path file = ProjectFiles.resolve(settings, settings.getSong());
		if (file == null) {
			return;
		}
		if (!Files.isRegularFile(file)) {
			warning("Song " + settings.getSong() + " does not exist (looked for " + file + ")", settings,
					Literals.PROJECT_SETTINGS__SONG, ShotsIssueCodes.SONG_NOT_FOUND, settings.getSong(),
					file.toString());
		} else if (SongLength.of(file).isEmpty()) {
			info("The length of song " + settings.getSong()
					+ " cannot be read (Java reads WAV, AIFF and AU): shots past its end are not reported", settings,
					Literals.PROJECT_SETTINGS__SONG, ShotsIssueCodes.SONG_LENGTH_UNKNOWN, settings.getSong());
		}
	}

	// ------------------------------------------------------------------ takes, song, budget

	@Check
	public void checkContinuedShotHasAChosenTake(Shot shot) {
		Shot continued = shot.getContinues();
		if (continued == null || continued.eIsProxy() || continued.getName() == null || continued == shot) {
			return;
		}
		if (!context(shot).chosenTakes().hasChosenTake(continued.getName())) {
			warning("Shot " + shot.getName() + " continues " + continued.getName() + ", which has no chosen take yet: "
					+ "render " + continued.getName() + " and circle a take before rendering " + shot.getName(), shot,
					Literals.SHOT__CONTINUES, ShotsIssueCodes.CONTINUES_WITHOUT_CHOSEN_TAKE, continued.getName());
		}
	}

	/** Sequences of this file that overlap another on the song, and shots past the song's end. */
	@Check(CheckType.NORMAL)
	public void checkSequencesOnTheSong(Script script) {
		if (script.getSequences().isEmpty()) {
			return;
		}
		List<Placed> placed = new ArrayList<>();
		for (Script each : projectScripts(script)) {
			for (Placed sequence : placements(each)) {
				if (sequence.end() - sequence.start() > EPSILON) {
					placed.add(sequence);
				}
			}
		}
		placed.sort(Comparator.comparingDouble(Placed::start));
		Placed latestEnding = null;
		for (Placed current : placed) {
			if (latestEnding != null && current.start() < latestEnding.end() - EPSILON
					&& current.sequence().eContainer() == script) {
				Sequence other = latestEnding.sequence();
				warning("Sequence " + current.sequence().getName() + " starts at " + Numbers.clock(current.start())
						+ ", before sequence " + other.getName() + " ends at " + Numbers.clock(latestEnding.end()),
						current.sequence(), current.sequence().getPosition() != null ? Literals.SEQUENCE__POSITION
								: Literals.NAMED_ELEMENT__NAME,
						ShotsIssueCodes.SEQUENCES_OVERLAP, String.valueOf(other.getName()),
						Numbers.plain(latestEnding.end()));
			}
			if (latestEnding == null || current.end() > latestEnding.end()) {
				latestEnding = current;
			}
		}

		ProjectSettings settings = ScriptQueries.projectSettings(script);
		Path song = settings == null ? null : ProjectFiles.resolve(settings, settings.getSong());
		OptionalDouble songLength = song == null ? OptionalDouble.empty() : SongLength.of(song);
		if (songLength.isEmpty()) {
			return;
		}
		double length = songLength.getAsDouble();
		for (Placed sequence : placements(script)) {
			double overlap = Timeline.overlapSeconds(sequence.sequence().getTransition());
			double start = sequence.start();
			List<Shot> shots = sequence.sequence().getShots();
			for (int index = 0; index < shots.size(); index++) {
				Shot shot = shots.get(index);
				double end = start + shot.getDuration();
				if (end > length + EPSILON) {
					warning("Shot " + shot.getName() + " ends at " + Numbers.clock(end) + ", after the song ends at "
							+ Numbers.clock(length) + (index == shots.size() - 1 ? "" : " (and so do the shots after it)"),
							shot, Literals.NAMED_ELEMENT__NAME, ShotsIssueCodes.PAST_SONG_END, Numbers.plain(length));
					break;
				}
				start = end - overlap;
			}
		}
	}

	/** A sequence placed on the song. */
	private record Placed(Sequence sequence, double start, double end) {
	}

	/**
	 * Where the script's sequences lie on the song, in one pass (the model's startSeconds()
	 * looks back over unplaced sequences each time, which is quadratic over a whole script):
	 * a sequence without a position follows the one before it; one that cannot be placed (a
	 * bar without a tempo) is left out, and so are the unplaced ones after it.
	 */
	private static List<Placed> placements(Script script) {
		ProjectSettings settings = ScriptQueries.projectSettings(script);
		Double tempo = settings != null && settings.isSetTempo() ? settings.getTempo() : null;
		int beatsPerBar = settings != null ? settings.getBeatsPerBar() : 4;
		List<Placed> placed = new ArrayList<>();
		Double previousEnd = 0.0;
		for (Sequence sequence : script.getSequences()) {
			Double start = sequence.getPosition() != null ? sequence.getPosition().toSeconds(tempo, beatsPerBar)
					: previousEnd;
			if (start == null || start.isNaN() || start.isInfinite()) {
				previousEnd = null;
				continue;
			}
			double end = start + sequence.lengthSeconds();
			placed.add(new Placed(sequence, start, end));
			previousEnd = end;
		}
		return placed;
	}

	@Check(CheckType.EXPENSIVE)
	public void checkBudget(ProjectSettings settings) {
		ShotsContext context = context(settings);
		if (settings.getBudget() == null || context.costs() == CostEstimator.NONE) {
			return;
		}
		Script script = ScriptQueries.scriptOf(settings);
		ShotCompiler compiler = context.compiler();
		List<GenerationRequest> requests = new ArrayList<>();
		for (Script each : projectScripts(script)) {
			for (Shot shot : each.allShots()) {
				requests.addAll(compiler.compile(shot));
			}
		}
		String currency = settings.getCurrency();
		Optional<BigDecimal> estimate = context.costs().estimate(requests, currency);
		if (estimate.isPresent() && estimate.get().compareTo(settings.getBudget()) > 0) {
			warning("The render plan is estimated at " + estimate.get().toPlainString() + " " + currency
					+ ", above the budget of " + settings.getBudget().toPlainString() + " " + currency
					+ " (a render of it is refused)", settings, Literals.PROJECT_SETTINGS__BUDGET,
					ShotsIssueCodes.OVER_BUDGET, estimate.get().toPlainString(), settings.getBudget().toPlainString());
		}
	}

	// ------------------------------------------------------------------ helpers

	private static ShotsContext context(EObject object) {
		Resource resource = object.eResource();
		return ShotsContext.of(resource == null ? null : resource.getResourceSet());
	}

	/** Every script of the project (the resource set), in resource order; just this one outside a resource set. */
	static List<Script> projectScripts(Script script) {
		Resource resource = script.eResource();
		if (resource == null || resource.getResourceSet() == null) {
			return List.of(script);
		}
		List<Script> scripts = new ArrayList<>();
		for (Resource each : List.copyOf(resource.getResourceSet().getResources())) {
			if (!each.isLoaded()) {
				continue;
			}
			for (EObject root : each.getContents()) {
				if (root instanceof Script found) {
					scripts.add(found);
				}
			}
		}
		return scripts;
	}

	/** "line 3" in the same file, "cast.shots:3" in another. */
	private static String where(EObject object, Script from) {
		INode node = NodeModelUtils.findActualNodeFor(object);
		int line = node == null ? 0 : node.getStartLine();
		Resource resource = object.eResource();
		if (resource == null || resource == from.eResource()) {
			return "line " + line;
		}
		return resource.getURI().lastSegment() + ":" + line;
	}

	private static String capitalized(String kind) {
		return kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1);
	}
}
