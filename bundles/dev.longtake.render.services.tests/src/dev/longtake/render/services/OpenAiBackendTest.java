package dev.longtake.render.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.longtake.render.Backend;
import dev.longtake.render.BackendFactory;
import dev.longtake.render.BackendSettings;
import dev.longtake.render.JobStatus;
import dev.longtake.render.http.ServiceConfig;
import dev.longtake.render.http.Timeouts;
import dev.longtake.render.openai.OpenAiBackend;
import dev.longtake.render.openai.OpenAiBackendFactory;

class OpenAiBackendTest extends ServiceContractTest<OpenAiStub> {

    @Override
    OpenAiStub startStub(String key) throws IOException {
        return new OpenAiStub(key);
    }

    @Override
    String name() {
        return "openai";
    }

    @Override
    BackendFactory factory() {
        return new OpenAiBackendFactory();
    }

    @Override
    Backend backend(URI base, String key, Timeouts timeouts) {
        return new OpenAiBackend(ServiceConfig.read(name(), BackendSettings.fromMap(name(),
                Map.of("LONGTAKE_OPENAI_URL", base.toString(), "LONGTAKE_OPENAI_API_KEY", key)),
                OpenAiBackend.DEFAULT_URL, OpenAiBackend.DEFAULT_MODEL, true), timeouts);
    }

    @Override
    TestRequest request(String shot, int take) {
        return TestRequest.of(shot, take, "the camera glides through \"" + shot + "\" at dusk, take " + take, 3.5,
                1280, 720, null, name());
    }

    @Override
    void checkSubmission(StubService.Received submission, TestRequest request) throws IOException {
        assertEquals("/v1/videos", submission.path());
        assertHeader("Bearer " + KEY, submission, "Authorization");
        assertNotNull(submission.header("Idempotency-Key"));
        JsonNode body = body(submission);
        assertEquals("sora-2", body.path("model").asText());
        assertEquals(request.promptText(), body.path("prompt").asText());
        assertEquals("4", body.path("seconds").asText(), "3.5 s rounds up to the API's 4 s, as a string");
        assertEquals("1280x720", body.path("size").asText());
    }

    @Test
    void theChargeIsForTheSecondsRendered() throws Exception {
        Backend backend = backend();
        String id = backend.submit(request("Gym", 1), "k1");
        JobStatus done = runToEnd(backend, id);
        assertEquals(0, new BigDecimal("0.40").compareTo(done.cost()), "4 s at 0.10 USD");
    }
}
