package dev.longtake.dsl.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.longtake.dsl.prompt.PromptCompiler;

/**
 * Reads the {@value #POINT} extension point: the prompt compiler a plugin contributes for a
 * backend. Touches the Eclipse registry classes only when they are on the class path, so plain
 * Java never loads them. A contributed compiler is created once and kept.
 */
public final class PromptCompilerExtensions {

	public static final String POINT = "dev.longtake.dsl.promptCompilers";

	private static final Map<String, PromptCompiler> CREATED = new ConcurrentHashMap<>();
	private static final boolean REGISTRY_ON_CLASS_PATH = registryOnClassPath();

	private PromptCompilerExtensions() {
	}

	/** The compiler contributed for the backend, if a running extension registry has one. */
	public static Optional<PromptCompiler> contributed(String backend) {
		if (backend == null || !REGISTRY_ON_CLASS_PATH) {
			return Optional.empty();
		}
		PromptCompiler known = CREATED.get(backend);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<PromptCompiler> read = Registry.read(backend);
		read.ifPresent(compiler -> CREATED.putIfAbsent(backend, compiler));
		return read.map(compiler -> CREATED.getOrDefault(backend, compiler));
	}

	/** A broken contribution is said once per lookup, on standard error, as one line. */
	private static void warn(String message) {
		System.err.println("warning: " + message);
	}

	private static boolean registryOnClassPath() {
		try {
			Class.forName("org.eclipse.core.runtime.RegistryFactory", false,
					PromptCompilerExtensions.class.getClassLoader());
			return true;
		} catch (ClassNotFoundException | LinkageError e) {
			return false;
		}
	}

	/** Separate class: loaded only once the registry classes are known to be there. */
	private static final class Registry {
		static Optional<PromptCompiler> read(String backend) {
			org.eclipse.core.runtime.IExtensionRegistry registry = org.eclipse.core.runtime.RegistryFactory.getRegistry();
			if (registry == null) {
				return Optional.empty();
			}
			for (org.eclipse.core.runtime.IConfigurationElement element : registry.getConfigurationElementsFor(POINT)) {
				if (!"promptCompiler".equals(element.getName()) || !backend.equals(element.getAttribute("backend"))) {
					continue;
				}
				String contributor = element.getContributor().getName();
				try {
					Object created = element.createExecutableExtension("class");
					if (created instanceof PromptCompiler compiler) {
						return Optional.of(compiler);
					}
					warn("Prompt compiler of " + contributor + " for backend " + backend + " is a "
							+ created.getClass().getName() + ", not a PromptCompiler: the standard prompt is used");
				} catch (org.eclipse.core.runtime.CoreException | RuntimeException | LinkageError e) {
					warn("Prompt compiler of " + contributor + " for backend " + backend
							+ " cannot be created (" + e.getMessage() + "): the standard prompt is used");
				}
				return Optional.empty();
			}
			return Optional.empty();
		}
	}
}
