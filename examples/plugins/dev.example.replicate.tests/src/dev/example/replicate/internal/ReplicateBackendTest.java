package dev.example.replicate.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.example.replicate.ReplicateBackendFactory;
import dev.longtake.render.Backend;
import dev.longtake.render.BackendException;
import dev.longtake.render.BackendException.Kind;
import dev.longtake.render.BackendRegistry;
import dev.longtake.render.BackendSettings;
import dev.longtake.render.JobState;
import dev.longtake.render.JobStatus;
import dev.longtake.render.RenderEngine;
import dev.longtake.render.RenderOptions;
import dev.longtake.render.RenderPlan;
import dev.longtake.render.RenderResult;

/** The replicate backend over real HTTP, against {@link FakeReplicate}. */
class ReplicateBackendTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeReplicate service;

    @TempDir
    Path folder;

    @BeforeEach
    void start() throws Exception {
        service = new FakeReplicate();
    }

    @AfterEach
    void stop() {
        service.close();
    }

    private Backend backend(String... settings) {
        Map<String, String> env = new HashMap<>();
        env.put("LONGTAKE_REPLICATE_URL", service.url());
        env.put("LONGTAKE_REPLICATE_API_KEY", FakeReplicate.TOKEN);
        env.put("LONGTAKE_REPLICATE_MODEL", "acme/video-1");
        for (int i = 0; i < settings.length; i += 2) {
            env.put(settings[i], settings[i + 1]);
        }
        return new ReplicateBackendFactory().create(BackendSettings.fromMap("replicate", env));
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void submitsToTheModelsPredictionsWithABearerTokenAndTheShotAsInput() throws Exception {
        String id = backend().submit(Request.of("Hallway", "a corridor at dusk", 5, 42L), "key-1");

        FakeReplicate.Received post = service.received().get(0);
        assertEquals("POST", post.method());
        assertEquals("/v1/models/acme/video-1/predictions", post.path());
        assertEquals("Bearer " + FakeReplicate.TOKEN, post.header("Authorization"));
        assertNull(post.header("Prefer"), "no Prefer: wait unless asked");
        JsonNode input = json(post.body()).get("input");
        assertEquals("a corridor at dusk", input.get("prompt").asText());
        assertEquals(5, input.get("duration").asInt());
        assertEquals(1280, input.get("width").asInt());
        assertEquals(42, input.get("seed").asLong());
        assertFalse(json(post.body()).has("version"), "the models endpoint runs the latest version");
        assertEquals("starting", service.prediction(id).get("status").asText());
    }

    @Test
    void aPinnedVersionIsSubmittedToPredictionsWithTheVersion() throws Exception {
        String version = "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa";
        backend("LONGTAKE_REPLICATE_MODEL", "acme/video-1:" + version).submit(Request.of("A", "rain", 4, null), "k");

        FakeReplicate.Received post = service.received().get(0);
        assertEquals("/v1/predictions", post.path());
        assertEquals(version, json(post.body()).get("version").asText());
        assertFalse(json(post.body()).get("input").has("seed"), "no seed when the script gives none");
    }

    @Test
    void pollsStartingProcessingSucceededAndDownloadsTheOutput() throws Exception {
        Backend backend = backend();
        String id = backend.submit(Request.of("A", "rain", 4, null), "k");

        assertEquals(JobState.RUNNING, backend.poll(id).state(), "first poll: processing");
        JobStatus done = backend.poll(id);
        assertEquals(JobState.SUCCEEDED, done.state());
        assertEquals(service.url() + "/files/" + id + ".mp4", done.resultLocation());

        Path target = folder.resolve(".1.part.mp4");
        double[] last = { -1 };
        backend.fetch(id, done, target, fraction -> last[0] = fraction);
        assertArrayEquals(service.video, Files.readAllBytes(target));
        assertEquals(1.0, last[0]);
    }

    @Test
    void preferWaitAsksTheServiceToHoldTheSubmission() throws Exception {
        Backend backend = backend("LONGTAKE_REPLICATE_WAIT", "30");
        String id = backend.submit(Request.of("A", "rain", 4, null), "k");

        assertEquals("wait=30", service.received().get(0).header("Prefer"));
        assertEquals(JobState.SUCCEEDED, backend.poll(id).state());
    }

    @Test
    void aRefusedTokenIsPermanentAndTheMessageNamesTheSettingNotTheToken() {
        Backend backend = backend("LONGTAKE_REPLICATE_API_KEY", "r8_wrong_secret_value");

        BackendException e = assertThrows(BackendException.class, () -> backend.submit(Request.of("A", "rain", 4, null), "k"));
        assertEquals(Kind.PERMANENT, e.kind());
        assertTrue(e.getMessage().contains("HTTP 401") && e.getMessage().contains("LONGTAKE_REPLICATE_API_KEY"), e.getMessage());
        assertFalse(e.getMessage().contains("r8_wrong_secret_value"), "the key never appears in a message");
    }

    @Test
    void aThrottledSubmissionIsRetryableAfterTheRetryAfterHeader() {
        service.answerNext(429, Map.of("Retry-After", "7"),
                "{\"detail\":\"Request was throttled. Expected available in 1 second.\",\"status\":429}");

        BackendException e = assertThrows(BackendException.class, () -> backend().submit(Request.of("A", "rain", 4, null), "k"));
        assertEquals(Kind.RETRYABLE, e.kind());
        assertEquals(Duration.ofSeconds(7), e.retryAfter());
        assertTrue(e.getMessage().contains("throttled"), e.getMessage());
    }

    @Test
    void aThrottledPollWithoutRetryAfterWaitsWhatTheMessageSays() throws Exception {
        Backend backend = backend();
        String id = backend.submit(Request.of("A", "rain", 4, null), "k");
        service.answerNext(429, Map.of(), "{\"detail\":\"Request was throttled. Expected available in 3 seconds.\"}");

        BackendException e = assertThrows(BackendException.class, () -> backend.poll(id));
        assertEquals(Kind.RETRYABLE, e.kind());
        assertEquals(Duration.ofSeconds(3), e.retryAfter());
    }

    @Test
    void serverErrorsAreRetryable() {
        service.answerNext(503, Map.of(), "<html>upstream unavailable</html>");

        BackendException e = assertThrows(BackendException.class, () -> backend().submit(Request.of("A", "rain", 4, null), "k"));
        assertEquals(Kind.RETRYABLE, e.kind());
        assertTrue(e.getMessage().contains("HTTP 503"), e.getMessage());
    }

    @Test
    void anInvalidInputIsPermanentWithTheServicesDetail() {
        service.answerNext(422, Map.of(), "{\"title\":\"Input validation failed\",\"detail\":\"- input.duration: must be <= 10\"}");

        BackendException e = assertThrows(BackendException.class, () -> backend().submit(Request.of("A", "rain", 4, null), "k"));
        assertEquals(Kind.PERMANENT, e.kind());
        assertTrue(e.getMessage().contains("must be <= 10"), e.getMessage());
    }

    @Test
    void aFailedPredictionReportsTheModelsError() throws Exception {
        service.failPredictionsWith("CUDA out of memory");
        Backend backend = backend();
        String id = backend.submit(Request.of("A", "rain", 4, null), "k");
        backend.poll(id);

        JobStatus failed = backend.poll(id);
        assertEquals(JobState.FAILED, failed.state());
        assertTrue(failed.message().contains("CUDA out of memory"), failed.message());
    }

    @Test
    void malformedJsonAfterASubmissionMeansTheOutcomeIsUnknown() {
        service.answerNext(201, Map.of(), "{\"id\": \"abc\", \"status\": ");

        BackendException e = assertThrows(BackendException.class, () -> backend().submit(Request.of("A", "rain", 4, null), "k"));
        assertEquals(Kind.OUTCOME_UNKNOWN, e.kind(), "the service may have started (and billed) the prediction");
    }

    @Test
    void malformedJsonFromAPollIsRetryable() throws Exception {
        Backend backend = backend();
        String id = backend.submit(Request.of("A", "rain", 4, null), "k");
        service.answerNext(200, Map.of(), "not json at all");

        BackendException e = assertThrows(BackendException.class, () -> backend.poll(id));
        assertEquals(Kind.RETRYABLE, e.kind());
    }

    @Test
    void anUnknownPredictionPollsAsUnknown() throws Exception {
        assertEquals(JobState.UNKNOWN, backend().poll("nosuchprediction").state());
    }

    @Test
    void cancelStopsARunningPredictionAndCancellingAFinishedOneIsNoError() throws Exception {
        Backend backend = backend();
        String id = backend.submit(Request.of("A", "rain", 4, null), "k");
        backend.cancel(id);
        assertEquals(JobState.CANCELLED, backend.poll(id).state());
        assertEquals("/v1/predictions/" + id + "/cancel", service.received().get(1).path());

        backend.cancel(id);
        backend.cancel("gone");
    }

    @Test
    void aDownloadCutShortIsRetryable() throws Exception {
        service.cutDownloadsShort();
        Backend backend = backend("LONGTAKE_REPLICATE_WAIT", "5");
        String id = backend.submit(Request.of("A", "rain", 4, null), "k");
        JobStatus done = backend.poll(id);

        BackendException e = assertThrows(BackendException.class,
                () -> backend.fetch(id, done, folder.resolve(".1.part.mp4"), fraction -> { }));
        assertEquals(Kind.RETRYABLE, e.kind());
    }

    @Test
    void theTokenIsNotSentToAFileHostOfAnotherOrigin() throws Exception {
        try (FakeReplicate files = new FakeReplicate()) {
            service.outputsOn(files.url());
            Backend backend = backend("LONGTAKE_REPLICATE_WAIT", "5");
            String id = backend.submit(Request.of("A", "rain", 4, null), "k");
            backend.fetch(id, backend.poll(id), folder.resolve("take.mp4"), fraction -> { });

            FakeReplicate.Received download = files.received().get(0);
            assertEquals("/files/" + id + ".mp4", download.path());
            assertNull(download.header("Authorization"));
        }
    }

    @Test
    void missingSettingsNameTheVariableToSet() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new ReplicateBackendFactory().create(BackendSettings.fromMap("replicate", Map.of("LONGTAKE_REPLICATE_MODEL", "a/b"))));
        assertTrue(e.getMessage().contains("LONGTAKE_REPLICATE_API_KEY"), e.getMessage());
        IllegalStateException model = assertThrows(IllegalStateException.class, () -> new ReplicateBackendFactory()
                .create(BackendSettings.fromMap("replicate", Map.of("LONGTAKE_REPLICATE_API_KEY", "x", "LONGTAKE_REPLICATE_MODEL", "not a model"))));
        assertTrue(model.getMessage().contains("LONGTAKE_REPLICATE_MODEL"), model.getMessage());
    }

    @Test
    void theEngineRendersATakeThroughTheBackendAndRetriesAThrottledSubmission() throws Exception {
        service.answerNext(429, Map.of("Retry-After", "0"), "{\"detail\":\"Request was throttled.\"}");
        BackendRegistry registry = new BackendRegistry().register(backend());
        RenderOptions options = RenderOptions.defaults().withRetries(3, Duration.ofMillis(10), Duration.ofMillis(50))
                .withPolling(Duration.ofMillis(10), Duration.ofMillis(50), 0.1);
        try (RenderEngine engine = RenderEngine.open(folder, registry, options)) {
            RenderPlan plan = engine.plan(List.of(Request.of("Hallway", "a corridor at dusk", 5, 7L)), null);
            assertTrue(plan.problems().isEmpty(), plan.problems().toString());
            RenderResult result = engine.render(plan, event -> { });

            assertTrue(result.allDone(), result.toString());
            Path take = folder.resolve(result.outcomes().get(0).file());
            assertArrayEquals(service.video, Files.readAllBytes(take));
        }
        long submissions = service.received().stream().filter(r -> r.method().equals("POST")).count();
        assertEquals(2, submissions, "one throttled submission, one accepted");
    }
}
