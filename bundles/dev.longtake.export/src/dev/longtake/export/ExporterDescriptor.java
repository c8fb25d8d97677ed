package dev.longtake.export;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * An export format as the user picks it: its id, name and file extension, and how to make its
 * exporter (only when it is used: a contributed class is loaded on first use).
 *
 * @param id            unique id, e.g. {@code otio}
 * @param name          what the user reads, e.g. {@code OpenTimelineIO}
 * @param fileExtension without the dot, e.g. {@code otio}
 * @param factory       makes the exporter
 */
public record ExporterDescriptor(String id, String name, String fileExtension, Supplier<CutExporter> factory) {

	public ExporterDescriptor {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(fileExtension, "fileExtension");
		Objects.requireNonNull(factory, "factory");
	}

	/** A new exporter of this format. */
	public CutExporter create() {
		return factory.get();
	}
}
