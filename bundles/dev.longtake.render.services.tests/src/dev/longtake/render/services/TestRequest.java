package dev.longtake.render.services;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import dev.longtake.render.RenderRequest;

/** A request as the prompt compiler would make it, with a SHA-256 over every field. */
record TestRequest(String shotName, int takeNumber, String promptText, double durationSeconds, int width, int height,
        double fps, Long seed, List<String> referenceImages, String imageInput, String continuesShot,
        String backendName, String hash) implements RenderRequest {

    static TestRequest of(String shot, int take, String prompt, double seconds, int width, int height, Long seed,
            String backend) {
        String canonical = String.join("\u0000", shot, String.valueOf(take), prompt, String.valueOf(seconds),
                width + "x" + height, String.valueOf(seed), backend);
        try {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
            return new TestRequest(shot, take, prompt, seconds, width, height, 24, seed, List.of(), null, null, backend,
                    hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same request with a start image (a file path, as the engine passes it). */
    TestRequest withImage(String path) {
        return new TestRequest(shotName, takeNumber, promptText, durationSeconds, width, height, fps, seed,
                referenceImages, path, continuesShot, backendName, hash + "-image");
    }
}
