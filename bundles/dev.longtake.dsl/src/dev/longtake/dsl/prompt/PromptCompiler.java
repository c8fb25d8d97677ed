package dev.longtake.dsl.prompt;

import dev.longtake.model.Shot;

/**
 * Writes the prompt text of a shot. A backend whose model wants prompts written differently
 * brings its own (see {@link dev.longtake.dsl.backend.BackendRegistry}); the rest of a
 * generation request (timing, size, seeds, images, hash) is assembled by {@link ShotCompiler}
 * the same way for every backend.
 *
 * <p>An implementation must cope with any model the parser can produce for a broken script:
 * missing names and descriptions, unresolved references, no beats. It must be deterministic:
 * the same shot gives the same text, because the text is part of the request's hash.
 */
public interface PromptCompiler {

	/** The prompt text sent for the shot, never null. */
	String prompt(Shot shot);
}
