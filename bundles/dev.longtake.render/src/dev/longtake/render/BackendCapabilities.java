package dev.longtake.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a backend can render and what it costs. The render plan estimates cost from it and
 * refuses requests outside it; the language's validation asks the same questions.
 *
 * @param model            the model that renders (for the ledger: "gen-4", "animatic 1")
 * @param maxSeconds       the longest generation
 * @param sizes            the frame sizes offered; empty means any size within {@code maxSize}
 * @param maxSize          the largest frame (the bound when {@code sizes} is empty)
 * @param frameRates       the frame rates offered; empty means any rate up to 120
 * @param imageInput       accepts a start image (image-to-video)
 * @param extend           can continue a previous take
 * @param seed             honours a seed
 * @param maxPromptLength  longest prompt in characters
 * @param concurrency      jobs the service runs at once for one account
 * @param pricePerSecond   price of one second of video by frame size
 * @param anySizePrice     price per second for sizes not listed in {@code pricePerSecond}, or
 *                         null when only listed sizes have a price
 * @param currency         ISO 4217 code of the prices
 * @param priceCheckedOn   when the prices were last checked against the service's price list
 * @param idempotentSubmit the service deduplicates submissions by an idempotency key, so a
 *                         submission whose answer was lost may be sent again without paying twice
 * @param fileExtension    the extension of the files {@code fetch} writes ("mp4")
 * @param billedLengths    the only lengths, in seconds, the service renders (and bills): a shot
 *                         is rendered at the shortest one that holds it and trimmed by the cut;
 *                         empty when any length up to {@code maxSeconds} is rendered as asked
 */
