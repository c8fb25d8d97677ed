package dev.longtake.media;

import java.nio.file.Path;

import dev.longtake.media.internal.AssemblyEngine;

/**
 * Makes the finished video of a cut: every segment's take trimmed, scaled to the output size
 * with a Lanczos scaler, joined to the next by a cut, a crossfade or a dip to black, gaps held
 * on black, the song under the whole with short fades; H.264 (the best video encoder the
 * FFmpeg build licenses, or the one the plan names) and AAC, container metadata with the
 * title, generator and per-shot provenance, and a provenance sidecar in C2PA vocabulary
 * (see {@link ProvenanceManifest}). This is the entry point behind {@code longtake assemble}.
 *
 * <pre>
 * AssemblyResult result = Assembler.assemble(plan, film.resolve("out/the-hardest-part.mp4"),
 *         AssemblyMetadata.titled("The Hardest Part"), progress);
 * result.warnings().forEach(w -> System.err.println("warning: " + w));
 * </pre>
 *
 * <p>All or nothing: every take and the song are probed (and hashed) before any encoding, so
 * a missing, empty, truncated or non-video file fails at once with a {@link MediaException}
 * naming it. The video, the master and the sidecar are written beside their targets, checked
 * by probing (every frame, the audio, the length), and only then renamed over what was there;
 * on failure or cancel nothing existing is touched and no temporary file is left behind.
 *
 * <p>Decoding and scaling run on the calling thread, encoding on a second thread, with a few
 * frames queued between them. Progress is reported in frames, on the calling thread.
 */
public final class Assembler {

    private Assembler() {
    }

    /**
     * Assembles {@code plan} into {@code target} (.mp4, or .mov/.mkv), with
     * {@code <name>.provenance.json} beside it, and {@code <name>.master.mov} when the plan asks
     * for a ProRes master.
     *
     * @throws MediaException          naming the file at fault: a take or the song that cannot be
     *                                 read, an output that cannot be written
     * @throws MissingEncoderException when the plan names an encoder the FFmpeg build lacks
     * @throws MediaCanceledException  when {@code progress} was canceled; nothing was written
     */
    public static AssemblyResult assemble(AssemblyPlan plan, Path target, AssemblyMetadata metadata,
            MediaProgress progress) throws MediaException {
        return AssemblyEngine.assemble(plan, target, metadata, progress);
    }
}
