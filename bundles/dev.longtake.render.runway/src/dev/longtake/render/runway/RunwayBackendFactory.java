package dev.longtake.render.runway;

import dev.longtake.render.Backend;
import dev.longtake.render.BackendFactory;
import dev.longtake.render.BackendSettings;
import dev.longtake.render.http.ServiceConfig;
import dev.longtake.render.http.Timeouts;

/**
 * Makes the {@code runway} backend: {@code LONGTAKE_RUNWAY_API_KEY} (required),
 * {@code LONGTAKE_RUNWAY_URL} (default {@value RunwayBackend#DEFAULT_URL}),
 * {@code LONGTAKE_RUNWAY_MODEL} (default {@value RunwayBackend#DEFAULT_MODEL}),
 * {@code LONGTAKE_RUNWAY_CONCURRENCY} (default 1).
 */
public final class RunwayBackendFactory implements BackendFactory {

    @Override
    public String name() {
        return RunwayBackend.NAME;
    }

    @Override
    public Backend create(BackendSettings settings) {
        return new RunwayBackend(ServiceConfig.read(RunwayBackend.NAME, settings, RunwayBackend.DEFAULT_URL,
                RunwayBackend.DEFAULT_MODEL, true), Timeouts.defaults());
    }
}
