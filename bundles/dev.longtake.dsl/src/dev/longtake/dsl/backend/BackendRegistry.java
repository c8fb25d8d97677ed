package dev.longtake.dsl.backend;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import dev.longtake.dsl.internal.PromptCompilerExtensions;
import dev.longtake.dsl.prompt.PromptCompiler;
import dev.longtake.dsl.prompt.StandardPromptCompiler;

/**
 * A catalog backends register into. {@link #shared()} is the one the language uses unless a
 * {@link dev.longtake.dsl.ShotsContext} names another: a backend bundle registers its limits
 * (and, if it reshapes prompts, its {@link PromptCompiler}) when it starts, for instance from an
 * OSGi component's activate method, and closes the registration when it stops:
 *
 * <pre>
 * registration = BackendRegistry.shared().register(
 *         BackendLimits.builder("runway").maxSeconds(10).size(1280, 768).imageInput(true).build(),
 *         StandardPromptCompiler.INSTANCE);
 * ...
 * registration.close();
 * </pre>
 *
 * It always knows the built-in {@link #ANIMATIC} backend, the default when a script names none.
 * Thread-safe.
 */
public final class BackendRegistry implements BackendCatalog {

	/** The name of the built-in offline backend, the default of every script. */
	public static final String DEFAULT_BACKEND = "animatic";

	/**
	 * The built-in animatic: renders title cards and beat captions from the request offline, so
	 * it takes any size and rate, images, and prompts of any length, up to a minute per shot.
	 */
	public static final BackendLimits ANIMATIC = BackendLimits.builder(DEFAULT_BACKEND).maxSeconds(60)
			.imageInput(true).referenceImages(true).build();

	private static final BackendRegistry SHARED = withBuiltIns();

	private final Map<String, Entry> backends = new ConcurrentHashMap<>();

	private record Entry(BackendLimits limits, PromptCompiler compiler) {
	}

	/** A registration, ended by {@link #close()}. */
	public interface Registration extends AutoCloseable {
		@Override
		void close();
	}

	private BackendRegistry() {
	}

	/** The registry the language uses by default. */
	public static BackendRegistry shared() {
		return SHARED;
	}

	/** A new registry that knows only the built-in backends (for tests and isolated tools). */
	public static BackendRegistry withBuiltIns() {
		BackendRegistry registry = new BackendRegistry();
		registry.register(ANIMATIC, StandardPromptCompiler.INSTANCE);
		return registry;
	}

	/**
	 * Registers a backend, replacing one of the same name until this registration is closed
	 * (then the replaced one is back).
	 */
	public Registration register(BackendLimits limits, PromptCompiler compiler) {
		Objects.requireNonNull(compiler, "compiler");
		return add(limits, compiler);
	}

	/**
	 * Registers a backend's limits; its prompt compiler is the one a plugin contributes to the
	 * extension point {@code dev.longtake.dsl.promptCompilers}, else the standard one.
	 */
	public Registration register(BackendLimits limits) {
		return add(limits, null);
	}

	private Registration add(BackendLimits limits, PromptCompiler compiler) {
		Objects.requireNonNull(limits, "limits");
		Entry entry = new Entry(limits, compiler);
		Entry replaced = backends.put(limits.name(), entry);
		return () -> {
			if (replaced == null) {
				backends.remove(limits.name(), entry);
			} else {
				backends.replace(limits.name(), entry, replaced);
			}
		};
	}

	@Override
	public Optional<BackendLimits> limits(String backend) {
		Entry entry = backend == null ? null : backends.get(backend);
		return entry == null ? Optional.empty() : Optional.of(entry.limits());
	}

	@Override
	public SortedSet<String> names() {
		return Collections.unmodifiableSortedSet(new TreeSet<>(backends.keySet()));
	}

	/**
	 * The backend's prompt compiler: the one registered with {@link #register(BackendLimits, PromptCompiler)},
	 * else the one a plugin contributes to {@code dev.longtake.dsl.promptCompilers}, else
	 * {@link StandardPromptCompiler}.
	 */
	@Override
	public PromptCompiler promptCompiler(String backend) {
		Entry entry = backend == null ? null : backends.get(backend);
		if (entry != null && entry.compiler() != null) {
			return entry.compiler();
		}
		return PromptCompilerExtensions.contributed(backend).orElse(StandardPromptCompiler.INSTANCE);
	}
}
