package dev.longtake.export.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.longtake.export.CutExporter;
import dev.longtake.export.FilmCut;
import dev.longtake.export.internal.TrackLayout.Clip;
import dev.longtake.export.internal.TrackLayout.Fade;
import dev.longtake.export.internal.TrackLayout.Gap;
import dev.longtake.export.internal.TrackLayout.Item;

/**
 * OpenTimelineIO's JSON (.otio): a Timeline.1 whose Stack.1 holds a video Track.1 (Clip.2 with
 * an ExternalReference.1 per take, Gap.1 for black, Transition.1 SMPTE_Dissolve for crossfades
 * and dips) and an audio Track.1 with the song. Times are RationalTime.1 in frames at the
 * project rate.
 */
public final class OtioExporter implements CutExporter {

	private static final String MEDIA_KEY = "DEFAULT_MEDIA";

	@Override
	public void write(FilmCut film, OutputStream out) throws IOException {
		Program program = Program.of(film);
		Map<String, Object> timeline = schema("Timeline.1");
		Map<String, Object> longtake = new LinkedHashMap<>();
		longtake.put("generator", "Longtake");
		longtake.put("rate", program.rate().toString());
		timeline.put("metadata", Map.of("longtake", longtake));
		timeline.put("name", film.title());
		timeline.put("global_start_time", null);
		Map<String, Object> stack = composable("Stack.1", "tracks");
		List<Object> tracks = new ArrayList<>();
		tracks.add(videoTrack(program));
		if (film.song() != null) {
			tracks.add(songTrack(program));
		}
		stack.put("children", tracks);
		timeline.put("tracks", stack);

		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		Json.write(timeline, writer);
		writer.flush();
	}

	private Map<String, Object> videoTrack(Program program) {
		List<Object> children = new ArrayList<>();
		for (Item item : TrackLayout.video(program)) {
			children.add(switch (item) {
			case Clip clip -> clip(program, clip);
			case Gap gap -> {
				Map<String, Object> otio = gap(program, gap.name(), gap.duration());
				if (gap.shot() != null) {
					// A shot held on black: say which, so an editor can drop its take in later.
					Map<String, Object> longtake = new LinkedHashMap<>();
					longtake.put("shot", gap.shot().shotName());
					longtake.put("take", null);
					otio.put("metadata", Map.of("longtake", longtake));
				}
				yield otio;
			}
			case Fade fade -> transition(program, fade);
			});
		}
		return track("Video", "Video", children);
	}

	private Map<String, Object> songTrack(Program program) {
		List<Object> children = new ArrayList<>();
		Path song = program.film().song();
		Map<String, Object> clip = composable("Clip.2", song.getFileName().toString());
		clip.put("source_range", range(program, 0, program.songFrames()));
		Map<String, Object> reference = reference(song,
				program.film().songSeconds() == null ? null : range(program, 0, program.songFrames()));
		clip.put("media_references", Map.of(MEDIA_KEY, reference));
		clip.put("active_media_reference_key", MEDIA_KEY);
		children.add(clip);
		if (program.length() > program.songFrames()) {
			children.add(gap(program, "Gap", program.length() - program.songFrames()));
		}
		return track("Song", "Audio", children);
	}

	private Map<String, Object> clip(Program program, Clip clip) {
		Map<String, Object> otio = composable("Clip.2", clip.event().label());
		Map<String, Object> longtake = new LinkedHashMap<>();
		longtake.put("shot", clip.event().shotName());
		longtake.put("take", clip.event().takeId());
		otio.put("metadata", Map.of("longtake", longtake));
		otio.put("source_range", range(program, clip.sourceStart(), clip.duration()));
		otio.put("media_references", Map.of(MEDIA_KEY, reference(clip.event().media(), null)));
		otio.put("active_media_reference_key", MEDIA_KEY);
		return otio;
	}

	private Map<String, Object> gap(Program program, String name, long duration) {
		Map<String, Object> gap = composable("Gap.1", name);
		gap.put("source_range", range(program, 0, duration));
		return gap;
	}

	private Map<String, Object> transition(Program program, Fade fade) {
		Map<String, Object> transition = schema("Transition.1");
		transition.put("metadata", fade.dip() ? Map.of("longtake", Map.of("transition", "dip")) : Map.of());
		transition.put("name", fade.dip() ? "Dip to black" : "Crossfade");
		transition.put("in_offset", time(program, fade.inOffset()));
		transition.put("out_offset", time(program, fade.outOffset()));
		transition.put("transition_type", "SMPTE_Dissolve");
		return transition;
	}

	private static Map<String, Object> reference(Path media, Map<String, Object> availableRange) {
		Map<String, Object> reference = schema("ExternalReference.1");
		reference.put("metadata", Map.of());
		reference.put("name", media.getFileName().toString());
		reference.put("available_range", availableRange);
		reference.put("available_image_bounds", null);
		reference.put("target_url", media.toUri().toString());
		return reference;
	}

	private static Map<String, Object> track(String name, String kind, List<Object> children) {
		Map<String, Object> track = composable("Track.1", name);
		track.put("source_range", null);
		track.put("children", children);
		track.put("kind", kind);
		return track;
	}

	/** The fields every OTIO Item shares, in the order OTIO writes them. */
	private static Map<String, Object> composable(String schema, String name) {
		Map<String, Object> object = schema(schema);
		object.put("metadata", Map.of());
		object.put("name", name);
		object.put("source_range", null);
		object.put("effects", List.of());
		object.put("markers", List.of());
		object.put("enabled", Boolean.TRUE);
		return object;
	}

	private static Map<String, Object> range(Program program, long start, long duration) {
		Map<String, Object> range = schema("TimeRange.1");
		range.put("duration", time(program, duration));
		range.put("start_time", time(program, start));
		return range;
	}

	private static Map<String, Object> time(Program program, long frames) {
		Map<String, Object> time = schema("RationalTime.1");
		time.put("rate", program.rate().fps());
		time.put("value", new Json.Literal(frames + ".0"));
		return time;
	}

	private static Map<String, Object> schema(String name) {
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("OTIO_SCHEMA", name);
		return object;
	}
}
