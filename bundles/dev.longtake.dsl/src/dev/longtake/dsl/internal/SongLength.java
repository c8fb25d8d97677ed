package dev.longtake.dsl.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * The length of a song file in seconds, read from its header with javax.sound.sampled (WAV,
 * AIFF, AU). Cached by path, size and modification time, since validation asks on every check.
 */
public final class SongLength {

	private static final Map<Path, Entry> CACHE = new ConcurrentHashMap<>();

	private record Entry(long size, long modified, OptionalDouble seconds) {
	}

	private SongLength() {
	}

	/** The song's length, or empty when the file is missing or not a format Java reads. */
	public static OptionalDouble of(Path file) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			if (!attributes.isRegularFile()) {
				return OptionalDouble.empty();
			}
			long size = attributes.size();
			long modified = attributes.lastModifiedTime().toMillis();
			Entry cached = CACHE.get(file);
			if (cached != null && cached.size() == size && cached.modified() == modified) {
				return cached.seconds();
			}
			OptionalDouble seconds = read(file);
			CACHE.put(file, new Entry(size, modified, seconds));
			return seconds;
		} catch (IOException | SecurityException e) {
			return OptionalDouble.empty();
		}
	}

	private static OptionalDouble read(Path file) {
		try {
			AudioFileFormat format = AudioSystem.getAudioFileFormat(file.toFile());
			long frames = format.getFrameLength();
			float rate = format.getFormat().getFrameRate();
			if (frames == AudioSystem.NOT_SPECIFIED || !(rate > 0)) {
				return OptionalDouble.empty();
			}
			return OptionalDouble.of(frames / (double) rate);
		} catch (UnsupportedAudioFileException | IOException | RuntimeException e) {
			return OptionalDouble.empty();
		}
	}
}
