package dev.longtake.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;

import dev.longtake.export.ExporterDescriptor;
import dev.longtake.export.Exporters;

/** The formats there are: the built-in list for plain Java and the extension point in OSGi. */
class ExportersTest {

	@Test
	void theBuiltInExportersAreOtioEdlAndFcpxml() {
		List<ExporterDescriptor> builtIn = Exporters.builtIn();

		assertEquals(List.of("otio", "edl", "fcpxml"), builtIn.stream().map(ExporterDescriptor::id).toList());
		assertEquals(List.of("otio", "edl", "fcpxml"), builtIn.stream().map(ExporterDescriptor::fileExtension).toList());
		builtIn.forEach(exporter -> assertNotNull(exporter.create()));
	}

	@Test
	void theBuiltInExportersAreContributedToTheExtensionPoint() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		assertNotNull(registry, "the tests run in OSGi with the extension registry");
		Map<String, IConfigurationElement> contributed = java.util.Arrays
				.stream(registry.getConfigurationElementsFor(Exporters.EXTENSION_POINT))
				.collect(Collectors.toMap(element -> element.getAttribute("id"), element -> element));

		for (ExporterDescriptor builtIn : Exporters.builtIn()) {
			IConfigurationElement element = contributed.get(builtIn.id());
			assertNotNull(element, builtIn.id() + " is contributed");
			assertEquals(builtIn.name(), element.getAttribute("name"));
			assertEquals(builtIn.fileExtension(), element.getAttribute("fileExtension"));
			assertEquals(builtIn.create().getClass().getName(), element.getAttribute("class"));
		}
	}

	@Test
	void theAvailableExportersComeFromTheRegistryBuiltInOnesFirst() {
		List<ExporterDescriptor> available = Exporters.available();

		assertTrue(available.size() >= 3);
		assertEquals(List.of("otio", "edl", "fcpxml"), available.subList(0, 3).stream().map(ExporterDescriptor::id).toList());
		for (int i = 0; i < 3; i++) {
			ExporterDescriptor builtIn = Exporters.builtIn().get(i);
			// Made by the registry from the contributed class, not taken from the built-in list.
			assertTrue(available.get(i) != builtIn);
			assertEquals(builtIn.create().getClass(), available.get(i).create().getClass());
		}
	}

	@Test
	void anExporterIsFoundById() {
		assertEquals("edl", Exporters.find(Exporters.builtIn(), "edl").orElseThrow().id());
		assertTrue(Exporters.find(Exporters.builtIn(), "aaf").isEmpty());
	}
}
