package dev.longtake.dsl.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Files a script names (song, images), resolved against the folder of the script's file. A
 * script that is not a file (an editor buffer with a non-file URI, a test string) has no
 * folder, and its files are not looked at.
 */
public final class ProjectFiles {

	private static final Map<Path, Digest> DIGESTS = new ConcurrentHashMap<>();

	private record Digest(long size, long modified, String sha256) {
	}

	private ProjectFiles() {
	}

	/** The folder of the file that holds the object, or null when it is not in a file. */
	public static Path folderOf(EObject object) {
		Resource resource = object == null ? null : object.eResource();
		URI uri = resource == null ? null : resource.getURI();
		if (uri == null || !uri.isFile()) {
			return null;
		}
		try {
			Path file = Path.of(uri.toFileString()).toAbsolutePath();
			return file.getParent();
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** The file a path written in the script names, or null when there is no folder or it is not a path. */
	public static Path resolve(EObject context, String written) {
		Path folder = folderOf(context);
		if (folder == null || written == null || written.isBlank()) {
			return null;
		}
		try {
			return folder.resolve(written).normalize();
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** The hex SHA-256 of a regular file's bytes, or null when it cannot be read. Cached by size and time. */
	public static String sha256(Path file) {
		if (file == null) {
			return null;
		}
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			if (!attributes.isRegularFile()) {
				return null;
			}
			long size = attributes.size();
			long modified = attributes.lastModifiedTime().toMillis();
			Digest cached = DIGESTS.get(file);
			if (cached != null && cached.size() == size && cached.modified() == modified) {
				return cached.sha256();
			}
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
				in.transferTo(OutputStream.nullOutputStream());
			}
			String hex = HexFormat.of().formatHex(digest.digest());
			DIGESTS.put(file, new Digest(size, modified, hex));
			return hex;
		} catch (IOException | SecurityException e) {
			return null;
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}
}
