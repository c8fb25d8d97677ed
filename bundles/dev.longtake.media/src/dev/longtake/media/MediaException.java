package dev.longtake.media;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A media file could not be read or written. The message names the file and says what is
 * wrong with it in words a user can act on ("take-3.mp4: the file is empty (0 bytes)"), so
 * callers can show it as it is, without a stack trace.
 */
public class MediaException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String problem;

    /** A problem with {@code file}; {@code problem} reads as the end of "file: ...". */
    public MediaException(Path file, String problem) {
        this(file, problem, null);
    }

    public MediaException(Path file, String problem, Throwable cause) {
        super(file == null ? problem : file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    /** The file at fault, when the problem concerns one. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** What is wrong, without the file name. */
    public String problem() {
        return problem;
    }
}
