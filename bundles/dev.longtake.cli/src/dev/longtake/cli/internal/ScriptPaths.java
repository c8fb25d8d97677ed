package dev.longtake.cli.internal;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import dev.longtake.cli.CommandFailure;
import dev.longtake.dsl.ShotsDiagnostic;
import dev.longtake.dsl.ShotsProject;

/** What the script commands share: loading a project or script, naming files as the user does. */
final class ScriptPaths {

    private ScriptPaths() {
    }

    /** Loads the project folder or script, or fails with one line naming the path. */
    static ShotsProject load(Path path) {
        try {
            return ShotsProject.load(path);
        } catch (NoSuchFileException e) {
            throw new CommandFailure(path + ": no such file or folder");
        } catch (IOException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            throw new CommandFailure(message.startsWith(path.toString()) ? message : path + ": " + message, e);
        }
    }

    /** The file as the user would write it: relative to the working folder when it is inside it. */
    static Path shown(Path file) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(here) ? here.relativize(absolute) : absolute;
    }

    /** file:line:col: severity: message */
    static String line(ShotsDiagnostic diagnostic) {
        return diagnostic.format(shown(diagnostic.file()));
    }

    /** "1 error", "2 warnings". */
    static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
