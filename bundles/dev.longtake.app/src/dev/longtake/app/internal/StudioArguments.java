package dev.longtake.app.internal;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the workbench was asked to open: the launch script turns {@code longtake studio path}
 * into {@code --open path}. Other arguments (the launcher's, a test harness's) are ignored.
 */
record StudioArguments(Optional<Path> film) {

    static final String OPEN = "--open";

    static StudioArguments parse(String[] args) {
        if (args != null) {
            for (int i = 0; i + 1 < args.length; i++) {
                if (OPEN.equals(args[i])) {
                    return new StudioArguments(Optional.of(Path.of(args[i + 1]).toAbsolutePath().normalize()));
                }
            }
        }
        return new StudioArguments(Optional.empty());
    }
}
