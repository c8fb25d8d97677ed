package dev.longtake.media;

import java.nio.file.Path;

import dev.longtake.media.internal.AssemblyEngine;
import dev.longtake.media.internal.ProvenanceJson;

/**
 * The provenance sidecar of an assembled video, {@code <name>.provenance.json}, in the
 * vocabulary of C2PA manifests: {@code claim_generator}, {@code title}, {@code format},
 * {@code assertions} with a {@code c2pa.actions} assertion ({@code c2pa.created} with IPTC
 * digital source type {@code trainedAlgorithmicMedia}, {@code c2pa.placed},
 * {@code c2pa.edited}), and {@code ingredients}: every take used, with the SHA-256 of its
 * file, backend, model, seed and the prompt as sent, and the song.
 *
 * <p><b>It is not a C2PA credential.</b> It is not signed, not embedded in the video, and C2PA
 * validators will not accept it; anyone can edit it. It is an honest, readable record of how
 * the video was made, which a signing tool could turn into a real manifest.
 *
 * <p>{@link Assembler} writes it with every video; {@link #write} makes it again for a video
 * and the plan it was made from.
 */
public final class ProvenanceManifest {

    /** IPTC's digital source type for media made by a trained model, as the manifest states it. */
    public static final String TRAINED_ALGORITHMIC_MEDIA = ProvenanceJson.TRAINED_ALGORITHMIC_MEDIA;

    private ProvenanceManifest() {
    }

    /** Where the sidecar of {@code video} goes: {@code cut.mp4} -> {@code cut.provenance.json} beside it. */
    public static Path sidecarFor(Path video) {
        return ProvenanceJson.sidecarFor(video);
    }

    /**
     * Writes the sidecar of {@code video}, made from {@code plan}, hashing the video, every take
     * and the song (atomically: an older sidecar is replaced only by a complete new one).
     *
     * @return the sidecar
     * @throws MediaException naming a file that cannot be read, or the sidecar when it cannot be written
     */
    public static Path write(Path video, AssemblyPlan plan, AssemblyMetadata metadata) throws MediaException {
        return AssemblyEngine.writeManifest(video, plan, metadata);
    }
}
