package dev.longtake.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes the cut of a film in one interchange format. Contributed through the extension point
 * {@code dev.longtake.export.exporters} (see schema/exporters.exsd), or listed by
 * {@link Exporters#builtIn()} outside OSGi. Implementations are stateless.
 */
public interface CutExporter {

	/**
	 * Writes the film's cut to {@code out}, which is left open.
	 *
	 * @throws IllegalArgumentException when the cut breaks the promises of
	 *                                  {@link dev.longtake.model.util.CutPlanner} (entries
	 *                                  overlapping without a crossfade, a transition that does
	 *                                  not fit); the message names the shot
	 */
	void write(FilmCut film, OutputStream out) throws IOException;
}
