package dev.longtake.storyboard.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import dev.longtake.render.BackendCapabilities;
import dev.longtake.render.RenderRequest;
import dev.longtake.render.Resolution;

/**
 * The preview variants of a shot, on the same contract as {@code longtake preview} (so the
 * workbench and the command find each other's variants in the ledger and never pay twice): the
 * shot's first request made short (2 s) and small (the backend's cheapest size, or 320 pixels
 * wide), as takes of {@code <Shot>.preview} under seeds derived from the shot's request and the
 * variant number. A cut never uses them.
 */
public final class PreviewVariants {

    public static final String SUFFIX = ".preview";
    public static final int DEFAULT_VARIANTS = 8;
    public static final double DEFAULT_SECONDS = 2;
    static final int PREVIEW_WIDTH = 320;

    private PreviewVariants() {
    }

    public static List<RenderRequest> of(RenderRequest shot, int variants, double seconds, BackendCapabilities backend) {
        Resolution size = cheapestSize(shot, backend);
        double length = Math.min(seconds, Math.min(shot.durationSeconds(), backend.maxSeconds()));
        List<RenderRequest> previews = new ArrayList<>(variants);
        for (int variant = 1; variant <= variants; variant++) {
            previews.add(new Variant(shot, variant, length, size, backend.seed() ? seedOf(shot, variant) : null));
        }
        return previews;
    }

    static Resolution cheapestSize(RenderRequest shot, BackendCapabilities backend) {
        if (!backend.sizes().isEmpty()) {
            return backend.sizes().stream().filter(size -> backend.priceFor(size).isPresent())
                    .min(Comparator.comparing((Resolution size) -> backend.priceFor(size).orElseThrow())
                            .thenComparingLong(Resolution::pixels))
                    .orElse(backend.sizes().get(0));
        }
        int width = Math.min(PREVIEW_WIDTH, shot.width());
        int height = Math.max(2, (int) Math.round(width * (double) shot.height() / shot.width() / 2) * 2);
        Resolution small = Resolution.of(width, height);
        return small.fitsWithin(backend.maxSize()) ? small : backend.maxSize();
    }

    static long seedOf(RenderRequest shot, int variant) {
        byte[] digest = sha256(shot.hash() + "|preview seed|" + variant);
        long seed = 0;
        for (int i = 0; i < 4; i++) {
            seed = (seed << 8) | (digest[i] & 0xff);
        }
        return seed & 0x7fffffffL;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One variant; everything else is the shot's request. */
    record Variant(RenderRequest shot, int variant, double seconds, Resolution size, Long variantSeed)
            implements RenderRequest {

        @Override
        public String shotName() {
            return shot.shotName() + SUFFIX;
        }

        @Override
        public int takeNumber() {
            return variant;
        }

        @Override
        public String promptText() {
            return shot.promptText();
        }

        @Override
        public double durationSeconds() {
            return seconds;
        }

        @Override
        public int width() {
            return size.width();
        }

        @Override
        public int height() {
            return size.height();
        }

        @Override
        public double fps() {
            return shot.fps();
        }

        @Override
        public Long seed() {
            return variantSeed;
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
            return null;
        }

        @Override
        public String backendName() {
            return shot.backendName();
        }

        @Override
        public String hash() {
            return HexFormat.of().formatHex(sha256(String.format(Locale.ROOT, "preview|%s|%d|%s|%.3f|%d",
                    shot.hash(), variant, size, seconds, variantSeed)));
        }
    }
}
