package dev.longtake.app.internal;

import java.nio.file.Path;
import java.util.Optional;

/** What the workbench was asked to open: {@code longtake studio [path]}. */
record StudioArguments(Optional<Path> film) {

    static StudioArguments parse(String[] args) {
        if (args != null) {
            for (String arg : args) {
                // The launcher leaves its own flags out; anything not a flag is the film.
                if (!arg.startsWith("-")) {
                    return new StudioArguments(Optional.of(Path.of(arg).toAbsolutePath().normalize()));
                }
            }
        }
        return new StudioArguments(Optional.empty());
    }
}
