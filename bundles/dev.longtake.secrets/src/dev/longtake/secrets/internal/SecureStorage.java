package dev.longtake.secrets.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

/**
 * Longtake's Eclipse secure storage (org.eclipse.equinox.security): a file of its own in the
 * user's home, {@code ~/.longtake/secure_storage} (the system property {@value #LOCATION_PROPERTY}
 * names another), never in a workspace or a film. Values are encrypted (PBE, AES) with a master
 * password that is a random 256-bit key made on first use and kept beside the storage in
 * {@code secure_storage.key}, readable by the user alone (0600). That keeps keys out of project
 * files, workspace metadata, backups of films and screenshots; like a browser's "basic" store on
 * a desktop without a keyring, it does not protect against someone who can read the user's home.
 * The user is never prompted.
 */
public final class SecureStorage {

    public static final String LOCATION_PROPERTY = "longtake.secureStorage";

    private static ISecurePreferences root;

    private SecureStorage() {
    }

    /** The storage file. */
    public static Path location() {
        String configured = System.getProperty(LOCATION_PROPERTY);
        return configured != null && !configured.isBlank() ? Path.of(configured).toAbsolutePath()
                : Path.of(System.getProperty("user.home"), ".longtake", "secure_storage");
    }

    /** The root node of the storage, opened on first use. */
    public static synchronized ISecurePreferences root() throws IOException {
        if (root == null) {
            Path location = location();
            Files.createDirectories(location.getParent());
            Map<String, Object> options = new HashMap<>();
            options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(masterPassword(location)));
            options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
            root = SecurePreferencesFactory.open(location.toUri().toURL(), options);
            if (root == null) {
                throw new IOException("the secure storage " + location + " cannot be opened");
            }
        }
        return root;
    }

    private static char[] masterPassword(Path storage) throws IOException {
        Path key = storage.resolveSibling(storage.getFileName() + ".key");
        if (!Files.exists(key)) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            byte[] text = Base64.getEncoder().encode(random);
            try {
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.createFile(key, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } else {
                    Files.createFile(key);
                }
                Files.write(key, text);
            } catch (FileAlreadyExistsException madeByAnotherProcess) {
                // read theirs below
            }
        }
        return new String(Files.readAllBytes(key), StandardCharsets.US_ASCII).strip().toCharArray();
    }
}
