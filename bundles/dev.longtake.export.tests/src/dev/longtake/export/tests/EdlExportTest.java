package dev.longtake.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.longtake.export.Exporters;
import dev.longtake.export.FilmCut;
import dev.longtake.export.tests.EdlReader.Edit;
import dev.longtake.export.tests.EdlReader.Edl;
import dev.longtake.export.tests.EdlReader.Event;
import dev.longtake.model.TransitionKind;

/** CMX 3600 EDLs, read back with an event parser of the test's own. */
class EdlExportTest {

	@TempDir
	Path folder;

	@ParameterizedTest
	@CsvSource({ "24, 24", "23.976, 24", "25, 25" })
	void everyEntryReadsBackWithItsRangesAndTransitions(double fps, int base) throws IOException {
		FilmCut film = Films.film(fps, folder);

		Edl edl = export(film, base);

		assertEquals("NON-DROP FRAME", edl.frameCodeMode());
		assertEquals(Shown.expected(film), readVideo(edl, base));
	}

	@ParameterizedTest
	@CsvSource({ "24, 24", "23.976, 24", "25, 25" })
	void theSongIsOneStereoEventUnderTheWholeFilm(double fps, int base) throws IOException {
		FilmCut film = Films.film(fps, folder);
		long song = film.rate().frames(Films.SONG_SECONDS);

		Edl edl = export(film, base);

		List<Event> audio = edl.events().stream().filter(event -> event.last().channels().equals("AA")).toList();
		assertEquals(1, audio.size());
		Edit edit = audio.get(0).last();
		assertEquals(List.of(0L, song, start(base), start(base) + song),
				List.of(edit.sourceIn(), edit.sourceOut(), edit.recordIn(), edit.recordOut()));
		assertEquals("song & mix (final).wav", audio.get(0).comment("FROM CLIP NAME: "));
		assertEquals(film.song().toString(), audio.get(0).comment("SOURCE FILE: "));
		long lastVideo = edl.events().stream().filter(event -> event.last().channels().equals("V"))
				.mapToLong(event -> event.last().recordOut()).max().getAsLong();
		assertTrue(lastVideo <= start(base) + song, "no picture after the song");
	}

	@Test
	void aHalfSecondCrossfadeAt24FpsIsATwelveFrameDissolveFromTheShotBefore() throws IOException {
		String text = text(Films.film(24, folder));

		assertTrue(text.contains("002  AX       V     C        00:00:07:12 00:00:07:12 01:00:07:12 01:00:07:12\r\n"
				+ "002  AX       V     D    012 00:00:00:00 00:00:05:12 01:00:07:12 01:00:13:00\r\n"
				+ "* FROM CLIP NAME: dawn-1.mp4\r\n* TO CLIP NAME: road-2.mp4\r\n"), text);
	}

	@Test
	void eventsAreNumberedInOrderOnTakeAndBlackReels() throws IOException {
		Edl edl = export(Films.film(24, folder), 24);

		for (int i = 0; i < edl.events().size(); i++) {
			Event event = edl.events().get(i);
			assertEquals(i + 1, event.number());
			for (Edit edit : event.edits()) {
				assertTrue(edit.reel().equals("AX") || edit.reel().equals("BL"), edit.reel());
			}
		}
	}

	@Test
	void theTitleAndNamesWithQuotesAmpersandsAndUnicodeStayOnTheirLines() throws IOException {
		FilmCut film = Films.film(24, folder);

		Edl edl = export(film, 24);

		assertEquals(Films.TITLE, edl.title());
		Event cafe = edl.events().stream()
				.filter(event -> ("SHOT " + Films.CAFE + " TAKE cafe-1").equals(event.comment("COMMENT: "))).findFirst()
				.orElseThrow();
		assertEquals("take 1 ü.mp4", cafe.comment("FROM CLIP NAME: "));
		assertEquals(folder.resolve("takes/" + Films.CAFE + "/take 1 ü.mp4").toString(), cafe.comment("SOURCE FILE: "));
	}

