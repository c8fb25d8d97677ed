package dev.longtake.render.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import dev.longtake.render.BackendFactory;
import dev.longtake.render.BackendSettingsSource;

/**
 * Reads the {@code dev.longtake.render.backends} extension point. Touches the Eclipse
 * registry classes only when they are on the class path, so plain Java never loads them.
 */
public final class BackendExtensions {

    public static final String POINT = "dev.longtake.render.backends";
    public static final String SETTINGS_POINT = "dev.longtake.render.settingsSources";

    private BackendExtensions() {
    }

    /**
     * The contributed factories, or empty when no Eclipse extension registry runs.
     *
     * @param failed told the backend name and reason of each contribution that cannot be created
     */
    public static Optional<Iterable<BackendFactory>> contributedFactories(BiConsumer<String, String> failed) {
        try {
            Class.forName("org.eclipse.core.runtime.RegistryFactory", false, BackendExtensions.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
        return Registry.read(failed);
    }

    /**
     * The contributed settings sources, highest priority first; empty without an extension
     * registry. A source whose class cannot be made is left out (and logged by the registry).
     */
    public static List<BackendSettingsSource> contributedSettingsSources() {
        try {
            Class.forName("org.eclipse.core.runtime.RegistryFactory", false, BackendExtensions.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return List.of();
        }
        return Registry.settingsSources();
    }

    /** Separate class: loaded only once the registry classes are known to be there. */
    private static final class Registry {
        static List<BackendSettingsSource> settingsSources() {
            org.eclipse.core.runtime.IExtensionRegistry registry = org.eclipse.core.runtime.RegistryFactory.getRegistry();
            if (registry == null) {
                return List.of();
            }
            record Ranked(int priority, BackendSettingsSource source) {
            }
            List<Ranked> sources = new ArrayList<>();
            for (org.eclipse.core.runtime.IConfigurationElement element : registry
                    .getConfigurationElementsFor(SETTINGS_POINT)) {
                if (!"source".equals(element.getName())) {
                    continue;
                }
                try {
                    if (element.createExecutableExtension("class") instanceof BackendSettingsSource source) {
                        sources.add(new Ranked(priority(element.getAttribute("priority")), source));
                    }
                } catch (org.eclipse.core.runtime.CoreException | RuntimeException e) {
                    // not a source: the environment still answers
                }
            }
            sources.sort(java.util.Comparator.comparingInt(Ranked::priority).reversed());
            return sources.stream().map(Ranked::source).toList();
        }

        private static int priority(String value) {
            try {
                return value == null ? 0 : Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        static Optional<Iterable<BackendFactory>> read(BiConsumer<String, String> failed) {
            org.eclipse.core.runtime.IExtensionRegistry registry = org.eclipse.core.runtime.RegistryFactory.getRegistry();
            if (registry == null) {
                return Optional.empty();
            }
            List<BackendFactory> factories = new ArrayList<>();
            for (org.eclipse.core.runtime.IConfigurationElement element : registry.getConfigurationElementsFor(POINT)) {
                if (!"backend".equals(element.getName())) {
                    continue;
                }
                String name = element.getAttribute("name");
                try {
                    Object created = element.createExecutableExtension("factory");
                    if (created instanceof BackendFactory factory) {
                        if (name != null && !name.equals(factory.name())) {
                            failed.accept(name, "plugin " + element.getContributor().getName()
                                    + " declares backend " + name + " but its factory makes " + factory.name());
                        } else {
                            factories.add(factory);
                        }
                    } else {
                        failed.accept(name, "plugin " + element.getContributor().getName() + ": "
                                + created.getClass().getName() + " is not a BackendFactory");
                    }
                } catch (org.eclipse.core.runtime.CoreException | RuntimeException e) {
                    failed.accept(name, "plugin " + element.getContributor().getName() + " failed to load it: "
                            + e.getMessage());
                }
            }
            return Optional.of(factories);
        }
    }
}
