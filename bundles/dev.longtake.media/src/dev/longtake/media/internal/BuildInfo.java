package dev.longtake.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.jar.Manifest;

/**
 * Longtake's version as this bundle's manifest states it (Tycho puts the build time in the
 * qualifier), for the generator tag and the provenance manifest.
 */
public final class BuildInfo {

    private static final String SYMBOLIC_NAME = "dev.longtake.media";

    private static volatile String version;

    private BuildInfo() {
    }

    /** The full bundle version, e.g. "0.1.0.202611220310", or "unknown" outside a bundle. */
    public static String version() {
        String known = version;
        if (known == null) {
            known = readVersion();
            version = known;
        }
        return known;
    }

    /** "Longtake 0.1.0": the product and its major.minor.micro version. */
    public static String generator() {
        String full = version();
        String[] parts = full.split("\\.");
        return parts.length >= 3 ? "Longtake " + parts[0] + "." + parts[1] + "." + parts[2] : "Longtake " + full;
    }

    private static String readVersion() {
        try {
            // In OSGi this finds the bundle's own manifest; on a plain class path, any jar's, so check the name.
            Enumeration<URL> manifests = BuildInfo.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
            while (manifests.hasMoreElements()) {
                try (InputStream in = manifests.nextElement().openStream()) {
                    var attributes = new Manifest(in).getMainAttributes();
                    String name = attributes.getValue("Bundle-SymbolicName");
                    if (name != null && name.split(";")[0].trim().equals(SYMBOLIC_NAME)) {
                        String value = attributes.getValue("Bundle-Version");
                        return value == null ? "unknown" : value.trim();
                    }
                }
            }
        } catch (IOException e) {
            // The version is informative; without a readable manifest it is "unknown".
        }
        return "unknown";
    }
}
