package dev.longtake.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.longtake.export.CutExporter;
import dev.longtake.export.Exporters;
import dev.longtake.export.FilmCut;
import dev.longtake.model.TransitionKind;

/** OpenTimelineIO JSON, read back with a JSON parser of the test's own. */
class OtioExportTest {

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(doubles = { 24, 23.976, 25 })
	void everyEntryReadsBackWithItsRangesAndTransitions(double fps) throws IOException {
		FilmCut film = Films.film(fps, folder);

		Map<String, Object> timeline = export(film);

		assertEquals("Timeline.1", timeline.get("OTIO_SCHEMA"));
		Map<String, Object> stack = map(timeline.get("tracks"));
		assertEquals("Stack.1", stack.get("OTIO_SCHEMA"));
		List<Object> tracks = list(stack.get("children"));
		assertEquals(2, tracks.size());
		Map<String, Object> video = map(tracks.get(0));
		assertEquals("Track.1", video.get("OTIO_SCHEMA"));
		assertEquals("Video", video.get("kind"));
		assertEquals(Shown.expected(film), readVideo(video, film.rate().fps()));
	}

	@ParameterizedTest
	@ValueSource(doubles = { 24, 23.976, 25 })
	void theTracksLastAsLongAsTheSongAndTheSongIsItsFile(double scriptFps) throws IOException {
		FilmCut film = Films.film(scriptFps, folder);
		long song = film.rate().frames(Films.SONG_SECONDS);
		double fps = film.rate().fps();

		List<Object> tracks = list(map(export(film).get("tracks")).get("children"));

		Map<String, Object> video = map(tracks.get(0));
		long videoFrames = 0;
		for (Object child : list(video.get("children"))) {
			if (!"Transition.1".equals(map(child).get("OTIO_SCHEMA"))) {
				videoFrames += frames(map(map(child).get("source_range")).get("duration"), fps);
			}
		}
		assertEquals(song, videoFrames);
		Map<String, Object> audio = map(tracks.get(1));
		assertEquals("Audio", audio.get("kind"));
		List<Object> children = list(audio.get("children"));
		assertEquals(1, children.size());
		Map<String, Object> clip = map(children.get(0));
		assertEquals("Clip.2", clip.get("OTIO_SCHEMA"));
		Map<String, Object> range = map(clip.get("source_range"));
		assertEquals(0, frames(range.get("start_time"), fps));
		assertEquals(song, frames(range.get("duration"), fps));
		assertEquals(film.song(), mediaOf(clip));
	}

	@Test
	void aHalfSecondCrossfadeAt24FpsIsTwelveFramesSplitAroundTheEditPoint() throws IOException {
		List<Object> children = list(map(list(map(export(Films.film(24, folder)).get("tracks")).get("children")).get(0))
				.get("children"));

		Map<String, Object> transition = map(children.get(1));
		assertEquals("Transition.1", transition.get("OTIO_SCHEMA"));
		assertEquals("SMPTE_Dissolve", transition.get("transition_type"));
		assertEquals(6, frames(transition.get("in_offset"), 24));
		assertEquals(6, frames(transition.get("out_offset"), 24));
		// Dawn runs to the edit point 6 frames into its 12-frame overlap with Road.
		Map<String, Object> dawn = map(children.get(0));
		assertEquals(8 * 24 - 6, frames(map(dawn.get("source_range")).get("duration"), 24));
	}

	@Test
	void aShotWithoutTakeIsAGapThatNamesTheShot() throws IOException {
		List<Object> children = list(map(list(map(export(Films.film(24, folder)).get("tracks")).get("children")).get(0))
				.get("children"));

		Map<String, Object> booth = children.stream().map(OtioExportTest::map)
				.filter(child -> "Gap.1".equals(child.get("OTIO_SCHEMA")) && String.valueOf(child.get("name")).contains("Booth"))
				.findFirst().orElseThrow();
		assertEquals("Booth", map(map(booth.get("metadata")).get("longtake")).get("shot"));
	}

	@Test
	void namesWithQuotesAmpersandsAndUnicodeReadBackUnchanged() throws IOException {
		FilmCut film = Films.film(24, folder);

		Map<String, Object> timeline = export(film);

		assertEquals(Films.TITLE, timeline.get("name"));
		List<Object> children = list(map(list(map(timeline.get("tracks")).get("children")).get(0)).get("children"));
		Map<String, Object> cafe = children.stream().map(OtioExportTest::map)
				.filter(child -> Films.CAFE.equals(child.get("name"))).findFirst().orElseThrow();
		assertEquals(folder.resolve("takes/" + Films.CAFE + "/take 1 ü.mp4"), mediaOf(cafe));
	}

	@Test
	void theFileIsPlainAsciiWhateverTheNames() throws IOException {
		FilmCut film = Films.film(24, folder);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exporter().write(film, out);
		byte[] bytes = out.toByteArray();
		for (byte b : bytes) {
			assertTrue(b > 0 && (b >= 0x20 || b == '\n'), "byte " + b);
		}
	}

