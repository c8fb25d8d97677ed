package dev.longtake.render;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import dev.longtake.render.internal.BackendExtensions;
import dev.longtake.render.internal.SettingsOverrides;

/**
 * The backends a render can use, by name.
 * <p>
 * Two ways in, on purpose: plugins contribute factories through the
 * {@code dev.longtake.render.backends} extension point (read by {@link #installed()} inside
 * Eclipse: lazy, declarative, visible in the plugin registry and documented by its schema);
 * plain Java (tests, benchmarks, a JVM without OSGi) registers backends directly or lists
 * factories in {@code META-INF/services/dev.longtake.render.BackendFactory}, because the
 * extension registry needs a running Eclipse. Both go through {@link BackendFactory}.
 */
public final class BackendRegistry {

    private final Map<String, Backend> backends = new LinkedHashMap<>();
    private final Map<String, String> unavailable = new LinkedHashMap<>();

    /** An empty registry. */
    public BackendRegistry() {
    }

    /**
     * The installed backends: the extension point's contributions when the Eclipse extension
     * registry runs, else the factories {@link ServiceLoader} finds; settings from the
     * application's contributed {@link BackendSettingsSource} (the workbench's preferences),
     * else from the environment.
     */
    public static BackendRegistry installed() {
        List<BackendSettingsSource> sources = BackendExtensions.contributedSettingsSources();
        return installed(backend -> sources.stream().map(source -> source.settings(backend))
                .flatMap(Optional::stream).findFirst().orElseGet(() -> BackendSettings.fromEnvironment(backend)));
    }

    /** As {@link #installed()}, with settings looked up per backend name. */
    public static BackendRegistry installed(Function<String, BackendSettings> settings) {
        BackendRegistry registry = new BackendRegistry();
        Optional<Iterable<BackendFactory>> contributed = BackendExtensions.contributedFactories(registry::unavailable);
        Iterable<BackendFactory> factories = contributed
                .orElseGet(() -> ServiceLoader.load(BackendFactory.class, BackendRegistry.class.getClassLoader()));
        for (BackendFactory factory : factories) {
            registry.register(factory, settings.apply(factory.name()));
        }
        return registry;
    }

    /** Adds a backend; a second backend with the same name is refused. */
    public synchronized BackendRegistry register(Backend backend) {
        if (backends.containsKey(backend.name())) {
            throw new IllegalArgumentException("backend " + backend.name() + " is registered twice");
        }
        backends.put(backend.name(), backend);
        unavailable.remove(backend.name());
        return this;
    }

    /**
     * Creates and adds a backend; when the factory refuses (a missing setting), the backend
     * is remembered as unavailable with its reason, which {@link #get} reports. The settings
     * {@code concurrency}, {@code price_per_second}, {@code currency} and
     * {@code prices_checked_on}, when set, replace what the backend says of itself (the user's
     * account and price list).
     */
    public synchronized BackendRegistry register(BackendFactory factory, BackendSettings settings) {
        try {
            register(SettingsOverrides.apply(factory.create(settings), settings));
        } catch (IllegalStateException | IllegalArgumentException e) {
            unavailable(factory.name(), e.getMessage());
        }
        return this;
    }

    private synchronized void unavailable(String name, String reason) {
        if (!backends.containsKey(name)) {
            unavailable.put(name, reason);
        }
    }

    public synchronized Optional<Backend> find(String name) {
        return Optional.ofNullable(backends.get(name));
    }

    /** The backend of that name, or a failure that says why there is none. */
    public synchronized Backend get(String name) {
        Backend backend = backends.get(name);
        if (backend != null) {
            return backend;
        }
        String reason = unavailable.get(name);
        if (reason != null) {
            throw new RenderException("backend " + name + " is not available: " + reason);
        }
        throw new RenderException("unknown backend '" + name + "'" + (backends.isEmpty() ? " (no backend is installed)"
                : "; installed: " + String.join(", ", new TreeSet<>(backends.keySet()))));
    }

    /** Names of the usable backends, sorted. */
    public synchronized Set<String> names() {
        return Collections.unmodifiableSet(new TreeSet<>(backends.keySet()));
    }

    /** Backends that could not be created, with the reason. */
    public synchronized Map<String, String> unavailable() {
        return Map.copyOf(unavailable);
    }
}
