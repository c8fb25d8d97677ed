package dev.longtake.render;

/**
 * Makes a backend: what the {@code dev.longtake.render.backends} extension point's
 * {@code factory} attribute names, and what {@code META-INF/services/dev.longtake.render.BackendFactory}
 * lists for plain Java. Implementations need a public no-argument constructor.
 */
public interface BackendFactory {

    /** The backend's name, as scripts write it. */
    String name();

    /**
     * Creates the backend with its settings (base URL, model, API key).
     *
     * @throws IllegalStateException with a one-line reason when a required setting is missing
     */
    Backend create(BackendSettings settings);
}
