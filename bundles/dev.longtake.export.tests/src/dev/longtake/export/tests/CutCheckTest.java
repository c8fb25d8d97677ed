package dev.longtake.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.longtake.export.FilmCut;
import dev.longtake.export.Exporters;
import dev.longtake.model.Cut;
import dev.longtake.model.CutEntry;
import dev.longtake.model.Transition;
import dev.longtake.model.TransitionKind;
import dev.longtake.model.util.FrameRate;

/**
 * A cut that was not planned (edited by hand, read from a file) and cannot be laid on one
 * track is refused with a message naming the shots, by every format, before a byte is written.
 */
class CutCheckTest {

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "otio", "edl", "fcpxml" })
	void shotsOverlappingWithoutACrossfadeAreRefused(String format) {
		Cut cut = Films.F.createCut();
		entry(cut, "Dawn", "dawn-1", 0, 5, null);
		entry(cut, "Road", "road-2", 4, 5, null);

		assertRefused(format, cut, "Shot Dawn overlaps shot Road by 24 frames without a crossfade");
	}

	@ParameterizedTest
	@ValueSource(strings = { "otio", "edl", "fcpxml" })
	void aCrossfadeThatIsNotTheOverlapIsRefused(String format) {
		Cut cut = Films.F.createCut();
		entry(cut, "Dawn", "dawn-1", 0, 5, null);
		entry(cut, "Road", "road-2", 4, 5, transition(TransitionKind.CROSSFADE, 0.5));

		assertRefused(format, cut, "The crossfade into shot Road lasts 12 frames but shot Dawn overlaps it by 24");
	}

	@ParameterizedTest
	@ValueSource(strings = { "otio", "edl", "fcpxml" })
	void aShotTooShortForItsTwoTransitionsIsRefused(String format) {
		Cut cut = Films.F.createCut();
		entry(cut, "Dawn", "dawn-1", 0, 5, null);
		entry(cut, "Road", "road-2", 4, 2, transition(TransitionKind.CROSSFADE, 1));
		entry(cut, "Sign", "sign-1", 5, 3, transition(TransitionKind.CROSSFADE, 1));

		assertRefused(format, cut, "Shot Road is too short for the crossfade into it and the crossfade out of it");
	}

	@ParameterizedTest
	@ValueSource(strings = { "otio", "edl", "fcpxml" })
	void aCutOpeningWithATransitionIsRefused(String format) {
		Cut cut = Films.F.createCut();
		entry(cut, "Dawn", "dawn-1", 0, 5, transition(TransitionKind.DIP, 1));

		assertRefused(format, cut, "Shot Dawn opens the cut with a dip from nothing");
	}

	@ParameterizedTest
	@ValueSource(strings = { "otio", "edl", "fcpxml" })
	void aTakeWithoutFileIsRefused(String format) {
		Cut cut = Films.F.createCut();
		entry(cut, "Dawn", "dawn-9", 0, 5, null);

		assertRefused(format, cut, "No file for take dawn-9 of shot Dawn");
	}

	private void assertRefused(String format, Cut cut, String message) {
		FilmCut film = new FilmCut("Checked", new FrameRate(24, 1), 0, 0, cut,
				Map.of("dawn-1", folder.resolve("dawn-1.mp4"), "road-2", folder.resolve("road-2.mp4"), "sign-1",
						folder.resolve("sign-1.mp4")),
				null, null);
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> Exporters.find(Exporters.builtIn(), format).orElseThrow().create().write(film, out));

		assertEquals(message, error.getMessage());
		assertTrue(out.size() == 0, "nothing written");
	}

	private static void entry(Cut cut, String shot, String take, double record, double length, Transition transition) {
		CutEntry entry = Films.F.createCutEntry();
		entry.setShotName(shot);
		entry.setTakeId(take);
		entry.setRecord(record);
		entry.setSourceIn(0);
		entry.setSourceOut(length);
		entry.setTransition(transition);
		cut.getEntries().add(entry);
	}

	private static Transition transition(TransitionKind kind, double seconds) {
		Transition transition = Films.F.createTransition();
		transition.setKind(kind);
		transition.setDuration(seconds);
		return transition;
	}
}
