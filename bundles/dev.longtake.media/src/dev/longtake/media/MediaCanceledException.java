package dev.longtake.media;

import java.nio.file.Path;

/**
 * The operation was canceled through its {@link MediaProgress}. Whatever it was writing has
 * been removed; files that existed before are untouched.
 */
public class MediaCanceledException extends MediaException {

    private static final long serialVersionUID = 1L;

    public MediaCanceledException(Path file) {
        super(file, "canceled");
    }
}
