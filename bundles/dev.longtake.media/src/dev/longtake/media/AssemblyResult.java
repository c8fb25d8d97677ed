package dev.longtake.media;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@link Assembler} (or {@link Upscaler}) made.
 *
 * @param video    the video file, complete and in place
 * @param master   the ProRes master beside it, when the plan asked for one
 * @param manifest the provenance sidecar ({@code <name>.provenance.json}); empty for an upscale
 * @param info     the video as probed after it was written
 * @param frames   frames written
 * @param encoder  the video encoder used, e.g. "libopenh264"
 * @param warnings what the director should know (takes held on their last frame, a short song, ...)
 * @param pipeline how the two threads of the work spent their time
 */
public record AssemblyResult(Path video, Optional<Path> master, Optional<Path> manifest, MediaInfo info, int frames,
        String encoder, List<AssemblyWarning> warnings, Pipeline pipeline) {

    public AssemblyResult {
        warnings = List.copyOf(warnings);
    }

    /**
     * Seconds of wall time each thread spent working and waiting: decoding, scaling and
     * composing frames on the calling thread; encoding and writing on the encoder thread.
     *
     * @param decodeBusy  the calling thread, reading takes, scaling and blending
     * @param decodeWait  the calling thread, waiting for the encoder to take a frame
     * @param encodeBusy  the encoder thread, encoding video and audio
     * @param encodeWait  the encoder thread, waiting for a frame
     * @param finishing   closing the files, checking them and moving them in place
     */
    public record Pipeline(double decodeBusy, double decodeWait, double encodeBusy, double encodeWait,
            double finishing) {
    }
}
