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

    @Test
    void aShotWithAStartImageGoesToImageToVideoWithTheImageInline() throws Exception {
        Path image = startImage("kitchen.png");
        TestRequest request = request("Kitchen", 1).withImage(image.toString());
        RenderResult result = render(backend(), project(), List.of(request));
        assertTrue(result.allDone(), result.toString());
        StubService.Received submission = stub.submissions().get(0);
        assertEquals("/v1/image_to_video", submission.path());
        String uri = body(submission).path("promptImage").asText();
        assertTrue(uri.startsWith("data:image/png;base64,"), uri.substring(0, Math.min(40, uri.length())));
        assertArrayEquals(Files.readAllBytes(image),
                Base64.getDecoder().decode(uri.substring("data:image/png;base64,".length())));
        assertEquals(request.promptText(), body(submission).path("promptText").asText());
    }

    @Test
    void aMissingOrFakeStartImageIsRefusedNamingTheFileBeforeAnythingIsSent() throws Exception {
        Path missing = project().resolve("refs/nowhere.png");
        BackendException gone = assertThrows(BackendException.class,
                () -> backend().submit(request("Kitchen", 1).withImage(missing.toString()), "k1"));
        assertEquals(BackendException.Kind.PERMANENT, gone.kind());
        assertTrue(gone.getMessage().startsWith("runway: the start image " + missing), gone.getMessage());

        Path text = Files.writeString(project().resolve("notes.png"), "not an image");
        BackendException fake = assertThrows(BackendException.class,
                () -> backend().submit(request("Kitchen", 1).withImage(text.toString()), "k2"));
        assertTrue(fake.getMessage().contains("is not a PNG, JPEG or WebP image"), fake.getMessage());
        assertTrue(stub.submissions().isEmpty(), "something was sent: " + stub.submissions());
    }

    @Test
    void aStartImageTooLargeForADataUriIsRefused() throws Exception {
        Path big = startImage("big.png");
        Files.write(big, new byte[3_800_000], java.nio.file.StandardOpenOption.APPEND);
        BackendException e = assertThrows(BackendException.class,
                () -> backend().submit(request("Kitchen", 1).withImage(big.toString()), "k1"));
        assertTrue(e.getMessage().contains("the service takes at most 3700000"), e.getMessage());
        assertTrue(stub.submissions().isEmpty());
    }
}
