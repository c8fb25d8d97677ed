package dev.longtake.export;

import java.util.List;
import java.util.Optional;

import dev.longtake.export.internal.EdlExporter;
import dev.longtake.export.internal.FcpxmlExporter;
import dev.longtake.export.internal.OtioExporter;
import dev.longtake.export.internal.RegistryExporters;

/**
 * The export formats there are. In OSGi they are contributed to the extension point
 * {@value #EXTENSION_POINT}; plain Java (a test, a tool without the registry) uses
 * {@link #builtIn()}.
 */
public final class Exporters {

	/** The extension point exporters are contributed to. */
	public static final String EXTENSION_POINT = "dev.longtake.export.exporters";

	private static final List<ExporterDescriptor> BUILT_IN = List.of(
			new ExporterDescriptor("otio", "OpenTimelineIO", "otio", OtioExporter::new),
			new ExporterDescriptor("edl", "CMX 3600 EDL", "edl", EdlExporter::new),
			new ExporterDescriptor("fcpxml", "Final Cut Pro XML 1.9", "fcpxml", FcpxmlExporter::new));

	private Exporters() {
	}

	/** OpenTimelineIO, CMX 3600 EDL and FCPXML, without any registry. */
	public static List<ExporterDescriptor> builtIn() {
		return BUILT_IN;
	}

	/**
	 * Every exporter contributed to {@value #EXTENSION_POINT}, the built-in ones first, when the
	 * extension registry runs; the built-in ones otherwise.
	 */
	public static List<ExporterDescriptor> available() {
		try {
			return RegistryExporters.contributed().orElse(BUILT_IN);
		} catch (LinkageError noRegistryOnTheClassPath) {
			return BUILT_IN;
		}
	}

	/** The exporter with the id among {@code exporters}. */
	public static Optional<ExporterDescriptor> find(List<ExporterDescriptor> exporters, String id) {
		return exporters.stream().filter(exporter -> exporter.id().equals(id)).findFirst();
	}
}
