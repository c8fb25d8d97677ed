package dev.longtake.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Cheap variants of one shot to judge its prompt before paying for takes: the shot's first
 * request, made short and small with the backend's cheapest size, under distinct seeds.
 * <p>
 * Previews are takes of a shot named {@code <Shot>.preview} (a name the language cannot
 * give a shot), so they are kept, ledgered and never paid twice like any take, but a cut
 * never uses one. Each variant's seed is derived from the shot's request and the variant
 * number, so previewing again finds the variants already made, whether {@code longtake preview}
 * or the workbench's Preview made them (one contract, here).
 */
public final class PreviewVariants {

    /** What a shot's name gets as the name of its previews' shot. */
    public static final String SUFFIX = ".preview";
    public static final int DEFAULT_VARIANTS = 8;
    public static final double DEFAULT_SECONDS = 2;

    /** The width of a preview on backends that render any size. */
    static final int PREVIEW_WIDTH = 320;

    private PreviewVariants() {
    }

    /** The variants of the shot's request for the backend: short, small, seeded (when it takes seeds). */
    public static List<RenderRequest> of(RenderRequest shot, int variants, double seconds, BackendCapabilities backend) {
        Resolution size = cheapestSize(shot, backend);
        double length = Math.min(seconds, Math.min(shot.durationSeconds(), backend.maxSeconds()));
        List<RenderRequest> previews = new ArrayList<>(variants);
        for (int variant = 1; variant <= variants; variant++) {
            // Without seeds, variants differ by the backend's own randomness.
            previews.add(new Variant(shot, variant, length, size, backend.seed() ? seedOf(shot, variant) : null));
        }
        return previews;
    }

    /**
     * The cheapest size the backend lists (the smallest among equally cheap ones), or a small
     * size of the shot's aspect when the backend renders any size.
     */
    static Resolution cheapestSize(RenderRequest shot, BackendCapabilities backend) {
        if (!backend.sizes().isEmpty()) {
            return backend.sizes().stream()
                    .filter(size -> backend.priceFor(size).isPresent())
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
            throw new IllegalStateException(e); // every Java has SHA-256
        }
    }

    /** One preview variant; everything else is the shot's request. */
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
            return null; // a preview judges the prompt alone
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
