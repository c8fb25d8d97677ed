package dev.longtake.render.services;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.longtake.model.Take;
import dev.longtake.model.TakeState;
import dev.longtake.render.Backend;
import dev.longtake.render.BackendRegistry;
import dev.longtake.render.BackendSettings;
import dev.longtake.render.LedgerStore;
import dev.longtake.render.ProjectLayout;
import dev.longtake.render.RenderEngine;
import dev.longtake.render.RenderEvent;
import dev.longtake.render.RenderResult;
import dev.longtake.render.comfyui.ComfyUiBackend;
import dev.longtake.render.comfyui.WorkflowTemplate;
import dev.longtake.render.http.ServiceConfig;

/**
 * The ComfyUI backend with the server's websocket ({@code /ws?clientId=}), over real sockets: a
 * websocket server written for the test, on a port of its own that the backend is given by
 * {@code LONGTAKE_COMFYUI_WS_URL}, beside the HTTP contract server.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS) // a prompt only the websocket ends would otherwise be polled forever
class ComfyUiWebSocketTest {

    @TempDir
    Path folder;

    ComfyUiStub stub;

    @BeforeEach
    void start() throws IOException {
        stub = new ComfyUiStub(ServiceContractTest.KEY);
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    Backend backend(String websocketUrl) {
        Map<String, String> env = websocketUrl == null
                ? Map.of("LONGTAKE_COMFYUI_URL", stub.baseUrl().toString(), "LONGTAKE_COMFYUI_API_KEY",
                        ServiceContractTest.KEY)
                : Map.of("LONGTAKE_COMFYUI_URL", stub.baseUrl().toString(), "LONGTAKE_COMFYUI_API_KEY",
                        ServiceContractTest.KEY, "LONGTAKE_COMFYUI_WS_URL", websocketUrl);
        return new ComfyUiBackend(ServiceConfig.read("comfyui", BackendSettings.fromMap("comfyui", env),
                ComfyUiBackend.DEFAULT_URL, "workflow", false),
                WorkflowTemplate.parse(ComfyUiBackendTest.WORKFLOW, "test workflow"), "workflow_api.json", 10,
                ServiceContractTest.SHORT);
    }

    static TestRequest request(String shot, int take) {
        return TestRequest.of(shot, take, "a slow dolly along " + shot + ", take " + take, 2, 640, 360, 7L + take,
                "comfyui");
    }

    RenderResult render(Backend backend, Path project, TestRequest request, List<RenderEvent> events) {
        try (RenderEngine engine = RenderEngine.open(project, new BackendRegistry().register(backend),
                ServiceContractTest.FAST)) {
            return engine.render(engine.plan(List.of(request), null), events::add);
        }
    }

    Path project() throws IOException {
        return Files.createDirectories(folder.resolve("film"));
    }

    long requests(String method, String path) {
        synchronized (stub.received) {
            return stub.received.stream().filter(r -> r.method().equals(method) && r.path().startsWith(path)).count();
        }
    }

    @Test
    void theWebsocketsProgressReachesTheEngineAndItsDoneSignalEndsTheTake() throws Exception {
        WebSocketFront websocket = stub.startWebsocket(ComfyUiStub.Script.DONE);
        Path project = project();
        TestRequest request = request("Hallway", 1);
        List<RenderEvent> events = new CopyOnWriteArrayList<>();
        AtomicInteger historyWhenKnown = new AtomicInteger(-1);
        AtomicInteger queueWhenKnown = new AtomicInteger(-1);
        RenderResult result;
        try (RenderEngine engine = RenderEngine.open(project, new BackendRegistry().register(backend(
                websocket.uri().toString())), ServiceContractTest.FAST)) {
            result = engine.render(engine.plan(List.of(request), null), event -> {
                events.add(event);
                if (event.type() == RenderEvent.Type.RUNNING && event.progress() > 0 && historyWhenKnown.get() < 0) {
                    // from here on the websocket knows the prompt: no polling until it says it is done
                    queueWhenKnown.set((int) requests("GET", "/queue"));
                    historyWhenKnown.set((int) requests("GET", "/history/"));
                }
            });
        }

        assertTrue(result.allDone(), result.toString());
        assertEquals(1, websocket.handshakes.get(), "one websocket for the backend");
        String clientId = websocket.clients.keySet().iterator().next();
        assertTrue(ComfyUiStub.JSON.readTree(stub.submissions().get(0).body()).path("client_id").asText()
                .equals(clientId), "the prompt is queued under the websocket's clientId");
        List<Double> progress = events.stream().filter(e -> e.type() == RenderEvent.Type.RUNNING)
                .map(RenderEvent::progress).filter(p -> p > 0 && p < 1).distinct().toList();
        assertFalse(progress.isEmpty(), "step progress from the websocket: " + events);
        for (double p : progress) {
            double steps = p * ComfyUiStub.STEPS;
            assertEquals(Math.rint(steps), steps, 1e-9, "value/max of a progress message: " + p);
        }
        assertTrue(historyWhenKnown.get() >= 0);
        assertEquals(historyWhenKnown.get() + 1, requests("GET", "/history/"),
                "once the websocket knew the prompt, /history was read once: for the outputs, after its done signal");
        assertEquals(queueWhenKnown.get(), requests("GET", "/queue"), "and /queue not at all");
        Take take = LedgerStore.of(new ProjectLayout(project)).read().takesFor("Hallway", request.hash()).get(0);
        assertEquals(TakeState.DONE, take.getState());
        StubService.Job job = stub.jobs.get(take.getRemoteId());
        assertNotNull(job);
        assertArrayEquals(job.content, Files.readAllBytes(project.resolve(take.getFile())));
    }

    @Test
    void anExecutionErrorOnTheWebsocketFailsTheTakeWithTheServersMessage() throws Exception {
        WebSocketFront websocket = stub.startWebsocket(ComfyUiStub.Script.ERROR);
        Path project = project();
        TestRequest request = request("Gym", 1);
        List<RenderEvent> events = new CopyOnWriteArrayList<>();

        RenderResult result = render(backend(websocket.uri().toString()), project, request, events);

        assertEquals(1, result.count(RenderResult.Outcome.FAILED), result.toString());
        Take take = LedgerStore.of(new ProjectLayout(project)).read().takesFor("Gym", request.hash()).get(0);
        assertEquals(TakeState.FAILED, take.getState());
        // the history never showed the prompt: the failure and its reason came from the websocket
        assertTrue(take.getError().contains("KSampler: Allocation on device would exceed allowed memory"),
                take.getError());
        assertTrue(take.getError().contains("comfyui: the workflow failed"), take.getError());
        assertTrue(events.stream().anyMatch(e -> e.type() == RenderEvent.Type.FAILED
                && e.message().contains("Allocation on device")), events.toString());
    }

    @Test
    void whenTheWebsocketDropsMidJobPollingFinishesTheTake() throws Exception {
        WebSocketFront websocket = stub.startWebsocket(ComfyUiStub.Script.DROP);
        Path project = project();
        TestRequest request = request("Bleachers", 1);
        List<RenderEvent> events = new CopyOnWriteArrayList<>();

        RenderResult result = render(backend(websocket.uri().toString()), project, request, events);

        assertTrue(result.allDone(), result.toString());
        Take take = LedgerStore.of(new ProjectLayout(project)).read().takesFor("Bleachers", request.hash()).get(0);
        StubService.Job job = stub.jobs.get(take.getRemoteId());
        assertTrue(job.polls.get() >= 3, "the history was polled to the end after the drop: " + job.polls.get());
        assertTrue(websocket.clients.values().stream().noneMatch(WebSocketFront.Connection::isOpen)
                || websocket.handshakes.get() > 1, "the first connection was cut");
        assertTrue(events.stream().anyMatch(e -> e.type() == RenderEvent.Type.RUNNING && e.progress() > 0),
                "progress from the websocket before it dropped: " + events);
        assertArrayEquals(job.content, Files.readAllBytes(project.resolve(take.getFile())));
    }

    @Test
    void aServerWithoutTheWebsocketStillRenders() throws Exception {
        // the default address: the server's own /ws, which this server answers with a 404
        Path project = project();
        TestRequest request = request("Hallway", 2);
        List<RenderEvent> events = new CopyOnWriteArrayList<>();

        RenderResult result = render(backend(null), project, request, events);

        assertTrue(result.allDone(), result.toString());
        assertEquals(1, requests("GET", "/ws?clientId="), "the websocket was tried once, on the server's own port");
        StubService.Received handshake = stub.received.stream().filter(r -> r.path().startsWith("/ws?")).findFirst()
                .orElseThrow();
        assertEquals("websocket", handshake.header("Upgrade").toLowerCase(java.util.Locale.ROOT));
        assertEquals("Bearer " + ServiceContractTest.KEY, handshake.header("Authorization"),
                "the key goes with the handshake to its own server");
        Take take = LedgerStore.of(new ProjectLayout(project)).read().takesFor("Hallway", request.hash()).get(0);
        assertEquals(TakeState.DONE, take.getState());
    }

    @Test
    void theWebsocketCanBeTurnedOff() throws Exception {
        RenderResult result = render(backend("off"), project(), request("Gym", 2), new CopyOnWriteArrayList<>());
        assertTrue(result.allDone(), result.toString());
        assertEquals(0, requests("GET", "/ws"), "no websocket tried");
    }

    @Test
    void aWebsocketOnAnotherPortNeverGetsTheKey() throws Exception {
        WebSocketFront websocket = stub.startWebsocket(ComfyUiStub.Script.DONE);
        Backend backend = backend(websocket.uri().toString());
        String id = backend.submit(request("Gym", 3), "k1");
        assertNotNull(id);
        assertEquals(1, websocket.handshakes.get());
        assertFalse(websocket.headers.stream().anyMatch(h -> h.contains(ServiceContractTest.KEY)),
                "the key was sent to another origin: " + websocket.headers);
    }
}
