package dev.longtake.model.util;

import java.util.List;

import dev.longtake.model.Cut;

/**
 * What {@link CutPlanner} computed: the cut, the frame rate every time in it is a whole number
 * of frames at, and what the caller should tell the director.
 *
 * @param cut      the cut, not contained in any resource
 * @param rate     the project's frame rate
 * @param warnings in shot order (an unmodifiable list)
 */
public record CutPlan(Cut cut, FrameRate rate, List<CutWarning> warnings) {

	public CutPlan {
		warnings = List.copyOf(warnings);
	}

	/** The warnings of one kind, in order. */
	public List<CutWarning> warnings(CutWarning.Kind kind) {
		return warnings.stream().filter(warning -> warning.kind() == kind).toList();
	}
}
