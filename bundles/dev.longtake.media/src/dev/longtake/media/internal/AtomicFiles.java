package dev.longtake.media.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import dev.longtake.media.MediaException;

/**
 * Write-beside-then-rename: a file being made lives under a hidden temporary name in the
 * target's folder (same file system, so the rename is atomic), is synced to disk, then
 * renamed over the target. A reader sees the old file or the new one, never half of one.
 */
final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Checks that {@code target} can be written: its folder exists and it is not a folder. */
    static Path writableTarget(Path target) throws MediaException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new MediaException(target, "cannot be written: its folder " + folder + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new MediaException(target, "cannot be written: it is a folder");
        }
        if (!Files.isWritable(folder)) {
            throw new MediaException(target, "cannot be written: its folder " + folder + " is not writable");
        }
        return absolute;
    }

    /** Creates an empty, uniquely named temporary file beside {@code target}: ".name.1f2e3d4c.part". */
    static Path createTempBeside(Path target) throws MediaException {
        for (int attempt = 0;; attempt++) {
            String suffix = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
            Path temp = target.resolveSibling("." + target.getFileName() + "." + suffix + ".part");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw new MediaException(target, "cannot create a temporary file beside it", e);
                }
            } catch (AccessDeniedException e) {
                // Root passes Files.isWritable on any folder, so this is where it meets a refusal.
                throw new MediaException(target, "cannot be written: its folder " + target.getParent()
                        + " is not writable (permission denied)", e);
            } catch (FileSystemException e) {
                String reason = e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
                throw new MediaException(target, "cannot be written in its folder " + target.getParent() + " ("
                        + reason + ")", e);
            } catch (IOException e) {
                throw new MediaException(target, "cannot be written (" + e.getMessage() + ")", e);
            }
        }
    }

    /** Syncs {@code temp} and renames it over {@code target}, then syncs the folder entry. */
    static void commit(Path temp, Path target) throws MediaException {
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new MediaException(target, "cannot be replaced atomically on this file system", e);
            }
            syncFolder(target.getParent());
        } catch (MediaException e) {
            deleteQuietly(temp);
            throw e;
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new MediaException(target, "could not be saved (" + e + ")", e);
        }
    }

    /** Makes the rename itself durable; some file systems cannot open a folder, which is fine. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The data is synced; only the folder entry may lag behind a power cut.
        }
    }

    static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Nothing better to do: a leftover ".part" file is hidden and harmless.
        }
    }
}
