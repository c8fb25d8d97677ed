package dev.longtake.preferences.ui.tests;

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
 * A backend as a studio's own plugin would contribute it, through the extension point only. The
 * preferences test needs its declaration, never a render: every job call refuses.
 */
public class StudioFarmBackendFactory implements BackendFactory {

    @Override
    public String name() {
        return "studiofarm";
    }

    @Override
    public Backend create(BackendSettings settings) {
        BackendCapabilities capabilities = BackendCapabilities.builder("farm-v1").maxSeconds(10)
                .size(1280, 720, "0.04").concurrency(4).currency("USD", LocalDate.of(2026, 12, 1)).build();
        return new Backend() {
            @Override
            public String name() {
                return "studiofarm";
            }

            @Override
            public BackendCapabilities capabilities() {
                return capabilities;
            }

            @Override
            public String submit(RenderRequest request, String idempotencyKey) throws BackendException {
                throw BackendException.permanent("studiofarm renders nothing in this test");
            }

            @Override
            public JobStatus poll(String remoteId) throws BackendException {
                throw BackendException.permanent("studiofarm renders nothing in this test");
            }

            @Override
            public void fetch(String remoteId, JobStatus finished, Path target, DoubleConsumer progress)
                    throws BackendException {
                throw BackendException.permanent("studiofarm renders nothing in this test");
            }

            @Override
            public void cancel(String remoteId) {
            }
        };
    }
}