public record BackendCapabilities(String model, double maxSeconds, List<Resolution> sizes, Resolution maxSize,
        List<Double> frameRates, boolean imageInput, boolean extend, boolean seed, int maxPromptLength,
        int concurrency, Map<Resolution, BigDecimal> pricePerSecond, BigDecimal anySizePrice, String currency,
        LocalDate priceCheckedOn, boolean idempotentSubmit, String fileExtension, List<Double> billedLengths) {

    public BackendCapabilities {
        Objects.requireNonNull(model, "model");
        sizes = List.copyOf(sizes);
        Objects.requireNonNull(maxSize, "maxSize");
        frameRates = List.copyOf(frameRates);
        pricePerSecond = Map.copyOf(pricePerSecond);
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(priceCheckedOn, "priceCheckedOn");
        Objects.requireNonNull(fileExtension, "fileExtension");
        billedLengths = billedLengths.stream().sorted().toList();
        if (maxSeconds <= 0 || maxPromptLength <= 0 || concurrency <= 0) {
            throw new IllegalArgumentException("maxSeconds, maxPromptLength and concurrency must be positive");
        }
        if (!fileExtension.matches("[a-z0-9]{1,8}")) {
            throw new IllegalArgumentException("not a file extension: " + fileExtension);
        }
    }

    public static Builder builder(String model) {
        return new Builder(model);
    }

    public boolean supportsSize(Resolution size) {
        return sizes.isEmpty() ? size.fitsWithin(maxSize) : sizes.contains(size);
    }

    public boolean supportsFrameRate(double fps) {
        if (frameRates.isEmpty()) {
            return fps > 0 && fps <= 120;
        }
        return frameRates.stream().anyMatch(offered -> Math.abs(offered - fps) < 0.001);
    }

    /** Price of one second at this size, if the backend has one. */
    public Optional<BigDecimal> priceFor(Resolution size) {
        BigDecimal listed = pricePerSecond.get(size);
        return Optional.ofNullable(listed != null ? listed : anySizePrice);
    }

    /** Every price is zero: resubmitting costs nothing. */
    public boolean isFree() {
        return pricePerSecond.values().stream().allMatch(p -> p.signum() == 0)
                && (anySizePrice == null || anySizePrice.signum() == 0);
    }

    /**
     * The seconds the service renders, and bills, for a shot of this length: the shortest of
     * its {@link #billedLengths} that holds it, else the length itself.
     */
    public double billedSeconds(double seconds) {
        return billedLengths.stream().filter(length -> length >= seconds - 1e-9).findFirst().orElse(seconds);
    }

    /**
     * The estimated cost of a generation of this length, for the seconds the service bills,
     * rounded up to the cent (or finer when prices are).
     */
    public Optional<Money> estimate(double seconds, Resolution size) {
        return priceFor(size).map(price -> {
            BigDecimal raw = price.multiply(BigDecimal.valueOf(billedSeconds(seconds)));
            int scale = Math.max(2, price.stripTrailingZeros().scale());
            return new Money(raw.setScale(scale, RoundingMode.CEILING), currency);
        });
    }

    /**
     * Why this backend cannot render the request, as the user should read it; empty when it
     * can.
     */
    public List<String> problemsWith(RenderRequest request, String backendName) {
        List<String> problems = new ArrayList<>();
        String shot = "shot " + request.shotName() + " (take " + request.takeNumber() + ")";
        Resolution size;
        try {
            size = Resolution.of(request.width(), request.height());
        } catch (IllegalArgumentException e) {
            problems.add(shot + ": " + e.getMessage());
            return problems;
        }
        if (!(request.durationSeconds() > 0)) {
            problems.add(shot + ": a duration of " + request.durationSeconds() + " s is not positive");
        } else if (request.durationSeconds() > maxSeconds + 1e-9) {
            problems.add(shot + " is " + seconds(request.durationSeconds()) + " long; backend " + backendName
                    + " renders at most " + seconds(maxSeconds));
        }
        if (!supportsSize(size)) {
            problems.add(shot + ": backend " + backendName + " does not render " + size
                    + (sizes.isEmpty() ? " (at most " + maxSize + ")" : " (it renders " + sizes + ")"));
        } else if (priceFor(size).isEmpty()) {
            problems.add(shot + ": backend " + backendName + " has no price for " + size);
        }
        if (!supportsFrameRate(request.fps())) {
            problems.add(shot + ": backend " + backendName + " does not render " + request.fps() + " fps"
                    + (frameRates.isEmpty() ? "" : " (it renders " + frameRates + ")"));
        }
        if (request.promptText() == null || request.promptText().isBlank()) {
            problems.add(shot + " has an empty prompt");
        } else if (request.promptText().length() > maxPromptLength) {
            problems.add(shot + ": the prompt has " + request.promptText().length() + " characters; backend "
                    + backendName + " takes at most " + maxPromptLength);
        }
        if (request.imageInput() != null && !imageInput) {
            problems.add(shot + ": backend " + backendName + " takes no start image");
        }
        if (request.continuesShot() != null && !extend) {
            problems.add(shot + ": backend " + backendName + " cannot continue shot " + request.continuesShot());
        }
        if (request.seed() != null && !seed) {
            problems.add(shot + ": backend " + backendName + " ignores seeds; remove the seed or pick another backend");
        }
        return problems;
    }

    private static String seconds(double s) {
        return (s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s)) + " s";
    }

    /** Builds capabilities; unset values are the most restrictive sensible ones. */
    public static final class Builder {
        private final String model;
        private double maxSeconds = 10;
        private final List<Resolution> sizes = new ArrayList<>();
        private Resolution maxSize = Resolution.of(1920, 1080);
        private final List<Double> frameRates = new ArrayList<>();
        private boolean imageInput;
        private boolean extend;
        private boolean seed;
        private int maxPromptLength = 1000;
        private int concurrency = 1;
        private final Map<Resolution, BigDecimal> prices = new LinkedHashMap<>();
        private BigDecimal anySizePrice;
        private String currency = "USD";
        private LocalDate priceCheckedOn = LocalDate.EPOCH;
        private boolean idempotentSubmit;
        private String fileExtension = "mp4";
        private List<Double> billedLengths = List.of();

        private Builder(String model) {
            this.model = model;
        }

        public Builder maxSeconds(double value) {
            maxSeconds = value;
            return this;
        }

        /** Adds an offered size with its price per second. */
        public Builder size(int width, int height, String pricePerSecond) {
            Resolution size = Resolution.of(width, height);
            sizes.add(size);
            prices.put(size, new BigDecimal(pricePerSecond));
            return this;
        }

        /** Any size within the bound, at one price per second. */
        public Builder anySizeUpTo(int width, int height, String pricePerSecond) {
            maxSize = Resolution.of(width, height);
            anySizePrice = new BigDecimal(pricePerSecond);
            return this;
        }

        public Builder frameRates(double... values) {
            for (double value : values) {
                frameRates.add(value);
            }
            return this;
        }

        public Builder imageInput(boolean value) {
            imageInput = value;
            return this;
        }

        public Builder extend(boolean value) {
            extend = value;
            return this;
        }

        public Builder seed(boolean value) {
            seed = value;
            return this;
        }

        public Builder maxPromptLength(int value) {
            maxPromptLength = value;
            return this;
        }

        public Builder concurrency(int value) {
            concurrency = value;
            return this;
        }

        public Builder currency(String value, LocalDate checkedOn) {
            currency = value;
            priceCheckedOn = checkedOn;
            return this;
        }

        public Builder idempotentSubmit(boolean value) {
            idempotentSubmit = value;
            return this;
        }

        public Builder fileExtension(String value) {
            fileExtension = value;
            return this;
        }

        /** The only lengths the service renders and bills (see {@link BackendCapabilities#billedLengths}). */
        public Builder billedLengths(double... values) {
            billedLengths = java.util.Arrays.stream(values).boxed().toList();
            return this;
        }

        public BackendCapabilities build() {
            Resolution bound = maxSize;
            if (!sizes.isEmpty()) {
                bound = sizes.stream().reduce((a, b) -> Resolution.of(Math.max(a.width(), b.width()),
                        Math.max(a.height(), b.height()))).orElseThrow();
            }
            return new BackendCapabilities(model, maxSeconds, sizes, bound, frameRates, imageInput, extend, seed,
                    maxPromptLength, concurrency, prices, anySizePrice, currency, priceCheckedOn, idempotentSubmit,
                    fileExtension, billedLengths);
        }
    }
}
