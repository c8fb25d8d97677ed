package dev.longtake.export.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.longtake.export.CutExporter;
import dev.longtake.export.FilmCut;
import dev.longtake.export.internal.TrackLayout.Clip;
import dev.longtake.export.internal.TrackLayout.Fade;
import dev.longtake.export.internal.TrackLayout.Gap;
import dev.longtake.export.internal.TrackLayout.Item;
import dev.longtake.model.util.FrameRate;

/**
 * Final Cut Pro XML 1.9: resources (the format, one asset per take and one for the song with a
 * media-rep pointing at the file, the Cross Dissolve effect), then a library with one event
 * and one project whose sequence's spine holds an asset-clip per take, a gap for black and a
 * transition per crossfade or half dip. The song is an audio asset-clip connected below the
 * first item of the spine (lane -1) at the start of the film. Times are rational seconds in
 * whole frames: frames x 1001/24000s at 23.976, frames/25s at 25.
 */
public final class FcpxmlExporter implements CutExporter {

	/** The first version with media-rep (Final Cut Pro 10.5 and later). */
	public static final String VERSION = "1.9";

	/** Final Cut Pro's own Cross Dissolve, which other suites map to their dissolve. */
	private static final String CROSS_DISSOLVE_UID = "FxPlug:4731E73A-8DAC-4113-9A30-AE85B1761265";

	@Override
	public void write(FilmCut film, OutputStream out) throws IOException {
		Program program = Program.of(film);
		List<Item> items = TrackLayout.video(program);
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		Xml xml = new Xml(writer);
		xml.declaration("fcpxml");
		xml.start("fcpxml", "version", VERSION);

		xml.start("resources");
		FrameRate rate = program.rate();
		String format = "r1";
		xml.empty("format", "id", format, "frameDuration", time(rate, 1), //
				"width", film.width() > 0 ? Integer.toString(film.width()) : null, //
				"height", film.height() > 0 ? Integer.toString(film.height()) : null);
		int next = 2;
		String dissolve = null;
		if (items.stream().anyMatch(Fade.class::isInstance)) {
			dissolve = "r" + next++;
			xml.empty("effect", "id", dissolve, "name", "Cross Dissolve", "uid", CROSS_DISSOLVE_UID);
		}
		Map<Path, String> assets = new LinkedHashMap<>();
		for (Path media : program.media()) {
			String id = "r" + next++;
			assets.put(media, id);
			xml.start("asset", "id", id, "name", baseName(media), "start", "0s", "duration",
					time(rate, program.usedFrames(media)), "hasVideo", "1", "format", format, "videoSources", "1");
			xml.empty("media-rep", "kind", "original-media", "src", media.toUri().toString());
			xml.end("asset");
		}
		String song = null;
		if (film.song() != null && program.songFrames() > 0) {
			song = "r" + next++;
			xml.start("asset", "id", song, "name", baseName(film.song()), "start", "0s", "duration",
					time(rate, program.songFrames()), "hasAudio", "1", "audioSources", "1", "audioChannels", "2");
			xml.empty("media-rep", "kind", "original-media", "src", film.song().toUri().toString());
			xml.end("asset");
		}
		xml.end("resources");

		xml.start("library");
		xml.start("event", "name", film.title());
		xml.start("project", "name", film.title());
		xml.start("sequence", "format", format, "duration", time(rate, program.length()), "tcStart", "0s",
				"tcFormat", "NDF", "audioLayout", "stereo", "audioRate", "48k");
		xml.start("spine");
		boolean songPlaced = song == null;
		for (Item item : items) {
			switch (item) {
			case Clip clip -> {
				String[] attributes = { "ref", assets.get(clip.event().media()), "offset", time(rate, clip.start()),
						"name", clip.event().label(), "start", time(rate, clip.sourceStart()), "duration",
						time(rate, clip.duration()), "format", format, "tcFormat", "NDF" };
				songPlaced = element(xml, "asset-clip", attributes, songPlaced, rate, song, clip.sourceStart(), program);
			}
			case Gap gap -> {
				String[] attributes = { "name", gap.name(), "offset", time(rate, gap.start()), "start", "0s",
						"duration", time(rate, gap.duration()) };
				songPlaced = element(xml, "gap", attributes, songPlaced, rate, song, 0, program);
			}
			case Fade fade -> {
				xml.start("transition", "name", fade.dip() ? "Dip to black" : "Cross Dissolve", "offset",
						time(rate, fade.start()), "duration", time(rate, fade.duration()));
				xml.empty("filter-video", "ref", dissolve, "name", "Cross Dissolve");
				xml.end("transition");
			}
			}
		}
		xml.end("spine");
		xml.end("sequence");
		xml.end("project");
		xml.end("event");
		xml.end("library");
		xml.end("fcpxml");
		writer.flush();
	}

	/**
	 * A spine element; the first one carries the song, connected at its own start (its local
	 * time {@code localStart}), which is the start of the film.
	 *
	 * @return whether the song is placed now
	 */
	private static boolean element(Xml xml, String name, String[] attributes, boolean songPlaced, FrameRate rate,
			String song, long localStart, Program program) throws IOException {
		if (songPlaced) {
			xml.empty(name, attributes);
			return true;
		}
		xml.start(name, attributes);
		xml.empty("asset-clip", "ref", song, "lane", "-1", "offset", time(rate, localStart), "name",
				baseName(program.film().song()), "start", "0s", "duration", time(rate, program.songFrames()),
				"audioRole", "music");
		xml.end(name);
		return true;
	}

	/** Whole frames as FCPXML's rational seconds: n x frameDuration, or whole seconds. */
	static String time(FrameRate rate, long frames) {
		long numerator = frames * rate.denominator();
		if (numerator % rate.numerator() == 0) {
			return numerator / rate.numerator() + "s";
		}
		return numerator + "/" + rate.numerator() + "s";
	}

	private static String baseName(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}
