package dev.example.replicate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.longtake.dsl.backend.BackendLimits;
import dev.longtake.render.BackendSettings;

/** What scripts are told `backend replicate` renders. */
class ScriptLimitsTest {

    @Test
    void scriptsAreCheckedAgainstTheConfiguredLongestShot() {
        BackendLimits limits = ScriptLimits.limits(BackendSettings.fromMap("replicate", Map.of("LONGTAKE_REPLICATE_API_KEY", "k",
                "LONGTAKE_REPLICATE_MODEL", "acme/video-1", "LONGTAKE_REPLICATE_MAX_SECONDS", "6")));

        assertEquals("replicate", limits.name());
        assertTrue(limits.acceptsDuration(6));
        assertTrue(!limits.acceptsDuration(6.5));
    }

    @Test
    void withoutSettingsTheBackendIsStillKnownToScripts() {
        BackendLimits limits = ScriptLimits.limits(BackendSettings.none());

        assertEquals("replicate", limits.name());
        assertTrue(limits.acceptsDuration(10) && !limits.acceptsDuration(11));
    }
}
