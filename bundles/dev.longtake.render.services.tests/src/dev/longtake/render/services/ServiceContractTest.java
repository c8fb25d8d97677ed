package dev.longtake.render.services;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import dev.longtake.model.Ledger;
import dev.longtake.model.Take;
import dev.longtake.model.TakeState;
import dev.longtake.render.Backend;
import dev.longtake.render.BackendException;
import dev.longtake.render.BackendFactory;
import dev.longtake.render.BackendRegistry;
import dev.longtake.render.BackendSettings;
import dev.longtake.render.JobState;
import dev.longtake.render.JobStatus;
import dev.longtake.render.LedgerStore;
import dev.longtake.render.ProjectLayout;
import dev.longtake.render.RenderEngine;
import dev.longtake.render.RenderListener;
import dev.longtake.render.RenderOptions;
import dev.longtake.render.RenderResult;
import dev.longtake.render.http.Timeouts;
import dev.longtake.render.services.StubService.Call;

/**
 * What every service backend must do against its service's documented contract, over real
 * HTTP to a local server: render through the engine, and turn each failure into what the
 * engine can act on. One subclass per backend.
 */
abstract class ServiceContractTest<S extends StubService> {

    static final String KEY = "sk-test-7f3a9c21e5b84d06";
    static final Timeouts SHORT = new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofMillis(400));
    static final RenderOptions FAST = RenderOptions.defaults().withRetries(4, Duration.ofMillis(5), Duration.ofMillis(50))
            .withPolling(Duration.ofMillis(5), Duration.ofMillis(20), 0.1);

    @TempDir
    Path folder;

    S stub;

    abstract S startStub(String key) throws IOException;

    abstract String name();

    abstract BackendFactory factory();

    /** The backend for a service at {@code base}, with test timeouts. */
    abstract Backend backend(URI base, String key, Timeouts timeouts);

    /** A request the backend can render. */
    abstract TestRequest request(String shot, int take);

    /** Checks what the backend sent for the request, as the service's contract asks. */
    abstract void checkSubmission(StubService.Received submission, TestRequest request) throws IOException;

    @BeforeEach
    void start() throws IOException {
        stub = startStub(KEY);
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    Backend backend() {
        return backend(stub.baseUrl(), KEY, SHORT);
    }

    Map<String, String> env(String key) {
        String prefix = "LONGTAKE_" + name().toUpperCase() + "_";
        return Map.of(prefix + "URL", stub.baseUrl().toString(), prefix + "API_KEY", key);
    }

    /** Submits and polls until the job ends. */
    JobStatus runToEnd(Backend backend, String id) throws Exception {
        for (int i = 0; i < 20; i++) {
            JobStatus status = backend.poll(id);
            if (status.state().isFinal()) {
                return status;
            }
        }
        throw new AssertionError("job " + id + " never ended");
    }

    Path project() throws IOException {
        Path project = folder.resolve("film");
        Files.createDirectories(project);
        return project;
    }

    /** A start image in the film's refs folder: a PNG signature and header, then noise. */
    Path startImage(String name) throws IOException {
        byte[] png = new byte[4096];
        new java.util.Random(7).nextBytes(png);
        byte[] head = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
        System.arraycopy(head, 0, png, 0, head.length);
        Path file = Files.createDirectories(project().resolve("refs")).resolve(name);
        Files.write(file, png);
        return file;
    }

    RenderResult render(Backend backend, Path project, List<TestRequest> requests) {
        try (RenderEngine engine = RenderEngine.open(project, new BackendRegistry().register(backend), FAST)) {
            return engine.render(engine.plan(requests, null), RenderListener.NONE);
        }
    }

    static void assertNoKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(KEY), "the key leaked: " + t.getMessage());
        }
    }

    @Test
    void rendersThroughTheEngineIntoTheLedger() throws Exception {
        Path project = project();
        List<TestRequest> requests = List.of(request("Hallway", 1), request("Hallway", 2), request("Bleachers", 1));

        RenderResult result = render(backend(), project, requests);

        assertTrue(result.allDone(), result.toString());
        assertEquals(3, stub.submissions().size());
        Ledger ledger = LedgerStore.of(new ProjectLayout(project)).read();
        for (TestRequest request : requests) {
            Take take = ledger.takesFor(request.shotName(), request.hash()).get(0);
            assertEquals(TakeState.DONE, take.getState());
            assertEquals("takes/" + request.shotName() + "/" + request.takeNumber() + ".mp4", take.getFile());
            StubService.Job job = stub.jobs.get(take.getRemoteId());
            assertNotNull(job, "the ledger holds the service's job id");
            assertArrayEquals(job.content, Files.readAllBytes(project.resolve(take.getFile())));
        }
        for (StubService.Received submission : stub.submissions()) {
            JsonNode sent = body(submission);
            TestRequest request = requests.stream().filter(r -> holds(sent, r.promptText())).findFirst()
                    .orElseThrow(() -> new AssertionError("no request for " + submission.body()));
            checkSubmission(submission, request);
        }
    }

    @Test
    void theEngineWaitsOutARateLimitAndThenRenders() throws Exception {
        stub.fault(Call.SUBMIT, new StubService.Status(429, Map.of("Retry-After", "1"),
                "{\"error\":{\"message\":\"Rate limit reached\"}}"));
        RenderResult result = render(backend(), project(), List.of(request("Gym", 1)));
        assertTrue(result.allDone(), result.toString());
        assertEquals(2, stub.submissions().size(), "refused once, accepted once");
    }

    @Test
    void aWrongKeyIsPermanentAndNamesItsSettingNeverTheKey() throws Exception {
        Backend backend = backend(stub.baseUrl(), "sk-wrong-0000", SHORT);
        BackendException e = assertThrows(BackendException.class, () -> backend.submit(request("Gym", 1), "k1"));
        assertEquals(BackendException.Kind.PERMANENT, e.kind());
        assertTrue(e.getMessage().contains("LONGTAKE_" + name().toUpperCase() + "_API_KEY"), e.getMessage());
        assertTrue(e.getMessage().startsWith(name() + ":"), e.getMessage());
        assertFalse(e.getMessage().contains("sk-wrong-0000"), e.getMessage());
    }

    @Test
    void rateLimitIsRetryableAndCarriesRetryAfter() {
        stub.fault(Call.SUBMIT, new StubService.Status(429, Map.of("Retry-After", "7"),
                "{\"error\":{\"message\":\"Too many requests\"}}"));
        BackendException e = assertThrows(BackendException.class, () -> backend().submit(request("Gym", 1), "k1"));
        assertEquals(BackendException.Kind.RETRYABLE, e.kind());
        assertEquals(Duration.ofSeconds(7), e.retryAfter());
        assertTrue(stub.jobs.isEmpty());
    }

    @Test
    void serverErrorsAreRetryable() throws Exception {
        Backend backend = backend();
        String id = backend.submit(request("Gym", 1), "k1");
        stub.fault(Call.POLL, new StubService.Status(503, Map.of(), "<html>Service Unavailable</html>"));
        BackendException e = assertThrows(BackendException.class, () -> backend.poll(id));
        assertEquals(BackendException.Kind.RETRYABLE, e.kind());
        assertTrue(e.getMessage().contains("503"), e.getMessage());
        stub.fault(Call.SUBMIT, new StubService.Status(500, Map.of(), "{\"error\":{\"message\":\"internal\"}}"));
        assertEquals(BackendException.Kind.RETRYABLE,
                assertThrows(BackendException.class, () -> backend.submit(request("Gym", 2), "k2")).kind());
    }

    @Test
    void aSubmissionWithoutAnswerMayHaveBeenAccepted() {
        stub.fault(Call.SUBMIT, new StubService.Silent());
        BackendException e = assertThrows(BackendException.class, () -> backend().submit(request("Gym", 1), "k1"));
        assertEquals(BackendException.Kind.OUTCOME_UNKNOWN, e.kind(), e.getMessage());
        assertNoKey(e);
    }

    @Test
    void aPollThatStallsIsRetryable() throws Exception {
        Backend backend = backend();
        String id = backend.submit(request("Gym", 1), "k1");
        stub.fault(Call.POLL, new StubService.Stall());
        BackendException e = assertThrows(BackendException.class, () -> backend.poll(id));
        assertEquals(BackendException.Kind.RETRYABLE, e.kind(), e.getMessage());
        stub.fault(Call.POLL, new StubService.Silent());
        assertEquals(BackendException.Kind.RETRYABLE,
                assertThrows(BackendException.class, () -> backend.poll(id)).kind());
        assertFalse(runToEnd(backend, id).state() == JobState.FAILED, "the job itself is fine");
    }

    @Test
    void aFailedJobSaysWhy() throws Exception {
        stub.failNextJob = "the prompt was flagged by moderation";
        Backend backend = backend();
        String id = backend.submit(request("Gym", 1), "k1");
        JobStatus status = runToEnd(backend, id);
        assertEquals(JobState.FAILED, status.state());
        assertTrue(status.message().contains("the prompt was flagged by moderation"), status.message());
        assertTrue(status.message().startsWith(name() + ":"), status.message());
    }

    @Test
    void aFailedJobEndsAsAFailedTakeInTheLedger() throws Exception {
        stub.failNextJob = "out of capacity";
        Path project = project();
        TestRequest request = request("Gym", 1);
        RenderResult result = render(backend(), project, List.of(request));
        assertEquals(1, result.count(RenderResult.Outcome.FAILED), result.toString());
        Take take = LedgerStore.of(new ProjectLayout(project)).read().takesFor("Gym", request.hash()).get(0);
        assertEquals(TakeState.FAILED, take.getState());
        assertTrue(take.getError().contains("out of capacity"), take.getError());
    }

    @Test
    void aTruncatedDownloadFailsAndIsRetryable() throws Exception {
        Backend backend = backend();
        String id = backend.submit(request("Gym", 1), "k1");
        JobStatus done = runToEnd(backend, id);
        assertEquals(JobState.SUCCEEDED, done.state());
        stub.fault(Call.DOWNLOAD, new StubService.Truncate());
        Path target = folder.resolve(".1.part.mp4");
        BackendException e = assertThrows(BackendException.class, () -> backend.fetch(id, done, target, p -> {
        }));
        assertEquals(BackendException.Kind.RETRYABLE, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("of " + stub.jobs.get(id).content.length), e.getMessage());
        backend.fetch(id, done, target, p -> {
        });
        assertArrayEquals(stub.jobs.get(id).content, Files.readAllBytes(target));
    }

    @Test
    void aDownloadThatStallsIsRetryable() throws Exception {
        Backend backend = backend();
        String id = backend.submit(request("Gym", 1), "k1");
        JobStatus done = runToEnd(backend, id);
        stub.fault(Call.DOWNLOAD, new StubService.Stall());
        BackendException e = assertThrows(BackendException.class,
                () -> backend.fetch(id, done, folder.resolve("x.mp4"), p -> {
                }));
        assertEquals(BackendException.Kind.RETRYABLE, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("stalled"), e.getMessage());
    }

    @Test
    void malformedJsonIsAnErrorNamingTheBackend() throws Exception {
        Backend backend = backend();
        String id = backend.submit(request("Gym", 1), "k1");
        stub.fault(Call.POLL, new StubService.Malformed());
        BackendException poll = assertThrows(BackendException.class, () -> backend.poll(id));
        assertEquals(BackendException.Kind.RETRYABLE, poll.kind());
        assertTrue(poll.getMessage().startsWith(name() + ": ") && poll.getMessage().contains("not valid JSON"),
                poll.getMessage());
        stub.fault(Call.SUBMIT, new StubService.Malformed());
        BackendException submit = assertThrows(BackendException.class, () -> backend.submit(request("Gym", 2), "k2"));
        assertEquals(BackendException.Kind.OUTCOME_UNKNOWN, submit.kind(), "the job may have started");
        assertTrue(submit.getMessage().startsWith(name() + ": "), submit.getMessage());
    }

    @Test
    void aHostileFileNameFromTheServiceIsNeverUsed() throws Exception {
        stub.evilName = "../../escaped.mp4";
        Path project = project();
        TestRequest request = request("Gym", 1);
        RenderResult result = render(backend(), project, List.of(request));
        assertTrue(result.allDone(), result.toString());
        Path take = project.resolve("takes/Gym/1.mp4");
        assertArrayEquals(stub.jobs.values().iterator().next().content, Files.readAllBytes(take));
        try (Stream<Path> files = Files.walk(folder)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().contains("escaped")).toList());
        }
        assertFalse(Files.exists(project.resolve("takes/escaped.mp4")));
        assertFalse(Files.exists(project.getParent().getParent().resolve("escaped.mp4")));
    }

    @Test
    void anUnknownJobIsUnknown() throws Exception {
        assertEquals(JobState.UNKNOWN, backend().poll(unknownJobId()).state());
    }

    String unknownJobId() {
        return "00000000-0000-0000-0000-000000000000";
    }

    @Test
    void cancellingReachesTheService() throws Exception {
        Backend backend = backend();
        String id = backend.submit(request("Gym", 1), "k1");
        backend.cancel(id);
        assertTrue(stub.jobs.get(id).cancelled);
    }

    @Test
    void theFactoryReadsTheEnvironmentAndNeverShowsTheKey() {
        Backend backend = factory().create(BackendSettings.fromMap(name(), env(KEY)));
        assertEquals(name(), backend.name());
        assertFalse(backend.toString().contains(KEY));
        BackendRegistry registry = new BackendRegistry().register(factory(), BackendSettings.fromMap(name(), Map.of()));
        String reason = registry.unavailable().get(name());
        assertNotNull(reason, "without a key the backend is unavailable");
        assertTrue(reason.contains("LONGTAKE_" + name().toUpperCase() + "_"), reason);
    }

    /** Whether a JSON tree holds this text as a value somewhere. */
    static boolean holds(JsonNode node, String text) {
        if (node.isTextual()) {
            return node.asText().equals(text);
        }
        for (JsonNode child : node) {
            if (holds(child, text)) {
                return true;
            }
        }
        return false;
    }

    /** The request the stub received as JSON. */
    static JsonNode body(StubService.Received received) throws IOException {
        return StubService.JSON.readTree(received.body());
    }

    static void assertHeader(String expected, StubService.Received received, String name) {
        assertEquals(expected, received.header(name), name);
    }

    static void assertNoHeader(StubService.Received received, String name) {
        assertNull(received.header(name), name + " must not go to " + received.path());
    }
}
