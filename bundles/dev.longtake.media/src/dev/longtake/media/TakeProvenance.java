package dev.longtake.media;

import java.util.Objects;

/**
 * Where a take came from, as the caller knows it from the take ledger: written into the
 * assembled video's metadata and into its provenance manifest. Only the shot and the take id
 * are required; the rest is null when unknown (a backend without seeds, an imported clip).
 *
 * @param shot       the shot's name in the script, e.g. "Lake12"
 * @param takeId     the take's id in the ledger, e.g. "t3"
 * @param backend    the generation backend, e.g. "runway", "animatic"
 * @param model      the backend's model, e.g. "gen4_turbo"
 * @param seed       the seed the generation used
 * @param promptHash the hash of the compiled request, as the ledger keys it
 * @param prompt     the prompt exactly as it was sent to the backend
 */
public record TakeProvenance(String shot, String takeId, String backend, String model, Long seed, String promptHash,
        String prompt) {

    public TakeProvenance {
        Objects.requireNonNull(shot, "shot");
        Objects.requireNonNull(takeId, "takeId");
    }
}
