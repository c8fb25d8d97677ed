package dev.longtake.render.animatic;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.longtake.render.RenderRequest;

/** A compiled request, as the language bundle would hand it over. */
record ShotRequest(String shotName, int takeNumber, String promptText, double durationSeconds, int width, int height,
        double fps, Long seed, String hash) implements RenderRequest {

    /** The compiled prompt of the spec's Hallway shot (shots-language.md). */
    static final String HALLWAY = "Shot on 35mm film, 1980s, warm grain, soft halation. One continuous shot, camera"
            + " dolly forward. 0-7 s: in a crowded 1980s high-school corridor lined with green lockers, the camera"
            + " glides through the crowd toward them. 7-14 s: continuing without a cut into a sunlit classroom with"
            + " wooden desks and a chalkboard: through a doorway, Lane slips Ernest a folded note. 14-20 s: out to a"
            + " football field at dusk, stadium lights flickering on: out through the window as the stadium lights"
            + " come on. Ernest: a young man, curly brown hair, denim jacket, white t-shirt. Lane: a young woman,"
            + " shoulder-length red hair, yellow knit sweater.";

    static ShotRequest of(String shot, String prompt, double seconds, int width, int height, double fps, Long seed) {
        String canonical = String.join("|", shot, prompt, String.valueOf(seconds), width + "x" + height,
                String.valueOf(fps), String.valueOf(seed));
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8));
            return new ShotRequest(shot, 1, prompt, seconds, width, height, fps, seed,
                    java.util.HexFormat.of().formatHex(digest));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<String> referenceImages() {
        return List.of();
    }

    @Override
    public String imageInput() {
        return null;
    }

    @Override
    public String continuesShot() {
        return null;
    }

    @Override
    public String backendName() {
        return AnimaticBackend.NAME;
    }
}
