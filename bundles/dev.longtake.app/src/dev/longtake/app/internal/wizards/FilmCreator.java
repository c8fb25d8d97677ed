package dev.longtake.app.internal.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;

/**
 * Makes a film folder from a template: the template's files, with {@code ${title}} filled in
 * in scripts, plus the {@code media/} and {@code refs/} folders every film has.
 */
public final class FilmCreator {

    public static final String SCRIPT = "script.shots";

    private FilmCreator() {
    }

    /** Why the folder cannot take a new film, or null when it can. */
    public static String problemWith(Path folder) {
        if (folder == null || folder.getFileName() == null) {
            return "Choose a folder for the film";
        }
        if (Files.isRegularFile(folder)) {
            return folder + " is a file, not a folder";
        }
        try {
            if (Files.isDirectory(folder)) {
                try (var entries = Files.list(folder)) {
                    if (entries.findAny().isPresent()) {
                        return folder + " already exists and is not empty; nothing in it will be touched";
                    }
                }
            }
        } catch (IOException e) {
            return folder + " cannot be read: " + e.getMessage();
        }
        return null;
    }

    /** Creates the film and returns its script. Fails, touching nothing, if the folder is taken. */
    public static Path create(Path folder, String title, FilmTemplate template) throws IOException {
        String problem = problemWith(folder);
        if (problem != null) {
            throw new IOException(problem);
        }
        Files.createDirectories(folder.resolve("media"));
        Files.createDirectories(folder.resolve("refs"));
        String root = template.folder().endsWith("/") ? template.folder() : template.folder() + "/";
        Enumeration<URL> files = template.bundle().findEntries(root, "*", true);
        for (URL url : files == null ? Collections.<URL>emptyList() : Collections.list(files)) {
            String relative = url.getPath().substring(url.getPath().indexOf(root) + root.length());
            if (relative.isEmpty() || relative.endsWith("/")) {
                continue;
            }
            Path target = folder.resolve(relative).normalize();
            if (!target.startsWith(folder)) {
                continue; // a template cannot write outside the film
            }
            Files.createDirectories(target.getParent());
            try (InputStream in = url.openStream()) {
                byte[] bytes = in.readAllBytes();
                if (relative.endsWith(".shots")) {
                    String text = new String(bytes, StandardCharsets.UTF_8).replace("${title}", title.replace("\"", "'"));
                    bytes = text.getBytes(StandardCharsets.UTF_8);
                }
                Files.write(target, bytes);
            }
        }
        Path script = folder.resolve(SCRIPT);
        if (!Files.exists(script)) {
            throw new IOException("The template " + template.name() + " has no " + SCRIPT);
        }
        return script;
    }
}
