package dev.longtake.dsl.backend;

import java.util.Optional;
import java.util.SortedSet;

import dev.longtake.dsl.prompt.PromptCompiler;
import dev.longtake.dsl.prompt.StandardPromptCompiler;

/**
 * The generation backends a script may name, with their limits and prompt compilers. Validation
 * reports a backend name the catalog does not know (offering the close names) and a shot that
 * breaks its backend's limits; the compiler asks it for the backend's prompt compiler.
 *
 * <p>The usual catalog is {@link BackendRegistry#shared()}, where backend plugins register.
 */
public interface BackendCatalog {

	/** The limits of the named backend, or empty when no backend has that name. */
	Optional<BackendLimits> limits(String backend);

	/** Every backend name, sorted. */
	SortedSet<String> names();

	/** How the named backend wants its prompts written: the standard compiler unless it brings one. */
	default PromptCompiler promptCompiler(String backend) {
		return StandardPromptCompiler.INSTANCE;
	}
}
