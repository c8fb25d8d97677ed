package dev.longtake.storyboard.tests;

import java.nio.file.Path;
import java.util.function.DoubleConsumer;

import dev.longtake.render.Backend;
import dev.longtake.render.BackendCapabilities;
import dev.longtake.render.BackendException;
import dev.longtake.render.BackendFactory;
import dev.longtake.render.BackendSettings;
import dev.longtake.render.JobStatus;
import dev.longtake.render.RenderRequest;
import dev.longtake.render.animatic.AnimaticBackendFactory;

/**
 * A service-like backend contributed by a plugin: it cannot be made without an API key, and it
 * renders only when the key is {@link #ACCEPTED_KEY}, the way a real service answers 401 to any
 * other. The clips themselves are the animatic's. {@link BackendPreferencesRenderTest} stores the
 * key in the workbench's preferences only, so a render from the board that succeeds used them.
 */
public class KeyedBackendFactory implements BackendFactory {

    static final String NAME = "keyed";
    static final String ACCEPTED_KEY = "sk-from-the-preferences";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Backend create(BackendSettings settings) {
        String key = settings.get("api_key")
                .orElseThrow(() -> new IllegalStateException("keyed needs an API key (LONGTAKE_KEYED_API_KEY)"));
        Backend clips = new AnimaticBackendFactory().create(settings);
        return new Backend() {
            @Override
            public String name() {
                return NAME;
            }

            @Override
            public BackendCapabilities capabilities() {
                return clips.capabilities();
            }

            @Override
            public String submit(RenderRequest request, String idempotencyKey)
                    throws BackendException, InterruptedException {
                if (!ACCEPTED_KEY.equals(key)) {
                    throw BackendException.permanent("keyed: 401 unauthorized (the key is not the accepted one)");
                }
                return clips.submit(request, idempotencyKey);
            }

            @Override
            public JobStatus poll(String remoteId) throws BackendException, InterruptedException {
                return clips.poll(remoteId);
            }

            @Override
            public void fetch(String remoteId, JobStatus finished, Path target, DoubleConsumer progress)
                    throws BackendException, InterruptedException {
                clips.fetch(remoteId, finished, target, progress);
            }

            @Override
            public void cancel(String remoteId) throws BackendException, InterruptedException {
                clips.cancel(remoteId);
            }
        };
    }
}
