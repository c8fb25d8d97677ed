package dev.longtake.render.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.longtake.render.Backend;
import dev.longtake.render.BackendFactory;
import dev.longtake.render.BackendSettings;
import dev.longtake.render.http.ServiceConfig;
import dev.longtake.render.http.Timeouts;
import dev.longtake.render.runway.RunwayBackend;
import dev.longtake.render.runway.RunwayBackendFactory;

class RunwayBackendTest extends ServiceContractTest<RunwayStub> {

    @Override
    RunwayStub startStub(String key) throws IOException {
        return new RunwayStub(key);
    }

    @Override
    String name() {
        return "runway";
    }

    @Override
    BackendFactory factory() {
        return new RunwayBackendFactory();
    }

    @Override
    Backend backend(URI base, String key, Timeouts timeouts) {
        return new RunwayBackend(ServiceConfig.read(name(), BackendSettings.fromMap(name(),
                Map.of("LONGTAKE_RUNWAY_URL", base.toString(), "LONGTAKE_RUNWAY_API_KEY", key)),
                RunwayBackend.DEFAULT_URL, RunwayBackend.DEFAULT_MODEL, true), timeouts);
    }

    @Override
    TestRequest request(String shot, int take) {
        return TestRequest.of(shot, take, "a slow push in on \"" + shot + "\", take " + take, 5, 1280, 720,
                4_000_000_000L + take, name());
    }

    @Override
    void checkSubmission(StubService.Received submission, TestRequest request) throws IOException {
        assertEquals("/v1/text_to_video", submission.path());
        assertHeader("Bearer " + KEY, submission, "Authorization");
        assertHeader("2024-11-06", submission, "X-Runway-Version");
        JsonNode body = body(submission);
        assertEquals("gen4.5", body.path("model").asText());
        assertEquals(request.promptText(), body.path("promptText").asText());
        assertEquals("1280:720", body.path("ratio").asText());
        assertEquals(5, body.path("duration").asInt());
        assertEquals(request.seed().longValue(), body.path("seed").asLong());
        // The presigned output URL is another origin: it never gets the key.
        synchronized (stub.received) {
            assertFalse(stub.received.stream().noneMatch(r -> r.path().startsWith("/outputs/")));
            stub.received.stream().filter(r -> r.path().startsWith("/outputs/"))
                    .forEach(r -> assertNoHeader(r, "Authorization"));
        }
    }
}
