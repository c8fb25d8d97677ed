package dev.example.replicate;

import dev.example.replicate.internal.ReplicateBackend;
import dev.example.replicate.internal.ReplicateConfig;
import dev.longtake.render.Backend;
import dev.longtake.render.BackendFactory;
import dev.longtake.render.BackendSettings;

/**
 * Makes the {@code replicate} backend: video generations through the Replicate predictions
 * API. Contributed through the {@code dev.longtake.render.backends} extension point (see
 * plugin.xml). Settings, from {@code LONGTAKE_REPLICATE_<KEY>} on the command line:
 * <ul>
 * <li>{@code api_key} (required): the API token, sent as {@code Authorization: Bearer};</li>
 * <li>{@code model} (required): {@code owner/name} (the model's latest version) or
 * {@code owner/name:version} or a bare version id;</li>
 * <li>{@code url}: the API's base URL, default {@code https://api.replicate.com};</li>
 * <li>{@code wait}: seconds (1 to 60) the service may hold the submission open
 * ({@code Prefer: wait=N}); unset: answer at once;</li>
 * <li>{@code max_seconds}, {@code max_size} ({@code 1920x1080}), {@code concurrency},
 * {@code price_per_second}, {@code currency}, {@code price_checked_on} ({@code 2026-12-07}):
 * what the chosen model renders and costs, for the plan.</li>
 * </ul>
 */
public final class ReplicateBackendFactory implements BackendFactory {

    public static final String NAME = "replicate";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Backend create(BackendSettings settings) {
        return new ReplicateBackend(ReplicateConfig.from(settings));
    }
}
