package dev.longtake.media;

import java.nio.file.Path;

import dev.longtake.media.internal.Prober;

/**
 * Reads what a media file holds, in-process and without decoding pictures: duration, frame
 * rate, size, codecs, frame count when the container stores it, and metadata tags. It also
 * reads the file's last second of packets, so a file cut short is reported as truncated even
 * when its index survived.
 */
public final class Probe {

    private Probe() {
    }

    /**
     * Probes {@code file}.
     *
     * @throws MediaException naming the file and what is wrong: missing, empty, a folder, not
     *         a media file, truncated, or without video and audio
     */
    public static MediaInfo of(Path file) throws MediaException {
        return Prober.probe(file);
    }
}
