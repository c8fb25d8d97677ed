package dev.longtake.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where a film project keeps what rendering writes: {@code .longtake/ledger.xmi},
 * {@code .longtake/journal/} and {@code takes/<Shot>/<n>.<ext>}, all beside the script.
 * Every path is made here from the project folder and names the engine checked; nothing a
 * service answers takes part.
 */
public record ProjectLayout(Path folder) {

    /** Shot names become folder names: letters, digits, '_', '-', '.'; never a path. */
    private static final Pattern SAFE_NAME = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_.-]{0,119}");

    public ProjectLayout {
        folder = folder.toAbsolutePath().normalize();
    }

    /** The layout of a project given as its folder or as its script file. */
    public static ProjectLayout of(Path projectOrScript) {
        Path path = projectOrScript.toAbsolutePath().normalize();
        if (Files.isRegularFile(path)) {
            return new ProjectLayout(path.getParent());
        }
        if (Files.isDirectory(path)) {
            return new ProjectLayout(path);
        }
        throw new RenderException(projectOrScript + ": no such project folder or script");
    }

    public Path stateFolder() {
        return folder.resolve(".longtake");
    }

    public Path ledgerFile() {
        return stateFolder().resolve("ledger.xmi");
    }

    public Path journalFolder() {
        return stateFolder().resolve("journal");
    }

    public Path takesFolder() {
        return folder.resolve("takes");
    }

    /** {@code takes/<shot>}, after checking that the shot name is a plain name. */
    public Path takeFolder(String shotName) {
        requireSafeName(shotName);
        return takesFolder().resolve(shotName);
    }

    /** The file of take number {@code n} of a shot: {@code takes/<shot>/<n>.<ext>}. */
    public Path takeFile(String shotName, int number, String extension) {
        if (number <= 0 || !extension.matches("[a-z0-9]{1,8}")) {
            throw new IllegalArgumentException("take " + number + "." + extension);
        }
        return takeFolder(shotName).resolve(number + "." + extension);
    }

    /** A path relative to the project folder, with '/' separators (as the ledger stores it). */
    public String relative(Path path) {
        return folder.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** Resolves a path the ledger or journal stores; refuses one that leaves the project folder. */
    public Path resolve(String relative) {
        Path resolved = folder.resolve(relative).normalize();
        if (!resolved.startsWith(folder) || Path.of(relative).isAbsolute()) {
            throw new RenderException(relative + ": not a path inside the project folder " + folder);
        }
        return resolved;
    }

    public static boolean isSafeName(String name) {
        return name != null && SAFE_NAME.matcher(name).matches() && !name.contains("..");
    }

    public static void requireSafeName(String shotName) {
        if (!isSafeName(shotName)) {
            throw new RenderException("shot name '" + shotName
                    + "' cannot name a folder of takes (letters, digits, '_', '-' and '.' only)");
        }
    }
}
