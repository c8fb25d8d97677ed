package dev.longtake.takes.ui.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import dev.longtake.render.RenderRequest;

/**
 * A preview variant promoted to a full take: the shot's own request (its full length and size)
 * rendered with the variant's seed and the prompt the variant was sent. Its hash differs from
 * the shot's takes (the seed and prompt are part of it), so it becomes a new take of the shot,
 * and promoting the same variant again finds that take instead of paying twice.
 */
public record PromotedRequest(RenderRequest shot, Long variantSeed, String variantPrompt) implements RenderRequest {

    @Override
    public String shotName() {
        return shot.shotName();
    }

    @Override
    public int takeNumber() {
        return shot.takeNumber();
    }

    @Override
    public String promptText() {
        return variantPrompt == null || variantPrompt.isBlank() ? shot.promptText() : variantPrompt;
    }

    @Override
    public double durationSeconds() {
        return shot.durationSeconds();
    }

    @Override
    public int width() {
        return shot.width();
    }

    @Override
    public int height() {
        return shot.height();
    }

    @Override
    public double fps() {
        return shot.fps();
    }

    @Override
    public Long seed() {
        return variantSeed != null ? variantSeed : shot.seed();
    }

    @Override
    public List<String> referenceImages() {
        return shot.referenceImages();
    }

    @Override
    public String imageInput() {
        return shot.imageInput();
    }

    @Override
    public String continuesShot() {
        return shot.continuesShot();
    }

    @Override
    public String backendName() {
        return shot.backendName();
    }

    @Override
    public String hash() {
        String canonical = "promoted|" + shot.hash() + "|" + seed() + "|" + promptText();
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java has SHA-256
        }
    }
}
