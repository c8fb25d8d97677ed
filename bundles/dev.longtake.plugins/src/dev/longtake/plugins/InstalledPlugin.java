package dev.longtake.plugins;

/**
 * A feature installed into the product with {@link Plugins#install}.
 *
 * @param featureId the feature's id ({@code dev.example.replicate.feature})
 * @param version   its version
 * @param name      its label, or the id when it has none
 * @param provider  who made it, or empty
 */
public record InstalledPlugin(String featureId, String version, String name, String provider) {
}
