package dev.longtake.export.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.longtake.export.Exporters;
import dev.longtake.export.FilmCut;
import dev.longtake.model.Cut;
import dev.longtake.model.Ledger;
import dev.longtake.model.util.CutPlan;
import dev.longtake.model.util.CutPlanner;
import dev.longtake.model.util.LongtakeResources;

/** What an exporter is given: a cut with its media, from a plan or from a cut file. */
class FilmCutTest {

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(doubles = { 24, 23.976, 25 })
	void aCutSavedToItsFileAndReadBackExportsTheSameBytes(double fps) throws IOException {
		Ledger ledger = Films.ledger();
		CutPlan plan = CutPlanner.plan(Films.script(fps), ledger, Films.LENGTHS);
		FilmCut planned = FilmCut.of(plan, ledger, folder);

		ResourceSet resources = LongtakeResources.newResourceSet();
		URI file = URI.createFileURI(folder.resolve("film.cut").toString());
		Resource saved = resources.createResource(file);
		saved.getContents().add(plan.cut());
		saved.save(LongtakeResources.saveOptions());
		Cut read = (Cut) LongtakeResources.newResourceSet().getResource(file, true).getContents().get(0);
		FilmCut fromFile = FilmCut.of(plan.settings(), plan.rate(), read, ledger, folder);

		for (String format : new String[] { "otio", "edl", "fcpxml" }) {
			assertArrayEquals(bytes(planned, format), bytes(fromFile, format), format);
		}
	}

	@Test
	void takesAndSongAreAbsolutePathsInTheFilmFolder() {
		FilmCut film = Films.film(24, Path.of("relative/film"));

		Path dawn = film.takeFiles().get("dawn-1");
		assertTrue(dawn.isAbsolute(), dawn.toString());
		assertEquals(Path.of("relative/film/takes/Dawn/dawn-1.mp4").toAbsolutePath().normalize(), dawn);
		assertEquals(Path.of("relative/film/media/song & mix (final).wav").toAbsolutePath().normalize(), film.song());
		assertEquals(Films.TITLE, film.title());
		assertEquals(1280, film.width());
	}

	@Test
	void aShotHeldOnBlackHasNoMedia() {
		FilmCut film = Films.film(24, folder);

		assertNull(film.mediaOf(film.cut().getEntries().stream().filter(e -> "Booth".equals(e.getShotName()))
				.findFirst().orElseThrow()));
	}

	@Test
	void aCutUsingATakeTheLedgerDoesNotHaveIsRefusedByName() {
		Ledger ledger = Films.ledger();
		CutPlan plan = CutPlanner.plan(Films.script(24), ledger);
		ledger.getTakes().remove(ledger.findTake("neon-1"));

		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> FilmCut.of(plan, ledger, folder));

		assertEquals("The cut uses take neon-1 of shot Neon, which the ledger does not have", error.getMessage());
	}

	@Test
	void aFilmWithoutTitleIsUntitled() {
		FilmCut film = Films.film(24, folder);

		assertEquals("Untitled", new FilmCut("  ", film.rate(), 0, 0, film.cut(), film.takeFiles(), null, null).title());
	}

	private static byte[] bytes(FilmCut film, String format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Exporters.find(Exporters.builtIn(), format).orElseThrow().create().write(film, out);
		return out.toByteArray();
	}
}
