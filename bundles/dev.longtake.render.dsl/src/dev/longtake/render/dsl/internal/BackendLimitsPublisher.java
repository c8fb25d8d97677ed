package dev.longtake.render.dsl.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.longtake.dsl.backend.BackendLimits;
import dev.longtake.dsl.backend.BackendRegistry;
import dev.longtake.render.Backend;
import dev.longtake.render.BackendCapabilities;
import dev.longtake.render.BackendSettings;
import dev.longtake.render.Resolution;

/**
 * Tells the shot language which backends are installed and what each renders, so that a
 * script may say {@code backend runway} and be checked against Runway's limits. The language
 * keeps its own catalog ({@link BackendRegistry#shared()}) and does not depend on the render
 * engine; this component, started with the bundle, fills it from the render backends.
 * <p>
 * Every installed backend is published, configured or not: a backend without its key is made
 * once with a stand-in key only to read its capabilities (it is never asked to call its
 * service), so that a script naming it is checked against its limits and the render then says
 * which setting is missing. A backend that cannot be made even so (comfyui without its workflow)
 * is published without limits.
 */
public final class BackendLimitsPublisher {

    private final List<BackendRegistry.Registration> registrations = new ArrayList<>();

    public void activate() {
        dev.longtake.render.BackendRegistry installed = dev.longtake.render.BackendRegistry
                .installed(BackendLimitsPublisher::withStandInKey);
        for (String name : installed.names()) {
            if (BackendRegistry.DEFAULT_BACKEND.equals(name)) {
                continue; // the language has its own entry for the built-in backend
            }
            Backend backend = installed.find(name).orElseThrow();
            registrations.add(BackendRegistry.shared().register(limitsOf(name, backend.capabilities())));
        }
        for (Map.Entry<String, String> unavailable : installed.unavailable().entrySet()) {
            registrations.add(BackendRegistry.shared().register(BackendLimits.builder(unavailable.getKey()).build()));
        }
    }

    public void deactivate() {
        registrations.forEach(BackendRegistry.Registration::close);
        registrations.clear();
    }

    static BackendSettings withStandInKey(String backend) {
        BackendSettings real = BackendSettings.fromEnvironment(backend);
        return key -> key.equals("api_key") ? real.get(key).or(() -> Optional.of("stand-in")) : real.get(key);
    }

    /** The render capabilities in the language's terms. */
    public static BackendLimits limitsOf(String name, BackendCapabilities c) {
        BackendLimits.Builder limits = BackendLimits.builder(name).maxSeconds(c.maxSeconds())
                .maxPromptLength(c.maxPromptLength()).imageInput(c.imageInput());
        for (Resolution size : c.sizes()) {
            limits.size(size.width(), size.height());
        }
        for (double fps : c.frameRates()) {
            limits.frameRate(fps);
        }
        return limits.build();
    }
}
