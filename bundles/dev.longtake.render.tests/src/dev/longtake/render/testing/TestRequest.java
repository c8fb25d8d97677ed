package dev.longtake.render.testing;

import java.util.List;

import dev.longtake.render.RenderRequest;
import dev.longtake.render.internal.Digests;

/** A request as the prompt compiler would make it, with a hash over every field. */
public record TestRequest(String shotName, int takeNumber, String promptText, double durationSeconds, int width,
        int height, double fps, Long seed, List<String> referenceImages, String imageInput, String continuesShot,
        String backendName, String hash) implements RenderRequest {

    public static TestRequest of(String shot, int take, String prompt, double seconds, String backend) {
        return of(shot, take, prompt, seconds, 1280, 720, 24, backend);
    }

    public static TestRequest of(String shot, int take, String prompt, double seconds, int width, int height,
            double fps, String backend) {
        String canonical = String.join("\u0000", shot, String.valueOf(take), prompt, String.valueOf(seconds),
                width + "x" + height, String.valueOf(fps), backend);
        return new TestRequest(shot, take, prompt, seconds, width, height, fps, null, List.of(), null, null, backend,
                Digests.sha256(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** {@code count} takes of one shot. */
    public static List<TestRequest> takes(String shot, int count, double seconds, String backend) {
        return java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(take -> of(shot, take, "the camera glides through " + shot, seconds, backend)).toList();
    }
}
