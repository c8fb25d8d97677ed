package dev.longtake.render.veo;

import dev.longtake.render.Backend;
import dev.longtake.render.BackendFactory;
import dev.longtake.render.BackendSettings;
import dev.longtake.render.http.ServiceConfig;
import dev.longtake.render.http.Timeouts;

/**
 * Makes the {@code veo} backend: {@code LONGTAKE_VEO_API_KEY} (a Gemini API key, required),
 * {@code LONGTAKE_VEO_URL} (default {@value VeoBackend#DEFAULT_URL}), {@code LONGTAKE_VEO_MODEL}
 * (default {@value VeoBackend#DEFAULT_MODEL}), {@code LONGTAKE_VEO_CONCURRENCY} (default 2).
 */
public final class VeoBackendFactory implements BackendFactory {

    @Override
    public String name() {
        return VeoBackend.NAME;
    }

    @Override
    public Backend create(BackendSettings settings) {
        return new VeoBackend(ServiceConfig.read(VeoBackend.NAME, settings, VeoBackend.DEFAULT_URL,
                VeoBackend.DEFAULT_MODEL, true), Timeouts.defaults());
    }
}
