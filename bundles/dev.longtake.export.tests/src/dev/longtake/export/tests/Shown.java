package dev.longtake.export.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.longtake.export.FilmCut;
import dev.longtake.model.CutEntry;
import dev.longtake.model.TransitionKind;
import dev.longtake.model.util.FrameRate;

/**
 * One entry of a cut as a test reads it back from an exported file, in frames: what is shown
 * (a take's file, or black), where on the song, which frames of the take, and how it is joined
 * to the entry before. Read-back files are compared with {@link #expected(FilmCut)}, computed
 * from the cut alone.
 *
 * @param media       the take's file, null for a shot held on black
 * @param recordIn    first frame on the song, counting its transition in
 * @param recordOut   end on the song (exclusive), counting its transition out
 * @param sourceIn    first frame of the take (0 for black)
 * @param sourceOut   end in the take (the length, for black)
 * @param join        how it is joined to the entry before
 * @param joinFrames  the join's length, 0 for a cut
 */
record Shown(Path media, long recordIn, long recordOut, long sourceIn, long sourceOut, TransitionKind join,
		long joinFrames) {

	static List<Shown> expected(FilmCut film) {
		FrameRate rate = film.rate();
		List<Shown> shown = new ArrayList<>();
		for (CutEntry entry : film.cut().getEntries()) {
			long recordIn = rate.frames(entry.getRecord());
			long recordOut = rate.frames(entry.recordOut());
			Path media = film.mediaOf(entry);
			long sourceIn = media == null ? 0 : rate.frames(entry.getSourceIn());
			long sourceOut = media == null ? recordOut - recordIn : rate.frames(entry.getSourceOut());
			TransitionKind join = entry.getTransition() == null ? TransitionKind.CUT : entry.getTransition().getKind();
			long frames = join == TransitionKind.CUT ? 0 : rate.frames(entry.getTransition().getDuration());
			shown.add(new Shown(media, recordIn, recordOut, sourceIn, sourceOut, join, frames));
		}
		return shown;
	}

	static Shown black(long recordIn, long recordOut, TransitionKind join, long joinFrames) {
		return new Shown(null, recordIn, recordOut, 0, recordOut - recordIn, join, joinFrames);
	}
}
