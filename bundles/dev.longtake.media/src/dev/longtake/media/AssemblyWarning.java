package dev.longtake.media;

import java.nio.file.Path;

/**
 * Something the assembly worked around and the director should know about, e.g. a take
 * shorter than its segment, held on its last frame.
 *
 * @param segment the segment concerned, counted from 1, or 0 when it concerns the whole video
 * @param file    the file concerned (a take, the song)
 * @param message what happened, readable after "file: "
 */
public record AssemblyWarning(int segment, Path file, String message) {

    @Override
    public String toString() {
        return file + ": " + message;
    }
}
