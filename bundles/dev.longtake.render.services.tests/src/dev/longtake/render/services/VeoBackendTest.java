package dev.longtake.render.services;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.longtake.render.Backend;
import dev.longtake.render.BackendException;
import dev.longtake.render.BackendFactory;
import dev.longtake.render.BackendSettings;
import dev.longtake.render.RenderResult;
import dev.longtake.render.http.ServiceConfig;
import dev.longtake.render.http.Timeouts;
import dev.longtake.render.veo.VeoBackend;
import dev.longtake.render.veo.VeoBackendFactory;

class VeoBackendTest extends ServiceContractTest<VeoStub> {

    @Override
    VeoStub startStub(String key) throws IOException {
        return new VeoStub(key);
    }

    @Override
    String name() {
        return "veo";
    }

    @Override
    BackendFactory factory() {
        return new VeoBackendFactory();
    }

    @Override
    Backend backend(URI base, String key, Timeouts timeouts) {
        return new VeoBackend(ServiceConfig.read(name(), BackendSettings.fromMap(name(),
                Map.of("LONGTAKE_VEO_URL", base.toString(), "LONGTAKE_VEO_API_KEY", key)),
                VeoBackend.DEFAULT_URL, VeoBackend.DEFAULT_MODEL, true), timeouts);
    }

    @Override
    TestRequest request(String shot, int take) {
        return TestRequest.of(shot, take, "a drone shot over \"" + shot + "\", take " + take, 5.5, 1280, 720, null,
                name());
    }

    @Override
    String unknownJobId() {
        return "models/veo-3.1-generate-preview/operations/nothing";
    }

    @Override
    void checkSubmission(StubService.Received submission, TestRequest request) throws IOException {
        assertEquals("/v1beta/models/veo-3.1-generate-preview:predictLongRunning", submission.path());
        assertHeader(KEY, submission, "x-goog-api-key");
        assertNoHeader(submission, "Authorization");
        JsonNode body = body(submission);
        assertEquals(request.promptText(), body.path("instances").path(0).path("prompt").asText());
        assertEquals(6, body.path("parameters").path("durationSeconds").asInt());
        assertEquals("720p", body.path("parameters").path("resolution").asText());
        assertEquals("16:9", body.path("parameters").path("aspectRatio").asText());
        synchronized (stub.received) {
            // The file URL is on the API's host (key sent); its redirect to storage gets no key.
            assertFalse(stub.received.stream().noneMatch(r -> r.path().startsWith("/storage/")));
            stub.received.stream().filter(r -> r.path().startsWith("/v1beta/files/"))
                    .forEach(r -> assertHeader(KEY, r, "x-goog-api-key"));
            stub.received.stream().filter(r -> r.path().startsWith("/storage/"))
                    .forEach(r -> assertNoHeader(r, "x-goog-api-key"));
        }
    }

    @Override
    @Test
    void cancellingReachesTheService() throws Exception {
        // The Gemini API documents no cancel for Veo operations: nothing is sent, nothing fails.
        Backend backend = backend();
        String id = backend.submit(request("Gym", 1), "k1");
        int before = stub.received.size();
        backend.cancel(id);
        assertEquals(before, stub.received.size());
        assertTrue(id.startsWith("models/veo-3.1-generate-preview/operations/"));
    }

    @Test
    void aStartImageGoesInlineAsTheInstancesImage() throws Exception {
        Path image = startImage("kitchen.png");
        TestRequest request = request("Kitchen", 1).withImage(image.toString());
        RenderResult result = render(backend(), project(), List.of(request));
        assertTrue(result.allDone(), result.toString());
        JsonNode sent = body(stub.submissions().get(0)).path("instances").path(0);
        assertEquals(request.promptText(), sent.path("prompt").asText());
        assertEquals("image/png", sent.path("image").path("mimeType").asText());
        assertArrayEquals(Files.readAllBytes(image),
                Base64.getDecoder().decode(sent.path("image").path("bytesBase64Encoded").asText()));
    }

    @Test
    void aMissingStartImageIsRefusedNamingTheFileBeforeAnythingIsSent() throws Exception {
        Path missing = project().resolve("refs/nowhere.png");
        BackendException e = assertThrows(BackendException.class,
                () -> backend().submit(request("Kitchen", 1).withImage(missing.toString()), "k1"));
        assertEquals(BackendException.Kind.PERMANENT, e.kind());
        assertTrue(e.getMessage().startsWith("veo: the start image " + missing), e.getMessage());
        assertTrue(stub.submissions().isEmpty(), "something was sent: " + stub.submissions());
    }
}
