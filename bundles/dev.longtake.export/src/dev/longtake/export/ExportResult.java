package dev.longtake.export;

import java.nio.file.Path;
import java.util.List;

import dev.longtake.model.util.CutPlan;
import dev.longtake.model.util.CutWarning;

/**
 * What {@link ExportRunner} did.
 *
 * @param files the files written, in the order of the formats
 * @param plan  the cut that was exported
 */
public record ExportResult(List<Path> files, CutPlan plan) {

	public ExportResult {
		files = List.copyOf(files);
	}

	/** What the director should be told about the cut (see {@link CutWarning}). */
	public List<CutWarning> warnings() {
		return plan.warnings();
	}
}
