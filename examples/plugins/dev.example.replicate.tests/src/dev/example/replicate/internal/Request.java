package dev.example.replicate.internal;

import java.util.List;

import dev.longtake.render.RenderRequest;

/** A compiled request, as the script language hands it to the engine. */
record Request(String shotName, int takeNumber, String promptText, double durationSeconds, int width, int height,
        double fps, Long seed, String hash) implements RenderRequest {

    static Request of(String shot, String prompt, double seconds, Long seed) {
        String hash = Integer.toHexString((shot + prompt + seconds + seed).hashCode()) + "0123456789abcdef";
        return new Request(shot, 1, prompt, seconds, 1280, 720, 24, seed, hash);
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
        return "replicate";
    }
}
