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
        // MP4 through the media bundle where it is installed (the product); our own Motion-JPEG
        // writer where it is not (plain JUnit, a minimal runtime).
        ClipSinkFactory sinks = mediaIsAvailable()
                ? new dev.longtake.render.animatic.internal.MediaClipSinkFactory()
                : ClipSinkFactory.mjpegAvi();
        return new AnimaticBackend(sinks, concurrency);
    }

    /**
     * The media bundle is an optional import: asked by name first, so that the class which
     * uses it is never loaded (and verified) where it is missing.
     */
    private static boolean mediaIsAvailable() {
        try {
            Class.forName("dev.longtake.media.ClipWriter", false, AnimaticBackendFactory.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
