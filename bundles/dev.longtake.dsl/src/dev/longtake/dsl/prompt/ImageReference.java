package dev.longtake.dsl.prompt;

import java.util.Objects;

/**
 * An image a request sends: its path as the script writes it (relative to the project folder)
 * and the SHA-256 of its content, so that replacing the picture changes the request's hash.
 *
 * @param path   the path as written in the script
 * @param sha256 the hex SHA-256 of the file's bytes, or null when the file cannot be read
 *               (validation reports a missing image as an error)
 */
public record ImageReference(String path, String sha256) {

	public ImageReference {
		Objects.requireNonNull(path, "path");
	}

	@Override
	public String toString() {
		return sha256 == null ? path + " (missing)" : path;
	}
}
