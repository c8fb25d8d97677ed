package dev.longtake.media;

/**
 * An encoder was asked for by name and the FFmpeg build in use does not have it (libx264 on
 * the LGPL build, for instance). Longtake never substitutes another encoder silently.
 */
public class MissingEncoderException extends MediaException {

    private static final long serialVersionUID = 1L;

    private final String encoder;

    public MissingEncoderException(String encoder, String problem) {
        super(null, problem);
        this.encoder = encoder;
    }

    /** The encoder that was asked for. */
    public String encoder() {
        return encoder;
    }
}