	@Test
	void aTitleWithLineBreaksIsWrittenOnOneLine() throws IOException {
		FilmCut film = Films.film(24, folder);
		FilmCut odd = new FilmCut("One\r\nTwo\tThree", film.rate(), 0, 0, film.cut(), film.takeFiles(), film.song(),
				null);

		assertEquals("One  Two Three", export(odd, 24).title());
	}

	// ---------------------------------------------------------------- reading the EDL

	private static long start(int base) {
		return 3600L * base;
	}

	/**
	 * The entries of the video events: an event commented with its SHOT holds the entry in its
	 * last line, which starts where the entry starts; the entry goes on through the dissolve of
	 * the next event when that one starts from it. A dissolve from black after a dissolve to
	 * black is a dip.
	 */
	static List<Shown> readVideo(Edl edl, int base) {
		List<Event> video = edl.events().stream().filter(event -> event.last().channels().equals("V")).toList();
		List<Shown> shown = new ArrayList<>();
		Event previousEntry = null;
		for (int i = 0; i < video.size(); i++) {
			Event event = video.get(i);
			String comment = event.comment("COMMENT: ");
			assertNotNull(comment, "event " + event.number() + " says what it is");
			if (!comment.startsWith("SHOT ")) {
				assertEquals("DIP TO BLACK", comment);
				continue;
			}
			Edit body = event.last();
			boolean black = body.reel().equals("BL");
			TransitionKind join = TransitionKind.CUT;
			long joinFrames = 0;
			if (event.edits().size() == 2) {
				Edit from = event.edits().get(0);
				assertEquals("D", body.transition());
				assertEquals(0, from.length(), "a dissolve starts from a zero-length line");
				assertEquals(body.recordIn(), from.recordIn());
				Event before = video.get(i - 1);
				boolean dip = before != previousEntry
						|| from.reel().equals("BL") && !previousEntry.last().reel().equals("BL");
				join = dip ? TransitionKind.DIP : TransitionKind.CROSSFADE;
				joinFrames = body.frames();
				if (dip && before != previousEntry && before.edits().size() == 2) {
					joinFrames += before.last().frames();
				}
				if (!dip) {
					assertEquals(previousEntry.last().sourceOut(), from.sourceIn(), "the crossfade goes on from the shot before");
				}
			} else {
				assertEquals("C", body.transition());
			}
			long out = 0;
			Event next = i + 1 < video.size() ? video.get(i + 1) : null;
			if (next != null && next.edits().size() == 2) {
				Edit continued = next.edits().get(0);
				if (continued.length() == 0 && continued.reel().equals(body.reel())
						&& continued.sourceIn() == body.sourceOut() && continued.recordIn() == body.recordOut()) {
					out = next.last().frames();
				}
			}
			long recordIn = body.recordIn() - start(base);
			long recordOut = body.recordOut() - start(base) + out;
			if (black) {
				assertTrue(comment.endsWith("HAS NO TAKE, HELD ON BLACK"), comment);
				shown.add(Shown.black(recordIn, recordOut, join, joinFrames));
			} else {
				Path media = Path.of(event.comment("SOURCE FILE: "));
				String name = event.edits().size() == 2 ? event.comment("TO CLIP NAME: ") : event.comment("FROM CLIP NAME: ");
				assertEquals(media.getFileName().toString(), name);
				shown.add(new Shown(media, recordIn, recordOut, body.sourceIn(), body.sourceOut() + out, join, joinFrames));
			}
			previousEntry = event;
		}
		return shown;
	}

	private static Edl export(FilmCut film, int base) throws IOException {
		return EdlReader.read(text(film), base);
	}

	private static String text(FilmCut film) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Exporters.find(Exporters.builtIn(), "edl").orElseThrow().create().write(film, out);
		return out.toString(StandardCharsets.UTF_8);
	}
}
