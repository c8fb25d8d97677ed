package dev.longtake.render.dsl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.longtake.dsl.backend.BackendLimits;
import dev.longtake.dsl.backend.BackendRegistry;
import dev.longtake.render.BackendCapabilities;

/** The language learns the installed render backends, configured or not, and forgets them on stop. */
class BackendLimitsPublisherTest {

    @Test
    void capabilitiesBecomeTheLanguagesLimits() {
        BackendCapabilities capabilities = BackendCapabilities.builder("gen4.5").maxSeconds(10)
                .size(1280, 720, "0.12").size(720, 1280, "0.12").frameRates(24).maxPromptLength(1000).build();
        BackendLimits limits = BackendLimitsPublisher.limitsOf("runway", capabilities);
        assertEquals(10.0, limits.maxSeconds());
        assertTrue(limits.acceptsSize(720, 1280));
        assertFalse(limits.acceptsSize(1920, 1080));
        assertTrue(limits.acceptsFrameRate(24));
        assertFalse(limits.acceptsFrameRate(30));
        assertFalse(limits.acceptsPromptLength(1001));
        assertFalse(limits.imageInput());
    }

    @Test
    void theComponentPublishesTheInstalledBackendsWhenTheBundleStarts() {
        assertTrue(System.getenv("LONGTAKE_RUNWAY_API_KEY") == null, "the test expects no key in the environment");
        // Published by the DS component that SCR started with the bundle (OSGI-INF/backend-limits.xml);
        // runway has no key here and is published with its limits all the same.
        BackendLimits runway = BackendRegistry.shared().limits("runway").orElseThrow();
        assertEquals(10.0, runway.maxSeconds());
        assertFalse(runway.acceptsSize(1920, 1080));
        // comfyui cannot be made without its workflow: known, without limits
        assertTrue(BackendRegistry.shared().limits("comfyui").isPresent());
        assertTrue(BackendRegistry.shared().limits("animatic").isPresent(), "the built-in stays the language's");
    }

    @Test
    void stoppingAPublisherTakesBackOnlyWhatItPublished() {
        BackendLimitsPublisher second = new BackendLimitsPublisher();
        second.activate();
        assertTrue(BackendRegistry.shared().limits("runway").isPresent());
        second.deactivate();
        assertTrue(BackendRegistry.shared().limits("runway").isPresent(), "the component's entry is back");
    }
}
