package dev.longtake.render.animatic;

import dev.longtake.render.Backend;
import dev.longtake.render.BackendFactory;
import dev.longtake.render.BackendSettings;

/**
 * Makes the animatic backend for the extension point and for {@code ServiceLoader}. Setting
 * {@code concurrency} ({@code LONGTAKE_ANIMATIC_CONCURRENCY}) caps the clips drawn at once;
 * the default is one per processor.
 */
public final class AnimaticBackendFactory implements BackendFactory {

    @Override
    public String name() {
        return AnimaticBackend.NAME;
    }

    @Override
    public Backend create(BackendSettings settings) {
        int concurrency = Runtime.getRuntime().availableProcessors();
        String configured = settings.get("concurrency").orElse(null);
        if (configured != null) {
            try {
                concurrency = Integer.parseInt(configured.trim());
            } catch (NumberFormatException e) {
                throw new IllegalStateException("LONGTAKE_ANIMATIC_CONCURRENCY is not a number: " + configured);
            }
        }
        // The media bundle's MP4 encoder replaces mjpegAvi() here once it is in the product.
        return new AnimaticBackend(ClipSinkFactory.mjpegAvi(), concurrency);
    }
}
