package dev.longtake.render.luma;

import dev.longtake.render.Backend;
import dev.longtake.render.BackendFactory;
import dev.longtake.render.BackendSettings;
import dev.longtake.render.http.ServiceConfig;
import dev.longtake.render.http.Timeouts;

/**
 * Makes the {@code luma} backend: {@code LONGTAKE_LUMA_API_KEY} (required),
 * {@code LONGTAKE_LUMA_URL} (default {@value LumaBackend#DEFAULT_URL}),
 * {@code LONGTAKE_LUMA_MODEL} (default {@value LumaBackend#DEFAULT_MODEL}),
 * {@code LONGTAKE_LUMA_CONCURRENCY} (default 2).
 */
public final class LumaBackendFactory implements BackendFactory {

    @Override
    public String name() {
        return LumaBackend.NAME;
    }

    @Override
    public Backend create(BackendSettings settings) {
        return new LumaBackend(ServiceConfig.read(LumaBackend.NAME, settings, LumaBackend.DEFAULT_URL,
                LumaBackend.DEFAULT_MODEL, true), Timeouts.defaults());
    }
}
