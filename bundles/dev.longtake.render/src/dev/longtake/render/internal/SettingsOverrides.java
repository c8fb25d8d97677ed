package dev.longtake.render.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleConsumer;

import dev.longtake.render.Backend;
import dev.longtake.render.BackendCapabilities;
import dev.longtake.render.BackendException;
import dev.longtake.render.BackendSettings;
import dev.longtake.render.JobStatus;
import dev.longtake.render.RenderRequest;
import dev.longtake.render.Resolution;

/**
 * The settings that change what the engine believes of a backend rather than how the backend
 * talks to its service: {@value #CONCURRENCY} (jobs at once for the user's account, which may
 * be above or below the plugin's default), {@value #PRICE_PER_SECOND} (one price per second of
 * video for every size, as the user's own price list says), {@value #CURRENCY} and
 * {@value #PRICES_CHECKED_ON} (the date the user checked that price, yyyy-mm-dd). They come,
 * like every setting, from {@code LONGTAKE_<BACKEND>_<KEY>} or the workbench's preferences.
 */
public final class SettingsOverrides {

    public static final String CONCURRENCY = "concurrency";
    public static final String PRICE_PER_SECOND = "price_per_second";
    public static final String CURRENCY = "currency";
    public static final String PRICES_CHECKED_ON = "prices_checked_on";

    private SettingsOverrides() {
    }

    /**
     * The backend as the settings describe it: itself when no override is set.
     *
     * @throws IllegalStateException with a one-line reason when an override is not a valid value
     */
    public static Backend apply(Backend backend, BackendSettings settings) {
        Optional<String> concurrency = settings.get(CONCURRENCY);
        Optional<String> price = settings.get(PRICE_PER_SECOND);
        Optional<String> currency = settings.get(CURRENCY);
        Optional<String> checkedOn = settings.get(PRICES_CHECKED_ON);
        if (concurrency.isEmpty() && price.isEmpty() && currency.isEmpty() && checkedOn.isEmpty()) {
            return backend;
        }
        BackendCapabilities own = backend.capabilities();
        int jobs = concurrency.map(value -> positiveInt(backend.name(), value)).orElse(own.concurrency());
        Map<Resolution, BigDecimal> prices = own.pricePerSecond();
        BigDecimal anySize = own.anySizePrice();
        if (price.isPresent()) {
            BigDecimal each = price(backend.name(), price.get());
            Map<Resolution, BigDecimal> replaced = new LinkedHashMap<>();
            own.pricePerSecond().keySet().forEach(size -> replaced.put(size, each));
            prices = replaced;
            anySize = each;
        }
        String code = currency.map(value -> currency(backend.name(), value)).orElse(own.currency());
        LocalDate date = checkedOn.map(value -> date(backend.name(), value))
                .orElse(price.isPresent() ? LocalDate.now() : own.priceCheckedOn());
        BackendCapabilities changed = new BackendCapabilities(own.model(), own.maxSeconds(), own.sizes(), own.maxSize(),
                own.frameRates(), own.imageInput(), own.extend(), own.seed(), own.maxPromptLength(), jobs, prices, anySize,
                code, date, own.idempotentSubmit(), own.fileExtension(), own.billedLengths());
        return new Overridden(backend, changed);
    }

    private static int positiveInt(String backend, String value) {
        try {
            int jobs = Integer.parseInt(value.strip());
            if (jobs > 0) {
                return jobs;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalStateException(backend + " " + CONCURRENCY + " must be a whole number above 0, not '" + value + "'");
    }

    private static BigDecimal price(String backend, String value) {
        try {
            BigDecimal price = new BigDecimal(value.strip());
            if (price.signum() >= 0) {
                return price;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalStateException(backend + " " + PRICE_PER_SECOND + " must be a price such as 0.05, not '" + value + "'");
    }

    private static String currency(String backend, String value) {
        String code = value.strip().toUpperCase(java.util.Locale.ROOT);
        if (!code.matches("[A-Z]{3}")) {
            throw new IllegalStateException(backend + " " + CURRENCY + " must be a three-letter code such as USD, not '" + value + "'");
        }
        return code;
    }

    private static LocalDate date(String backend, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(backend + " " + PRICES_CHECKED_ON + " must be a date such as 2026-12-01, not '" + value + "'");
        }
    }

    /** The backend with the user's capabilities; every call goes to it. */
    private record Overridden(Backend backend, BackendCapabilities capabilities) implements Backend {

        @Override
        public String name() {
            return backend.name();
        }

        @Override
        public String submit(RenderRequest request, String idempotencyKey) throws BackendException, InterruptedException {
            return backend.submit(request, idempotencyKey);
        }

        @Override
        public JobStatus poll(String remoteId) throws BackendException, InterruptedException {
            return backend.poll(remoteId);
        }

        @Override
        public void fetch(String remoteId, JobStatus finished, Path target, DoubleConsumer progress)
                throws BackendException, InterruptedException {
            backend.fetch(remoteId, finished, target, progress);
        }

        @Override
        public void cancel(String remoteId) throws BackendException, InterruptedException {
            backend.cancel(remoteId);
        }

        @Override
        public Optional<String> findSubmitted(String idempotencyKey) throws BackendException, InterruptedException {
            return backend.findSubmitted(idempotencyKey);
        }
    }
}
