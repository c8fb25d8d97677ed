package dev.longtake.render.internal;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Files that are either wholly old or wholly new after a crash at any point: write a
 * temporary file beside the target, fsync it, rename it over the target, fsync the folder.
 * <p>
 * Streams and {@link RandomAccessFile} are used rather than NIO channels for the data,
 * because an interrupt closes an NIO channel in the middle of a write.
 */
public final class AtomicFiles {

    /** Writes the content of a file being replaced. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Runs between the fsync of the temporary file and the rename (tests simulate crashes there). */
    @FunctionalInterface
    public interface BeforeRename {
        void run(Path temporary) throws IOException;

        BeforeRename NOTHING = temporary -> {
        };
    }

    private AtomicFiles() {
    }

    public static void write(Path target, Content content) throws IOException {
        write(target, content, BeforeRename.NOTHING);
    }

    public static void write(Path target, Content content, BeforeRename beforeRename) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = temporaryFor(target);
        boolean moved = false;
        try {
            try (FileOutputStream out = new FileOutputStream(temporary.toFile())) {
                content.writeTo(out);
                out.flush();
                out.getFD().sync();
            }
            beforeRename.run(temporary);
            moveAtomically(temporary, target);
            moved = true;
            syncFolder(folder);
        } catch (IOException | RuntimeException e) {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
            throw e;
        }
    }

    /** {@code name.<random>.tmp} beside the target: a crash leaves at worst such a file. */
    public static Path temporaryFor(Path target) {
        return target.resolveSibling(target.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + ".tmp");
    }

    /** Deletes temporary files a crash left beside the target. */
    public static void deleteLeftovers(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            return;
        }
        String prefix = target.getFileName() + ".";
        try (var files = Files.newDirectoryStream(folder, entry -> {
            String name = entry.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(".tmp");
        })) {
            for (Path leftover : files) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    public static void moveAtomically(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException(target.getParent() + ": the file system cannot rename atomically", e);
        }
    }

    /** Makes a file's content durable. */
    public static void syncFile(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.getFD().sync();
        }
    }

    /** Makes a folder's entries (a rename, a new file) durable. */
    public static void syncFolder(Path folder) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(folder, StandardOpenOption.READ);
        } catch (IOException e) {
            return; // a platform that cannot open folders gives renames what durability it has
        }
        try (channel) {
            channel.force(true);
        }
    }
}
