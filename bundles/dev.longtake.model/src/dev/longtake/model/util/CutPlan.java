package dev.longtake.model.util;

import java.util.List;

import dev.longtake.model.Cut;
import dev.longtake.model.ProjectSettings;

/**
 * What {@link CutPlanner} computed: the cut, the frame rate every time in it is a whole number
 * of frames at, and what the caller should tell the director.
 *
 * @param cut      the cut, not contained in any resource
 * @param rate     the project's frame rate
 * @param settings the project block the cut was planned with (title, song, format), or null
 *                 when the script has none
 * @param warnings in the order the planner met them (an unmodifiable list)
 */
public record CutPlan(Cut cut, FrameRate rate, ProjectSettings settings, List<CutWarning> warnings) {

	public CutPlan {
		warnings = List.copyOf(warnings);
	}

	/** The warnings of one kind, in order. */
	public List<CutWarning> warnings(CutWarning.Kind kind) {
		return warnings.stream().filter(warning -> warning.kind() == kind).toList();
	}
}
