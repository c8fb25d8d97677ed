package dev.longtake.plugins;

import java.net.URI;
import java.util.List;

import dev.longtake.plugins.internal.P2Plugins;

/**
 * The plugins of the running Longtake product: features installed from an update site into
 * the product's own p2 profile, on top of the product's features. Installed plugins take
 * effect at the product's next start (the {@code longtake} command starts anew each time).
 * <p>
 * The product's features cannot be uninstalled here; only what {@link #install} added.
 */
public interface Plugins {

    /**
     * The plugins of the product this code runs in.
     *
     * @throws PluginException when the product has no p2 profile (it was not installed by p2,
     *                         for instance a development launch)
     */
    static Plugins ofRunningProduct() throws PluginException {
        return P2Plugins.ofRunningProduct();
    }

    /**
     * Installs a feature (and what it requires) from an update site.
     *
     * @param site      a p2 repository: a {@code file:} or {@code http(s):} URL, or a folder
     * @param featureId the feature's id, with or without {@code .feature.group}
     * @param progress  told what is happening, one line at a time
     * @return the installed feature
     * @throws PluginException when the site cannot be read, does not offer the feature, or
     *                         the feature cannot be installed into this product (the reason
     *                         names what is missing or in conflict)
     */
    InstalledPlugin install(URI site, String featureId, Progress progress) throws PluginException;

    /** The features installed with {@link #install}, sorted by id. */
    List<InstalledPlugin> list() throws PluginException;

    /**
     * Uninstalls a feature installed with {@link #install}.
     *
     * @throws PluginException when no such plugin is installed, or the feature belongs to the
     *                         product
     */
    InstalledPlugin uninstall(String featureId, Progress progress) throws PluginException;

    /** Receives what an install or uninstall is doing. */
    @FunctionalInterface
    interface Progress {
        void step(String message);

        static Progress none() {
            return message -> {
            };
        }
    }
}
