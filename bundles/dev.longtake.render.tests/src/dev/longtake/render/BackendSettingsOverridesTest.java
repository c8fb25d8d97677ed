package dev.longtake.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.render.testing.FakeBackend;
import dev.longtake.render.testing.TestRequest;

/**
 * The settings concurrency, price_per_second, currency and prices_checked_on (from
 * LONGTAKE_&lt;BACKEND&gt;_&lt;KEY&gt; or the workbench's preferences) replace what a backend says
 * of itself.
 */
class BackendSettingsOverridesTest {

    @TempDir
    Path project;

    private static final RenderOptions FAST = RenderOptions.defaults()
            .withRetries(4, Duration.ofMillis(5), Duration.ofMillis(50))
            .withPolling(Duration.ofMillis(5), Duration.ofMillis(20), 0.1);

    private static BackendFactory factoryOf(Backend backend) {
        return new BackendFactory() {
            @Override
            public String name() {
                return backend.name();
            }

            @Override
            public Backend create(BackendSettings settings) {
                return backend;
            }
        };
    }

    private static BackendRegistry registryWith(Backend backend, Map<String, String> variables) {
        return new BackendRegistry().register(factoryOf(backend), BackendSettings.fromMap(backend.name(), variables));
    }

    @Test
    void withoutOverridesTheBackendIsRegisteredAsItIs() {
        FakeBackend backend = FakeBackend.paid("cloud", false, 4);
        assertSame(backend, registryWith(backend, Map.of("LONGTAKE_CLOUD_URL", "http://localhost")).get("cloud"));
    }

    @Test
    void theConcurrencySettingBoundsTheJobsTheEngineRunsAtOnce() {
        FakeBackend backend = FakeBackend.paid("cloud", false, 4).jobTime(Duration.ofMillis(40));
        BackendRegistry registry = registryWith(backend, Map.of("LONGTAKE_CLOUD_CONCURRENCY", "1"));

        try (RenderEngine engine = RenderEngine.open(project, registry, FAST)) {
            RenderResult result = engine.render(engine.plan(TestRequest.takes("Pier", 4, 5, "cloud"), null),
                    RenderListener.NONE);
            assertTrue(result.allDone(), result.toString());
        }
        assertEquals(4, backend.submits.get());
        assertEquals(1, backend.maxInFlight.get(), "one job at a time, as the setting says");
        assertEquals(1, registry.get("cloud").capabilities().concurrency());
    }

    @Test
    void aPriceSettingReplacesEveryPriceAndItsDate() {
        FakeBackend backend = FakeBackend.paid("cloud", false, 4);
        BackendRegistry registry = registryWith(backend, Map.of("LONGTAKE_CLOUD_PRICE_PER_SECOND", "0.25",
                "LONGTAKE_CLOUD_CURRENCY", "eur", "LONGTAKE_CLOUD_PRICES_CHECKED_ON", "2026-12-01"));

        BackendCapabilities capabilities = registry.get("cloud").capabilities();
        assertEquals(new BigDecimal("0.25"), capabilities.priceFor(new Resolution(1280, 720)).orElseThrow());
        assertEquals(new BigDecimal("0.25"), capabilities.priceFor(new Resolution(1920, 1080)).orElseThrow());
        assertEquals("EUR", capabilities.currency());
        assertEquals(LocalDate.of(2026, 12, 1), capabilities.priceCheckedOn());
        try (RenderEngine engine = RenderEngine.open(project, registry, FAST)) {
            RenderPlan plan = engine.plan(TestRequest.takes("Pier", 2, 10, "cloud"), null);
            assertEquals("EUR", plan.estimate().currency());
            assertEquals(0, new BigDecimal("5").compareTo(plan.estimate().amount()), "2 takes of 10 s at 0.25 EUR: "
                    + plan.estimate());
        }
    }

    @Test
    void aSettingThatIsNotAValueMakesTheBackendUnavailableWithTheReason() {
        BackendRegistry registry = registryWith(FakeBackend.paid("cloud", false, 4),
                Map.of("LONGTAKE_CLOUD_CONCURRENCY", "many"));

        RenderException refused = org.junit.jupiter.api.Assertions.assertThrows(RenderException.class,
                () -> registry.get("cloud"));
        assertEquals("backend cloud is not available: cloud concurrency must be a whole number above 0, not 'many'",
                refused.getMessage());
    }
}
