package dev.longtake.dsl.prompt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import dev.longtake.dsl.backend.BackendCatalog;
import dev.longtake.dsl.backend.BackendLimits;
import dev.longtake.dsl.backend.BackendRegistry;
import dev.longtake.dsl.internal.ProjectFiles;
import dev.longtake.model.Beat;
import dev.longtake.model.Character;
import dev.longtake.model.ProjectSettings;
import dev.longtake.model.Shot;
import dev.longtake.model.VideoFormat;
import dev.longtake.model.internal.ScriptQueries;

/**
 * Turns a shot into its generation requests, one per take (see {@link GenerationRequest} for
 * the take, seed and hash rules): the prompt from the backend's {@link PromptCompiler}, the
 * duration, the project's format, the cast's reference images (for backends that take them),
 * the {@code from image}, the shot it continues and the backend.
 *
 * <p>Defaults: the backend is the shot's, else the project's, else
 * {@value BackendRegistry#DEFAULT_BACKEND}; the format is the project's, else
 * {@value #DEFAULT_WIDTH}x{@value #DEFAULT_HEIGHT} at {@value #DEFAULT_FPS} fps. Image paths
 * are resolved against the folder of the script's file and their content digested.
 *
 * <p>Compile a validated script: a shot with errors gives a best-effort result (a shot wanting
 * fewer than one take gives none; one wanting more than {@value #MAX_TAKES}, which validation
 * refuses, gives {@value #MAX_TAKES}).
 */
public final class ShotCompiler {

	public static final int DEFAULT_WIDTH = 1280;
	public static final int DEFAULT_HEIGHT = 720;
	public static final double DEFAULT_FPS = 24;
	/** The most takes one shot may want. */
	public static final int MAX_TAKES = 1000;

	private final BackendCatalog backends;

	public ShotCompiler(BackendCatalog backends) {
		this.backends = Objects.requireNonNull(backends, "backends");
	}

	/** The backend the shot renders on. */
	public static String backendOf(Shot shot) {
		String backend = shot.effectiveBackend();
		return backend == null || backend.isBlank() ? BackendRegistry.DEFAULT_BACKEND : backend;
	}

	/** The prompt text the shot's backend is sent. */
	public String prompt(Shot shot) {
		return backends.promptCompiler(backendOf(shot)).prompt(shot);
	}

	/** One request per take, in take order. */
	public List<GenerationRequest> compile(Shot shot) {
		String backend = backendOf(shot);
		Optional<BackendLimits> limits = backends.limits(backend);
		String prompt = backends.promptCompiler(backend).prompt(shot);

		ProjectSettings settings = ScriptQueries.projectSettings(shot);
		VideoFormat format = settings == null ? null : settings.getFormat();
		int width = format != null && format.getWidth() > 0 ? format.getWidth() : DEFAULT_WIDTH;
		int height = format != null && format.getHeight() > 0 ? format.getHeight() : DEFAULT_HEIGHT;
		double fps = format != null && format.getFps() > 0 ? format.getFps() : DEFAULT_FPS;

		boolean sendReferences = limits.map(BackendLimits::referenceImages).orElse(true);
		List<ImageReference> references = sendReferences ? referenceImages(shot) : List.of();
		ImageReference imageInput = shot.getImageInput() == null ? null : image(shot, shot.getImageInput());
		Shot continued = resolved(shot.getContinues());
		String continuesShot = continued == null ? null : continued.getName();
		String name = shot.getName() == null ? "" : shot.getName();

		int takes = Math.min(Math.max(shot.getTakesWanted(), 0), MAX_TAKES);
		List<GenerationRequest> requests = new ArrayList<>(takes);
		for (int take = 1; take <= takes; take++) {
			Long seed = shot.isSetSeed() ? seedOfTake(shot.getSeed(), take) : null;
			requests.add(new GenerationRequest(name, take, takes, prompt, shot.getDuration(), width, height, fps, seed,
					references, imageInput, continuesShot, backend));
		}
		return requests;
	}

	/**
	 * The seed of take {@code take} of a shot with seed {@code seed}: seed + take - 1, wrapping
	 * past 2^63-1 to 0.
	 */
	public static long seedOfTake(long seed, int take) {
		return (seed + (take - 1)) & Long.MAX_VALUE;
	}

	/** The reference images of the shot's cast, each path once, in order of appearance. */
	private static List<ImageReference> referenceImages(Shot shot) {
		Map<String, ImageReference> images = new LinkedHashMap<>();
		for (Beat beat : shot.getBeats()) {
			for (Character character : beat.effectiveCast()) {
				if (resolved(character) == null) {
					continue;
				}
				for (String path : character.getReferences()) {
					if (path != null && !images.containsKey(path)) {
						images.put(path, image(character, path));
					}
				}
			}
		}
		return List.copyOf(images.values());
	}

	private static ImageReference image(EObject context, String path) {
		return new ImageReference(path, ProjectFiles.sha256(ProjectFiles.resolve(context, path)));
	}

	private static <T extends EObject> T resolved(T object) {
		return object == null || object.eIsProxy() ? null : object;
	}
}
