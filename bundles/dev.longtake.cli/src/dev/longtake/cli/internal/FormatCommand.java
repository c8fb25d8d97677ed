package dev.longtake.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.longtake.cli.CommandFailure;
import dev.longtake.cli.ExitCode;
import dev.longtake.dsl.ScriptFormatting;
import dev.longtake.dsl.ShotsDiagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code longtake format}: rewrites scripts in the canonical layout. */
@Command(name = "format",
        description = { "Rewrite a script (or every .shots file of a folder) in the canonical layout, keeping its "
                + "comments. The file is replaced in one step (written aside, then renamed over it).",
                "A script with syntax errors is left alone: the errors are printed and the command exits 1." })
public final class FormatCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<file>", description = "a .shots file, or a folder of them")
    Path path;

    @Option(names = "--check", description = "change nothing; exit 1 if a file is not in the canonical layout")
    boolean check;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = files();
        List<Path> unformatted = new ArrayList<>();
        for (Path file : files) {
            ScriptFormatting.Result result = ScriptFormatting.format(file);
            if (!result.formatted()) {
                for (ShotsDiagnostic error : result.syntaxErrors()) {
                    out.println(ScriptPaths.line(error));
                }
                throw new CommandFailure("cannot format " + ScriptPaths.shown(file) + ": "
                        + ScriptPaths.count(result.syntaxErrors().size(), "syntax error") + " (fix them first)");
            }
            String before = Files.readString(file, StandardCharsets.UTF_8);
            if (before.equals(result.text())) {
                continue;
            }
            unformatted.add(file);
            if (check) {
                out.println(ScriptPaths.shown(file) + ": not in the canonical layout");
            } else {
                replace(file, result.text());
                out.println(ScriptPaths.shown(file) + ": formatted");
            }
        }
        if (check && !unformatted.isEmpty()) {
            throw new CommandFailure(ScriptPaths.count(unformatted.size(), "file") + " would be reformatted");
        }
        return ExitCode.OK;
    }

    private List<Path> files() throws IOException {
        if (!Files.exists(path)) {
            throw new CommandFailure(path + ": no such file or folder");
        }
        if (!Files.isDirectory(path)) {
            if (!path.getFileName().toString().endsWith(".shots")) {
                throw new CommandFailure(path + ": not a .shots file");
            }
            return List.of(path);
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(path, "*.shots")) {
            stream.forEach(files::add);
        }
        if (files.isEmpty()) {
            throw new CommandFailure(path + ": no .shots file in this folder");
        }
        files.sort(null);
        return files;
    }

    /** Writes the text beside the file, forces it to disk, then renames it over the file. */
    static void replace(Path file, String text) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
        try {
            try (OutputStream stream = Files.newOutputStream(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC)) {
                stream.write(text.getBytes(StandardCharsets.UTF_8));
            }
            try {
                Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(file));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the new file gets the default permissions
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (NoSuchFileException e) {
            throw new CommandFailure(file + ": no such file", e);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
