package dev.longtake.render.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import dev.longtake.render.BackendFactory;

/**
 * Reads the {@code dev.longtake.render.backends} extension point. Touches the Eclipse
 * registry classes only when they are on the class path, so plain Java never loads them.
 */
public final class BackendExtensions {

    public static final String POINT = "dev.longtake.render.backends";

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

    /** Separate class: loaded only once the registry classes are known to be there. */
    private static final class Registry {
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