	@Test
	void controlCharactersInTheTitleAreEscapedAndReadBack() throws IOException {
		FilmCut film = Films.film(24, folder);
		String title = "Line one\nline two\ttab \u0001 \\ back";
		FilmCut odd = new FilmCut(title, film.rate(), 0, 0, film.cut(), film.takeFiles(), film.song(), null);

		assertEquals(title, export(odd).get("name"));
	}

	@Test
	void withoutASongThereIsOnlyTheVideoTrack() throws IOException {
		FilmCut film = Films.film(24, folder);
		FilmCut silent = new FilmCut(film.title(), film.rate(), 0, 0, film.cut(), film.takeFiles(), null, null);

		List<Object> tracks = list(map(export(silent).get("tracks")).get("children"));

		assertEquals(1, tracks.size());
		assertFalse(list(map(tracks.get(0)).get("children")).isEmpty());
	}

	// ---------------------------------------------------------------- reading OTIO

	/**
	 * The entries of a video track: clips and the gaps that stand for a shot, with the frames
	 * their neighbouring transitions reach into. Two transitions around a plain gap are a dip.
	 */
	static List<Shown> readVideo(Map<String, Object> track, double fps) {
		List<Map<String, Object>> children = list(track.get("children")).stream().map(OtioExportTest::map).toList();
		List<Shown> shown = new ArrayList<>();
		long position = 0;
		for (int i = 0; i < children.size(); i++) {
			Map<String, Object> child = children.get(i);
			String schema = (String) child.get("OTIO_SCHEMA");
			if ("Transition.1".equals(schema)) {
				assertEquals("SMPTE_Dissolve", child.get("transition_type"));
				continue;
			}
			Map<String, Object> range = map(child.get("source_range"));
			long start = frames(range.get("start_time"), fps);
			long duration = frames(range.get("duration"), fps);
			assertTrue(duration > 0, "an item lasts");
			boolean entry = "Clip.2".equals(schema) || "Gap.1".equals(schema) && isShot(child);
			if (entry) {
				Map<String, Object> before = i > 0 ? children.get(i - 1) : null;
				Map<String, Object> after = i + 1 < children.size() ? children.get(i + 1) : null;
				long in = isTransition(before) ? frames(before.get("in_offset"), fps) : 0;
				long out = isTransition(after) ? frames(after.get("out_offset"), fps) : 0;
				TransitionKind join = TransitionKind.CUT;
				long joinFrames = 0;
				if (isTransition(before)) {
					joinFrames = in + frames(before.get("out_offset"), fps);
					Map<String, Object> beyond = children.get(i - 2);
					if (isEntry(beyond)) {
						join = TransitionKind.CROSSFADE;
					} else {
						assertEquals("Gap.1", beyond.get("OTIO_SCHEMA"), "a dip is a gap between two transitions");
						join = TransitionKind.DIP;
						Map<String, Object> fadeOut = i >= 3 ? children.get(i - 3) : null;
						if (isTransition(fadeOut)) {
							joinFrames += frames(fadeOut.get("in_offset"), fps) + frames(fadeOut.get("out_offset"), fps);
						}
					}
				}
				if ("Clip.2".equals(schema)) {
					shown.add(new Shown(mediaOf(child), position - in, position + duration + out, start - in,
							start + duration + out, join, joinFrames));
				} else {
					shown.add(Shown.black(position - in, position + duration + out, join, joinFrames));
				}
			}
			position += duration;
		}
		return shown;
	}

	private static boolean isShot(Map<String, Object> gap) {
		Object longtake = map(gap.get("metadata")).get("longtake");
		return longtake != null && map(longtake).get("shot") != null;
	}

	private static boolean isEntry(Map<String, Object> child) {
		return "Clip.2".equals(child.get("OTIO_SCHEMA")) || "Gap.1".equals(child.get("OTIO_SCHEMA")) && isShot(child);
	}

	private static boolean isTransition(Map<String, Object> child) {
		return child != null && "Transition.1".equals(child.get("OTIO_SCHEMA"));
	}

	static Path mediaOf(Map<String, Object> clip) {
		String key = (String) clip.get("active_media_reference_key");
		Map<String, Object> reference = map(map(clip.get("media_references")).get(key));
		assertEquals("ExternalReference.1", reference.get("OTIO_SCHEMA"));
		String url = (String) reference.get("target_url");
		assertTrue(url.startsWith("file:///"), url);
		return Path.of(URI.create(url));
	}

	/** A RationalTime.1 at the project rate, as a whole number of frames. */
	static long frames(Object time, double fps) {
		Map<String, Object> rational = map(time);
		assertEquals("RationalTime.1", rational.get("OTIO_SCHEMA"));
		assertEquals(fps, ((BigDecimal) rational.get("rate")).doubleValue(), 0.0, "the project rate");
		return ((BigDecimal) rational.get("value")).stripTrailingZeros().longValueExact();
	}

	private static Map<String, Object> export(FilmCut film) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exporter().write(film, out);
		Object timeline = MiniJson.parse(out.toString(StandardCharsets.UTF_8));
		return map(timeline);
	}

	private static CutExporter exporter() {
		return Exporters.find(Exporters.builtIn(), "otio").orElseThrow().create();
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		assertTrue(value instanceof Map, "an object expected: " + value);
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(Object value) {
		assertTrue(value instanceof List, "an array expected: " + value);
		return (List<Object>) value;
	}
}
