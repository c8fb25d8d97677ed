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
import dev.longtake.render.luma.LumaBackend;
import dev.longtake.render.luma.LumaBackendFactory;

class LumaBackendTest extends ServiceContractTest<LumaStub> {

    @Override
    LumaStub startStub(String key) throws IOException {
        return new LumaStub(key);
    }

    @Override
    String name() {
        return "luma";
    }

    @Override
    BackendFactory factory() {
        return new LumaBackendFactory();
    }

    @Override
    Backend backend(URI base, String key, Timeouts timeouts) {
        return new LumaBackend(ServiceConfig.read(name(), BackendSettings.fromMap(name(),
                Map.of("LONGTAKE_LUMA_URL", base.toString(), "LONGTAKE_LUMA_API_KEY", key)),
                LumaBackend.DEFAULT_URL, LumaBackend.DEFAULT_MODEL, true), timeouts);
    }

    @Override
    TestRequest request(String shot, int take) {
        return TestRequest.of(shot, take, "rain on the window of \"" + shot + "\" \\ take " + take, 4, 1280, 720, null,
                name());
    }

    @Override
    void checkSubmission(StubService.Received submission, TestRequest request) throws IOException {
        assertEquals("/dream-machine/v1/generations", submission.path());
        assertHeader("Bearer " + KEY, submission, "Authorization");
        JsonNode body = body(submission);
        assertEquals("ray-2", body.path("model").asText());
        assertEquals(request.promptText(), body.path("prompt").asText());
        assertEquals("720p", body.path("resolution").asText());
        assertEquals("5s", body.path("duration").asText());
        assertEquals("16:9", body.path("aspect_ratio").asText());
        synchronized (stub.received) {
            assertFalse(stub.received.stream().noneMatch(r -> r.path().startsWith("/cdn/")));
            stub.received.stream().filter(r -> r.path().startsWith("/cdn/"))
                    .forEach(r -> assertNoHeader(r, "Authorization"));
        }
    }
}
