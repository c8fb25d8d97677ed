package dev.longtake.render.openai;

import dev.longtake.render.Backend;
import dev.longtake.render.BackendFactory;
import dev.longtake.render.BackendSettings;
import dev.longtake.render.http.ServiceConfig;
import dev.longtake.render.http.Timeouts;

/**
 * Makes the {@code openai} backend: {@code LONGTAKE_OPENAI_API_KEY} (required),
 * {@code LONGTAKE_OPENAI_URL} (default {@value OpenAiBackend#DEFAULT_URL}),
 * {@code LONGTAKE_OPENAI_MODEL} ({@code sora-2} or {@code sora-2-pro}),
 * {@code LONGTAKE_OPENAI_CONCURRENCY} (default 2).
 */
public final class OpenAiBackendFactory implements BackendFactory {

    @Override
    public String name() {
        return OpenAiBackend.NAME;
    }

    @Override
    public Backend create(BackendSettings settings) {
        ServiceConfig config = ServiceConfig.read(OpenAiBackend.NAME, settings, OpenAiBackend.DEFAULT_URL,
                OpenAiBackend.DEFAULT_MODEL, true);
        return new OpenAiBackend(config, Timeouts.defaults());
    }
}
