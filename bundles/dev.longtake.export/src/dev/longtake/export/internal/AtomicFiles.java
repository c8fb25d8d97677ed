package dev.longtake.export.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file only with complete content: written to a temporary file beside it, forced to
 * disk, then renamed over it. A failure or a kill at any point leaves the old file as it was.
 */
public final class AtomicFiles {

	/** What goes into the file; it must not close the stream. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFiles() {
	}

	public static void write(Path target, Content content) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
					OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} catch (IOException | RuntimeException | Error e) {
			try {
				Files.deleteIfExists(temporary);
			} catch (IOException cleanup) {
				e.addSuppressed(cleanup);
			}
			throw e;
		}
		syncFolder(folder);
	}

	/** Makes the rename itself durable; not every file system lets a folder be synced. */
	private static void syncFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException notSupported) {
			// the content is on disk; only the rename may be replayed after a crash
		}
	}
}
