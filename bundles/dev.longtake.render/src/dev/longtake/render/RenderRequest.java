package dev.longtake.render;

import java.util.List;

/**
 * One generation the script asks for: what the prompt compiler produces for one take of one
 * shot. The engine only reads it; the language bundle's compiled request implements (or is
 * adapted to) this interface.
 * <p>
 * {@link #hash()} identifies the request in the take ledger: a request whose hash already
 * has a done take is not generated again. It must therefore change whenever anything that
 * changes the output changes (prompt, timing, size, seed, references, backend) and must
 * differ between the takes of one shot (the take number is part of it), and it must be
 * stable across runs and machines (a SHA-256 hex string of a canonical form is what the
 * language bundle computes).
 */
public interface RenderRequest {

    /** The shot's name, as written in the script; also the folder of its takes. */
    String shotName();

    /** Which take of the shot this is, 1 to the shot's {@code takes N}. */
    int takeNumber();

    /** The exact prompt text sent to the backend. */
    String promptText();

    /** Length of the generation in seconds. */
    double durationSeconds();

    int width();

    int height();

    double fps();

    /** The seed, or null to let the backend choose. */
    Long seed();

    /**
     * Reference images for backends that take them: file paths, resolved in the film's folder
     * by the request the language compiles.
     */
    List<String> referenceImages();

    /**
     * The start image for image-to-video, or null: a file path, resolved in the film's folder by
     * the request the language compiles. A backend reads it only to send it.
     */
    String imageInput();

    /** The shot whose circled take this one extends, or null. */
    String continuesShot();

    /** The backend that renders this request (its registered name). */
    String backendName();

    /** Stable identity of the request; see the class comment. */
    String hash();
}
