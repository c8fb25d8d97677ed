package dev.longtake.secrets;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;

import dev.longtake.secrets.internal.SecureStorage;

/**
 * The generation services' API keys in the user's Eclipse secure storage
 * ({@code ~/.longtake/secure_storage}, encrypted), one per backend: where the workbench's
 * preferences put them and where the command line finds them when the environment has none.
 * Never in a film, a workspace or a log.
 */
public final class ApiKeys {

    private static final String NODE = "dev.longtake/backends/";
    private static final String KEY = "api_key";

    private ApiKeys() {
    }

    /** The backend's stored key, if one is stored (blank counts as none). */
    public static Optional<String> get(String backend) {
        try {
            return Optional.ofNullable(node(backend).get(KEY, null)).filter(value -> !value.isBlank());
        } catch (IOException | StorageException e) {
            return Optional.empty();
        }
    }

    /** Whether a key is stored for the backend (without decrypting it). */
    public static boolean has(String backend) {
        try {
            return List.of(node(backend).keys()).contains(KEY);
        } catch (IOException e) {
            return false;
        }
    }

    /** Stores the backend's key, encrypted, and writes the storage; null or blank removes it. */
    public static void set(String backend, String key) throws IOException {
        ISecurePreferences node = node(backend);
        try {
            if (key == null || key.isBlank()) {
                node.remove(KEY);
            } else {
                node.put(KEY, key.strip(), true);
            }
        } catch (StorageException e) {
            throw new IOException("the API key of " + backend + " cannot be stored in secure storage: " + e.getMessage(), e);
        }
        SecureStorage.root().flush();
    }

    /** Where the keys are kept (for messages; the file holds them encrypted). */
    public static java.nio.file.Path location() {
        return SecureStorage.location();
    }

    private static ISecurePreferences node(String backend) throws IOException {
        return SecureStorage.root().node(NODE + backend);
    }
}
