package dev.longtake.export.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

import dev.longtake.export.CutExporter;
import dev.longtake.export.ExporterDescriptor;
import dev.longtake.export.Exporters;

/**
 * Reads the exporters contributed to the extension point. Kept apart from {@link Exporters} so
 * that plain Java without the registry on the class path never loads a registry class.
 */
public final class RegistryExporters {

	private static final String ELEMENT = "exporter";

	private RegistryExporters() {
	}

	/** The contributed exporters, built-in ids first; empty when no registry runs. */
	public static Optional<List<ExporterDescriptor>> contributed() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return Optional.empty();
		}
		Map<String, ExporterDescriptor> byId = new LinkedHashMap<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(Exporters.EXTENSION_POINT)) {
			ExporterDescriptor descriptor = descriptor(element);
			if (descriptor != null) {
				byId.putIfAbsent(descriptor.id(), descriptor); // the first contribution of an id wins
			}
		}
		List<String> builtIn = Exporters.builtIn().stream().map(ExporterDescriptor::id).toList();
		List<ExporterDescriptor> exporters = new ArrayList<>(byId.values());
		exporters.sort(Comparator.comparingInt((ExporterDescriptor exporter) -> {
			int index = builtIn.indexOf(exporter.id());
			return index < 0 ? builtIn.size() : index;
		}).thenComparing(ExporterDescriptor::id));
		return Optional.of(List.copyOf(exporters));
	}

	/** The descriptor, or null for an element the schema would reject (a missing attribute). */
	private static ExporterDescriptor descriptor(IConfigurationElement element) {
		if (!ELEMENT.equals(element.getName())) {
			return null;
		}
		String id = element.getAttribute("id");
		String name = element.getAttribute("name");
		String extension = element.getAttribute("fileExtension");
		if (isBlank(id) || isBlank(element.getAttribute("class")) || isBlank(extension)) {
			return null;
		}
		String contributor = element.getContributor().getName();
		return new ExporterDescriptor(id, isBlank(name) ? id : name, extension, () -> create(element, id, contributor));
	}

	private static CutExporter create(IConfigurationElement element, String id, String contributor) {
		Object exporter;
		try {
			exporter = element.createExecutableExtension("class");
		} catch (CoreException e) {
			throw new IllegalStateException(
					"Exporter " + id + " of " + contributor + " cannot be created: " + e.getMessage(), e);
		}
		if (exporter instanceof CutExporter cutExporter) {
			return cutExporter;
		}
		throw new IllegalStateException("Exporter " + id + " of " + contributor + " is a "
				+ exporter.getClass().getName() + ", not a " + CutExporter.class.getName());
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
