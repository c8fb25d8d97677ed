package dev.longtake.film.ui.tests;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.DoubleConsumer;

import dev.longtake.render.Backend;
import dev.longtake.render.BackendCapabilities;
import dev.longtake.render.BackendException;
import dev.longtake.render.BackendFactory;
import dev.longtake.render.BackendSettings;
import dev.longtake.render.JobStatus;
import dev.longtake.render.RenderRequest;

/**
 * A backend with a price, contributed through the extension point, that needs no key and
 * refuses every job: the budget tests answer No, so nothing may reach it.
 */
public class PriceFarmBackendFactory implements BackendFactory {

    public static final String NAME = "pricefarm";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Backend create(BackendSettings settings) {
        BackendCapabilities capabilities = BackendCapabilities.builder("farm-v1").maxSeconds(10)
                .anySizeUpTo(1920, 1080, "0.10").concurrency(4).currency("USD", LocalDate.of(2026, 12, 1)).build();
        return new Backend() {
            @Override
            public String name() {
                return NAME;
            }

            @Override
            public BackendCapabilities capabilities() {
                return capabilities;
            }

            @Override
            public String submit(RenderRequest request, String idempotencyKey) throws BackendException {
                throw BackendException.permanent("pricefarm must never be asked to render in these tests");
            }

            @Override
            public JobStatus poll(String remoteId) throws BackendException {
                throw BackendException.permanent("pricefarm renders nothing");
            }

            @Override
            public void fetch(String remoteId, JobStatus finished, Path target, DoubleConsumer progress)
                    throws BackendException {
                throw BackendException.permanent("pricefarm renders nothing");
            }

            @Override
            public void cancel(String remoteId) {
            }
        };
    }
}
